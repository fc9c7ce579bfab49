import type { Assessment, Subject, Value } from "../assessment/schema.js";
import type { Framework, NodeKind, Target } from "../framework/schema.js";

/** The status of one node after evaluation. */
export type NodeStatus = "met" | "notMet" | "notApplicable" | "unknown" | "error";

import type { ConditionType, Reason } from "./reasons.js";

export type * from "./reasons.js";

/** Met over applicable, at one level ("31/34"). */
export interface Count {
  readonly met: number;
  readonly notMet: number;
  readonly notApplicable: number;
  readonly unknown: number;
  readonly error: number;
  /**
   * met + notMet + unknown + error (the denominator of "met/applicable"), less the unknown criteria
   * under the policy `unknown: "exclude"` (still counted in `unknown`).
   */
  readonly applicable: number;
  readonly total: number;
}

/** A node's points after evaluation: earned of possible, with the bonus and deductions already counted in `earned`. */
export interface PointsResult {
  readonly earned: number;
  readonly possible: number;
  /** Bonus earned beyond the base (LEED innovation), included in `earned`. */
  readonly bonus: number;
  /** Deductions applied (positive number), already subtracted from `earned`. */
  readonly deducted: number;
  /** Points from self scores (điểm tự chấm) where entered, for side-by-side display. */
  readonly self?: number | undefined;
  /** Points from verified scores (cấp trên chấm) where entered. */
  readonly verified?: number | undefined;
}

/** One node's result in an evaluation (kết quả chấm): its status, the reason, and the value, target, counts, points and score used. */
export interface NodeResult {
  readonly id: string;
  readonly kind: NodeKind;
  readonly status: NodeStatus;
  readonly reason: Reason;
  /** The value used (from the assessment, or derived such as a tally from child units). */
  readonly value?: Value | undefined;
  /** The target actually used, after resolving region / class / year / reference tables. */
  readonly target?: Value | undefined;
  /** For nodes with children: criteria counts below this node. */
  readonly count?: Count | undefined;
  readonly points?: PointsResult | undefined;
  /** Score in [0, 1] used by weighted models, where defined. */
  readonly score?: number | null | undefined;
  readonly selfScore?: number | undefined;
  readonly verifiedScore?: number | undefined;
  readonly children?: readonly string[] | undefined;
}

/** The framework's score: `scored` with its value, maximum and percent, or `unscorable` with the reason. */
export type Score =
  | {
      readonly status: "scored";
      readonly value: number;
      readonly max: number;
      /** value / max × 100, unrounded. */
      readonly percent: number;
    }
  | { readonly status: "unscorable"; readonly reason: string };

/** A tier condition's result; its sentence comes from `explain` or `formatCondition`. */
export interface ConditionResult {
  readonly type: ConditionType;
  readonly met: boolean;
  /** What was measured (points, percent, count, the failing node ids…). */
  readonly actual?: number | string | readonly string[] | null | undefined;
  /** What was required. */
  readonly required?: number | string | readonly string[] | undefined;
  /** How much is missing when a numeric condition fails (e.g. 2 criteria, 3.5 points). */
  readonly shortBy?: number | undefined;
}

/** Whether one tier was achieved, with the result of each of its conditions. */
export interface TierResult {
  readonly id: string;
  readonly achieved: boolean;
  readonly conditions: readonly ConditionResult[];
}

/** A disqualifying node (điểm liệt) that is not met or in error, and why. */
export interface Disqualifier {
  readonly node: string;
  readonly reason: Reason;
}

/**
 * The computed result of `evaluate`. Plain JSON: byte-identical for the same input. It holds no
 * sentences: reasons are codes with parameters, put into words by `explain` (and the trace by `traceOf`).
 *
 * An evaluation never shares an object with its inputs (assessment, framework, context). Evaluations
 * of one compiled framework may share parts whose content is the same in each, and those parts are
 * frozen: children id lists, reasons without parameters, combinator reasons, the reasons of boolean
 * comparisons with a fixed target, the count of a node with no criterion below it and a node's points
 * when the numbers are the same. Node results, the other counts and the other reasons are each
 * evaluation's own. Copy an evaluation (`structuredClone`) before editing it.
 */
export interface Evaluation {
  readonly framework: { readonly id: string; readonly version: string };
  readonly subject: Subject;
  readonly period: Assessment["period"];
  /** Node results in framework (depth-first) order. */
  readonly nodes: readonly NodeResult[];
  /** Over criteria (kind `criterion`), the "31/34" figure. */
  readonly count: Count;
  readonly points?: PointsResult | undefined;
  readonly score: Score;
  /** The highest tier reached, or null. */
  readonly tier: string | null;
  readonly tiers: readonly TierResult[];
  readonly disqualifiers: readonly Disqualifier[];
  /**
   * Members of the context that are invalid (see `safeParseContext`); they were ignored, as if absent,
   * so nodes that need them are unknown. Absent when the context is valid.
   */
  readonly contextIssues?: readonly import("../framework/issues.js").FrameworkIssue[] | undefined;
}

/** What a rule may need beyond the assessment. Nothing is read implicitly (no clock). */
export interface EvaluationContext {
  /** The previous period's assessment of the same subject (for `{ previous: true }` targets). */
  readonly previous?: Assessment | undefined;
  /** Baseline assessments keyed by period id (`"2019"`). */
  readonly baselines?: Readonly<Record<string, Assessment>> | undefined;
  /** Evaluations of child units (for `share` rules with `children`). */
  readonly children?: readonly Evaluation[] | undefined;
  /** Outcomes of other frameworks for the same subject, keyed by framework id. */
  readonly outcomes?:
    | Readonly<Record<string, Evaluation | { readonly tier: string | null }>>
    | undefined;
  /** Reference values (override `framework.references`). */
  readonly references?: Readonly<Record<string, Target>> | undefined;
  /** Overrides the subject's attributes (region, class, kind). */
  readonly subject?: Partial<Subject> | undefined;
  /** The evaluation date (ISO `YYYY-MM-DD`); its year selects year-keyed targets. Default: the period's end. */
  readonly date?: string | undefined;
  /** Values of the same node across a cohort of units, for `minMax` / `zScore` / `percentileRank`. */
  readonly cohort?: Readonly<Record<string, readonly number[]>> | undefined;
}

/** The fast result of `CompiledFramework.summarize`: the totals without per-node reasons or trace. */
export interface EvaluationSummary {
  readonly count: Count;
  readonly points?: PointsResult | undefined;
  readonly score: Score;
  readonly tier: string | null;
}

/** A framework prepared once for many evaluations (`compileFramework`). */
export interface CompiledFramework {
  readonly framework: Framework;
  /** The full evaluation, identical to `evaluate(framework, assessment, context)`. */
  evaluate(assessment: Assessment, context?: EvaluationContext): Evaluation;
  /** Counts, points, score and tier only: the bulk path. */
  summarize(assessment: Assessment, context?: EvaluationContext): EvaluationSummary;
}
