import { describe, expect, it } from "vitest";
import { compileFramework } from "../../src/scoring/compileFramework.js";
import { assessment, framework, node } from "./helpers.js";

/*
 * What an evaluation may share with another evaluation of the same compiled framework: only frozen
 * parts whose content is the same in both (children id lists, reasons without parameters, combinator
 * reasons, the reasons of boolean comparisons with a fixed target, a node's points when the numbers
 * are the same, the zero count of a node with no criterion below it). Node results, the counts of
 * nodes with criteria below them and the reasons of other comparisons are the evaluation's own.
 * Nothing is shared with the input.
 */
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
      ],
    }),
  ],
  { scoring: { kind: "points" } },
);

describe("parts shared between evaluations", () => {
  it("shares a reason without parameters as one frozen object per code", () => {
    const compiled = compileFramework(f);
    const runs = [60, 70].map((value) =>
      compiled.evaluate(
        assessment([
          { node: "c.1", value },
          { node: "c.2", value: true },
        ]),
      ),
    );
    const [first, second] = runs as [(typeof runs)[0], (typeof runs)[0]];
    const byId = (evaluation: typeof first, id: string) =>
      evaluation.nodes.find((result) => result.id === id)!;
    expect(byId(first, "c.2").reason).toEqual({ code: "boolean_true" });
    expect(byId(second, "c.2").reason).toBe(byId(first, "c.2").reason);
    expect(Object.isFrozen(byId(first, "c.2").reason)).toBe(true);
    // A missing value too.
    const missing = compiled.evaluate(assessment([{ node: "c.1", value: 60 }]));
    const missingAgain = compiled.evaluate(assessment([{ node: "c.1", value: 40 }]));
    expect(byId(missing, "c.2").reason).toEqual({ code: "missing_value" });
    expect(byId(missingAgain, "c.2").reason).toBe(byId(missing, "c.2").reason);
    // Results, counts, points and compare reasons are each evaluation's own, and editable.
    for (const id of ["g", "c", "c.1", "c.2"]) {
      expect(byId(second, id)).not.toBe(byId(first, id));
      expect(Object.isFrozen(byId(first, id))).toBe(false);
    }
    expect(byId(second, "c.1").reason).not.toBe(byId(first, "c.1").reason);
    expect(Object.isFrozen(byId(first, "c.1").reason)).toBe(false);
    // The count of a node with criteria below it is each evaluation's own.
    expect(byId(second, "g").count).not.toBe(byId(first, "g").count);
    expect(Object.isFrozen(byId(first, "g").count)).toBe(false);
  });

  it("shares a node's points when the numbers are the same, and a zero count, frozen", () => {
    const compiled = compileFramework(f);
    const run = (value: number) =>
      compiled.evaluate(
        assessment([
          { node: "c.1", value },
          { node: "c.2", value: true },
        ]),
      );
    const byId = (evaluation: ReturnType<typeof run>, id: string) =>
      evaluation.nodes.find((result) => result.id === id)!;
    const [first, same, other] = [run(60), run(70), run(10)];
    expect(byId(same, "c").points).toBe(byId(first, "c").points);
    expect(Object.isFrozen(byId(first, "c").points)).toBe(true);
    expect(byId(other, "c").points).not.toEqual(byId(first, "c").points);
    // Two slots per node: both kept results come back.
    expect(byId(run(60), "c").points).toBe(byId(first, "c").points);
    expect(byId(run(10), "c").points).toBe(byId(other, "c").points);
    // "c" has no criterion below it: its count is the one frozen zero count.
    expect(byId(first, "c").count).toEqual({
      met: 0,
      notMet: 0,
      notApplicable: 0,
      unknown: 0,
      error: 0,
      applicable: 0,
      total: 0,
    });
    expect(byId(other, "c").count).toBe(byId(first, "c").count);
    expect(Object.isFrozen(byId(first, "c").count)).toBe(true);
  });

  it("shares the reasons of boolean comparisons with a fixed target (four per node)", () => {
    const g = framework(
      [
        node("b", "criterion", {
          value: { type: "boolean" },
          rule: { type: "compare", comparator: "=", target: false },
        }),
      ],
      {},
    );
    const compiled = compileFramework(g);
    const reasonOf = (value: boolean) =>
      compiled.evaluate(assessment([{ node: "b", value }])).nodes[0]!.reason;
    expect(reasonOf(false)).toEqual({
      code: "compare_met",
      params: { value: false, comparator: "=", target: false },
    });
    expect(reasonOf(false)).toBe(reasonOf(false));
    expect(reasonOf(true)).not.toBe(reasonOf(false));
    expect(Object.isFrozen(reasonOf(true))).toBe(true);
    expect(Object.isFrozen((reasonOf(true) as { params: object }).params)).toBe(true);
  });
});
