// compositeIndex, from formulas with hand-computed values, and on the Cửa Lò wards: the seven wards'
// April 2023 assessments under QĐ 9745 (fixtures/assessments; Nghi Hương's counts are reported, the
// other wards' are example data, "example": true in index.json). The index here is an illustration of
// the method on that data, not an official ranking.
import { describe, expect, it } from "vitest";
import { compileFramework } from "../../src/scoring/compileFramework.js";
import { compositeIndex } from "../../src/units/compositeIndex.js";
import { fixtureAssessment, fixtureFramework } from "../scoring/loadFixtures.js";

const codes = (result: { issues: readonly { code: string; path: readonly unknown[] }[] }) =>
  result.issues.map((issue) => [issue.code, issue.path]);

const minMax = { type: "minMax" } as const;

describe("compositeIndex", () => {
  it("normalises each indicator, then takes the weighted mean per unit", () => {
    // x: 10, 20, 30 → 0, 50, 100; y (lower is better): 5, 3, 1 → 0, 50, 100 on [0, 100];
    // weights 1, 3: a = 0, b = (50 + 150)/4 = 50, c = (100 + 300)/4 = 100
    const result = compositeIndex(
      {
        units: ["a", "b", "c"],
        values: [
          [10, 5],
          [20, 3],
          [30, 1],
        ],
      },
      [
        { id: "x", normalization: minMax },
        { id: "y", normalization: { type: "minMax", direction: -1 }, weight: 3 },
      ],
    );
    expect(result.units).toEqual([
      { id: "a", score: 0, status: "aggregated", observed: 2, total: 2 },
      { id: "b", score: 50, status: "aggregated", observed: 2, total: 2 },
      { id: "c", score: 100, status: "aggregated", observed: 2, total: 2 },
    ]);
    expect(result.normalized).toEqual([
      [0, 0],
      [50, 50],
      [100, 100],
    ]);
    expect(result.imputed).toEqual([]);
    expect(result.issues).toEqual([]);
  });

  it("leaves a unit below the availability threshold missing, and does not impute it", () => {
    const table = {
      units: ["a", "b", "c", "d"],
      values: [
        [1, 2, 3],
        [2, null, 5],
        [3, 4, 1],
        [null, null, 2],
      ],
    };
    const indicators = ["x", "y", "z"].map((id) => ({
      id,
      normalization: { type: "goalposts", low: 0, high: 10, scale: 100 } as const,
    }));
    const result = compositeIndex(table, indicators, {
      minAvailability: 0.6,
      imputation: "mean",
    });
    // d has 1 of 3 (< 0.6): missing, not imputed; b's y is filled with the mean of 2 and 4 = 3
    expect(result.imputed).toEqual([{ unit: "b", indicator: "y", value: 3, method: "mean" }]);
    // b: goalposts 20, 30, 50 → 100/3
    expect(result.units.map((unit) => [unit.id, unit.score, unit.status, unit.observed])).toEqual([
      ["a", 20, "aggregated", 3],
      ["b", 100 / 3, "aggregated", 2],
      ["c", (30 + 40 + 10) / 3, "aggregated", 3],
      ["d", null, "insufficient_data", 1],
    ]);
  });

  it("does not impute unless asked: missing cells stay missing and weights renormalise", () => {
    const result = compositeIndex(
      {
        units: ["a", "b"],
        values: [
          [0, null],
          [10, 10],
        ],
      },
      [
        { id: "x", normalization: { type: "goalposts", low: 0, high: 10 } },
        { id: "y", normalization: { type: "goalposts", low: 0, high: 10 } },
      ],
    );
    expect(result.units.map((unit) => unit.score)).toEqual([0, 1]);
    expect(result.imputed).toEqual([]);
  });

  it("reports a geometric mean of a zero score as an issue at the unit's cell, not NaN", () => {
    const result = compositeIndex(
      {
        units: ["a", "b"],
        values: [
          [1, 4],
          [2, 8],
        ],
      },
      [
        { id: "x", normalization: minMax },
        { id: "y", normalization: minMax },
      ],
      { aggregation: { type: "geometric" } },
    );
    // min-max sends a's values to 0, which a geometric mean cannot take
    expect(result.units.map((unit) => unit.status)).toEqual(["out_of_domain", "aggregated"]);
    expect(result.units[0]?.score).toBeNull();
    // exp((ln 100 + ln 100)/2) = 100 up to the rounding of exp and ln
    expect(result.units[1]?.score).toBeCloseTo(100, 10);
    expect(codes(result)).toEqual([
      ["value_out_of_domain", ["units", 0, 0]],
      ["value_out_of_domain", ["units", 0, 1]],
    ]);
    expect(result.issues[0]?.message.startsWith("units.0.0:")).toBe(true);
  });

  it("reports bad input with paths: NaN cells, ragged rows, duplicate ids, bad weights", () => {
    const result = compositeIndex(
      { units: ["a", "a", "__proto__"], values: [[1, Number.NaN], [2], [3, 4, 5]] },
      [
        { id: "x", normalization: minMax },
        { id: "y", normalization: minMax, weight: -1 },
      ],
    );
    expect(codes(result)).toEqual([
      ["duplicate_id", ["units", 1]],
      ["invalid_weight", ["indicators", 1, "weight"]],
      ["not_finite", ["values", 0, 1]],
      ["row_length_mismatch", ["values", 1]],
      ["row_length_mismatch", ["values", 2]],
      // y's only finite value is 4 (a's NaN is left out, b has none)
      ["zero_range", ["indicators", 1, "normalization"]],
    ]);
    // y's weight counts as 0; x: 1, 2, 3 → 0, 50, 100
    expect(result.units.map((unit) => unit.score)).toEqual([0, 50, 100]);
  });

  it("reports a zero-range indicator and leaves its scores out", () => {
    const result = compositeIndex(
      {
        units: ["a", "b"],
        values: [
          [1, 7],
          [3, 7],
        ],
      },
      [
        { id: "x", normalization: minMax },
        { id: "y", normalization: minMax },
      ],
    );
    expect(codes(result)).toEqual([["zero_range", ["indicators", 1, "normalization"]]]);
    expect(result.units.map((unit) => unit.score)).toEqual([0, 100]);
  });

  it("is the same for a single unit as its goalposts say", () => {
    const result = compositeIndex({ units: ["a"], values: [[65]] }, [
      { id: "x", normalization: { type: "goalposts", low: 40, high: 90 } },
    ]);
    expect(result.units[0]?.score).toBe(0.5);
  });

  it("builds an index over the Cửa Lò wards from their criteria met and points", () => {
    const qd9745 = fixtureFramework("vn-qd9745-2022-34");
    const compiled = compileFramework(qd9745);
    const wards = [
      "nghi-hai",
      "nghi-hoa",
      "nghi-huong",
      "nghi-tan",
      "nghi-thu",
      "nghi-thuy",
      "thu-thuy",
    ];
    const counts = wards.map(
      (ward) =>
        compiled.summarize(
          fixtureAssessment(
            ward === "nghi-huong" ? "nghi-huong-2023-04-26-qd9745" : `${ward}-2023-04-qd9745`,
          ),
        ).count.met,
    );
    // Nghi Hương had 31 of 34 on 26/4/2023 (reported; the other wards' rows are example data)
    expect(counts[2]).toBe(31);
    const result = compositeIndex({ units: wards, values: counts.map((met) => [met]) }, [
      { id: "met", normalization: { type: "percentileRank", scale: 100 } },
    ]);
    // the percentile of a ward is the number of wards with strictly fewer criteria met over 6
    const expected = counts.map((met) => (counts.filter((other) => other < met).length / 6) * 100);
    expect(result.units.map((unit) => unit.score)).toEqual(expected);
    expect(result.issues).toEqual([]);
  });
});
