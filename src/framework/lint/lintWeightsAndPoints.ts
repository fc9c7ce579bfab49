import { formatPath, makeIssue } from "../../core/issue.js";
import type { FrameworkIssue } from "../issues.js";
import type { Framework, FrameworkNode } from "../schema.js";
import type { WalkIndex } from "../walk.js";
import { exactSum } from "./exactSum.js";
import type { PossiblePoints } from "./possiblePoints.js";

type Key = string | number;

/**
 * Checks weights and points: `weights_sum_to_zero` (weighted and XCCDF models), `weight_ignored`
 * (count and points models) and `points_max_mismatch` (`sum` points without children, children whose
 * maxima cannot reach the parent's, bands above the maximum).
 *
 * @param framework - A framework that passed the schema.
 * @param walk - `walkNodes(framework.nodes)`.
 * @param possible - `possiblePoints(walk)`.
 * @returns The issues.
 * @example
 * lintWeightsAndPoints({ ...framework, scoring: { kind: "count" } }, walk, possible).map((issue) => issue.code)
 * //=> ["weight_ignored"]
 * @category Internal
 */
export function lintWeightsAndPoints(
  framework: Framework,
  walk: WalkIndex,
  possible: PossiblePoints,
): FrameworkIssue[] {
  const issues: FrameworkIssue[] = [];
  const issue = (
    code: string,
    path: readonly Key[],
    vi: string,
    en: string,
    severity: "error" | "warning",
  ) => {
    const at = formatPath(path);
    issues.push(makeIssue(code, path, { vi: `${at}: ${vi}`, en: `${at}: ${en}` }, severity));
  };
  const kind = framework.scoring.kind;
  const weighted = kind === "weighted" || kind === "xccdf";
  const allZero = (nodes: readonly FrameworkNode[]) =>
    nodes.length > 0 && nodes.every((node) => node.weight === 0);

  if (weighted && allZero(framework.nodes)) {
    issue(
      "weights_sum_to_zero",
      ["nodes"],
      "mọi tiêu chí cấp cao nhất đều có trọng số 0 nên không tính được điểm",
      "every top-level node has weight 0, so no score can be computed",
      "error",
    );
  }
  const childrenOf: number[][] = walk.entries.map(() => []);
  for (const entry of walk.entries) {
    if (entry.parentIndex >= 0) childrenOf[entry.parentIndex]!.push(entry.index);
  }
  for (const entry of walk.entries) {
    const node = entry.node;
    const children = node.children ?? [];
    if (weighted && allZero(children)) {
      issue(
        "weights_sum_to_zero",
        [...entry.path, "children"],
        `mọi tiêu chí con của "${node.id}" đều có trọng số 0 nên nhóm không có điểm`,
        `every child of "${node.id}" has weight 0, so the group has no score`,
        "error",
      );
    }
    if (!weighted && node.weight !== undefined) {
      issue(
        "weight_ignored",
        [...entry.path, "weight"],
        `trọng số không được dùng trong mô hình chấm "${kind}"`,
        `weights are not used by the "${kind}" scoring model`,
        "warning",
      );
    }
    const points = node.points;
    if (points === undefined) continue;
    const pointsPath = [...entry.path, "points"];
    if (points.earn?.type === "sum") {
      const childIndexes = childrenOf[entry.index]!;
      if (!childIndexes.some((i) => possible.hasPoints[i])) {
        issue(
          "points_max_mismatch",
          [...pointsPath, "earn"],
          `cộng điểm tiêu chí con (sum) nhưng không tiêu chí con nào có điểm`,
          `points are the sum of the children's but no child has points`,
          "error",
        );
      } else {
        const below = exactSum(childIndexes.map((i) => possible.byIndex[i]!));
        if (below < points.max) {
          issue(
            "points_max_mismatch",
            [...pointsPath, "max"],
            `tổng điểm tối đa của tiêu chí con (${below}) nhỏ hơn điểm tối đa ${points.max} nên không thể đạt đủ điểm`,
            `the children's maxima add up to ${below}, below the maximum of ${points.max}, so full points cannot be earned`,
            "warning",
          );
        }
      }
    }
    if (points.earn?.type === "bands") {
      points.earn.bands.forEach((band, i) => {
        if (band.points > points.max) {
          issue(
            "points_max_mismatch",
            [...pointsPath, "earn", "bands", i, "points"],
            `${band.points} điểm vượt điểm tối đa ${points.max} (sẽ bị giới hạn)`,
            `${band.points} points exceed the maximum of ${points.max} (they will be capped)`,
            "warning",
          );
        }
      });
    }
  }
  return issues;
}
