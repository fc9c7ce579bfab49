import type { Assessment, Entry, Subject, Value } from "../../assessment/schema.js";
import type { Exact } from "../../core/exact.js";
import type { Comparator, Framework, FrameworkNode, Policies } from "../../framework/schema.js";
import type { Reason, ReasonCode } from "../reasons.js";
import type { EvaluationContext, NodeStatus } from "../types.js";

/*
 * The engine's internal vocabulary, shared by the rule compilers and compileFramework. Statuses are small
 * integers in typed arrays so that the bulk path (`summarize`) allocates nothing per node; reasons are
 * only drafted when a caller asked for explanations (`explain`).
 */

export const MET = 0;
export const NOT_MET = 1;
export const NOT_APPLICABLE = 2;
export const UNKNOWN = 3;
export const ERROR = 4;
export type StatusCode = 0 | 1 | 2 | 3 | 4;

export const STATUS_NAMES: readonly NodeStatus[] = [
  "met",
  "notMet",
  "notApplicable",
  "unknown",
  "error",
];

export const STATUS_CODES: Readonly<Record<NodeStatus, StatusCode>> = {
  met: MET,
  notMet: NOT_MET,
  notApplicable: NOT_APPLICABLE,
  unknown: UNKNOWN,
  error: ERROR,
};

/** Reason parameters as the rule compilers build them; `ReasonParamsMap` types them per code. */
export type ReasonParams = Record<string, string | number | boolean | null>;

/**
 * A reason as a judge records it: a code from `ReasonCode` and its parameters (typed per code in
 * `ReasonParamsMap`; the compilers build them as plain records). It is the `Reason` of the result.
 */
export type ReasonDraft = Reason | { readonly code: ReasonCode; readonly params?: ReasonParams };

/** Per-node policies resolved at compile time (node, nearest ancestor, framework, default). */
export interface NodePolicies {
  /** 0 exclude, 1 met. */
  readonly notApplicable: 0 | 1;
  /** 0 exclude, 1 notMet. */
  readonly unknown: 0 | 1;
  /** 0 notMet, 1 exclude, 2 null. */
  readonly error: 0 | 1 | 2;
}

/** Applies a node's own policies over those it inherits (framework, then ancestors). */
export function resolvePolicies(own: Policies | undefined, inherited: NodePolicies): NodePolicies {
  if (own === undefined) return inherited;
  return {
    notApplicable:
      own.notApplicable === undefined
        ? inherited.notApplicable
        : own.notApplicable === "met"
          ? 1
          : 0,
    unknown: own.unknown === undefined ? inherited.unknown : own.unknown === "notMet" ? 1 : 0,
    error:
      own.error === undefined
        ? inherited.error
        : own.error === "notMet"
          ? 0
          : own.error === "exclude"
            ? 1
            : 2,
  };
}

/** What the rule compilers may read about the framework (built once per framework). */
export interface CompileScope {
  readonly framework: Framework;
  readonly nodes: readonly FrameworkNode[];
  readonly indexOf: ReadonlyMap<string, number>;
  readonly children: readonly (readonly number[])[];
  readonly policies: readonly NodePolicies[];
  /** `classes[id].useRegion`, QĐ 318 Điều 1. */
  readonly useRegion: ReadonlyMap<string, string>;
}

/** One evaluation in progress. */
export interface RunState {
  readonly framework: Framework;
  readonly assessment: Assessment;
  readonly context: EvaluationContext;
  /** The subject with `context.subject` applied. */
  readonly subject: Subject;
  /** The region after the class's `useRegion`. */
  readonly region: string | undefined;
  /** Year of `context.date`, else of the period's end. */
  readonly year: number;
  /** Entries by node index (the first entry of a node wins). */
  readonly entries: readonly (Entry | undefined)[];
  /** Status of each node as judged, ignoring `appliesTo` (what an `of` list reads). */
  readonly judged: Uint8Array;
  /** 1 when the node's own `appliesTo` admits the subject kind (what a parent's children rule reads). */
  readonly ownApplies: Uint8Array;
  readonly explain: boolean;
  readonly reasons: (ReasonDraft | undefined)[];
  readonly values: (Value | undefined)[];
  readonly targets: (Value | undefined)[];
}

