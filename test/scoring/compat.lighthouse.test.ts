import { describe, expect, it } from "vitest";
import { FrameworkSchema, type ScoringModel } from "../../src/framework/schema.js";
import { logNormalCurve, normalizeValue } from "../../src/scoring/models/normalize.js";
import { scoreWeighted } from "../../src/scoring/models/scoreWeighted.js";
import type { Score } from "../../src/scoring/types.js";
import { leaf, makeAssessment, makeFramework, makeResult } from "./models/modelInput.js";

/**
 * Lighthouse's own category mean, copied from GoogleChrome/lighthouse `core/scoring.js`
 * (`ReportScoring.arithmeticMean` and `clampTo2Decimals`, Apache-2.0), types added:
 *
 *   const clampTo2Decimals = val => Math.round(val * 100) / 100;
 *   static arithmeticMean(items) {
 *     items = items.filter(item => item.weight > 0);
 *     if (items.some(item => item.score === null)) return null;
 *     const results = items.reduce((result, item) => {
 *       const score = item.score; const weight = item.weight;
 *       return { weight: result.weight + weight, sum: result.sum + score * weight };
 *     }, { weight: 0, sum: 0 });
 *     return clampTo2Decimals(results.sum / results.weight || 0);
 *   }
 */
const clampTo2Decimals = (val: number): number => Math.round(val * 100) / 100;
function lighthouseArithmeticMean(
  items: readonly { score: number | null; weight: number }[],
): number | null {
  const weighted = items.filter((item) => item.weight > 0);
  if (weighted.some((item) => item.score === null)) return null;
  const results = weighted.reduce(
    (result, item) => {
      const score = item.score as number;
      const weight = item.weight;
      return { weight: result.weight + weight, sum: result.sum + score * weight };
    },
    { weight: 0, sum: 0 },
  );
  return clampTo2Decimals(results.sum / results.weight || 0);
}

type Compat = "exact" | "lighthouse" | undefined;

function category(weights: readonly [number, number], compat: Compat, scale = 1) {
  const scoring: ScoringModel = {
    kind: "weighted",
    aggregation: "flat",
    scale,
    round: 2,
    ...(compat === undefined ? {} : { compat }),
  };
  const framework = makeFramework(scoring, [
    leaf("a", { weight: weights[0] }),
    leaf("b", { weight: weights[1] }),
  ]);
  const assessment = makeAssessment();
  return (a: number, b: number): Score =>
    scoreWeighted(
      {
        framework,
        assessment,
        results: new Map([
          ["a", makeResult("a", "met", a)],
          ["b", makeResult("b", "met", b)],
        ]),
        count: {
          met: 2,
          notMet: 0,
          notApplicable: 0,
          unknown: 0,
          error: 0,
          applicable: 2,
          total: 2,
        },
      },
      scoring as Extract<ScoringModel, { kind: "weighted" }>,
    );
}

function value(result: Score): number {
  if (result.status !== "scored")
    throw new Error(`expected a score, got ${JSON.stringify(result)}`);
  return result.value;
}

/** Audit scores as Lighthouse makes them: two-decimal doubles 0, 0.01, …, 1. */
const STEPS = Array.from({ length: 101 }, (_, k) => k / 100);
/** Equal weights, and a few pairs from Lighthouse configs (performance v10: 10, 25, 30). */
const WEIGHTS: readonly (readonly [number, number])[] = [
  [1, 1],
  [10, 25],
  [25, 30],
  [3, 7],
];

function disagreements(weights: readonly [number, number], compat: Compat): number {
  const ours = category(weights, compat);
  let count = 0;
  for (const a of STEPS) {
    for (const b of STEPS) {
      const theirs = lighthouseArithmeticMean([
        { score: a, weight: weights[0] },
        { score: b, weight: weights[1] },
      ]);
      if (value(ours(a, b)) !== theirs) count += 1;
    }
  }
  return count;
}

describe("weighted compat: 'lighthouse' against Lighthouse's own arithmeticMean", () => {
  for (const weights of WEIGHTS) {
    it(`agrees on every two-audit category with weights ${weights.join("/")} (101 × 101 scores)`, () => {
      expect(disagreements(weights, "lighthouse")).toBe(0);
    });
  }

  it("the exact default disagrees on some of the same grid, so the grid can tell them apart", () => {
    // About 5 % of equal-weight pairs: Lighthouse rounds a double that falls just below the tie.
    expect(disagreements([1, 1], "exact")).toBeGreaterThan(0);
    expect(disagreements([1, 1], undefined)).toBe(disagreements([1, 1], "exact"));
  });

  it("audits 0 and 0.29 with equal weights: 0.14 in compat mode, 0.15 exact", () => {
    expect(
      lighthouseArithmeticMean([
        { score: 0, weight: 1 },
        { score: 0.29, weight: 1 },
      ]),
    ).toBe(0.14);
    expect(value(category([1, 1], "lighthouse")(0, 0.29))).toBe(0.14);
    expect(value(category([1, 1], "exact")(0, 0.29))).toBe(0.15);
    expect(value(category([1, 1], undefined)(0, 0.29))).toBe(0.15);
  });

  it("on the 0–100 scale prints Lighthouse's category score × 100 (14, not 15)", () => {
    expect(scoreWeightedOn100("lighthouse")).toEqual({
      status: "scored",
      value: 14,
      max: 100,
      percent: 14,
    });
    expect(scoreWeightedOn100("exact")).toMatchObject({ value: 15, percent: 15 });
  });

  it("keeps hierarchical means in doubles too", () => {
    // One group holding the two audits: the same double as the flat mean.
    const scoring = {
      kind: "weighted",
      aggregation: "hierarchical",
      scale: 1,
      round: 2,
      compat: "lighthouse",
    } as const;
    const framework = makeFramework(scoring, [
      { id: "g", kind: "group", title: { en: "g" }, children: [leaf("a"), leaf("b")] },
    ]);
    const result = scoreWeighted(
      {
        framework,
        assessment: makeAssessment(),
        results: new Map([
          ["a", makeResult("a", "met", 0)],
          ["b", makeResult("b", "met", 0.29)],
        ]),
        count: {
          met: 2,
          notMet: 0,
          notApplicable: 0,
          unknown: 0,
          error: 0,
          applicable: 2,
          total: 2,
        },
      },
      scoring,
    );
    expect(value(result)).toBe(0.14);
  });

  it("is part of the framework schema and rejects an unknown compat", () => {
    const base = {
      id: "t",
      version: "1",
      status: "draft",
      title: { en: "t" },
      nodes: [leaf("a")],
    };
    const ok = FrameworkSchema.safeParse({
      ...base,
      scoring: { kind: "weighted", aggregation: "flat", compat: "lighthouse" },
    });
    expect(ok.success).toBe(true);
    const bad = FrameworkSchema.safeParse({
      ...base,
      scoring: { kind: "weighted", aggregation: "flat", compat: "openscap" },
    });
    expect(bad.success).toBe(false);
  });
});

