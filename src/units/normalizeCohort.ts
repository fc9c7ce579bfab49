import { type FrameworkIssue, notFinite } from "../core/issue.js";
import { normalizeValue } from "../scoring/models/normalize.js";
import {
  invalidMethod,
  notANumber,
  targetOutsideRange,
  tooFewValues,
  zeroRange,
  zeroSpread,
} from "./compositeIssues.js";

/** Whether higher raw values are better (1) or lower ones are (−1); COINr's `Direction`. */
export type Direction = 1 | -1;

/**
 * How a cohort's raw values become comparable scores (COINr `n_*`, OECD/JRC handbook §5). Defaults are
 * COINr's: min-max onto [0, 100], z-scores with mean 0 and sd 1 from the sample sd, the rest on [0, 1].
 */
export type CohortNormalization =
  | {
      /** `l + (x − min)/(max − min)·(u − l)`; direction −1 uses `max − x`. COINr `n_minmax`. */
      readonly type: "minMax";
      readonly direction?: Direction | undefined;
      /** `[l, u]`, the output bounds, `l < u`; default `[0, 100]`. */
      readonly bounds?: readonly [number, number] | undefined;
    }
  | {
      /** `m + s·d·(x − mean)/sd`, with `d` the direction. COINr `n_zscore`. */
      readonly type: "zScore";
      readonly direction?: Direction | undefined;
      /** `"sample"` (divides by n − 1, as R's `sd` and COINr) or `"population"` (by n); default sample. */
      readonly sd?: "sample" | "population" | undefined;
      /** The output mean `m` and standard deviation `s > 0`; default `[0, 1]` (plain z-scores). */
      readonly scale?: readonly [number, number] | undefined;
    }
  | {
      /**
       * `(rank − 1)/(n − 1)·scale`, rank by "min" ties (sport ranking: tied values share the lowest
       * rank), i.e. the number of values strictly worse than x over n − 1. COINr `n_prank`.
       */
      readonly type: "percentileRank";
      readonly direction?: Direction | undefined;
      /** Multiplies the result; default 1 (100 gives percentiles). */
      readonly scale?: number | undefined;
    }
  | {
      /** `(x − min)/(target − min)`, or `(max − x)/(max − target)` for direction −1. COINr `n_dist2targ`. */
      readonly type: "distanceToTarget";
      readonly target: number;
      readonly direction?: Direction | undefined;
      /** Cap the result at 1 (a unit past the target scores as the target); default false, as COINr. */
      readonly cap?: boolean | undefined;
      readonly scale?: number | undefined;
    }
  | {
      /**
       * `(x − low)/(high − low)` truncated to [0, 1], or `(x − high)/(low − high)` for direction −1,
       * times `scale`. Needs no cohort. COINr `n_goalposts`.
       */
      readonly type: "goalposts";
      readonly low: number;
      readonly high: number;
      readonly direction?: Direction | undefined;
      readonly scale?: number | undefined;
    };

/** Figures of the cohort's observed (finite) values. */
export interface CohortStatistics {
  /** Finite values. */
  readonly count: number;
  /** Cells that were null or undefined. */
  readonly missing: number;
  /** Cells reported as issues (NaN, ±Infinity, not a number), also left out. */
  readonly invalid: number;
  readonly min: number | null;
  readonly max: number | null;
  readonly mean: number | null;
}

/** The result of `normalizeCohort`. */
export interface NormalizedCohort {
  /** One score per input value, in input order; null where the value is missing or cannot be scored. */
  readonly scores: readonly (number | null)[];
  readonly statistics: CohortStatistics;
  /** Non-numbers and NaN/±Infinity (errors) and a degenerate cohort or method (warnings, errors). */
  readonly issues: readonly FrameworkIssue[];
}

/** One unit's value in a cohort: a number, or missing (`null` / `undefined`). */
export type Cell = number | null | undefined;

