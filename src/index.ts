/**
 * tieuchi: criteria frameworks (bộ tiêu chí) as validated data. Define, score, explain and compare
 * assessments.
 *
 * @packageDocumentation
 * @module tieuchi
 */
export * from "./assessment/index.js";
export * from "./framework/index.js";
export * from "./scoring/index.js";
// over time (issue 9)
export * from "./trend/index.js";
// composite indices (issue 10)
export {
  type AggregatedValue,
  type AggregateStatus,
  type AggregateValuesOptions,
  type Aggregation,
  aggregateValues,
} from "./units/aggregateValues.js";
export {
  type CompositeImputedCell,
  type CompositeIndexOptions,
  type CompositeIndexResult,
  type CompositeIndicator,
  type CompositeTable,
  type CompositeUnitScore,
  compositeIndex,
} from "./units/compositeIndex.js";
export {
  type Imputation,
  type ImputedCell,
  type ImputedCohort,
  imputeCohort,
} from "./units/imputeCohort.js";
// across units (issue 10)
export * from "./units/index.js";
export {
  type Cell,
  type CohortNormalization,
  type CohortStatistics,
  type Direction,
  type NormalizedCohort,
  normalizeCohort,
} from "./units/normalizeCohort.js";
