import type { FrameworkIssue } from "../core/issue.js";
import type { Framework } from "../framework/schema.js";
import type { Evaluation, NodeStatus } from "../scoring/types.js";
import type { TrendRegression } from "../trend/trend.js";
import type { ReviewResult } from "../units/reviewCohort.js";
import type { ReviewDefinition } from "../units/reviewDefinition.js";
import type { ReportLanguage } from "./reportLabels.js";

/** One evaluation and the framework it was evaluated against. */
export interface ReportEvaluation {
  readonly framework: Framework;
  readonly evaluation: Evaluation;
  /** True when the assessment is example data (its `example` flag); the report then says so. */
  readonly example?: boolean | undefined;
}

/**
 * A year-end review already decided (for example by the cohort review of `tieuchi`'s units functions):
 * the report prints it, it does not rate anyone.
 */
export interface ReportReview {
  /** The ratings, best first (`xuat_sac`, `hoan_thanh_tot`, …), with their titles. */
  readonly ratings: readonly { readonly id: string; readonly title?: string | undefined }[];
  /** The rating of each unit (by subject id); `demotedFrom` when the quota lowered it. */
  readonly units: readonly {
    readonly unit: string;
    readonly rating: string;
    readonly demotedFrom?: string | undefined;
  }[];
  /** At most `maxPercent` % of the units rated `relativeTo` may be rated `rating`: `allowed` units. */
  readonly quota?:
    | {
        readonly rating: string;
        readonly relativeTo: string;
        readonly maxPercent: number;
        readonly allowed: number;
      }
    | undefined;
}

/**
 * A review run by `reviewCohort`, with the definition it ran: the report shows the result as it is
 * (final ratings, units not rated, every quota per group with its base) and takes the ratings' titles
 * and the quotas' percent and base ratings from the definition.
 */
export interface ReportCohortReview {
  readonly result: ReviewResult;
  readonly definition: ReviewDefinition;
  /** The period reviewed, shown beside the definition's title. */
  readonly period?: string | undefined;
}

/**
 * What a report is built from: evaluations (several units, several periods) and an optional review,
 * either decided elsewhere (`ReportReview`) or run by `reviewCohort` (`ReportCohortReview`).
 */
export interface ReportInput {
  readonly evaluations: readonly ReportEvaluation[];
  readonly review?: ReportReview | ReportCohortReview | undefined;
}

/** Options of `buildReportData` (and of the renderers, which pass them on). */
export interface BuildReportDataOptions {
  /** The language of titles and reason sentences; default `"vi"`. */
  readonly language?: ReportLanguage | undefined;
  /** Only this unit (subject id): a report for one ward. Default: every unit. */
  readonly unit?: string | undefined;
}

/** A unit (subject) of the report. */
export interface ReportUnit {
  readonly id: string;
  readonly name: string;
}

/** A period of one framework's evaluations, in time order. */
export interface ReportPeriod {
  readonly id: string;
  readonly start: string;
  readonly end: string;
}

/** One unit's headline in one period. */
export interface ReportPoint {
  readonly met: number;
  readonly applicable: number;
  /** `100 × met / applicable`; null when nothing is applicable. */
  readonly percent: number | null;
  readonly tier: string | null;
}

/** A criterion not met (or unknown, or in error) and the sentence of its reason. */
export interface ReportLeftItem {
  readonly node: string;
  readonly title: string;
  readonly status: NodeStatus;
  readonly reason: string;
}

/** A unit's latest evaluation under one framework. */
export interface ReportLatest extends ReportPoint {
  readonly unit: string;
  readonly period: string;
  /** The tier's title, or null when no tier is reached. */
  readonly tierTitle: string | null;
  readonly left: readonly ReportLeftItem[];
  /** The lowest tier above the one reached, and the sentences of its failing conditions; null at the top. */
  readonly nextTier: { readonly title: string; readonly conditions: readonly string[] } | null;
  readonly example: boolean;
}

