export {
  type ClosestUnit,
  type CompareOptions,
  closestToRecognition,
  compareUnits,
  type SystemicGap,
  systemicGaps,
  type UnitComparison,
  type UnitMatrix,
  unitMatrix,
} from "./compareUnits.js";
export {
  type RankBy,
  type Ranking,
  type RankOptions,
  type RankRow,
  rank,
  type TieRule,
  type UnrankedUnit,
} from "./rank.js";
export {
  type NotRatedCode,
  type QuotaOutcome,
  type ReviewedUnit,
  type ReviewOptions,
  type ReviewResult,
  type ReviewStep,
  reviewCohort,
  type UnitFacts,
} from "./reviewCohort.js";
export {
  type KeepOrder,
  KeepOrderSchema,
  lintReviewDefinition,
  type Quota,
  QuotaSchema,
  type Rating,
  RatingSchema,
  type ReviewDefinition,
  ReviewDefinitionSchema,
  reviewDefinitionJsonSchema,
  type SafeParseReviewResult,
  safeParseReviewDefinition,
} from "./reviewDefinition.js";
export {
  type RankSensitivity,
  rankSensitivity,
  type SensitivityOptions,
  seededRandom,
  type UnitSensitivity,
} from "./sensitivity.js";
export type { ExactValue, PeerGroupKey, UnitEvaluation } from "./unitInput.js";
