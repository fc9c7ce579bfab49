import { describe, expect, it } from "vitest";
import { aggregateValues } from "../../src/units/aggregateValues.js";
import { imputeCohort } from "../../src/units/imputeCohort.js";

const codes = (result: { issues: readonly { code: string; path: readonly unknown[] }[] }) =>
  result.issues.map((issue) => [issue.code, issue.path]);

describe("aggregateValues", () => {
  it("takes the weighted arithmetic mean Σw·x/Σw", () => {
    // (1·10 + 3·50)/4 = 40
    expect(aggregateValues([10, 50], { type: "arithmetic" }, { weights: [1, 3] })).toEqual({
      value: 40,
      status: "aggregated",
      available: 2,
      total: 2,
      issues: [],
    });
  });

  it("takes the weighted geometric mean exp(Σw·ln x/Σw)", () => {
    // (2·8)^(1/2) = 4; weighted 1, 2: (2·8·8)^(1/3) = 128^(1/3) = 5.0397…
    expect(aggregateValues([2, 8], { type: "geometric" }).value).toBeCloseTo(4, 12);
    expect(aggregateValues([2, 8], { type: "geometric" }, { weights: [1, 2] }).value).toBeCloseTo(
      128 ** (1 / 3),
      12,
    );
  });

  it("takes the weighted harmonic mean Σw/Σ(w/x)", () => {
    // 2/(1/2 + 1/6) = 2/(4/6) = 3
    expect(aggregateValues([2, 6], { type: "harmonic" }).value).toBe(3);
    // weights 1, 3: 4/(1/2 + 3/6) = 4
    expect(aggregateValues([2, 6], { type: "harmonic" }, { weights: [1, 3] }).value).toBe(4);
  });

  it("takes the generalised mean (Σw·x^p/Σw)^(1/p)", () => {
    // p = 2: √((9 + 16 + 0·…)/2)… values 3, 4 → √(25/2)
    expect(aggregateValues([3, 4], { type: "power", p: 2 }).value).toBe(Math.sqrt(12.5));
    // p = 1 is the arithmetic mean; p = −1 the harmonic mean
    expect(aggregateValues([2, 6], { type: "power", p: 1 }).value).toBe(4);
    expect(aggregateValues([2, 6], { type: "power", p: -1 }).value).toBe(3);
  });

  it("reports a zero or negative value for a geometric or harmonic mean instead of NaN", () => {
    const zero = aggregateValues([4, 0, 9], { type: "geometric" });
    expect(zero.value).toBeNull();
    expect(zero.status).toBe("out_of_domain");
    expect(codes(zero)).toEqual([["value_out_of_domain", [1]]]);
    expect(zero.issues[0]?.messages.vi).toContain("trung bình nhân");
    expect(codes(aggregateValues([-1, 2], { type: "harmonic" }))).toEqual([
      ["value_out_of_domain", [0]],
    ]);
    expect(codes(aggregateValues([0, 2], { type: "power", p: -2 }))).toEqual([
      ["value_out_of_domain", [0]],
    ]);
    // p > 0 takes 0 but not a negative value
    expect(aggregateValues([0, 2], { type: "power", p: 2 }).value).toBe(Math.sqrt(2));
    expect(codes(aggregateValues([-1, 2], { type: "power", p: 0.5 }))).toEqual([
      ["value_out_of_domain", [0]],
    ]);
  });

  it("ignores a zero-weight value, even one the mean could not take", () => {
    expect(aggregateValues([0, 4], { type: "geometric" }, { weights: [0, 1] }).value).toBe(4);
  });

  it("renormalises the weights over the available values", () => {
    // weights 1, 2, 1 with the middle value missing: (1·10 + 1·30)/2 = 20
    expect(
      aggregateValues([10, null, 30], { type: "arithmetic" }, { weights: [1, 2, 1] }).value,
    ).toBe(20);
  });

  it("leaves the aggregate missing below the availability threshold (strictly, compared exactly)", () => {
    // 2 of 3 available = 2/3 exactly: below 0.67; the decimal 0.6666666666666666 is below 2/3, so
    // 2/3 passes it (a float comparison would see 2/3 = 0.6666666666666666 and agree only by luck)
    const values = [1, null, 3];
    expect(
      aggregateValues(values, { type: "arithmetic" }, { minAvailability: 0.67 }),
    ).toMatchObject({ value: null, status: "insufficient_data", available: 2, total: 3 });
    expect(
      aggregateValues(values, { type: "arithmetic" }, { minAvailability: 0.6666666666666666 })
        .value,
    ).toBe(2);
    // exactly at the threshold passes: 3 of 4 with 0.75
    expect(
      aggregateValues([1, 2, 3, null], { type: "arithmetic" }, { minAvailability: 0.75 }).value,
    ).toBe(2);
  });

  it("gives no_data, no_weight and invalid as statuses, never NaN", () => {
    expect(aggregateValues([null, null], { type: "arithmetic" }).status).toBe("no_data");
    expect(aggregateValues([], { type: "arithmetic" }).status).toBe("no_data");
    expect(aggregateValues([1, 2], { type: "arithmetic" }, { weights: [0, 0] }).status).toBe(
      "no_weight",
    );
    const bad = aggregateValues([1, 2], { type: "arithmetic" }, { weights: [1, -1] });
    expect(bad.status).toBe("invalid");
    expect(codes(bad)).toEqual([["invalid_weight", ["weights", 1]]]);
    expect(codes(aggregateValues([1], { type: "power", p: 0 }))).toEqual([
      ["invalid_method", ["p"]],
    ]);
    expect(codes(aggregateValues([1], { type: "arithmetic" }, { weights: [1, 2] }))).toEqual([
      ["invalid_method", ["weights"]],
    ]);
  });

  it("reports NaN and ±Infinity and counts them as unavailable", () => {
    const result = aggregateValues([2, Number.NaN, 4], { type: "arithmetic" });
    expect(result).toMatchObject({ value: 3, status: "aggregated", available: 2, total: 3 });
    expect(codes(result)).toEqual([["not_finite", [1]]]);
  });

  it("aggregates a single value to itself with every mean", () => {
    for (const method of [
      { type: "arithmetic" },
      { type: "geometric" },
      { type: "harmonic" },
      { type: "power", p: 3 },
    ] as const) {
      expect(aggregateValues([5], method).value).toBeCloseTo(5, 12);
    }
  });
});

