import type { WalkIndex } from "../walk.js";
import { exactSum } from "./exactSum.js";

/** Possible points per node (by walk index) and for the whole framework. */
export interface PossiblePoints {
  /** `points.max` where a node has points, else the sum of its children's; 0 when nothing below has points. */
  readonly byIndex: readonly number[];
  /** Whether the node or something below it has `points`. */
  readonly hasPoints: readonly boolean[];
  readonly total: number;
}

/**
 * Computes the most points each node can earn before deductions, bonus points included.
 *
 * A node with `points` contributes its own `max` (a `sum` node caps its children); a node without
 * points passes its children's total up.
 *
 * @param walk - `walkNodes(framework.nodes)`.
 * @returns Possible points per node and in total.
 * @example
 * possiblePoints(walkNodes([{ id: "1", kind: "criterion", title: { vi: "1" }, points: { max: 10 } }])).total
 * //=> 10
 * @category Internal
 */
export function possiblePoints(walk: WalkIndex): PossiblePoints {
  const size = walk.entries.length;
  const childValues: number[][] = Array.from({ length: size }, () => []);
  const byIndex = new Array<number>(size).fill(0);
  const hasPoints = new Array<boolean>(size).fill(false);
  const top: number[] = [];
  // Reverse pre-order visits every child before its parent.
  for (let i = size - 1; i >= 0; i--) {
    const entry = walk.entries[i]!;
    const points = entry.node.points;
    const below = childValues[i]!;
    byIndex[i] = points !== undefined ? points.max : exactSum(below);
    hasPoints[i] = hasPoints[i] || points !== undefined;
    if (entry.parentIndex >= 0) {
      childValues[entry.parentIndex]!.push(byIndex[i]!);
      if (hasPoints[i]) hasPoints[entry.parentIndex] = true;
    } else {
      top.push(byIndex[i]!);
    }
  }
  return { byIndex, hasPoints, total: exactSum(top) };
}
