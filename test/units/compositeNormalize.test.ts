import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeCohort } from "../../src/units/normalizeCohort.js";

const codes = (result: { issues: readonly { code: string; path: readonly unknown[] }[] }) =>
  result.issues.map((issue) => [issue.code, issue.path]);

describe("normalizeCohort: min-max", () => {
  it("maps min to l and max to u, linearly between, onto [0, 100] by default", () => {
    // (x − 2)/(10 − 2)·100: 2 → 0, 4 → 25, 10 → 100
    expect(normalizeCohort([2, 4, 10], { type: "minMax" }).scores).toEqual([0, 25, 100]);
  });

  it("scales onto chosen bounds", () => {
    // 1 + (x − 2)/8·(10 − 1): 4 → 1 + 0.25·9 = 3.25
    expect(normalizeCohort([2, 4, 10], { type: "minMax", bounds: [1, 10] }).scores).toEqual([
      1, 3.25, 10,
    ]);
  });

  it("reverses for lower-is-better: (max − x)/(max − min)", () => {
    expect(normalizeCohort([2, 4, 10], { type: "minMax", direction: -1 }).scores).toEqual([
      100, 75, 0,
    ]);
  });

  it("gives tied values the same score", () => {
    expect(normalizeCohort([5, 5, 7, 9], { type: "minMax" }).scores).toEqual([0, 0, 50, 100]);
  });

  it("leaves missing values out of the range and missing in the result", () => {
    const result = normalizeCohort([null, 0, undefined, 50], { type: "minMax" });
    expect(result.scores).toEqual([null, 0, null, 100]);
    expect(result.statistics).toEqual({
      count: 2,
      missing: 2,
      invalid: 0,
      min: 0,
      max: 50,
      mean: 25,
    });
    expect(result.issues).toEqual([]);
  });

  it("reports a zero range (all equal, or a single unit) instead of NaN", () => {
    for (const values of [[3, 3, 3], [7]]) {
      const result = normalizeCohort(values, { type: "minMax" });
      expect(result.scores.every((score) => score === null)).toBe(true);
      expect(codes(result)).toEqual([["zero_range", []]]);
      expect(result.issues[0]?.severity).toBe("warning");
      expect(result.issues[0]?.messages.vi).toContain("chuẩn hóa min-max");
    }
  });

  it("reports NaN, ±Infinity and non-numbers at their index and leaves them out", () => {
    const values = [1, Number.NaN, 3, Number.POSITIVE_INFINITY, "5" as unknown as number, 5];
    const result = normalizeCohort(values, { type: "minMax" });
    expect(result.scores).toEqual([0, null, 50, null, null, 100]);
    expect(codes(result)).toEqual([
      ["not_finite", [1]],
      ["not_finite", [3]],
      ["invalid_type", [4]],
    ]);
    expect(result.statistics.invalid).toBe(3);
  });

  it("refuses bounds that are not l < u", () => {
    const result = normalizeCohort([1, 2], { type: "minMax", bounds: [5, 5] });
    expect(result.scores).toEqual([null, null]);
    expect(codes(result)).toEqual([["invalid_method", ["bounds"]]]);
  });

  it("handles 500 000 values without spreading them into Math.min/Math.max", {
    timeout: 30_000,
  }, () => {
    const values = Array.from({ length: 500_000 }, (_, i) => (i * 7919) % 500_000);
    const result = normalizeCohort(values, { type: "minMax", bounds: [0, 1] });
    expect(result.statistics.min).toBe(0);
    expect(result.statistics.max).toBe(499_999);
    expect(result.scores[1]).toBe(7919 / 499_999);
    const ranks = normalizeCohort(values, { type: "percentileRank" });
    // every value is distinct: the percentile of v is v/(n − 1)
    expect(ranks.scores[1]).toBe(7919 / 499_999);
  });

  it("never changes the relative order of the other units when a unit is added (fixed bounds)", () => {
    fc.assert(
      fc.property(
        fc.array(fc.option(fc.integer({ min: -1_000_000, max: 1_000_000 }), { nil: null }), {
          minLength: 2,
          maxLength: 40,
        }),
        fc.integer({ min: -3_000_000, max: 3_000_000 }),
        fc.constantFrom<1 | -1>(1, -1),
        (values, added, direction) => {
          const method = { type: "minMax", bounds: [0, 100], direction } as const;
          const before = normalizeCohort(values, method).scores;
          const after = normalizeCohort([...values, added], method).scores;
          for (let i = 0; i < values.length; i++) {
            for (let j = 0; j < values.length; j++) {
              const a = before[i];
              const b = before[j];
              if (a === null || b === null) continue;
              const c = after[i] as number;
              const d = after[j] as number;
              expect(Math.sign(c - d)).toBe(Math.sign((a as number) - (b as number)));
            }
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("normalizeCohort: z-scores", () => {
  it("gives z-scores with the sample sd by default (R's sd, COINr n_zscore)", () => {
    // mean 4, squares 4+0+4 = 8, sample sd = √(8/2) = 2 → z = −1, 0, 1
    expect(normalizeCohort([2, 4, 6], { type: "zScore" }).scores).toEqual([-1, 0, 1]);
  });

  it("uses the population sd when asked", () => {
    // population sd = √(8/3)
    const sd = Math.sqrt(8 / 3);
    expect(normalizeCohort([2, 4, 6], { type: "zScore", sd: "population" }).scores).toEqual([
      -2 / sd,
      0,
      2 / sd,
    ]);
  });

  it("rescales to a chosen mean and sd and reverses for lower-is-better", () => {
    expect(
      normalizeCohort([2, 4, 6], { type: "zScore", scale: [100, 10], direction: -1 }).scores,
    ).toEqual([110, 100, 90]);
  });

  it("reports a zero spread and a single value instead of NaN", () => {
    expect(codes(normalizeCohort([1, 1], { type: "zScore" }))).toEqual([["zero_spread", []]]);
    expect(codes(normalizeCohort([1], { type: "zScore" }))).toEqual([["too_few_values", []]]);
    // the population sd of one value is 0
    expect(codes(normalizeCohort([1], { type: "zScore", sd: "population" }))).toEqual([
      ["zero_spread", []],
    ]);
  });
});

describe("normalizeCohort: percentile ranks", () => {
  it("is (rank − 1)/(n − 1) with tied values sharing the lowest rank (COINr n_prank)", () => {
    // sorted 10, 20, 20, 40, 50: ranks (min ties) 1, 2, 2, 4, 5 → 0, 1/4, 1/4, 3/4, 1
    expect(normalizeCohort([40, 20, 10, 50, 20], { type: "percentileRank" }).scores).toEqual([
      0.75, 0.25, 0, 1, 0.25,
    ]);
  });

  it("counts the values strictly above for lower-is-better, and scales", () => {
    // above 40: 50 → 1; above 20: 40, 50 → 2; above 10: 4; above 50: 0
    expect(
      normalizeCohort([40, 20, 10, 50, 20], { type: "percentileRank", direction: -1, scale: 100 })
        .scores,
    ).toEqual([25, 50, 100, 0, 50]);
  });

  it("leaves missing values out of n", () => {
    expect(normalizeCohort([3, null, 1, 2], { type: "percentileRank" }).scores).toEqual([
      1,
      null,
      0,
      0.5,
    ]);
  });

  it("reports a single unit, which has no percentile", () => {
    expect(codes(normalizeCohort([5, null], { type: "percentileRank" }))).toEqual([
      ["too_few_values", []],
    ]);
  });

  it("gives all-tied values 0", () => {
    expect(normalizeCohort([4, 4, 4], { type: "percentileRank" }).scores).toEqual([0, 0, 0]);
  });
});

describe("normalizeCohort: distance to target", () => {
  it("is (x − min)/(target − min), above 1 past the target without a cap (COINr default)", () => {
    // min 20, target 60: 20 → 0, 40 → 0.5, 80 → 1.5
    expect(normalizeCohort([20, 40, 80], { type: "distanceToTarget", target: 60 }).scores).toEqual([
      0, 0.5, 1.5,
    ]);
  });

  it("caps at 1 when asked, and scales", () => {
    expect(
      normalizeCohort([20, 40, 80], { type: "distanceToTarget", target: 60, cap: true, scale: 100 })
        .scores,
    ).toEqual([0, 50, 100]);
  });

  it("is (max − x)/(max − target) for lower-is-better", () => {
    // max 80, target 30: 80 → 0, 55 → 0.5, 20 → 1.2 (capped: 1)
    expect(
      normalizeCohort([80, 55, 20], { type: "distanceToTarget", target: 30, direction: -1 }).scores,
    ).toEqual([0, 0.5, 1.2]);
    expect(
      normalizeCohort([80, 55, 20], {
        type: "distanceToTarget",
        target: 30,
        direction: -1,
        cap: true,
      }).scores,
    ).toEqual([0, 0.5, 1]);
  });

  it("reports a target not beyond the worst value instead of dividing by zero or going negative", () => {
    expect(codes(normalizeCohort([20, 40], { type: "distanceToTarget", target: 20 }))).toEqual([
      ["target_outside_range", []],
    ]);
    expect(
      codes(normalizeCohort([20, 40], { type: "distanceToTarget", target: 50, direction: -1 })),
    ).toEqual([["target_outside_range", []]]);
  });

  it("works for a single unit below the target", () => {
    // min = 20, target 40: (20 − 20)/(40 − 20) = 0
    expect(normalizeCohort([20], { type: "distanceToTarget", target: 40 }).scores).toEqual([0]);
  });
});

describe("normalizeCohort: goalposts", () => {
  it("is (x − low)/(high − low) truncated to [0, 1], times the scale", () => {
    // low 40, high 90: 30 → 0, 65 → 0.5, 100 → 1
    expect(
      normalizeCohort([30, 65, 100], { type: "goalposts", low: 40, high: 90, scale: 100 }).scores,
    ).toEqual([0, 50, 100]);
  });

  it("is (x − high)/(low − high) for lower-is-better", () => {
    // 50 → (50 − 90)/(40 − 90) = 0.8
    expect(
      normalizeCohort([50, 30, 95], { type: "goalposts", low: 40, high: 90, direction: -1 }).scores,
    ).toEqual([0.8, 1, 0]);
  });

  it("needs no cohort: a single unit is scored", () => {
    expect(normalizeCohort([65], { type: "goalposts", low: 40, high: 90 }).scores).toEqual([0.5]);
  });

  it("refuses goalposts that are not low < high", () => {
    expect(codes(normalizeCohort([1], { type: "goalposts", low: 9, high: 9 }))).toEqual([
      ["invalid_method", []],
    ]);
  });

  it("refuses a scale that is not a finite positive number, for every method that takes one", () => {
    for (const scale of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      for (const method of [
        { type: "percentileRank", scale },
        { type: "distanceToTarget", target: 10, scale },
        { type: "goalposts", low: 0, high: 10, scale },
      ] as const) {
        const result = normalizeCohort([1, 2, 3], method);
        expect({ method: method.type, scale, codes: codes(result), scores: result.scores }).toEqual(
          {
            method: method.type,
            scale,
            codes: [["invalid_method", ["scale"]]],
            scores: [null, null, null],
          },
        );
      }
    }
  });
});

describe("normalizeCohort: purity", () => {
  it("does not change its input and gives the same output for the same input", () => {
    const values = Object.freeze([3, null, 1, -0, 2]);
    const one = normalizeCohort(values, { type: "zScore" });
    const two = normalizeCohort(values, { type: "zScore" });
    expect(JSON.stringify(one)).toBe(JSON.stringify(two));
    expect(values).toEqual([3, null, 1, -0, 2]);
  });
});
