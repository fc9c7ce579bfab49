export type { FrameworkIssue, AssessmentIssue, MessageLanguage } from "./issues.js";
export * from "./schema.js";
