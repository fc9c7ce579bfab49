import { formatPath, makeIssue } from "../../core/issue.js";
import type { FrameworkIssue } from "../issues.js";
import type { WalkIndex } from "../walk.js";
import type { NodeReference } from "./collectNodeReferences.js";

interface Edge {
  readonly to: number;
  /** Path of the reference; `undefined` for the implicit parent → child edge. */
  readonly path: readonly (string | number)[] | undefined;
}

interface Frame {
  readonly index: number;
  readonly entered: Edge | undefined;
  next: number;
}

const WHITE = 0;
const GREY = 1;
const BLACK = 2;

/** Depth-first search for back edges; one issue per closing reference. */
function findCycles(
  walk: WalkIndex,
  edges: readonly Edge[][],
  via: "status" | "value",
): FrameworkIssue[] {
  const size = walk.entries.length;
  const issues: FrameworkIssue[] = [];
  const reported = new Set<string>();
  const color = new Uint8Array(size);
  const position = new Int32Array(size).fill(-1);
  for (let start = 0; start < size; start++) {
    if (color[start] !== WHITE) continue;
    const stack: Frame[] = [{ index: start, entered: undefined, next: 0 }];
    color[start] = GREY;
    position[start] = 0;
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!;
      const out = edges[frame.index]!;
      if (frame.next >= out.length) {
        color[frame.index] = BLACK;
        position[frame.index] = -1;
        stack.pop();
        continue;
      }
      const edge = out[frame.next++]!;
      if (color[edge.to] === WHITE) {
        color[edge.to] = GREY;
        position[edge.to] = stack.length;
        stack.push({ index: edge.to, entered: edge, next: 0 });
        continue;
      }
      if (color[edge.to] !== GREY) continue;
      const from = position[edge.to]!;
      const cycleEdges = [...stack.slice(from + 1).map((f) => f.entered!), edge];
      // Tree edges alone cannot close a cycle, so some edge on it is a reference to report.
      const closing = edge.path !== undefined ? edge : cycleEdges.find((e) => e.path !== undefined);
      if (closing?.path === undefined) continue;
      const key = JSON.stringify(closing.path);
      if (reported.has(key)) continue;
      reported.add(key);
      const ids = [
        ...stack.slice(from).map((f) => walk.entries[f.index]!.id),
        walk.entries[edge.to]!.id,
      ];
      const chain = ids.join(" → ");
      const at = formatPath(closing.path);
      issues.push(
        makeIssue(
          "reference_cycle",
          closing.path,
          via === "status"
            ? {
                vi: `${at}: tham chiếu vòng: ${chain} (một tiêu chí không thể phụ thuộc vào chính nó, kể cả qua tiêu chí cha)`,
                en: `${at}: reference cycle: ${chain} (a node cannot depend on itself, including through its ancestors)`,
              }
            : {
                vi: `${at}: ngưỡng so sánh vòng: ${chain} (giá trị của một tiêu chí được so với chính nó)`,
                en: `${at}: target cycle: ${chain} (a node's value ends up compared with itself)`,
              },
        ),
      );
    }
  }
  return issues;
}

/**
 * Finds `reference_cycle`s: a node whose judgement depends on itself through `of` lists and its own
 * children, or whose `{ node }` targets lead back to itself.
 *
 * For judgements every node is taken to depend on its children (groups and `sum` points are computed
 * from them), so naming an ancestor in `of` closes a cycle. `{ node }` targets only read recorded
 * values, so they form a graph of their own: pointing at an ancestor's value is fine, a chain of
 * targets that comes back to the node (itself included) is not.
 *
 * @param walk - `walkNodes(framework.nodes)`.
 * @param references - `collectNodeReferences(framework, walk)`.
 * @returns The issues: judgement cycles first, then target cycles, each in depth-first order.
 * @example
 * lintCycles(walk, references).map((issue) => issue.message)
 * //=> ["nodes.0.children.1.rule.of.0: reference cycle: 1 → 1.2 → 1 (a node cannot depend on itself, including through its ancestors)"]
 * @category Internal
 */
export function lintCycles(
  walk: WalkIndex,
  references: readonly NodeReference[],
): FrameworkIssue[] {
  const size = walk.entries.length;
  const status: Edge[][] = Array.from({ length: size }, () => []);
  const value: Edge[][] = Array.from({ length: size }, () => []);
  for (const entry of walk.entries) {
    if (entry.parentIndex >= 0)
      status[entry.parentIndex]!.push({ to: entry.index, path: undefined });
  }
  for (const reference of references) {
    if (reference.from === undefined) continue;
    const target = walk.byId.get(reference.to);
    if (target === undefined) continue;
    const edges = reference.via === "status" ? status : value;
    edges[reference.from.index]!.push({ to: target.index, path: reference.path });
  }
  return [...findCycles(walk, status, "status"), ...findCycles(walk, value, "value")];
}
