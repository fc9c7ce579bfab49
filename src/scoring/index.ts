export { type CompileFrameworkOptions, compileFramework } from "./compileFramework.js";
export { type SafeParseContextResult, safeParseContext } from "./context.js";
export {
  type ContributionSplit,
  type Contributions,
  type ContributionsReason,
  diffEvaluations,
  type EvaluationDiff,
  type ExactNumber,
  type NodeChangeKind,
  type NodeResultChange,
  type NumberChange,
  type SideChange,
  type TierChange,
} from "./diffEvaluations.js";
export { evaluate } from "./evaluate.js";
export {
  type ExplainedCondition,
  type ExplainedNode,
  type ExplainedTier,
  type ExplainLanguage,
  type Explanation,
  explain,
  formatCondition,
  formatReason,
  formatTierQuery,
  type ReasonScope,
  type TierQueryResult,
  traceOf,
} from "./explain.js";
export { gapToTier, type TierGap } from "./gapToTier.js";
export {
  type ConditionMessages,
  type MessageHelpers,
  type MessageTable,
  messagesEn,
  messagesVi,
  type ReasonMessages,
} from "./messages.js";
export * from "./models/index.js";
export {
  type ChangeOutcome,
  type RankChangesOptions,
  type RankedChange,
  rankChanges,
} from "./rankChanges.js";
export {
  type FailingCondition,
  type StepsToTierOptions,
  stepsToTier,
  type TierSteps,
} from "./stepsToTier.js";
export { summaryOf } from "./summaryOf.js";
export type * from "./types.js";
export { type NodeStatusChange, type WhatIfChange, type WhatIfResult, whatIf } from "./whatIf.js";
