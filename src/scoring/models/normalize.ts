import type { Normalize } from "../../framework/schema.js";

/**
 * Maps a numeric value onto a score in [0, 1] with the node's `normalize` spec.
 *
 * - `goalposts`: `(x − low)/(high − low)` truncated to [0, 1]; `low > high` means lower is better
 *   (COINr `n_goalposts`). Equal goalposts give `null`.
 * - `distanceToTarget`: `(x − min)/(target − min)` (direction +1, COINr `n_dist2targ`), or
 *   `(max − x)/(max − target)` for direction −1 when `max` is given; capped at 1 and floored at 0.
 *   Direction −1 without `max` reads `min` as the worst value, which the +1 formula already handles.
 * - `bands`: the score of the first band with `min ≤ x < below`; `null` when no band covers `x`.
 * - `scale`: `x / scale` clamped to [0, 1] (a Scorecard check 0–10 with scale 10).
 * - `logNormal`: Lighthouse's metric score (v10+): the log-normal complementary CDF through `p10` → 0.9 and
 *   `median` → 0.5 (lower is better, x ≤ 0 → 1), kept inside the rating band of x, boosted by
 *   0.05·(s − 0.9) above 0.9, then floored to 2 decimals; `null` unless 0 < p10 < median.
 * - `minMax`: `(x − min)/(max − min)` over the cohort, clamped.
 * - `zScore`: the standard normal CDF of `(x − mean)/sd` (population sd), so the cohort mean maps to 0.5
 *   and the score stays in [0, 1].
 * - `percentileRank`: the share of cohort values below `x`, ties counting half (mid-rank).
 *
 * Cohort methods return `null` without a cohort or with a degenerate one (empty, or all values equal).
 * The cohort should contain the unit's own value; a value outside it is clamped.
 *
 * @param normalize - The normalisation spec of the node.
 * @param value - The node's numeric value.
 * @param cohort - The same node's values across a cohort of units (for `minMax`, `zScore`, `percentileRank`).
 * @returns A finite score in [0, 1], or `null` when the value cannot be normalised.
 * @example
 * normalizeValue({ type: "goalposts", low: 40, high: 90 }, 65)
 * //=> 0.5
 * @category Scoring
 */
export function normalizeValue(
  normalize: Normalize,
  value: number,
  cohort?: readonly number[],
): number | null {
  if (!Number.isFinite(value)) return null;
  switch (normalize.type) {
    case "goalposts":
      return ratio(value - normalize.low, normalize.high - normalize.low);
    case "distanceToTarget": {
      const { min, target, max } = normalize;
      if (normalize.direction === -1 && max !== undefined) return ratio(max - value, max - target);
      return ratio(value - min, target - min);
    }
    case "bands": {
      for (const band of normalize.bands) {
        if (
          (band.min === undefined || value >= band.min) &&
          (band.below === undefined || value < band.below)
        ) {
          return band.score;
        }
      }
      return null;
    }
    case "scale":
      return ratio(value, normalize.scale);
    case "logNormal":
      return logNormalCurve(normalize.p10, normalize.median, value)?.score ?? null;
    case "minMax": {
      const values = finiteCohort(cohort);
      if (values === null) return null;
      // A loop, not Math.min(...values): a spread of a nationwide cohort overflows the stack.
      let min = values[0] as number;
      let max = min;
      for (const v of values) {
        if (v < min) min = v;
        if (v > max) max = v;
      }
      return ratio(value - min, max - min);
    }
    case "zScore": {
      const values = finiteCohort(cohort);
      if (values === null) return null;
      let sum = 0;
      for (const v of values) sum += v;
      const mean = sum / values.length;
      let squares = 0;
      for (const v of values) squares += (v - mean) * (v - mean);
      const sd = Math.sqrt(squares / values.length);
      if (!(sd > 0)) return null;
      return standardNormalCdf((value - mean) / sd);
    }
    case "percentileRank": {
      const values = finiteCohort(cohort);
      if (values === null) return null;
      let below = 0;
      let equal = 0;
      for (const v of values) {
        if (v < value) below += 1;
        else if (v === value) equal += 1;
      }
      return clamp01((below + equal / 2) / values.length);
    }
    default: {
      const unreachable: never = normalize;
      throw new TypeError(`normalizeValue: unknown normalisation ${JSON.stringify(unreachable)}`);
    }
  }
}

/** `numerator / denominator` clamped to [0, 1]; a zero or non-finite denominator has no answer. */
function ratio(numerator: number, denominator: number): number | null {
  if (denominator === 0 || !Number.isFinite(denominator) || !Number.isFinite(numerator))
    return null;
  return clamp01(numerator / denominator);
}