/**
 * One row of the league table: `rank` of the units' latest evaluations by criteria met, competition
 * ties (equal counts share a rank and the next rank skips: 1, 1, 3), then subject id.
 */
export interface ReportLeagueRow {
  readonly rank: number;
  readonly unit: string;
}

/** A period in which a unit went backwards: a `TrendRegression` with the unit. */
export interface ReportRegression extends TrendRegression {
  readonly unit: string;
  /** The title of the tier lost (the tier before, when `kinds` has `tier`); else null. */
  readonly tierLost: string | null;
}

/** The heatmap: rows (units at their latest period, or one unit's periods) × criteria. */
export interface ReportMatrix {
  readonly rowsAre: "units" | "periods";
  readonly rows: readonly { readonly key: string; readonly label: string }[];
  /** `cells[row][criterion]`; null when the evaluation has no result for the criterion. */
  readonly cells: readonly (readonly (NodeStatus | null)[])[];
}

/** Everything the report shows about one framework (id and version). */
export interface ReportFramework {
  readonly id: string;
  readonly version: string;
  readonly title: string;
  readonly periods: readonly ReportPeriod[];
  readonly criteria: readonly { readonly id: string; readonly title: string }[];
  /**
   * The units with an evaluation under this framework, in subject id order, each named as in its
   * latest evaluation under this framework (a ward and its police station may share an id).
   */
  readonly units: readonly ReportUnit[];
  /** `series[u][p]`: unit `units[u]` in period `periods[p]`, null when it has no evaluation then. */
  readonly series: readonly (readonly (ReportPoint | null)[])[];
  /** One per unit, in unit order. */
  readonly latest: readonly ReportLatest[];
  readonly league: readonly ReportLeagueRow[];
  /** The regressions of each unit's `trend` (fewer criteria met, a criterion or a tier lost), by unit then period. */
  readonly regressions: readonly ReportRegression[];
  readonly matrix: ReportMatrix;
}

/** One quota of the review in one group: how many hold the rating, how many may, of which base. */
export interface ReportQuotaData {
  readonly rating: string;
  /** The ratings whose holders form the base. */
  readonly of: readonly string[];
  /** The peer group (the definition's `groupBy`), null for the whole cohort. */
  readonly group: string | null;
  readonly maxPercent: number;
  readonly allowed: number;
  readonly count: number;
  readonly base: number;
  readonly kept: boolean;
}

/** The review with titles resolved and the quotas counted. */
export interface ReportReviewData {
  /** A cohort review's title (the definition's, its id and version, and the period); null otherwise. */
  readonly title: string | null;
  /** Ratings best first, with the number of units holding each at the end. */
  readonly ratings: readonly {
    readonly id: string;
    readonly title: string;
    readonly count: number;
  }[];
  /** Units in subject id order. */
  readonly units: readonly {
    readonly unit: string;
    /** The final rating; null when the unit is not rated (a cohort review's eligibility rules). */
    readonly rating: string | null;
    /** The rating earned before a quota moved the unit down; null when no quota did. */
    readonly demotedFrom: string | null;
    /** The steps of a cohort review, as sentences in the report's language; empty otherwise. */
    readonly notes: readonly string[];
  }[];
  /** Units not rated. */
  readonly notRated: number;
  readonly quotas: readonly ReportQuotaData[];
}

/** The computed content of a report, independent of HTML or Markdown. */
export interface ReportData {
  readonly language: ReportLanguage;
  /** Units in subject id order (plain code-unit order). */
  readonly units: readonly ReportUnit[];
  /** Frameworks in the order their first evaluation appears in the input. */
  readonly frameworks: readonly ReportFramework[];
  readonly review: ReportReviewData | null;
  /** True when any evaluation is of an assessment marked as example data. */
  readonly example: boolean;
  /** Evaluations left out (mismatched framework, duplicates, bad period) and review problems. */
  readonly issues: readonly FrameworkIssue[];
}
