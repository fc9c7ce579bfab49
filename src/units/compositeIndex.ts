import { type FrameworkIssue, makeIssue, notFinite } from "../core/issue.js";
import { type AggregateStatus, type Aggregation, aggregateValues } from "./aggregateValues.js";
import { duplicateId, invalidWeight, notANumber, rowLengthMismatch } from "./compositeIssues.js";
import { type Imputation, imputeCohort } from "./imputeCohort.js";
import { type CohortNormalization, normalizeCohort } from "./normalizeCohort.js";

/** One indicator of a composite index. */
export interface CompositeIndicator {
  readonly id: string;
  readonly normalization: CohortNormalization;
  /** A finite non-negative weight; default 1. */
  readonly weight?: number | undefined;
}

/** The raw data: one row per unit, one cell per indicator (null when missing). */
export interface CompositeTable {
  readonly units: readonly string[];
  readonly values: readonly (readonly (number | null | undefined)[])[];
}

/** Options of `compositeIndex`. */
export interface CompositeIndexOptions {
  /** The mean that folds a unit's normalised scores; default the arithmetic mean. */
  readonly aggregation?: Aggregation | undefined;
  /**
   * The least share of observed indicators, in [0, 1], for a unit to get a score (strictly below it the
   * score is missing: `insufficient_data`); measured on the data before imputation. Default 0.
   */
  readonly minAvailability?: number | undefined;
  /** `"none"` (default), or fill missing cells with the cohort's `"mean"` or `"median"` per indicator. */
  readonly imputation?: "none" | Imputation | undefined;
}

/** One unit's composite score. */
export interface CompositeUnitScore {
  readonly id: string;
  /** The aggregate of the normalised scores, or null with the reason in `status`. */
  readonly score: number | null;
  readonly status: AggregateStatus;
  /** Indicators observed before imputation, of `total`. */
  readonly observed: number;
  readonly total: number;
}

/** A cell filled in by imputation. */
export interface CompositeImputedCell {
  readonly unit: string;
  readonly indicator: string;
  readonly value: number;
  readonly method: Imputation;
}

/** The result of `compositeIndex`. */
export interface CompositeIndexResult {
  /** One entry per unit, in input order. */
  readonly units: readonly CompositeUnitScore[];
  /** The normalised scores, `[unit][indicator]`, null where missing. */
  readonly normalized: readonly (readonly (number | null)[])[];
  /** Every imputed cell, by unit then indicator; empty without imputation. */
  readonly imputed: readonly CompositeImputedCell[];
  readonly issues: readonly FrameworkIssue[];
}

/**
 * Builds a one-level composite index the way COINr and the OECD/JRC handbook do: impute (only when
 * asked, and reported cell by cell), normalise each indicator across the cohort, then aggregate each
 * unit's scores with weights, leaving a unit's score missing when too few of its indicators were
 * observed.
 *
 * Availability counts the cells observed before imputation, so imputation cannot lift a unit over the
 * threshold; a unit below it is not imputed. NaN, ±Infinity and non-numbers are issues and count as
 * missing but are never imputed. Issues of cells are at `["values", unit, indicator]`, of an indicator
 * at `["indicators", i, …]`, of a unit's aggregate at `["units", unit, …]`.
 *
 * @param table - The units and their raw values.
 * @param indicators - Each indicator's id, normalisation and weight, in column order.
 * @param options - The aggregation, the availability threshold and the imputation.
 * @returns The units' scores, the normalised matrix, the imputed cells and the issues.
 * @example
 * compositeIndex(
 *   { units: ["a", "b", "c"], values: [[10, 1], [20, 3], [30, null]] },
 *   [
 *     { id: "x", normalization: { type: "minMax" } },
 *     { id: "y", normalization: { type: "minMax" } },
 *   ],
 *   { minAvailability: 1 },
 * ).units.map((unit) => unit.score)
 * //=> [0, 75, null]
 * @category Units
 */