function clamp01(x: number): number | null {
  if (!Number.isFinite(x)) return null;
  return Math.min(Math.max(x, 0), 1);
}

/** The finite values of a cohort, or null when they cannot rank anything (empty, or all equal). */
function finiteCohort(cohort: readonly number[] | undefined): readonly number[] | null {
  if (cohort === undefined) return null;
  const values = cohort.filter((v) => Number.isFinite(v));
  if (values.length === 0) return null;
  const first = values[0];
  if (values.every((v) => v === first)) return null;
  return values;
}

/** Φ(z) via the Numerical Recipes `erfcc` Chebyshev fit (fractional error below 1.2e-7). */
function standardNormalCdf(z: number): number | null {
  if (z === 0) return 0.5;
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.5 * x);
  const erfc =
    t *
    Math.exp(
      -x * x -
        1.26551223 +
        t *
          (1.00002368 +
            t *
              (0.37409196 +
                t *
                  (0.09678418 +
                    t *
                      (-0.18628806 +
                        t *
                          (0.27886807 +
                            t *
                              (-1.13520398 +
                                t * (1.48851587 + t * (-0.82215223 + t * 0.17087277)))))))),
    );
  return clamp01(z > 0 ? 1 - erfc / 2 : erfc / 2);
}

/** The standardised distance of p10 from the median: erfc⁻¹(1/5), to double precision. */
const INVERSE_ERFC_ONE_FIFTH = 0.9061938024368232;

/** A Lighthouse metric on its log-normal curve: the curve's value and the audit score printed from it. */
export interface LogNormalCurve {
  /**
   * The curve itself: the log-normal complementary CDF at the value, kept inside the value's rating band
   * (≤ p10: [0.9, 1]; ≤ median: [0.5, 0.9); else [0, 0.5)) — Lighthouse's `getLogNormalScore`.
   */
  readonly raw: number;
  /** The audit score Lighthouse reports: `raw`, boosted by 0.05·(raw − 0.9) above 0.9, floored to 2 decimals. */
  readonly score: number;
}

/**
 * Lighthouse's metric scoring (v10+) with both numbers: the raw curve value and the floored audit score
 * (`normalize: { type: "logNormal" }` uses `score`). The erf approximation (Abramowitz–Stegun 7.1.26),
 * the constant erfc⁻¹(1/5) and the band limits are Lighthouse's own (`core/lib/statistics.js`,
 * `Audit.computeLogNormalScore` in `core/audits/audit.js`), so scores land on the same 2-decimal steps.
 *
 * @param p10 - The value scoring 0.9 (Lighthouse's `p10` control point).
 * @param median - The value scoring 0.5; must exceed `p10`.
 * @param value - The measured metric (lower is better); ≤ 0 gives 1.
 * @returns `{ raw, score }`, or `null` unless 0 < p10 < median and the value is finite.
 * @example
 * // mobile LCP control points 2500 / 4000 ms
 * logNormalCurve(2500, 4000, 4000)
 * //=> { raw: 0.5, score: 0.5 }
 * logNormalCurve(2500, 4000, 3000)
 * //=> { raw: 0.7836026877495138, score: 0.78 }
 * @category Scoring
 */
export function logNormalCurve(p10: number, median: number, value: number): LogNormalCurve | null {
  if (!(p10 > 0 && p10 < median) || !Number.isFinite(value) || !Number.isFinite(median))
    return null;
  if (value <= 0) return { raw: 1, score: 1 };
  const logRatio = Math.log(Math.max(Number.MIN_VALUE, value / median));
  const p10LogRatio = -Math.log(Math.max(Number.MIN_VALUE, p10 / median));
  const tail = (1 - erfAbramowitzStegun((logRatio * INVERSE_ERFC_ONE_FIFTH) / p10LogRatio)) / 2;
  // Crossing a control point always crosses a rating boundary, whatever the approximation error.
  let raw: number;
  if (value <= p10) raw = Math.max(0.9, Math.min(1, tail));
  else if (value <= median) raw = Math.max(0.5, Math.min(0.8999999999999999, tail));
  else raw = Math.max(0, Math.min(0.49999999999999994, tail));
  const boosted = raw > 0.9 ? raw + 0.05 * (raw - 0.9) : raw;
  const score = clamp01(Math.floor(boosted * 100) / 100);
  return score === null ? null : { raw, score };
}

function erfAbramowitzStegun(x: number): number {
  const sign = Math.sign(x);
  const ax = Math.abs(x);
  const t = 1 / (1 + 0.3275911 * ax);
  const poly =
    t *
    (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
  return sign * (1 - poly * Math.exp(-ax * ax));
}
