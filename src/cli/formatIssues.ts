import type { FrameworkIssue } from "../index.js";
import { cliText } from "./text.js";
import type { CliLanguage } from "./types.js";

function formatPath(path: readonly (string | number)[]): string {
  return path.length === 0 ? "(root)" : path.join(".");
}

/**
 * Formats issues one per line: severity, code, path and the message in the chosen language.
 *
 * @param issues - Issues from `safeParseFramework`, `lintFramework`, `safeParseAssessment` or `checkAssessment`.
 * @param lang - Output language.
 * @returns Lines indented by two spaces, each ending in a newline (empty string for no issues).
 * @example
 * formatIssues([{ code: "duplicate_id", path: ["nodes", 1, "id"], message: "nodes.1.id: duplicate id",
 *   messages: { vi: "nodes.1.id: mã bị trùng", en: "nodes.1.id: duplicate id" }, severity: "error" }], "en")
 * //=> "  error [duplicate_id] at nodes.1.id: duplicate id\n"
 * @category CLI
 */
export function formatIssues(issues: readonly FrameworkIssue[], lang: CliLanguage): string {
  const text = cliText(lang);
  return issues
    .map((issue) => {
      const at = formatPath(issue.path);
      const raw = issue.messages[lang] ?? issue.message;
      // messages usually start with their own path; do not print it twice
      const message = raw.startsWith(`${at}: `) ? raw.slice(at.length + 2) : raw;
      const severity = issue.severity === "error" ? text.error : text.warning;
      return `  ${severity} [${issue.code}] ${text.at} ${at}: ${message}\n`;
    })
    .join("");
}