export function compositeIndex(
  table: CompositeTable,
  indicators: readonly CompositeIndicator[],
  options: CompositeIndexOptions = {},
): CompositeIndexResult {
  const issues: FrameworkIssue[] = [];
  const { units, values } = table;
  const k = indicators.length;
  const aggregation = options.aggregation ?? { type: "arithmetic" };
  const imputation = options.imputation ?? "none";

  checkIds(units, ["units"], issues);
  checkIds(
    indicators.map((indicator) => indicator.id),
    ["indicators"],
    issues,
    "id",
  );
  if (values.length !== units.length) {
    issues.push(
      makeIssue("row_count_mismatch", ["values"], {
        vi: `values: có ${values.length} dòng nhưng có ${units.length} đơn vị; đơn vị không có dòng được coi là thiếu toàn bộ dữ liệu, dòng thừa bị bỏ qua`,
        en: `values: ${values.length} rows for ${units.length} units; a unit without a row has every cell missing, extra rows are ignored`,
      }),
    );
  }
  const weights = indicators.map((indicator, i) => {
    const w = indicator.weight ?? 1;
    if (!(typeof w === "number" && Number.isFinite(w) && w >= 0)) {
      issues.push(invalidWeight(["indicators", i, "weight"], w));
      return 0;
    }
    return w;
  });

  // Columns of clean cells: a number, or null (missing); `bad` marks reported cells, never imputed.
  const columns: (number | null)[][] = Array.from({ length: k }, () => new Array(units.length));
  const bad: boolean[][] = Array.from({ length: k }, () => new Array(units.length).fill(false));
  const observed = new Array<number>(units.length).fill(0);
  for (let u = 0; u < units.length; u++) {
    const row = values[u] ?? [];
    if (u < values.length && row.length !== k) {
      issues.push(rowLengthMismatch(["values", u], row.length, k));
    }
    for (let i = 0; i < k; i++) {
      const cell: unknown = row[i];
      let clean: number | null = null;
      if (cell === null || cell === undefined) clean = null;
      else if (typeof cell !== "number") {
        issues.push(notANumber(["values", u, i], typeof cell));
        (bad[i] as boolean[])[u] = true;
      } else if (!Number.isFinite(cell)) {
        issues.push(notFinite(["values", u, i], String(cell)));
        (bad[i] as boolean[])[u] = true;
      } else {
        clean = cell === 0 ? 0 : cell;
        observed[u] = (observed[u] as number) + 1;
      }
      (columns[i] as (number | null)[])[u] = clean;
    }
  }

  const threshold = options.minAvailability ?? 0;
  // Who passes the availability threshold, decided once on the observed data (aggregateValues repeats
  // the same exact comparison on the same counts).
  const passes = units.map(
    (_, u) =>
      aggregateValues(
        Array.from({ length: k }, (_, i) => (columns[i] as (number | null)[])[u]),
        { type: "arithmetic" },
        { minAvailability: threshold },
      ).status === "aggregated",
  );

  const imputedByUnit: CompositeImputedCell[][] = units.map(() => []);
  if (imputation !== "none") {
    for (let i = 0; i < k; i++) {
      const column = columns[i] as (number | null)[];
      const filled = imputeCohort(
        column,
        imputation,
        (u) => passes[u] === true && (bad[i] as boolean[])[u] !== true,
      );
      for (const issue of filled.issues) issues.push(prefixed(issue, ["indicators", i]));
      for (const cell of filled.imputed) {
        column[cell.index] = cell.value;
        (imputedByUnit[cell.index] as CompositeImputedCell[]).push({
          unit: units[cell.index] as string,
          indicator: (indicators[i] as CompositeIndicator).id,
          value: cell.value,
          method: cell.method,
        });
      }
    }
  }

  const normalizedColumns = indicators.map((indicator, i) => {
    const result = normalizeCohort(columns[i] as (number | null)[], indicator.normalization);
    for (const issue of result.issues) {
      issues.push(prefixed(issue, ["indicators", i, "normalization"]));
    }
    return result.scores;
  });

  const normalized: (number | null)[][] = units.map((_, u) =>
    normalizedColumns.map((column) => column[u] ?? null),
  );
  const scores: CompositeUnitScore[] = units.map((id, u) => {
    const row = normalized[u] as (number | null)[];
    if (!passes[u]) {
      return {
        id,
        score: null,
        status: observed[u] === 0 ? "no_data" : "insufficient_data",
        observed: observed[u] as number,
        total: k,
      };
    }
    const result = aggregateValues(row, aggregation, { weights });
    for (const issue of result.issues) {
      const [first, ...rest] = issue.path;
      issues.push(
        typeof first === "number"
          ? relocated(issue, ["units", u, first, ...rest])
          : relocated(issue, ["units", u, ...issue.path]),
      );
    }
    return {
      id,
      score: result.value,
      status: result.status,
      observed: observed[u] as number,
      total: k,
    };
  });

  return { units: scores, normalized, imputed: imputedByUnit.flat(), issues };
}

/** The issue moved under a path. */
function prefixed(issue: FrameworkIssue, prefix: readonly (string | number)[]): FrameworkIssue {
  return relocated(issue, [...prefix, ...issue.path]);
}

/** The issue at another path, its messages' location rewritten to match. */
function relocated(issue: FrameworkIssue, path: readonly (string | number)[]): FrameworkIssue {
  const before = issue.path.length === 0 ? "(root)" : issue.path.join(".");
  const after = path.join(".");
  const relocate = (text: string) =>
    text.startsWith(before) ? after + text.slice(before.length) : text;
  return makeIssue(
    issue.code,
    path,
    { vi: relocate(issue.messages.vi), en: relocate(issue.messages.en) },
    issue.severity,
  );
}

function checkIds(
  ids: readonly string[],
  path: readonly (string | number)[],
  issues: FrameworkIssue[],
  field?: string,
): void {
  const first = new Map<string, number>();
  ids.forEach((id, index) => {
    const seen = first.get(id);
    const at = field === undefined ? [...path, index] : [...path, index, field];
    if (seen === undefined) first.set(id, index);
    else issues.push(duplicateId(at, id, seen));
  });
}
