import type { FrameworkIssue } from "../core/issue.js";
import { makeIssue, notFinite } from "../core/issue.js";
import { notANumber } from "./compositeIssues.js";

/** How a missing value is filled in: the cohort's mean or median of the observed values. */
export type Imputation = "mean" | "median";

/** One filled-in cell. */
export interface ImputedCell {
  /** The position of the cell in the input. */
  readonly index: number;
  readonly value: number;
  readonly method: Imputation;
}

/** The result of `imputeCohort`. */
export interface ImputedCohort {
  /** The input with the missing cells filled in (unchanged where observed). */
  readonly values: readonly (number | null)[];
  /** Every filled-in cell, in input order. */
  readonly imputed: readonly ImputedCell[];
  /** The value used, or null when nothing was observed. */
  readonly fill: number | null;
  readonly issues: readonly FrameworkIssue[];
}

/**
 * Fills the missing values (null, undefined) of one indicator with the mean or the median of its
 * observed values across the cohort (COINr `i_mean`, `i_median`), and reports each filled cell.
 *
 * The median of an even number of values is the mean of the two middle ones. NaN, ±Infinity and
 * non-numbers are issues and are neither used nor filled (they stay null). With no observed value
 * nothing is filled and `imputation_impossible` is reported. The input is not changed.
 *
 * @param values - The indicator's value for each unit (null when missing).
 * @param method - `"mean"` or `"median"`.
 * @param select - Which positions may be filled (default all); others stay missing.
 * @returns The filled values, the filled cells and the value used.
 * @example
 * imputeCohort([1, null, 3, 10], "median").values
 * //=> [1, 3, 3, 10]
 * @category Units
 */
export function imputeCohort(
  values: readonly (number | null | undefined)[],
  method: Imputation,
  select?: (index: number) => boolean,
): ImputedCohort {
  const issues: FrameworkIssue[] = [];
  const observed: number[] = [];
  const out: (number | null)[] = new Array(values.length);
  const holes: number[] = [];
  for (let index = 0; index < values.length; index++) {
    const value: unknown = values[index];
    out[index] = null;
    if (value === null || value === undefined) {
      holes.push(index);
    } else if (typeof value !== "number") {
      issues.push(notANumber([index], typeof value));
    } else if (!Number.isFinite(value)) {
      issues.push(notFinite([index], String(value)));
    } else {
      const x = value === 0 ? 0 : value;
      out[index] = x;
      observed.push(x);
    }
  }
  const fill = fillValue(observed, method);
  const imputed: ImputedCell[] = [];
  if (fill === null) {
    if (holes.length > 0) {
      issues.push(
        makeIssue(
          "imputation_impossible",
          [],
          {
            vi: "(root): không có giá trị quan sát nào để tính giá trị thay thế; ô thiếu vẫn để trống",
            en: "(root): no observed value to impute from; missing cells stay missing",
          },
          "warning",
        ),
      );
    }
    return { values: out, imputed, fill, issues };
  }
  for (const index of holes) {
    if (select !== undefined && !select(index)) continue;
    out[index] = fill;
    imputed.push({ index, value: fill, method });
  }
  return { values: out, imputed, fill, issues };
}

function fillValue(observed: readonly number[], method: Imputation): number | null {
  const n = observed.length;
  if (n === 0) return null;
  if (method === "mean") {
    let sum = 0;
    for (const x of observed) sum += x;
    return sum / n;
  }
  const sorted = Float64Array.from(observed).sort();
  const mid = n >>> 1;
  return n % 2 === 1
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}
