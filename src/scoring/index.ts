export { type CompileFrameworkOptions, compileFramework } from "./compileFramework.js";
export { type SafeParseContextResult, safeParseContext } from "./context.js";
export { evaluate } from "./evaluate.js";
export { gapToTier, type TierGap } from "./gapToTier.js";
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
export type * from "./types.js";
export { type NodeStatusChange, type WhatIfChange, type WhatIfResult, whatIf } from "./whatIf.js";
