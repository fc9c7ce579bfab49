import { type LintIssue, ruleKind } from "../kinds/index.js";
import type { Rule } from "../schema.js";
import type { WalkEntry } from "../walk.js";

/** Reports one issue: code, path, then the Vietnamese and English text after the path. */
export type Issue = LintIssue;

/**
 * Checks one node's rule against its value and children: `rule_value_mismatch`,
 * `threshold_out_of_range`, `rule_without_children` and `factor_not_numeric`. Each kind's checks live
 * with the kind, in `src/framework/kinds/<kind>.ts`.
 *
 * @param entry - The node, as walked.
 * @param rule - `entry.node.rule`.
 * @param issue - Receives each issue.
 * @returns Nothing; issues go to `issue`.
 * @example
 * checkRule(entry, { type: "all" }, issue) // on a leaf
 * //=> issue("rule_without_children", [..., "rule"], …)
 * @category Internal
 */
export function checkRule(entry: WalkEntry, rule: Rule, issue: Issue): void {
  ruleKind(rule).lint(rule, entry, issue);
}
