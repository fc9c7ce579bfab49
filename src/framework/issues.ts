/** Languages every user-facing message is written in. */
export type MessageLanguage = "vi" | "en";

/** A problem found in a framework or an assessment: a code, a path, and a message in Vietnamese and English. */
export interface FrameworkIssue {
  /** snake_case code; zod's own codes (`invalid_type`, `too_small`, …) pass through. */
  readonly code: string;
  /** Where: `["nodes", 3, "children", 0, "id"]`. */
  readonly path: readonly (string | number)[];
  /** The English message (the same text as `messages.en`). */
  readonly message: string;
  readonly messages: { readonly vi: string; readonly en: string };
  readonly severity: "error" | "warning";
}

/** Issues from assessments share the framework issue shape. */
export type AssessmentIssue = FrameworkIssue;
