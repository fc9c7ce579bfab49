import type { Rule } from "../schema.js";
import type { WalkEntry } from "../walk.js";
import { neverMet } from "./neverMet.js";
import type { Key, LintIssue, NodeRead, RuleKind } from "./ruleKind.js";

type ShareRule = Extract<Rule, { type: "share" }>;

/**
 * Share of child units in a category: reads its own `tally` value, or the child units of
 * `context.children` (units, not nodes, so it reads no node).
 */
export const shareKind: RuleKind<ShareRule> = {
  readsValue: true,
  reads(): NodeRead[] {
    return [];
  },
  lint(rule: ShareRule, entry: WalkEntry, issue: LintIssue): void {
    const value = entry.node.value;
    const path = [...entry.path, "rule"];
    neverMet(rule.comparator, rule.percent, 0, 100, [...path, "percent"], issue);
    rule.requires?.forEach((requirement, i) => {
      neverMet(
        requirement.comparator,
        requirement.percent,
        0,
        100,
        [...path, "requires", i, "percent"],
        issue,
      );
    });
    if (rule.children === undefined && value?.type !== "tally") {
      issue(
        "rule_value_mismatch",
        path,
        `quy tắc share cần giá trị kiểu tally hoặc trường "children" (đơn vị con)`,
        `a share rule needs a tally value or a "children" mapping (child units)`,
      );
    } else if (value?.type === "tally") {
      const categories = value.categories;
      const check = (category: string, at: Key[]) => {
        if (!categories.includes(category)) {
          issue(
            "rule_value_mismatch",
            at,
            `nhóm "${category}" không có trong categories của giá trị tally (${categories.join(", ")})`,
            `category "${category}" is not among the tally's categories (${categories.join(", ")})`,
          );
        }
      };
      check(rule.category, [...path, "category"]);
      rule.requires?.forEach((requirement, i) => {
        check(requirement.category, [...path, "requires", i, "category"]);
      });
    }
  },
};