/**
 * What a generated runner (src/scoring/compile/generateExplain.ts) may write inline for a judge: a
 * `compare` on a number, count or boolean value with a fixed target. For any other value the generated
 * code calls the judge itself, which stays the reference.
 */
export interface InlineCompare {
  /** The node's value type: `count` also requires a whole number ≥ 0. */
  readonly type: "number" | "count" | "boolean";
  /** The target as written (the `target` of the node result). */
  readonly target: number | boolean;
  readonly comparator: Comparator;
  /** `factor × target` exactly, when there is a factor (then compared with `compareToExact`). */
  readonly exact: Exact | undefined;
  /** The nearest double to `factor × target` (`compareToExact`'s hint). */
  readonly approx: number;
  /** The reason the judge records for a value and the status it gave. */
  readonly reason: (status: StatusCode, value: number | boolean) => ReasonDraft;
}

/**
 * What a generated runner may write inline for an `all` / `any` / `atLeast` over the node's children:
 * the status from the children's statuses, and the reason looked up by the statuses' key (base 5, after
 * the `notApplicable: "met"` policy), as the judge keys its shared reasons. On a key not seen yet the
 * generated code calls the judge, which writes and keeps the reason.
 */
export interface InlineCombinator {
  readonly type: "combinator";
  /** The children, in order. */
  readonly items: readonly number[];
  /** Per child: whether not applicable counts as met. */
  readonly naMet: readonly boolean[];
  readonly required: number | "all";
  /** The shared reason of a key, once the judge has written it. */
  readonly cachedReason: (key: number) => ReasonDraft | undefined;
}

/** A compiled rule: judges node `index` and, when `state.explain`, records its reason. */
export interface Judge {
  (state: RunState, index: number): StatusCode;
  /** Set when generated code may inline the judge (see `InlineCompare`, `InlineCombinator`). */
  readonly inline?: InlineCompare | InlineCombinator;
}

/** Records a reason when explanations are wanted; returns `status` for tail calls. */
export function conclude(
  state: RunState,
  index: number,
  status: StatusCode,
  code: ReasonCode,
  params?: ReasonParams,
): StatusCode {
  if (state.explain)
    state.reasons[index] = params === undefined ? bareReason(code) : { code, params };
  return status;
}

const BARE_REASONS = new Map<ReasonCode, ReasonDraft>();

/** The reason `{ code }` without parameters: one frozen object per code, shared by every evaluation. */
function bareReason(code: ReasonCode): ReasonDraft {
  let reason = BARE_REASONS.get(code);
  if (reason === undefined) {
    reason = Object.freeze({ code }) as ReasonDraft;
    BARE_REASONS.set(code, reason);
  }
  return reason;
}

/** Undetermined (unknown or error) outcomes: an error wins, since it needs fixing rather than data. */
export function undetermined(hasError: boolean): StatusCode {
  return hasError ? ERROR : UNKNOWN;
}

/** Whether an ordering (−1, 0, 1 from comparing value with target) satisfies a comparator. */
export function satisfies(order: number, comparator: Comparator): boolean {
  switch (comparator) {
    case ">=":
      return order >= 0;
    case ">":
      return order > 0;
    case "<=":
      return order <= 0;
    case "<":
      return order < 0;
    case "=":
      return order === 0;
    case "!=":
      return order !== 0;
  }
}

/** The JSON type of a recorded value, for `wrong_value_type` reasons. */
export function valueTypeName(value: Value): string {
  if (Array.isArray(value)) return "list";
  if (typeof value === "object") return "tally";
  return typeof value;
}

/** Comparators as small integers, for the bulk paths. */
export const COMPARATOR_CODES: Readonly<Record<Comparator, number>> = {
  ">=": 0,
  ">": 1,
  "<=": 2,
  "<": 3,
  "=": 4,
  "!=": 5,
};

/** `satisfies` on a comparator code from `COMPARATOR_CODES`. */
export function holds(order: number, code: number | undefined): boolean {
  switch (code) {
    case 0:
      return order >= 0;
    case 1:
      return order > 0;
    case 2:
      return order <= 0;
    case 3:
      return order < 0;
    case 4:
      return order === 0;
    default:
      return order !== 0;
  }
}
