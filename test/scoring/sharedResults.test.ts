import { describe, expect, it } from "vitest";
import { compileFramework } from "../../src/scoring/compileFramework.js";
import { assessment, framework, node } from "./helpers.js";

/*
 * What an evaluation may share with another evaluation of the same compiled framework: only frozen
 * parts whose content is the same in both (reasons without parameters, combinator reasons, the zero
 * count of a node with no criterion below, whole-number points, and node results made only of such
 * parts). Nothing is shared with the input, and nothing shared can be edited.
 */
function deepFrozen(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return true;
  return Object.isFrozen(value) && Object.values(value).every(deepFrozen);
}

const f = framework(
  [
    node("g", "group", {
      children: [
        node("c", "criterion", {
          points: { max: 5 },
          children: [
            node("c.1", "indicator", {
              value: { type: "number" },
              rule: { type: "compare", comparator: ">=", target: 50 },
            }),
            node("c.2", "indicator", { value: { type: "boolean" } }),
          ],
        }),
        node("d", "criterion", { value: { type: "verdict" } }),
      ],
    }),
  ],
  { scoring: { kind: "points" } },
);

describe("results shared between evaluations", () => {
  it("shares a criterion's result, frozen, when the second evaluation gives the same one", () => {
    const compiled = compileFramework(f);
    const a = assessment([
      { node: "c.1", value: 60 },
      { node: "c.2", value: true },
    ]);
    const b = assessment([
      { node: "c.1", value: 70 },
      { node: "c.2", value: true },
    ]);
    const first = compiled.evaluate(a);
    const second = compiled.evaluate(b);
    const byId = (evaluation: typeof first, id: string) =>
      evaluation.nodes.find((result) => result.id === id)!;
    // Same status, reason, zero count and points: one frozen object.
    expect(byId(second, "c")).toBe(byId(first, "c"));
    expect(deepFrozen(byId(first, "c"))).toBe(true);
    expect(byId(first, "c").count).toEqual({
      met: 0,
      notMet: 0,
      notApplicable: 0,
      unknown: 0,
      error: 0,
      applicable: 0,
      total: 0,
    });
    // A reason without parameters is one frozen object per code.
    expect(byId(second, "d").reason).toBe(byId(first, "d").reason);
    expect(Object.isFrozen(byId(first, "d").reason)).toBe(true);
    // A result that holds a value is the evaluation's own; so are the compare reasons.
    expect(byId(second, "c.1")).not.toBe(byId(first, "c.1"));
    expect(Object.isFrozen(byId(first, "c.1"))).toBe(false);
    // Whatever is shared is frozen, all the way down; the rest is fresh per evaluation.
    for (const [one, other] of first.nodes.map((result, i) => [result, second.nodes[i]!])) {
      if (one === other) expect(deepFrozen(one)).toBe(true);
    }
    expect(second.count).not.toBe(first.count);
    expect(second.nodes).not.toBe(first.nodes);
  });

  it("gives a different result object when the output differs", () => {
    const compiled = compileFramework(f);
    const met = compiled.evaluate(
      assessment([
        { node: "c.1", value: 60 },
        { node: "c.2", value: true },
      ]),
    );
    const notMet = compiled.evaluate(
      assessment([
        { node: "c.1", value: 40 },
        { node: "c.2", value: true },
      ]),
    );
    const c = (evaluation: typeof met) => evaluation.nodes.find((result) => result.id === "c")!;
    expect(c(met).status).toBe("met");
    expect(c(notMet).status).toBe("notMet");
    expect(c(notMet).points).toEqual({ earned: 0, possible: 5, bonus: 0, deducted: 0 });
    expect(c(met).points).toEqual({ earned: 5, possible: 5, bonus: 0, deducted: 0 });
    // And again: the first one comes back, unchanged.
    const again = compiled.evaluate(
      assessment([
        { node: "c.1", value: 60 },
        { node: "c.2", value: true },
      ]),
    );
    expect(c(again)).toBe(c(met));
    expect(c(again).points).toEqual({ earned: 5, possible: 5, bonus: 0, deducted: 0 });
  });
});
