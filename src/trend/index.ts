export {
  type ProjectionEstimate,
  type ProjectionInput,
  type ProjectionNumber,
  type ProjectionResult,
  type ProjectionTarget,
  projectCounts,
} from "./projection.js";
export {
  type Rollup,
  type RollupNumber,
  type RollupOptions,
  type RollupUnit,
  type RollupUnitDeclaration,
  type RollupValue,
  rollup,
} from "./rollup.js";
export {
  type CriterionTrend,
  type FrameworkKey,
  type IndicatorGrowth,
  type RegressionKind,
  type Trend,
  type TrendChange,
  type TrendGap,
  type TrendNumberChange,
  type TrendOptions,
  type TrendPoint,
  type TrendRegression,
  trend,
} from "./trend.js";
export type { TrendInput } from "./trendInput.js";
