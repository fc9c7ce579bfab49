import type { AssessmentIssue } from "../framework/issues.js";

const SHOWN = 5;

/**
 * Thrown by `parseAssessment` when the input is not a valid assessment; carries every issue.
 *
 * @example
 * try { parseAssessment({}) } catch (error) { error instanceof AssessmentError && error.issues[0].code }
 * //=> "missing_field"
 * @category Assessment
 */
export class AssessmentError extends Error {
  override readonly name = "AssessmentError";
  readonly issues: readonly AssessmentIssue[];

  /**
   * @param issues - The issues found (at least one).
   */
  constructor(issues: readonly AssessmentIssue[]) {
    const shown = issues.slice(0, SHOWN).map((issue) => `  - [${issue.code}] ${issue.message}`);
    const more = issues.length > SHOWN ? [`  … and ${issues.length - SHOWN} more`] : [];
    const count = `${issues.length} issue${issues.length === 1 ? "" : "s"}`;
    super([`Invalid assessment (${count}):`, ...shown, ...more].join("\n"));
    this.issues = issues;
  }
}
