import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Normalize } from "../../../src/framework/schema.js";
import { normalizeValue } from "../../../src/scoring/models/normalize.js";

describe("normalizeValue with goalposts", () => {
  const goalposts: Normalize = { type: "goalposts", low: 40, high: 90 };

  it("maps the value linearly between the goalposts", () => {
    expect(normalizeValue(goalposts, 65)).toBe(0.5);
    expect(normalizeValue(goalposts, 40)).toBe(0);
    expect(normalizeValue(goalposts, 90)).toBe(1);
  });

  it("truncates values beyond the goalposts to 0 and 1", () => {
    expect(normalizeValue(goalposts, 10)).toBe(0);
    expect(normalizeValue(goalposts, 120)).toBe(1);
  });

  it("reverses when low is above high (lower is better)", () => {
    const poverty: Normalize = { type: "goalposts", low: 10, high: 2 };
    expect(normalizeValue(poverty, 6)).toBe(0.5);
    expect(normalizeValue(poverty, 1)).toBe(1);
    expect(normalizeValue(poverty, 12)).toBe(0);
  });

  it("has no answer for equal goalposts", () => {
    expect(normalizeValue({ type: "goalposts", low: 5, high: 5 }, 5)).toBeNull();
  });
});

describe("normalizeValue with distanceToTarget (COINr n_dist2targ)", () => {
  it("is (x − min)/(target − min), capped at 1", () => {
    const spec: Normalize = { type: "distanceToTarget", min: 0, target: 80 };
    expect(normalizeValue(spec, 60)).toBe(0.75);
    expect(normalizeValue(spec, 95)).toBe(1);
    expect(normalizeValue(spec, -5)).toBe(0);
  });

  it("is (max − x)/(max − target) for direction −1", () => {
    const spec: Normalize = { type: "distanceToTarget", min: 0, target: 2, max: 10, direction: -1 };
    expect(normalizeValue(spec, 6)).toBe(0.5);
    expect(normalizeValue(spec, 1)).toBe(1);
    expect(normalizeValue(spec, 12)).toBe(0);
  });

  it("reads min as the worst value for direction −1 without a max", () => {
    const spec: Normalize = { type: "distanceToTarget", min: 10, target: 2, direction: -1 };
    expect(normalizeValue(spec, 6)).toBe(0.5);
  });

  it("has no answer when the target equals the minimum", () => {
    expect(normalizeValue({ type: "distanceToTarget", min: 3, target: 3 }, 4)).toBeNull();
  });
});

describe("normalizeValue with bands", () => {
  const bands: Normalize = {
    type: "bands",
    bands: [
      { below: 6, score: 0 },
      { min: 6, below: 10, score: 0.25 },
      { min: 10, below: 20, score: 0.6 },
      { min: 20, score: 1 },
    ],
  };

  it("gives the score of the band holding the value, lower bound inclusive and upper exclusive", () => {
    expect(normalizeValue(bands, 5.99)).toBe(0);
    expect(normalizeValue(bands, 6)).toBe(0.25);
    expect(normalizeValue(bands, 10)).toBe(0.6);
    expect(normalizeValue(bands, 19.999)).toBe(0.6);
    expect(normalizeValue(bands, 20)).toBe(1);
  });

  it("has no answer for a value no band covers", () => {
    expect(
      normalizeValue({ type: "bands", bands: [{ min: 0, below: 10, score: 1 }] }, 10),
    ).toBeNull();
  });
});

describe("normalizeValue with scale", () => {
  it("divides a Scorecard check (0–10) by 10", () => {
    expect(normalizeValue({ type: "scale", scale: 10 }, 7)).toBe(0.7);
    expect(normalizeValue({ type: "scale", scale: 10 }, 10)).toBe(1);
  });

  it("clamps an inconclusive −1 to 0, so inconclusive checks must be recorded as unknown instead", () => {
    expect(normalizeValue({ type: "scale", scale: 10 }, -1)).toBe(0);
    expect(normalizeValue({ type: "scale", scale: 10 }, 12)).toBe(1);
  });
});

describe("normalizeValue with logNormal (the Lighthouse metric curve)", () => {
  // LCP on mobile: p10 2500 ms, median 4000 ms (scoring-anchors.md §5.2).
  const lcp: Normalize = { type: "logNormal", p10: 2500, median: 4000 };

  it("scores the p10 control point 0.90 and the median 0.50", () => {
    expect(normalizeValue(lcp, 2500)).toBe(0.9);
    expect(normalizeValue(lcp, 4000)).toBe(0.5);
  });

  it("follows the log-normal curve between and beyond the control points, floored to 2 decimals", () => {
    // 0.5·erfc(ln(x/4000)·erfc⁻¹(0.2)/ln(4000/2500)): 3000 → 0.7836, 3500 → 0.6421, 5000 → 0.2714, 8000 → 0.0294
    expect(normalizeValue(lcp, 3000)).toBe(0.78);
    expect(normalizeValue(lcp, 3500)).toBe(0.64);
    expect(normalizeValue(lcp, 5000)).toBe(0.27);
    expect(normalizeValue(lcp, 8000)).toBe(0.02);
    expect(normalizeValue(lcp, 20000)).toBe(0);
  });

  it("boosts scores above 0.90 by 0.05·(s − 0.9) before flooring", () => {
    // 2000 ms: the curve gives 0.9725 → boosted 0.9741 → 0.97; 1000 ms: 1.0047 → capped at 1
    expect(normalizeValue(lcp, 2000)).toBe(0.97);
    expect(normalizeValue(lcp, 1000)).toBe(1);
  });

  it("scores CLS with its unitless control points", () => {
    const cls: Normalize = { type: "logNormal", p10: 0.1, median: 0.25 };
    expect(normalizeValue(cls, 0.1)).toBe(0.9);
    expect(normalizeValue(cls, 0.15)).toBe(0.76);
    expect(normalizeValue(cls, 0.4)).toBe(0.25);
  });

  it("scores 1 for a value of 0 or below, and has no answer unless p10 < median", () => {
    expect(normalizeValue(lcp, 0)).toBe(1);
    expect(normalizeValue({ type: "logNormal", p10: 4000, median: 4000 }, 3000)).toBeNull();
    expect(normalizeValue({ type: "logNormal", p10: 5000, median: 4000 }, 3000)).toBeNull();
  });

  it("never rises as the metric gets worse", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (a, b) => {
          const [x, y] = a <= b ? [a, b] : [b, a];
          return (normalizeValue(lcp, x) ?? -1) >= (normalizeValue(lcp, y) ?? -1);
        },
      ),
    );
  });
});

