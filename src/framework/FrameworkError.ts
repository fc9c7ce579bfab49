import type { FrameworkIssue } from "./issues.js";

const SHOWN = 5;

/**
 * Thrown by `parseFramework` when the input is not a valid framework; carries every issue.
 *
 * @example
 * try { parseFramework({}) } catch (error) { error instanceof FrameworkError && error.issues[0].code }
 * //=> "missing_field"
 * @category Framework
 */
export class FrameworkError extends Error {
  override readonly name = "FrameworkError";
  readonly issues: readonly FrameworkIssue[];

  /**
   * @param issues - The issues found (at least one).
   */
  constructor(issues: readonly FrameworkIssue[]) {
    const shown = issues.slice(0, SHOWN).map((issue) => `  - [${issue.code}] ${issue.message}`);
    const more = issues.length > SHOWN ? [`  … and ${issues.length - SHOWN} more`] : [];
    super(
      [
        `Invalid framework (${issues.length} issue${issues.length === 1 ? "" : "s"}):`,
        ...shown,
        ...more,
      ].join("\n"),
    );
    this.issues = issues;
  }
}
