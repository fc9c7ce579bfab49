import type { Rule } from "../schema.js";
import type { WalkEntry } from "../walk.js";
import type { LintIssue, NodeRead, RuleKind } from "./ruleKind.js";

type NoEventsRule = Extract<Rule, { type: "noEvents" }>;

/** No listed event (default: every event of the value) occurred more than `max` times: reads its own `events` value. */
export const noEventsKind: RuleKind<NoEventsRule> = {
  readsValue: true,
  reads(): NodeRead[] {
    return [];
  },
  lint(rule: NoEventsRule, entry: WalkEntry, issue: LintIssue): void {
    const value = entry.node.value;
    const path = [...entry.path, "rule"];
    if (value?.type !== "events") {
      issue(
        "rule_value_mismatch",
        path,
        `quy tắc noEvents cần giá trị kiểu events`,
        `a noEvents rule needs an events value`,
      );
    } else {
      rule.events?.forEach((event, i) => {
        if (!value.events.some((known) => known.id === event)) {
          issue(
            "rule_value_mismatch",
            [...path, "events", i],
            `sự việc "${event}" không có trong danh sách events của giá trị`,
            `event "${event}" is not among the value's events`,
          );
        }
      });
    }
  },
};
