import type { FrameworkNode } from "../index.js";

/**
 * Counts the nodes of kind `criterion` in a node tree, at any depth.
 *
 * @param nodes - A framework's `nodes`.
 * @returns How many criteria the tree holds.
 * @example
 * countCriteria([{ id: "1", kind: "group", title: { vi: "Nhóm" }, children: [{ id: "1.1", kind: "criterion", title: { vi: "Tiêu chí" } }] }])
 * //=> 1
 * @category CLI
 */
export function countCriteria(nodes: readonly FrameworkNode[]): number {
  let count = 0;
  for (const node of nodes) {
    if (node.kind === "criterion") count += 1;
    if (node.children !== undefined) count += countCriteria(node.children);
  }
  return count;
}
