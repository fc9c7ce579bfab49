import { cmp, exact, rational } from "../core/exact.js";
import { type FrameworkIssue, makeIssue, notFinite } from "../core/issue.js";
import { invalidMethod, invalidWeight, notANumber, outOfDomain } from "./compositeIssues.js";

/** How one unit's normalised scores are folded into one value (COINr `a_*`). */
export type Aggregation =
  | { readonly type: "arithmetic" }
  | { readonly type: "geometric" }
  | { readonly type: "harmonic" }
  | {
      /** The generalised (power) mean `(Σ w·x^p / Σ w)^(1/p)`, p finite and ≠ 0. */
      readonly type: "power";
      readonly p: number;
    };

/** Options of `aggregateValues`. */
export interface AggregateValuesOptions {
  /** One finite non-negative weight per value; default all 1. Renormalised over the available values. */
  readonly weights?: readonly number[] | undefined;
  /**
   * The least share of available (non-missing) values, in [0, 1]; below it (strictly, as COINr's
   * `dat_thresh`) the aggregate is missing. Default 0: any available value gives an aggregate.
   */
  readonly minAvailability?: number | undefined;
}

/** Why an aggregate is missing, or that it was computed. */
export type AggregateStatus =
  /** Computed from the available values. */
  | "aggregated"
  /** No value is available. */
  | "no_data"
  /** Fewer values are available than `minAvailability` asks. */
  | "insufficient_data"
  /** Every available value has weight 0. */
  | "no_weight"
  /** A value the mean cannot take (zero or negative for a geometric or harmonic mean): see the issues. */
  | "out_of_domain"
  /** A bad method, weight or threshold: see the issues. */
  | "invalid";

/** The result of `aggregateValues`. */
export interface AggregatedValue {
  /** The aggregate, or null with the reason in `status`. */
  readonly value: number | null;
  readonly status: AggregateStatus;
  /** Values present (finite numbers), of `total`. */
  readonly available: number;
  readonly total: number;
  readonly issues: readonly FrameworkIssue[];
}

const GEOMETRIC = { vi: "trung bình nhân", en: "geometric mean" };
const HARMONIC = { vi: "trung bình điều hòa", en: "harmonic mean" };
const POWER = { vi: "trung bình lũy thừa", en: "power mean" };
const POSITIVE = { vi: "dương (> 0)", en: "positive (> 0)" };
const NON_NEGATIVE = { vi: "không âm (≥ 0)", en: "non-negative (≥ 0)" };

/**
 * Aggregates one unit's scores by a weighted arithmetic, geometric, harmonic or generalised (power)
 * mean, as COINr's `a_amean`, `a_gmean`, `a_hmean` and `a_genmean`:
 *
 * - arithmetic `Σ w·x / Σ w`;
 * - geometric `exp(Σ w·ln x / Σ w)`, every x > 0;
 * - harmonic `Σ w / Σ (w/x)`, every x > 0;
 * - power `(Σ w·x^p / Σ w)^(1/p)`, x ≥ 0 (x > 0 when p < 0).
 *
 * Sums run over the available values with weight > 0 (weights renormalised, as COINr's NA handling).
 * A zero or negative value for a mean that cannot take it is an issue (`value_out_of_domain`) and the
 * aggregate is missing, never NaN. When the share of available values is below `minAvailability`
 * (compared exactly: 2 of 3 against 0.67 is below), the aggregate is missing (`insufficient_data`).
 *
 * @param values - The unit's scores, one per indicator; null when missing.
 * @param method - The mean.
 * @param options - Weights and the availability threshold.
 * @returns The aggregate, or null with a status, and the issues.
 * @example
 * aggregateValues([4, 1, null], { type: "geometric" }, { weights: [1, 1, 2], minAvailability: 0.5 }).value
 * //=> 2
 * @category Units
 */
