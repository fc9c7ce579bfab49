export { FrameworkError } from "./FrameworkError.js";
export type { AssessmentIssue, FrameworkIssue, MessageLanguage } from "./issues.js";
export { lintFramework } from "./lintFramework.js";
export { parseFramework } from "./parseFramework.js";
export { type SafeParseFrameworkResult, safeParseFramework } from "./safeParseFramework.js";
export * from "./schema.js";
