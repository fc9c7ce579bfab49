import { describe, expect, it } from "vitest";
import type { FrameworkNode } from "../../src/framework/schema.js";
import { walkNodes } from "../../src/framework/walk.js";

const leaf = (id: string): FrameworkNode => ({ id, kind: "criterion", title: { vi: id } });

describe("walkNodes", () => {
  it("lists nodes depth-first with their paths, parents and depths", () => {
    const nodes: FrameworkNode[] = [
      { id: "1", kind: "group", title: { vi: "1" }, children: [leaf("1.1"), leaf("1.2")] },
      leaf("2"),
    ];
    const index = walkNodes(nodes);
    expect(
      index.entries.map((e) => [e.id, e.path.join("."), e.depth, e.parent?.id, e.parentIndex]),
    ).toEqual([
      ["1", "nodes.0", 0, undefined, -1],
      ["1.1", "nodes.0.children.0", 1, "1", 0],
      ["1.2", "nodes.0.children.1", 1, "1", 0],
      ["2", "nodes.1", 0, undefined, -1],
    ]);
    expect(index.byId.get("1.2")?.path).toEqual(["nodes", 0, "children", 1]);
    expect(index.duplicates).toEqual([]);
  });

  it("keeps the first node of a duplicated id in the index and lists the others", () => {
    const index = walkNodes([leaf("a"), { ...leaf("b"), children: [leaf("a")] }]);
    expect(index.byId.get("a")?.path).toEqual(["nodes", 0]);
    expect(index.duplicates.map((e) => e.path)).toEqual([["nodes", 1, "children", 0]]);
  });

  it("walks a 3 000-deep chain without overflowing the stack", () => {
    let node: FrameworkNode = leaf("n0");
    for (let i = 1; i < 3_000; i++) node = { ...leaf(`n${i}`), children: [node] };
    const index = walkNodes([node]);
    expect(index.entries).toHaveLength(3_000);
    expect(index.entries.at(-1)?.depth).toBe(2_999);
  });
});