function scoreWeightedOn100(compat: Compat): Score {
  return category([1, 1], compat, 100)(0, 0.29);
}

/**
 * Lighthouse's metric curve, copied from GoogleChrome/lighthouse `shared/statistics.js`
 * (`erf`, `getLogNormalScore`, Apache-2.0; the argument checks that throw are left out) and the audit
 * score from `core/audits/audit.js` (`Audit.computeLogNormalScore`: boost above 0.9, floor to 2 decimals).
 */
function erf(x: number): number {
  const sign = Math.sign(x);
  x = Math.abs(x);
  const a1 = 0.254829592;
  const a2 = -0.284496736;
  const a3 = 1.421413741;
  const a4 = -1.453152027;
  const a5 = 1.061405429;
  const p = 0.3275911;
  const t = 1 / (1 + p * x);
  const y = t * (a1 + t * (a2 + t * (a3 + t * (a4 + t * a5))));
  return sign * (1 - y * Math.exp(-x * x));
}
function getLogNormalScore(
  { median, p10 }: { median: number; p10: number },
  value: number,
): number {
  if (value <= 0) return 1;
  const INVERSE_ERFC_ONE_FIFTH = 0.9061938024368232;
  const xRatio = Math.max(Number.MIN_VALUE, value / median);
  const xLogRatio = Math.log(xRatio);
  const p10Ratio = Math.max(Number.MIN_VALUE, p10 / median);
  const p10LogRatio = -Math.log(p10Ratio);
  const standardizedX = (xLogRatio * INVERSE_ERFC_ONE_FIFTH) / p10LogRatio;
  const complementaryPercentile = (1 - erf(standardizedX)) / 2;
  if (value <= p10) return Math.max(0.9, Math.min(1, complementaryPercentile));
  if (value <= median) return Math.max(0.5, Math.min(0.8999999999999999, complementaryPercentile));
  return Math.max(0, Math.min(0.49999999999999994, complementaryPercentile));
}
function computeLogNormalScore(
  controlPoints: { median: number; p10: number },
  value: number,
): number {
  let percentile = getLogNormalScore(controlPoints, value);
  if (percentile > 0.9) percentile += 0.05 * (percentile - 0.9);
  return Math.floor(percentile * 100) / 100;
}

describe("logNormalCurve: the raw Lighthouse curve next to the floored audit score", () => {
  // Mobile and desktop LCP, mobile TBT and CLS control points (Lighthouse v10+ configs).
  const curves = [
    { p10: 2500, median: 4000 },
    { p10: 1200, median: 2400 },
    { p10: 200, median: 600 },
    { p10: 0.1, median: 0.25 },
  ];

  for (const curve of curves) {
    it(`gives Lighthouse's raw curve and audit score for p10 ${curve.p10}, median ${curve.median}`, () => {
      for (let i = 0; i <= 400; i += 1) {
        const value = (curve.median * 3 * i) / 400;
        const ours = logNormalCurve(curve.p10, curve.median, value);
        expect(ours).toEqual({
          raw: getLogNormalScore(curve, value),
          score: computeLogNormalScore(curve, value),
        });
        // `normalize: logNormal` scores with the floored audit score.
        expect(normalizeValue({ type: "logNormal", ...curve }, value)).toBe(ours?.score);
      }
    });
  }

  it("keeps the precision the floor drops: 3000 ms LCP is 0.7836… on the curve, 0.78 as a score", () => {
    const lcp = logNormalCurve(2500, 4000, 3000);
    expect(lcp?.score).toBe(0.78);
    expect(lcp?.raw).toBeGreaterThan(0.78);
    expect(lcp?.raw).toBeCloseTo(0.7836, 4);
    expect(logNormalCurve(2500, 4000, 4000)).toEqual({ raw: 0.5, score: 0.5 });
    expect(logNormalCurve(2500, 4000, 0)).toEqual({ raw: 1, score: 1 });
  });

  it("returns null for control points Lighthouse rejects, or a value that is not finite", () => {
    expect(logNormalCurve(4000, 4000, 3000)).toBeNull();
    expect(logNormalCurve(0, 4000, 3000)).toBeNull();
    expect(logNormalCurve(2500, 4000, Number.NaN)).toBeNull();
  });
});
