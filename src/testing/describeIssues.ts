import type { FrameworkIssue } from "../index.js";

/**
 * Lists issues for a test failure message, one per line, with code, path and the English message.
 * Not exported from `tieuchi/testing`.
 *
 * @param issues - Issues to list.
 * @returns Lines starting with `  - `, joined by newlines.
 * @example
 * describeIssues([{ code: "too_small", path: ["nodes", 0, "points", "max"], message: "nodes.0.points.max: below the minimum of 0",
 *   messages: { vi: "…", en: "nodes.0.points.max: below the minimum of 0" }, severity: "error" }])
 * //=> "  - error [too_small] at nodes.0.points.max: below the minimum of 0"
 * @category Testing
 */
export function describeIssues(issues: readonly FrameworkIssue[]): string {
  return issues
    .map((issue) => {
      const at = issue.path.length === 0 ? "(root)" : issue.path.join(".");
      const message = issue.message.startsWith(`${at}: `)
        ? issue.message.slice(at.length + 2)
        : issue.message;
      return `  - ${issue.severity} [${issue.code}] at ${at}: ${message}`;
    })
    .join("\n");
}
