import { isIsoDate } from "../../core/dates.js";
import type { Framework, Rule, Target, ValueType } from "../schema.js";
import type { WalkEntry } from "../walk.js";
import { neverMet } from "./neverMet.js";
import type { Key, LintIssue, NodeRead, RuleKind } from "./ruleKind.js";

type CompareRule = Extract<Rule, { type: "compare" }>;
type Scalar = number | boolean | string;

/** The literal values a target can take, with their paths (references and context targets are not literal). */
function literalTargets(target: Target, path: readonly Key[]): [Scalar, Key[]][] {
  if (typeof target !== "object") return [[target, [...path]]];
  if ("cases" in target) {
    const found: [Scalar, Key[]][] = target.cases.map((c, i) => [
      c.value,
      [...path, "cases", i, "value"],
    ]);
    if (target.default !== undefined) found.unshift([target.default, [...path, "default"]]);
    return found;
  }
  return [];
}

function checkTarget(
  value: ValueType,
  rule: CompareRule,
  path: readonly Key[],
  issue: LintIssue,
): void {
  for (const [target, at] of literalTargets(rule.target, [...path, "target"])) {
    const shown = JSON.stringify(target);
    switch (value.type) {
      case "boolean":
        if (typeof target !== "boolean") {
          issue(
            "rule_value_mismatch",
            at,
            `giá trị đúng/sai phải so với true/false, không phải ${shown}`,
            `a boolean value must be compared with true or false, not ${shown}`,
          );
        } else if (rule.comparator !== "=" && rule.comparator !== "!=") {
          issue(
            "rule_value_mismatch",
            [...path, "comparator"],
            `giá trị đúng/sai chỉ so sánh được bằng "=" hoặc "!="`,
            `a boolean value can only be compared with "=" or "!="`,
          );
        }
        break;
      case "number":
      case "percent":
      case "count":
        if (typeof target !== "number") {
          issue(
            "rule_value_mismatch",
            at,
            `giá trị kiểu ${value.type} phải so với một số, không phải ${shown}`,
            `a ${value.type} value must be compared with a number, not ${shown}`,
          );
        } else if (rule.factor === undefined) {
          if (value.type === "percent" && (target < 0 || target > 100)) {
            issue(
              "threshold_out_of_range",
              at,
              `ngưỡng phần trăm ${target} nằm ngoài khoảng 0–100`,
              `percent target ${target} is outside 0–100`,
            );
          } else if (value.type === "count" && (target < 0 || !Number.isInteger(target))) {
            issue(
              "threshold_out_of_range",
              at,
              `ngưỡng đếm ${target} phải là số nguyên không âm`,
              `count target ${target} must be a non-negative integer`,
            );
          } else if (
            value.type === "number" &&
            ((value.min !== undefined && target < value.min) ||
              (value.max !== undefined && target > value.max))
          ) {
            issue(
              "threshold_out_of_range",
              at,
              `ngưỡng ${target} nằm ngoài khoảng giá trị [${value.min ?? "-∞"}, ${value.max ?? "∞"}]`,
              `target ${target} is outside the value range [${value.min ?? "-∞"}, ${value.max ?? "∞"}]`,
            );
          } else {
            const low = value.type === "number" ? value.min : 0;
            const high =
              value.type === "percent" ? 100 : value.type === "number" ? value.max : undefined;
            neverMet(rule.comparator, target, low, high, at, issue);
          }
        }
        break;
      case "ordinal":
        if (typeof target !== "string" || !value.levels.some((level) => level.id === target)) {
          issue(
            "rule_value_mismatch",
            at,
            `${shown} không phải là mức nào của giá trị (${value.levels.map((l) => l.id).join(", ")})`,
            `${shown} is not a level of the value (${value.levels.map((l) => l.id).join(", ")})`,
          );
        }
        break;
      case "date":
        if (typeof target !== "string" || !isIsoDate(target)) {
          issue(
            "rule_value_mismatch",
            at,
            `giá trị ngày phải so với một ngày có thật dạng YYYY-MM-DD, không phải ${shown}`,
            `a date value must be compared with a real YYYY-MM-DD date, not ${shown}`,
          );
        }
        break;
      default:
        break;
    }
  }
}

/**
 * Reports a `factor` on a compare rule whose value or literal target is not a number: `factor × true`,
 * `factor × "2024-01-01"` or `factor × "level"` has no meaning (evaluation would make it an error).
 */
function checkFactor(
  value: ValueType | undefined,
  rule: CompareRule,
  path: readonly Key[],
  issue: LintIssue,
): void {
  if (rule.factor === undefined) return;
  const at = [...path, "factor"];
  if (value !== undefined && !["number", "percent", "count"].includes(value.type)) {
    issue(
      "factor_not_numeric",
      at,
      `hệ số (factor) chỉ dùng được với giá trị số, nhưng tiêu chí có giá trị kiểu ${value.type}`,
      `a factor only applies to numeric values, but the node has a ${value.type} value`,
    );
    return;
  }
  const literal = literalTargets(rule.target, [...path, "target"]).find(
    ([target]) => typeof target !== "number",
  );
  if (literal !== undefined) {
    const shown = JSON.stringify(literal[0]);
    issue(
      "factor_not_numeric",
      at,
      `hệ số (factor) chỉ nhân được với một ngưỡng là số, không phải ${shown} (tại ${literal[1].join(".")})`,
      `a factor can only multiply a numeric target, not ${shown} (at ${literal[1].join(".")})`,
    );
  }
}

function isNodeTarget(target: Target | undefined): target is { node: string } {
  return typeof target === "object" && target !== null && "node" in target;
}

/** `value comparator factor × target`: reads its own value, and the value of a `{ node }` target. */
export const compareKind: RuleKind<CompareRule> = {
  readsValue: true,
  reads(rule: CompareRule, _node, framework: Framework): NodeRead[] {
    const target = rule.target;
    if (isNodeTarget(target)) {
      return [{ to: target.node, via: "value", named: true, path: ["rule", "target", "node"] }];
    }
    if (typeof target === "object" && "ref" in target) {
      const named = framework.references?.[target.ref];
      if (isNodeTarget(named) && Object.hasOwn(framework.references ?? {}, target.ref)) {
        return [{ to: named.node, via: "value", named: true, path: ["rule", "target", "ref"] }];
      }
    }
    return [];
  },
  lint(rule: CompareRule, entry: WalkEntry, issue: LintIssue): void {
    const value = entry.node.value;
    const path = [...entry.path, "rule"];
    checkFactor(value, rule, path, issue);
    if (
      value === undefined ||
      !["boolean", "number", "percent", "count", "ordinal", "date"].includes(value.type)
    ) {
      const what =
        value === undefined ? "không có kiểu giá trị (value)" : `có giá trị kiểu ${value.type}`;
      const whatEn = value === undefined ? "has no value type" : `has a ${value.type} value`;
      issue(
        "rule_value_mismatch",
        path,
        `quy tắc so sánh cần một giá trị đơn (số, phần trăm, đúng/sai, mức, ngày) nhưng tiêu chí ${what}`,
        `a compare rule needs a single value (number, percent, boolean, level, date) but the node ${whatEn}`,
      );
    } else {
      checkTarget(value, rule, path, issue);
    }
  },
};
