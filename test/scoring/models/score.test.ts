import { describe, expect, it } from "vitest";
import type { Framework } from "../../../src/framework/schema.js";
import { score } from "../../../src/scoring/models/score.js";
import { leaf, makeFramework, makeInput, makeResult } from "./modelInput.js";

describe("score", () => {
  const nodes = [leaf("a", { points: { max: 4 } }), leaf("b", { points: { max: 6 } })];
  const results = [makeResult("a", "met"), makeResult("b", "notMet")];
  const count = {
    met: 1,
    notMet: 1,
    notApplicable: 0,
    unknown: 0,
    error: 0,
    applicable: 2,
    total: 2,
  };
  const points = { earned: 4, possible: 10, bonus: 0, deducted: 0 };
  const input = (framework: Framework) => makeInput(framework, results, { count, points });

  it("delegates to the model named by framework.scoring.kind", () => {
    expect(score(input(makeFramework({ kind: "count" }, nodes)))).toMatchObject({
      value: 1,
      max: 2,
    });
    expect(score(input(makeFramework({ kind: "points" }, nodes)))).toMatchObject({
      value: 4,
      max: 10,
    });
    expect(
      score(input(makeFramework({ kind: "weighted", aggregation: "flat" }, nodes))),
    ).toMatchObject({
      value: 50,
      max: 100,
    });
    expect(score(input(makeFramework({ kind: "xccdf", model: "flat" }, nodes)))).toMatchObject({
      value: 1,
      max: 2,
    });
  });

  it("throws a TypeError naming itself for a model that the schema would have rejected", () => {
    const framework = {
      ...makeFramework({ kind: "count" }, nodes),
      scoring: { kind: "median" },
    } as unknown as Framework;
    expect(() => score(input(framework))).toThrow(/^score: unknown scoring model/);
  });
});
