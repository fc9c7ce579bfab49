import type { NodeResult } from "./types.js";

/**
 * One readable line per node, indented two spaces per level: `id status — reason (value → target)`.
 *
 * The trace is in English, for logs and diffs; the Vietnamese and English sentences of every node are
 * in its `reason.messages`, which is what user interfaces should show.
 *
 * @param nodes - Node results in framework (depth-first) order.
 * @param depths - The depth of each node (0 at the top level).
 * @returns The trace lines.
 */
export function traceLines(nodes: readonly NodeResult[], depths: readonly number[]): string[] {
  const lines: string[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    let line = `${"  ".repeat(depths[i]!)}${node.id} ${node.status} — ${node.reason.messages.en}`;
    if (node.count !== undefined && node.count.total > 0)
      line += ` [${node.count.met}/${node.count.applicable} criteria met]`;
    if (node.points !== undefined)
      line += ` [${node.points.earned}/${node.points.possible} points]`;
    lines.push(line);
  }
  return lines;
}
