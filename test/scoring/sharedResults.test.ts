import { describe, expect, it } from "vitest";
import { compileFramework } from "../../src/scoring/compileFramework.js";
import { assessment, framework, node } from "./helpers.js";

/*
 * What an evaluation may share with another evaluation of the same compiled framework: only frozen
 * parts whose content is the same in both (children id lists, reasons without parameters, combinator
 * reasons). Node results, counts, points and compare reasons are the evaluation's own. Nothing is
 * shared with the input.
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
    expect(byId(second, "c").points).not.toBe(byId(first, "c").points);
    expect(byId(second, "c").count).not.toBe(byId(first, "c").count);
    expect(byId(second, "c.1").reason).not.toBe(byId(first, "c.1").reason);
  });
});