/**
 * Normalises one indicator across a cohort of units, the way COINr's `Normalise` does: min-max onto
 * chosen bounds, z-scores, percentile ranks, distance to a target (capped or not) and goalposts, each
 * in either direction.
 *
 * Missing values (null, undefined) stay missing and are left out of the cohort's min, max, mean and
 * ranks; NaN, ±Infinity and non-numbers are left out too and reported (`not_finite`, `invalid_type`).
 * A cohort that cannot support the method gives null scores and a warning, never NaN: `zero_range`
 * (min-max, all values equal), `zero_spread` (z-score), `too_few_values` (a sample sd or a percentile
 * rank of one value), `target_outside_range` (a target not beyond the cohort's worst value). A bad
 * parameter is `invalid_method`. Runs in O(n log n) for percentile ranks and O(n) otherwise, without
 * spreading the values into `Math.min`/`Math.max`, so a cohort of 500 000 values works.
 *
 * @param values - The indicator's raw value for each unit (null when missing).
 * @param method - The normalisation and its options.
 * @returns The scores in input order, the cohort's figures and the issues.
 * @example
 * normalizeCohort([10, 20, 30, null], { type: "minMax" }).scores
 * //=> [0, 50, 100, null]
 * @category Units
 */
export function normalizeCohort(
  values: readonly Cell[],
  method: CohortNormalization,
): NormalizedCohort {
  const issues: FrameworkIssue[] = [];
  const n = values.length;
  const finite = new Float64Array(n);
  const ok = new Uint8Array(n);
  let count = 0;
  let missing = 0;
  let invalid = 0;
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  let sum = 0;
  for (let index = 0; index < n; index++) {
    const value: unknown = values[index];
    if (value === null || value === undefined) {
      missing += 1;
      continue;
    }
    if (typeof value !== "number") {
      invalid += 1;
      issues.push(notANumber([index], typeof value));
      continue;
    }
    if (!Number.isFinite(value)) {
      invalid += 1;
      issues.push(notFinite([index], String(value)));
      continue;
    }
    const x = value === 0 ? 0 : value;
    ok[index] = 1;
    finite[count++] = x;
    if (x < min) min = x;
    if (x > max) max = x;
    sum += x;
  }
  const mean = count === 0 ? null : sum / count;
  const statistics: CohortStatistics = {
    count,
    missing,
    invalid,
    min: count === 0 ? null : min,
    max: count === 0 ? null : max,
    mean,
  };
  const direction = method.direction ?? 1;
  const none = (): NormalizedCohort => ({
    scores: Array.from({ length: n }, () => null),
    statistics,
    issues,
  });
  const map = (score: (x: number) => number | null): NormalizedCohort => {
    const scores: (number | null)[] = new Array(n);
    for (let index = 0; index < n; index++) {
      if (ok[index] !== 1) {
        scores[index] = null;
        continue;
      }
      const raw = values[index] as number;
      const s = score(raw === 0 ? 0 : raw);
      scores[index] = s === null || !Number.isFinite(s) ? null : s === 0 ? 0 : s;
    }
    return { scores, statistics, issues };
  };
  if (direction !== 1 && direction !== -1) {
    issues.push(
      invalidMethod(["direction"], {
        vi: "hướng phải là 1 hoặc −1",
        en: "direction must be 1 or −1",
      }),
    );
    return none();
  }

  switch (method.type) {
    case "minMax": {
      const [low, high] = method.bounds ?? [0, 100];
      if (!(Number.isFinite(low) && Number.isFinite(high) && low < high)) {
        issues.push(
          invalidMethod(["bounds"], {
            vi: "cần hai số hữu hạn l < u",
            en: "expected two finite numbers l < u",
          }),
        );
        return none();
      }
      if (count === 0) return none();
      if (min === max) {
        issues.push(zeroRange([], min));
        return none();
      }
      const range = max - min;
      const width = high - low;
      return map((x) => low + ((direction === 1 ? x - min : max - x) / range) * width);
    }
    case "zScore": {
      const [outMean, outSd] = method.scale ?? [0, 1];
      if (!(Number.isFinite(outMean) && Number.isFinite(outSd) && outSd > 0)) {
        issues.push(
          invalidMethod(["scale"], {
            vi: "cần [trung bình, độ lệch chuẩn > 0] hữu hạn",
            en: "expected finite [mean, sd > 0]",
          }),
        );
        return none();
      }
      const sample = (method.sd ?? "sample") === "sample";
      if (count === 0) return none();
      if (sample && count < 2) {
        issues.push(tooFewValues([], "zScore (sample sd)", count, 2));
        return none();
      }
      let squares = 0;
      for (let index = 0; index < count; index++) {
        const d = (finite[index] as number) - (mean as number);
        squares += d * d;
      }
      const sd = Math.sqrt(squares / (sample ? count - 1 : count));
      if (!(sd > 0)) {
        issues.push(zeroSpread([]));
        return none();
      }
      const m = mean as number;
      return map((x) => outMean + (outSd * direction * (x - m)) / sd);
    }
    case "percentileRank": {
      const scale = method.scale ?? 1;
      if (!validScale(scale, issues)) return none();
      if (count === 0) return none();
      if (count < 2) {
        issues.push(tooFewValues([], "percentileRank", count, 2));
        return none();
      }
      const sorted = finite.slice(0, count).sort();
      return map((x) => {
        const worse = direction === 1 ? lowerBound(sorted, x) : count - upperBound(sorted, x);
        return (worse / (count - 1)) * scale;
      });
    }
    case "distanceToTarget": {
      const { target } = method;
      const scale = method.scale ?? 1;
      if (!Number.isFinite(target)) {
        issues.push(
          invalidMethod(["target"], {
            vi: "mục tiêu phải là một số hữu hạn",
            en: "the target must be a finite number",
          }),
        );
        return none();
      }
      if (!validScale(scale, issues)) return none();
      if (count === 0) return none();
      const worst = direction === 1 ? min : max;
      const span = direction === 1 ? target - min : max - target;
      if (!(span > 0)) {
        issues.push(targetOutsideRange([], target, worst, direction));
        return none();
      }
      const cap = method.cap === true;
      return map((x) => {
        const d = (direction === 1 ? x - min : max - x) / span;
        return (cap && d > 1 ? 1 : d) * scale;
      });
    }
    case "goalposts": {
      const { low, high } = method;
      const scale = method.scale ?? 1;
      if (!(Number.isFinite(low) && Number.isFinite(high) && low < high)) {
        issues.push(
          invalidMethod([], {
            vi: "cần hai mốc hữu hạn low < high",
            en: "expected finite goalposts low < high",
          }),
        );
        return none();
      }
      if (!validScale(scale, issues)) return none();
      // The node-level goalposts of the scoring models: low > high reads as lower is better.
      const spec =
        direction === 1
          ? ({ type: "goalposts", low, high } as const)
          : ({ type: "goalposts", low: high, high: low } as const);
      return map((x) => {
        const score = normalizeValue(spec, x);
        return score === null ? null : score * scale;
      });
    }
    default: {
      const unknown: never = method;
      issues.push(
        invalidMethod(["type"], {
          vi: `không có phương pháp ${JSON.stringify((unknown as { type?: unknown }).type)}`,
          en: `no method ${JSON.stringify((unknown as { type?: unknown }).type)}`,
        }),
      );
      return none();
    }
  }
}

/** The first index whose value is ≥ x in an ascending array. */
/** Whether a method's `scale` is a finite positive number; reports `invalid_method` at `scale` when not. */
function validScale(scale: number, issues: FrameworkIssue[]): boolean {
  if (Number.isFinite(scale) && scale > 0) return true;
  issues.push(
    invalidMethod(["scale"], {
      vi: "cần một số dương hữu hạn",
      en: "expected a finite positive number",
    }),
  );
  return false;
}

function lowerBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index whose value is > x in an ascending array. */
function upperBound(sorted: Float64Array, x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
