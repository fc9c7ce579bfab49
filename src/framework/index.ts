export type { AssessmentIssue, FrameworkIssue, MessageLanguage } from "./issues.js";
export * from "./schema.js";
