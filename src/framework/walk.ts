import type { FrameworkNode } from "./schema.js";

/** One node of a framework tree, as reached by a depth-first walk. */
export interface WalkEntry {
  readonly node: FrameworkNode;
  /** The node's id (same as `node.id`). */
  readonly id: string;
  /** Path into the framework JSON: `["nodes", 2, "children", 0]`. */
  readonly path: readonly (string | number)[];
  /** The enclosing node; `undefined` at the top level. */
  readonly parent: FrameworkNode | undefined;
  /** The enclosing node's position in `WalkIndex.entries`; `-1` at the top level. */
  readonly parentIndex: number;
  /** This entry's position in `WalkIndex.entries` (pre-order). */
  readonly index: number;
  /** 0 for top-level nodes. */
  readonly depth: number;
}

/** A framework tree flattened in pre-order, with an id index. */
export interface WalkIndex {
  /** Every node, depth-first, parents before children, siblings in order. */
  readonly entries: readonly WalkEntry[];
  /** First occurrence of each id (duplicates are listed in `duplicates`). */
  readonly byId: ReadonlyMap<string, WalkEntry>;
  /** Entries whose id was already taken by an earlier entry, in walk order. */
  readonly duplicates: readonly WalkEntry[];
}

/**
 * Flattens a node tree depth-first (pre-order) and indexes it by id.
 *
 * Iterative rather than recursive, so deep trees cannot overflow the call stack.
 *
 * @param nodes - The top-level nodes (`framework.nodes`).
 * @param prefix - Path of `nodes` inside the JSON; default `["nodes"]`.
 * @returns The entries in walk order, a map from id to the first entry with that id, and the duplicates.
 * @example
 * walkNodes([{ id: "1", kind: "group", title: { vi: "Nhóm" }, children: [{ id: "1.1", kind: "criterion", title: { vi: "A" } }] }])
 *   .entries.map((entry) => [entry.id, entry.path.join("."), entry.depth])
 * //=> [["1", "nodes.0", 0], ["1.1", "nodes.0.children.0", 1]]
 * @category Internal
 */
export function walkNodes(
  nodes: readonly FrameworkNode[],
  prefix: readonly (string | number)[] = ["nodes"],
): WalkIndex {
  const entries: WalkEntry[] = [];
  const byId = new Map<string, WalkEntry>();
  const duplicates: WalkEntry[] = [];
  // Stack of [node, path, parentIndex, depth]; children are pushed in reverse to keep sibling order.
  const stack: [FrameworkNode, (string | number)[], number, number][] = [];
  for (let i = nodes.length - 1; i >= 0; i--) stack.push([nodes[i]!, [...prefix, i], -1, 0]);
  while (stack.length > 0) {
    const [node, path, parentIndex, depth] = stack.pop()!;
    const entry: WalkEntry = {
      node,
      id: node.id,
      path,
      parent: parentIndex === -1 ? undefined : entries[parentIndex]!.node,
      parentIndex,
      index: entries.length,
      depth,
    };
    entries.push(entry);
    if (byId.has(node.id)) duplicates.push(entry);
    else byId.set(node.id, entry);
    const children = node.children;
    if (children !== undefined) {
      for (let i = children.length - 1; i >= 0; i--) {
        stack.push([children[i]!, [...path, "children", i], entry.index, depth + 1]);
      }
    }
  }
  return { entries, byId, duplicates };
}
