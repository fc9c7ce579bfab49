import { type Framework, type FrameworkIssue, safeParseFramework } from "../index.js";
import { describeIssues } from "./describeIssues.js";

/** The error {@link assertValidFramework} throws: its message lists the issues, which it also carries. */
export interface InvalidFrameworkError extends Error {
  readonly issues: readonly FrameworkIssue[];
}

/**
 * Asserts that a value is a valid framework, for any test runner (or none): returns the parsed
 * framework, or throws an `Error` whose message lists every issue with its path.
 *
 * @param input - A framework as read from JSON.
 * @returns The parsed framework.
 * @throws {InvalidFrameworkError} When the input is not a valid framework; `.issues` holds the issues.
 * @example
 * assertValidFramework({ id: "x", version: "1", status: "final", title: { vi: "X" }, scoring: { kind: "count" } })
 * //=> throws Error: "Invalid framework (1 issue):\n  - error [missing_field] at nodes: required field is missing (array)"
 * @category Testing
 */
export function assertValidFramework(input: unknown): Framework {
  const result = safeParseFramework(input);
  if (result.success) return result.data;
  const issues = result.error.issues;
  const error = new Error(
    `Invalid framework (${issues.length} ${issues.length === 1 ? "issue" : "issues"}):\n${describeIssues(issues)}`,
  ) as Error & { issues: readonly FrameworkIssue[] };
  error.name = "InvalidFrameworkError";
  error.issues = issues;
  throw error;
}
