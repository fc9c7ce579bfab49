import { formatPath, makeIssue } from "../../core/issue.js";
import type { FrameworkIssue } from "../issues.js";
import type { WalkIndex } from "../walk.js";
import { checkRule, type Issue } from "./checkRule.js";

type Key = string | number;

const NUMERIC: readonly string[] = ["number", "percent", "count"];

/**
 * Checks each node's rule, value, points and normalisation against each other:
 * `rule_value_mismatch`, `threshold_out_of_range`, `rule_without_children`, `invalid_range`,
 * `invalid_band`, `degenerate_goalposts` and `duplicate_id` (levels, events, categories).
 *
 * @param walk - `walkNodes(framework.nodes)`.
 * @returns The issues, node by node.
 * @example
 * lintRules(walkNodes([{ id: "a", kind: "criterion", title: { vi: "A" }, value: { type: "percent" }, rule: { type: "compare", comparator: ">=", target: 120 } }]))[0].code
 * //=> "threshold_out_of_range"
 * @category Internal
 */
export function lintRules(walk: WalkIndex): FrameworkIssue[] {
  const issues: FrameworkIssue[] = [];
  const issue: Issue = (code, path, vi, en) => {
    const at = formatPath(path);
    issues.push(makeIssue(code, path, { vi: `${at}: ${vi}`, en: `${at}: ${en}` }));
  };
  const duplicates = (
    ids: readonly string[],
    path: readonly Key[],
    what: string,
    whatEn: string,
  ) => {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (seen.has(id))
        issue(
          "duplicate_id",
          [...path, i],
          `${what} "${id}" bị trùng`,
          `duplicate ${whatEn} "${id}"`,
        );
      seen.add(id);
    });
  };
  for (const entry of walk.entries) {
    const node = entry.node;
    const value = node.value;
    const valuePath = [...entry.path, "value"];
    if (
      value?.type === "number" &&
      value.min !== undefined &&
      value.max !== undefined &&
      value.min > value.max
    ) {
      issue(
        "invalid_range",
        valuePath,
        `min (${value.min}) lớn hơn max (${value.max})`,
        `min (${value.min}) is greater than max (${value.max})`,
      );
    }
    if (value?.type === "ordinal")
      duplicates(
        value.levels.map((l) => l.id),
        [...valuePath, "levels"],
        "mức",
        "level",
      );
    if (value?.type === "events")
      duplicates(
        value.events.map((e) => e.id),
        [...valuePath, "events"],
        "sự việc",
        "event",
      );
    if (value?.type === "tally")
      duplicates(value.categories, [...valuePath, "categories"], "nhóm", "category");
    if (node.rule !== undefined) checkRule(entry, node.rule, issue);

    const numeric = value !== undefined && NUMERIC.includes(value.type);
    const points = node.points;
    const pointsPath = [...entry.path, "points"];
    const earn = points?.earn;
    if ((earn?.type === "bands" || earn?.type === "goalposts") && !numeric) {
      issue(
        "rule_value_mismatch",
        [...pointsPath, "earn"],
        `cách tính điểm ${earn.type} cần giá trị số`,
        `${earn.type} points need a numeric value`,
      );
    }
    if (earn?.type === "goalposts" && earn.low === earn.high) {
      issue(
        "degenerate_goalposts",
        [...pointsPath, "earn"],
        `low và high bằng nhau (${earn.low})`,
        `low and high are equal (${earn.low})`,
      );
    }
    if (earn?.type === "bands") {
      earn.bands.forEach((band, i) => {
        if (band.min !== undefined && band.below !== undefined && band.min >= band.below) {
          issue(
            "invalid_band",
            [...pointsPath, "earn", "bands", i],
            `khoảng rỗng: min ${band.min} ≥ below ${band.below}`,
            `empty band: min ${band.min} ≥ below ${band.below}`,
          );
        }
      });
    }
    points?.deductions?.forEach((deduction, i) => {
      const at = [...pointsPath, "deductions", i];
      if (value?.type !== "events") {
        issue(
          "rule_value_mismatch",
          at,
          `điểm trừ theo sự việc cần giá trị kiểu events`,
          `deductions need an events value`,
        );
        return;
      }
      deduction.events?.forEach((event, j) => {
        if (!value.events.some((known) => known.id === event)) {
          issue(
            "rule_value_mismatch",
            [...at, "events", j],
            `sự việc "${event}" không có trong danh sách events của giá trị`,
            `event "${event}" is not among the value's events`,
          );
        }
      });
    });

    const normalize = node.normalize;
    const normalizePath = [...entry.path, "normalize"];
    if (normalize !== undefined && !numeric) {
      issue(
        "rule_value_mismatch",
        normalizePath,
        `chuẩn hóa (normalize) cần giá trị số`,
        `normalize needs a numeric value`,
      );
    }
    if (normalize?.type === "goalposts" && normalize.low === normalize.high) {
      issue(
        "degenerate_goalposts",
        normalizePath,
        `low và high bằng nhau (${normalize.low})`,
        `low and high are equal (${normalize.low})`,
      );
    }
    if (normalize?.type === "distanceToTarget" && normalize.min === normalize.target) {
      issue(
        "degenerate_goalposts",
        normalizePath,
        `min và target bằng nhau (${normalize.min})`,
        `min and target are equal (${normalize.min})`,
      );
    }
    if (normalize?.type === "bands") {
      normalize.bands.forEach((band, i) => {
        if (band.min !== undefined && band.below !== undefined && band.min >= band.below) {
          issue(
            "invalid_band",
            [...normalizePath, "bands", i],
            `khoảng rỗng: min ${band.min} ≥ below ${band.below}`,
            `empty band: min ${band.min} ≥ below ${band.below}`,
          );
        }
      });
    }
  }
  return issues;
}
