import { describe, expect, it } from "vitest";
import { possiblePoints } from "../../../src/framework/lint/possiblePoints.js";
import type { FrameworkNode } from "../../../src/framework/schema.js";
import { walkNodes } from "../../../src/framework/walk.js";

const node = (id: string, extra: Partial<FrameworkNode> = {}): FrameworkNode => ({
  id,
  kind: "criterion",
  title: { vi: id },
  ...extra,
});

describe("possiblePoints", () => {
  it("caps children at a node's own maximum and passes totals up through nodes without points", () => {
    const walk = walkNodes([
      node("1", {
        points: { max: 10, earn: { type: "sum" } },
        children: [node("1.a", { points: { max: 6 } }), node("1.b", { points: { max: 6 } })],
      }),
      node("g", { kind: "group", children: [node("2", { points: { max: 2.5 } }), node("3")] }),
      node("4"),
    ]);
    const possible = possiblePoints(walk);
    expect(possible.total).toBe(12.5);
    expect(
      walk.entries.map((entry) => [
        entry.id,
        possible.byIndex[entry.index],
        possible.hasPoints[entry.index],
      ]),
    ).toEqual([
      ["1", 10, true],
      ["1.a", 6, true],
      ["1.b", 6, true],
      ["g", 2.5, true],
      ["2", 2.5, true],
      ["3", 0, false],
      ["4", 0, false],
    ]);
  });
});
