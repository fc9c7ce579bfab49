import type { FrameworkNode, Rule } from "../schema.js";
import type { WalkEntry } from "../walk.js";
import type { LintIssue, NodeRead } from "./ruleKind.js";
import { namedStatusReads } from "./ruleKind.js";

/** The rules that count met nodes among `of` (default: the node's children). */
export type CombinatorRule = Extract<Rule, { type: "all" | "any" | "atLeast" }>;

/** The nodes `all`, `any` and `atLeast` read: the `of` list, or else the node's children. */
export function combinatorReads(rule: CombinatorRule, node: FrameworkNode): NodeRead[] {
  if (rule.of !== undefined) return namedStatusReads(rule.of, ["rule", "of"]);
  return (node.children ?? []).map((child, i) => ({
    to: child.id,
    via: "status",
    named: false,
    path: ["children", i],
  }));
}

/** `rule_without_children` (no `of`, no children) and an `atLeast` count above the pool. */
export function lintCombinator(rule: CombinatorRule, entry: WalkEntry, issue: LintIssue): void {
  const path = [...entry.path, "rule"];
  const childCount = entry.node.children?.length ?? 0;
  const pool = rule.of?.length ?? childCount;
  if (rule.of === undefined && childCount === 0) {
    issue(
      "rule_without_children",
      path,
      `quy tắc ${rule.type} không có "of" và tiêu chí không có tiêu chí con`,
      `a ${rule.type} rule has no "of" and the node has no children`,
    );
  } else if (rule.type === "atLeast" && rule.count > pool) {
    issue(
      "threshold_out_of_range",
      [...path, "count"],
      `cần ít nhất ${rule.count} nhưng chỉ có ${pool} tiêu chí để đếm`,
      `needs at least ${rule.count} but only ${pool} nodes are counted`,
    );
  }
}