export function aggregateValues(
  values: readonly (number | null | undefined)[],
  method: Aggregation,
  options: AggregateValuesOptions = {},
): AggregatedValue {
  const issues: FrameworkIssue[] = [];
  const total = values.length;
  const weights = options.weights;
  const threshold = options.minAvailability ?? 0;
  let bad = false;
  if (weights !== undefined && weights.length !== total) {
    issues.push(
      invalidMethod(["weights"], {
        vi: `cần ${total} trọng số (một cho mỗi giá trị), nhận được ${weights.length}`,
        en: `expected ${total} weights (one per value), received ${weights.length}`,
      }),
    );
    bad = true;
  }
  if (!(typeof threshold === "number" && threshold >= 0 && threshold <= 1)) {
    issues.push(
      invalidMethod(["minAvailability"], {
        vi: "ngưỡng dữ liệu tối thiểu phải là một số trong [0, 1]",
        en: "the availability threshold must be a number in [0, 1]",
      }),
    );
    bad = true;
  }
  const p = method.type === "power" ? method.p : 1;
  if (method.type === "power" && !(Number.isFinite(p) && p !== 0)) {
    issues.push(
      invalidMethod(["p"], {
        vi: "số mũ p phải hữu hạn và khác 0 (p = 0 là trung bình nhân)",
        en: "the exponent p must be finite and non-zero (p = 0 is the geometric mean)",
      }),
    );
    bad = true;
  }
  if (!["arithmetic", "geometric", "harmonic", "power"].includes(method.type)) {
    issues.push(
      invalidMethod(["type"], {
        vi: `không có cách tổng hợp ${JSON.stringify(method.type)}`,
        en: `no aggregation ${JSON.stringify(method.type)}`,
      }),
    );
    bad = true;
  }
  let available = 0;
  for (let index = 0; index < total; index++) {
    const value: unknown = values[index];
    if (value === null || value === undefined) continue;
    if (typeof value !== "number") {
      issues.push(notANumber([index], typeof value));
      continue;
    }
    if (!Number.isFinite(value)) {
      issues.push(notFinite([index], String(value)));
      continue;
    }
    available += 1;
    if (weights !== undefined && index < weights.length) {
      const w = weights[index];
      if (!(typeof w === "number" && Number.isFinite(w) && w >= 0)) {
        issues.push(invalidWeight(["weights", index], w));
        bad = true;
      }
    }
  }
  const result = (value: number | null, status: AggregateStatus): AggregatedValue => ({
    value: value === 0 ? 0 : value,
    status,
    available,
    total,
    issues,
  });
  if (bad) return result(null, "invalid");
  if (available === 0) return result(null, "no_data");
  if (cmp(rational(BigInt(available), BigInt(total)), exact(threshold)) < 0) {
    return result(null, "insufficient_data");
  }

  let weightSum = 0;
  let acc = 0;
  let outside = false;
  for (let index = 0; index < total; index++) {
    const x = values[index];
    if (typeof x !== "number" || !Number.isFinite(x)) continue;
    const w = weights === undefined ? 1 : (weights[index] as number);
    if (w === 0) continue;
    switch (method.type) {
      case "arithmetic":
        acc += w * x;
        break;
      case "geometric":
        if (x <= 0) {
          issues.push(outOfDomain([index], x, GEOMETRIC, POSITIVE));
          outside = true;
        } else acc += w * Math.log(x);
        break;
      case "harmonic":
        if (x <= 0) {
          issues.push(outOfDomain([index], x, HARMONIC, POSITIVE));
          outside = true;
        } else acc += w / x;
        break;
      case "power":
        if (p < 0 ? x <= 0 : x < 0) {
          issues.push(outOfDomain([index], x, POWER, p < 0 ? POSITIVE : NON_NEGATIVE));
          outside = true;
        } else acc += w * x ** p;
        break;
    }
    weightSum += w;
  }
  if (outside) return result(null, "out_of_domain");
  if (weightSum === 0) return result(null, "no_weight");
  let value: number;
  switch (method.type) {
    case "arithmetic":
      value = acc / weightSum;
      break;
    case "geometric":
      value = Math.exp(acc / weightSum);
      break;
    case "harmonic":
      value = weightSum / acc;
      break;
    case "power":
      value = (acc / weightSum) ** (1 / p);
      break;
  }
  if (Number.isFinite(value)) return result(value, "aggregated");
  issues.push(
    makeIssue("aggregate_not_finite", [], {
      vi: `(root): giá trị tổng hợp vượt quá phạm vi số (${String(value)}); để trống`,
      en: `(root): the aggregate overflows the number range (${String(value)}); it is missing`,
    }),
  );
  return result(null, "out_of_domain");
}
