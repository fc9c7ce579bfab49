/* The issue type lives in the bottom layer (src/core/issue.ts); re-exported here for the framework API. */
export type { AssessmentIssue, FrameworkIssue, MessageLanguage } from "../core/issue.js";