describe("imputeCohort", () => {
  it("fills missing cells with the mean of the observed values and reports each", () => {
    // mean of 1, 2, 6 = 3
    expect(imputeCohort([1, null, 2, undefined, 6], "mean")).toEqual({
      values: [1, 3, 2, 3, 6],
      imputed: [
        { index: 1, value: 3, method: "mean" },
        { index: 3, value: 3, method: "mean" },
      ],
      fill: 3,
      issues: [],
    });
  });

  it("uses the median, the mean of the middle two for an even count", () => {
    expect(imputeCohort([1, null, 3, 10], "median").values).toEqual([1, 3, 3, 10]);
    // sorted 1, 3, 5, 10: (3 + 5)/2 = 4
    expect(imputeCohort([5, 1, null, 3, 10], "median").fill).toBe(4);
  });

  it("fills only the selected cells", () => {
    expect(imputeCohort([null, 2, null], "mean", (index) => index === 2).values).toEqual([
      null,
      2,
      2,
    ]);
  });

  it("reports when nothing is observed, and never fills NaN cells", () => {
    expect(codes(imputeCohort([null, null], "mean"))).toEqual([["imputation_impossible", []]]);
    const withNaN = imputeCohort([Number.NaN, null, 4], "mean");
    expect(withNaN.values).toEqual([null, 4, 4]);
    expect(codes(withNaN)).toEqual([["not_finite", [0]]]);
  });
});