describe("normalizeValue over a cohort", () => {
  const cohort = [10, 20, 30, 40, 50];

  it("ranks min-max between the lowest and the highest unit", () => {
    expect(normalizeValue({ type: "minMax" }, 20, cohort)).toBe(0.25);
    expect(normalizeValue({ type: "minMax" }, 50, cohort)).toBe(1);
  });

  it("maps the z-score through the normal CDF, so the cohort mean scores 0.5", () => {
    expect(normalizeValue({ type: "zScore" }, 30, cohort)).toBe(0.5);
    // population sd of the cohort is √200; 30 + √200 is one sd above the mean: Φ(1) = 0.841345
    expect(normalizeValue({ type: "zScore" }, 30 + Math.sqrt(200), cohort)).toBeCloseTo(
      0.841345,
      6,
    );
    expect(normalizeValue({ type: "zScore" }, 30 - Math.sqrt(200), cohort)).toBeCloseTo(
      0.158655,
      6,
    );
  });

  it("gives the mid-rank percentile: values below plus half the ties, over the cohort size", () => {
    expect(normalizeValue({ type: "percentileRank" }, 30, cohort)).toBe(0.5);
    expect(normalizeValue({ type: "percentileRank" }, 10, cohort)).toBe(0.1);
    expect(normalizeValue({ type: "percentileRank" }, 20, [10, 20, 20, 40])).toBe(0.5);
  });

  it("has no answer without a cohort or with a degenerate one", () => {
    for (const type of ["minMax", "zScore", "percentileRank"] as const) {
      expect(normalizeValue({ type }, 5)).toBeNull();
      expect(normalizeValue({ type }, 5, [])).toBeNull();
      expect(normalizeValue({ type }, 5, [5, 5, 5])).toBeNull();
    }
  });
});

describe("normalizeValue invariants", () => {
  const spec: fc.Arbitrary<Normalize> = fc.oneof(
    fc.record({
      type: fc.constant("goalposts" as const),
      low: fc.double({ noNaN: true, noDefaultInfinity: true }),
      high: fc.double({ noNaN: true, noDefaultInfinity: true }),
    }),
    fc.record({
      type: fc.constant("distanceToTarget" as const),
      min: fc.double({ noNaN: true, noDefaultInfinity: true }),
      target: fc.double({ noNaN: true, noDefaultInfinity: true }),
      max: fc.double({ noNaN: true, noDefaultInfinity: true }),
      direction: fc.constantFrom(1 as const, -1 as const),
    }),
    fc.record({
      type: fc.constant("scale" as const),
      scale: fc.double({ min: 1e-300, max: 1e300, noNaN: true }),
    }),
    fc.record({
      type: fc.constant("logNormal" as const),
      p10: fc.double({ min: 1e-300, max: 1e300, noNaN: true }),
      median: fc.double({ min: 1e-300, max: 1e300, noNaN: true }),
    }),
    fc.record({
      type: fc.constantFrom("minMax" as const, "zScore" as const, "percentileRank" as const),
    }),
  );

  it("always returns null or a finite number in [0, 1]", () => {
    fc.assert(
      fc.property(
        spec,
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.array(fc.double({ noNaN: true, noDefaultInfinity: true }), { maxLength: 8 }),
        (normalize, value, cohort) => {
          const result = normalizeValue(normalize, value, cohort);
          return result === null || (Number.isFinite(result) && result >= 0 && result <= 1);
        },
      ),
    );
  });

  it("never grows when the value falls, for goalposts with high above low", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1000, max: 1000 }),
        fc.integer({ min: -1000, max: 1000 }),
        (a, b) => {
          const normalize: Normalize = { type: "goalposts", low: -100, high: 300 };
          const [x, y] = a <= b ? [a, b] : [b, a];
          return (normalizeValue(normalize, x) ?? 0) <= (normalizeValue(normalize, y) ?? 0);
        },
      ),
    );
  });
});

describe("normalizeValue misuse", () => {
  it("has no answer for a non-finite value", () => {
    expect(normalizeValue({ type: "scale", scale: 10 }, Number.NaN)).toBeNull();
    expect(normalizeValue({ type: "scale", scale: 10 }, Number.POSITIVE_INFINITY)).toBeNull();
  });

  it("throws a TypeError naming itself for a spec the schema would have rejected", () => {
    expect(() => normalizeValue({ type: "log" } as unknown as Normalize, 1)).toThrow(
      /^normalizeValue: unknown normalisation/,
    );
  });
});
