import { isIsoDate } from "../../core/dates.js";
import type { Rule, Target, ValueType } from "../schema.js";
import type { WalkEntry } from "../walk.js";

type Key = string | number;
type Scalar = number | boolean | string;
/** Reports one issue: code, path, then the Vietnamese and English text after the path. */
export type Issue = (code: string, path: readonly Key[], vi: string, en: string) => void;

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
  rule: Extract<Rule, { type: "compare" }>,
  path: readonly Key[],
  issue: Issue,
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

/** Reports `> high` and `< low` comparisons, which no value in [low, high] can meet. */
function neverMet(
  comparator: string,
  target: number,
  low: number | undefined,
  high: number | undefined,
  at: readonly Key[],
  issue: Issue,
): void {
  const above = comparator === ">" && high !== undefined && target >= high;
  const below = comparator === "<" && low !== undefined && target <= low;
  if (!above && !below) return;
  const bound = above ? high : low;
  issue(
    "threshold_out_of_range",
    at,
    `"${comparator} ${target}" không bao giờ đạt vì giá trị ${above ? "không vượt quá" : "không nhỏ hơn"} ${bound}`,
    `"${comparator} ${target}" can never be met: the value is never ${above ? "above" : "below"} ${bound}`,
  );
}

/**
 * Reports a `factor` on a compare rule whose value or literal target is not a number: `factor × true`,
 * `factor × "2024-01-01"` or `factor × "level"` has no meaning (evaluation would make it an error).
 */
function checkFactor(
  value: ValueType | undefined,
  rule: Extract<Rule, { type: "compare" }>,
  path: readonly Key[],
  issue: Issue,
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

/**
 * Checks one node's rule against its value and children: `rule_value_mismatch`,
 * `threshold_out_of_range`, `rule_without_children` and `factor_not_numeric`.
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
  const node = entry.node;
  const value = node.value;
  const path = [...entry.path, "rule"];
  const childCount = node.children?.length ?? 0;
  switch (rule.type) {
    case "compare":
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
      break;
    case "noEvents":
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
      break;
    case "all":
    case "any":
    case "atLeast": {
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
      break;
    }
    case "share":
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
      break;
    default:
      break;
  }
}
