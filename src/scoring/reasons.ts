import type { Comparator, TierCondition } from "../framework/schema.js";

/*
 * Why a node has its status, as data: a code from a closed union and the parameters that code carries.
 * No sentence is stored in a result; `explain` and `formatReason` (explain.ts) write them on demand from
 * a message table (messages.ts), and a table missing a code does not compile.
 */

/** A value as it appears in reason parameters. */
export type ReasonScalar = string | number | boolean | null;

/** The parameters of a comparison (`compare_met`, `compare_not_met`). */
export interface CompareParams {
  /** The compared value (`null` for a list or tally). */
  readonly value: ReasonScalar;
  readonly comparator: Comparator;
  /** The target as resolved (before any factor). */
  readonly target: ReasonScalar;
  /** The rule's factor, when not 1. */
  readonly factor?: number;
  /** `factor × target`, when there is a factor. */
  readonly threshold?: number;
  /** The node's unit (`%` for percents). */
  readonly unit?: string;
}

/** The parameters of the children / `of` combinators (`all_*`, `any_*`, `at_least_*`, …). */
export interface ItemsParams {
  readonly met: number;
  readonly applicable: number;
  readonly required: number;
  /** Comma-separated ids. */
  readonly metItems: string;
  readonly notMetItems: string;
  readonly openItems: string;
}

/** The parameters of a share of child units (`share_*`). */
export interface ShareParams {
  readonly category: string;
  readonly count: number;
  readonly total: number;
  readonly comparator: Comparator;
  readonly percent: number;
  /** count × 100 / total. */
  readonly actual: number;
  /** The least count that passes, for ≥, > and =. */
  readonly leastPassing?: number;
  /** The most count that passes, for ≤ and <. */
  readonly mostPassing?: number;
}

/** The parameters of an event list (`events_*`). */
export interface EventsParams {
  readonly count: number;
  readonly max: number;
  /** Comma-separated ids of the listed events that occurred. */
  readonly occurred: string;
}

/** The parameters of an outcome of another framework (`outcome_*`). */
export interface OutcomeParams {
  readonly framework: string;
  readonly tier: string;
  /** The tier the other framework reached, or null. */
  readonly reached: string | null;
}

/** The parameters of a node of another framework (`outcome_node_*`). */
export interface OutcomeNodeParams {
  readonly framework: string;
  readonly node: string;
  /** The node's status in the other framework's evaluation. */
  readonly status: string;
}

/** A code without parameters. */
export type NoParams = Readonly<Record<never, never>>;

/** Every reason code and its parameters. Adding a code here forces a message in every table. */
export interface ReasonParamsMap {
  /** The assessor recorded the status. */
  readonly entry_status: {
    readonly status: "met" | "notMet" | "notApplicable" | "unknown" | "error";
  };
  readonly not_applicable_kind: { readonly kind: string | null; readonly appliesTo: string };
  /** With `category`: the count of that category of a tally is missing. */
  readonly missing_value: { readonly category?: string };
  readonly wrong_value_type: { readonly expected: string; readonly actual: string };
  /** `context` names the member (`previous`, `baselines.2019`, `subject.region`, …). */
  readonly missing_context: { readonly context: string; readonly node?: string };
  readonly no_target: NoParams;
  readonly missing_target: { readonly node: string };
  readonly unknown_node: { readonly node: string };
  readonly reference_cycle: { readonly reference: string };
  readonly dependency_cycle: NoParams;
  readonly target_not_scalar: NoParams;
  readonly not_comparable: { readonly value: ReasonScalar; readonly target: ReasonScalar };
  readonly compare_met: CompareParams;
  readonly compare_not_met: CompareParams;
  readonly events_none: EventsParams;
  readonly events_within_max: EventsParams;
  readonly events_occurred: EventsParams;
  readonly all_met: ItemsParams;
  readonly all_not_met: ItemsParams;
  readonly any_met: ItemsParams;
  readonly any_not_met: ItemsParams;
  readonly at_least_met: ItemsParams;
  readonly at_least_not_met: ItemsParams;
  readonly items_undetermined: ItemsParams;
  readonly no_applicable_items: ItemsParams;
  readonly share_met: ShareParams;
  readonly share_not_met: ShareParams;
  readonly share_requirement_not_met: ShareParams;
  readonly empty_denominator: NoParams;
  readonly count_exceeds_total: {
    readonly category: string;
    readonly count: number;
    readonly total: number;
  };
  readonly no_child_predicate: { readonly category: string };
  readonly outcome_met: OutcomeParams;
  readonly outcome_not_met: OutcomeParams;
  /** `outcome` with `node`: the other framework's evaluation met, did not meet, or did not decide the node. */
  readonly outcome_node_met: OutcomeNodeParams;
  readonly outcome_node_not_met: OutcomeNodeParams;
  readonly outcome_node_undecided: OutcomeNodeParams;
  readonly unknown_tier: { readonly framework: string; readonly tier: string };
  /** No verdict recorded for a judged node. */
  readonly not_judged: NoParams;
  /** A value with no rule to judge it. */
  readonly no_rule: NoParams;
  readonly boolean_true: NoParams;
  readonly boolean_false: NoParams;
}

/** The reason codes: `compare_not_met`, `missing_value`, `missing_context`, … */
export type ReasonCode = keyof ReasonParamsMap;

/** A reason with code `C`: `params` is absent for codes without parameters. */
export type ReasonOf<C extends ReasonCode> = NoParams extends ReasonParamsMap[C]
  ? { readonly code: C; readonly params?: ReasonParamsMap[C] }
  : { readonly code: C; readonly params: ReasonParamsMap[C] };

/**
 * Why a node has its status: a code and its typed parameters, in no language. Sentences come from
 * `formatReason(reason, "vi")` or `explain(evaluation, framework, "en")`.
 */
export type Reason = { readonly [C in ReasonCode]: ReasonOf<C> }[ReasonCode];

/** The tier condition types (`minPoints`, `allMet`, …). */
export type ConditionType = TierCondition["type"];
