export {
  type DiffFrameworksOptions,
  diffFrameworks,
  type FrameworkChange,
  type FrameworkChangeKind,
  type FrameworkDiff,
  type MatchSuggestion,
} from "./diffFrameworks.js";
export { FrameworkError } from "./FrameworkError.js";
export { FRAMEWORK_SCHEMA_ID, frameworkJsonSchema } from "./frameworkJsonSchema.js";
export type { AssessmentIssue, FrameworkIssue, MessageLanguage } from "./issues.js";
export { lintFramework } from "./lintFramework.js";
export { parseFramework } from "./parseFramework.js";
export { resolveVariant } from "./resolveVariant.js";
export { type FrameworkOrVariant, resolveVariantChain } from "./resolveVariantChain.js";
export {
  type SafeParseFrameworkResult,
  STRUCTURAL_ISSUE_CODES,
  safeParseFramework,
} from "./safeParseFramework.js";
export * from "./schema.js";
export { VARIANT_SCHEMA_ID, variantJsonSchema } from "./variantJsonSchema.js";
