import { describe, expect, it } from "vitest";
import { conditionImplies } from "../../../src/framework/lint/conditionImplies.js";
import type { TierCondition } from "../../../src/framework/schema.js";

describe("conditionImplies", () => {
  it("compares thresholds of the same kind", () => {
    expect(
      conditionImplies({ type: "minPoints", points: 80 }, { type: "minPoints", points: 50 }),
    ).toBe(true);
    expect(
      conditionImplies({ type: "minPoints", points: 50 }, { type: "minPoints", points: 80 }),
    ).toBe(false);
    expect(
      conditionImplies({ type: "minPercent", percent: 70 }, { type: "minPoints", points: 1 }),
    ).toBe(false);
  });

  it("treats at least k of a subset as at least k of the superset", () => {
    expect(
      conditionImplies(
        { type: "minCount", count: 2, of: ["a", "b"] },
        { type: "minCount", count: 2, of: ["a", "b", "c"] },
      ),
    ).toBe(true);
    expect(
      conditionImplies(
        { type: "minCount", count: 2, of: ["a", "b", "c"] },
        { type: "minCount", count: 2, of: ["a", "b"] },
      ),
    ).toBe(false);
    expect(
      conditionImplies({ type: "minCount", count: 2 }, { type: "minCount", count: 2, of: ["a"] }),
    ).toBe(false);
  });

  it("needs every node of nodesMet under the same N/A policy", () => {
    const lower: TierCondition = { type: "nodesMet", nodes: ["1", "2"] };
    expect(conditionImplies(lower, { type: "nodesMet", nodes: ["2"] })).toBe(true);
    expect(conditionImplies(lower, { type: "nodesMet", nodes: ["2"], notApplicable: "met" })).toBe(
      false,
    );
    expect(conditionImplies(lower, { type: "nodesMet", nodes: ["3"] })).toBe(false);
  });

  it("compares group shares over the same nodes, tiers and outcomes", () => {
    expect(
      conditionImplies(
        { type: "groupMinShare", percent: 60 },
        { type: "groupMinShare", percent: 50 },
      ),
    ).toBe(true);
    expect(
      conditionImplies(
        { type: "groupMinShare", percent: 60, nodes: ["1"] },
        { type: "groupMinShare", percent: 50, nodes: ["1", "2"] },
      ),
    ).toBe(false);
    expect(conditionImplies({ type: "tier", tier: "dat" }, { type: "tier", tier: "dat" })).toBe(
      true,
    );
    expect(
      conditionImplies(
        { type: "outcome", framework: "tt124", tier: "dat" },
        { type: "outcome", framework: "tt124", tier: "dat" },
      ),
    ).toBe(true);
    expect(conditionImplies({ type: "minScore", score: 90 }, { type: "minScore", score: 80 })).toBe(
      true,
    );
    expect(
      conditionImplies({ type: "minPercent", percent: 90 }, { type: "minPercent", percent: 95 }),
    ).toBe(false);
    expect(conditionImplies({ type: "allMet" }, { type: "mandatoryMet" })).toBe(false);
  });
});
