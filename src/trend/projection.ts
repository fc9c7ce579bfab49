import { addDaysIso, daysBetweenIso } from "../core/dates.js";
import { ceil, cmp, div, type Exact, mul, rational, sub, toNumber } from "../core/exact.js";
import type { Framework, TierCondition } from "../framework/schema.js";

/** A number with the exact rational it stands for (`"9/2"`). */
export interface ProjectionNumber {
  readonly value: number;
  readonly exact: string;
}

/** One observed period the projection reads. */
export interface ProjectionInput {
  readonly period: string;
  readonly end: string;
  /** Days from the first input's end to this one's. */
  readonly day: number;
  readonly met: number;
}

/** When one target would be reached by one method. */
export type ProjectionEstimate =
  /** The last period already meets the target. */
  | { readonly status: "reached" }
  /** The pace is zero or negative: the target is never reached at this pace. */
  | { readonly status: "notAtThisPace" }
  /** No date: the periods span no days, or the date falls beyond 9999-12-31. */
  | { readonly status: "unavailable"; readonly reason: "no_elapsed_time" | "beyond_calendar" }
  /**
   * The day the target would be reached: the last period's end plus `days`. For `criteriaPerPeriod`,
   * `periods` more periods of the mean spacing; `days` is always at least 1.
   */
  | {
      readonly status: "projected";
      readonly periods?: number;
      readonly days: number;
      readonly date: string;
    };

/** A target of the projection: every applicable criterion, or the next tier. */
export interface ProjectionTarget {
  readonly target: "all" | "tier";
  /** The tier's id for `target: "tier"`. */
  readonly tier?: string;
  /** Criteria met needed; null when the tier's conditions are not a count of criteria. */
  readonly count: number | null;
  /** `count − met` at the last period (0 when reached); null with `count`. */
  readonly remaining: number | null;
  readonly criteriaPerPeriod: ProjectionEstimate | null;
  readonly leastSquares: ProjectionEstimate | null;
}

/**
 * The projection of a trend, with everything it was computed from. Two methods, both applied from the
 * last observed count and both over the real day counts between the periods' ends:
 *
 * - `criteriaPerPeriod`: the mean pace `(met last − met first) / (n − 1)` criteria per period, the mean
 *   spacing `(end last − end first) / (n − 1)` days; the target is `⌈remaining / pace⌉` periods away,
 *   `⌈periods × spacing⌉` days after the last end.
 * - `leastSquares`: the slope `b` of the least-squares line `met = a + b × day` (exact rationals);
 *   the target is `⌈remaining / b⌉` days after the last end.
 *
 * A pace ≤ 0 gives `notAtThisPace`; a date is never on or before the last period's end.
 */
export interface ProjectionResult {
  readonly method: "criteriaPerPeriod and leastSquares, from the last observed count";
  readonly inputs: readonly ProjectionInput[];
  readonly pace: {
    /** Criteria gained per period, on average. */
    readonly criteriaPerPeriod: ProjectionNumber;
    /** Mean days between consecutive period ends. */
    readonly daysPerPeriod: ProjectionNumber;
    /** Slope of the least-squares line, criteria per day; null when all ends fall on one day. */
    readonly leastSquaresPerDay: ProjectionNumber | null;
    /** Its intercept (criteria met at day 0, the first input's end). */
    readonly leastSquaresIntercept: ProjectionNumber | null;
  };
  readonly targets: readonly ProjectionTarget[];
}

/**
 * Projects when a count of criteria met would reach every applicable criterion, and the next tier
 * above `tier` when its conditions are a count of criteria (`allMet`, `minCount` without `of`; the
 * prerequisite `tier` conditions are followed). See `ProjectionResult` for the methods.
 *
 * @param observed - At least two periods (id, end day, criteria met), in order.
 * @param applicable - Criteria applicable at the last period (the "all" target).
 * @param framework - The last period's framework, for its tiers; without it, no tier target.
 * @param tier - The tier reached at the last period.
 * @returns The inputs, the paces and the estimate per target and method.
 * @example
 * // Nghi Thủy (example data), QĐ 9745: 22 → 27 → 31 of 34.
 * const p = projectCounts(
 *   [{ period: "2023-04", end: "2023-04-26", met: 22 }, { period: "2023-12", end: "2023-12-31", met: 27 }, { period: "2024-12", end: "2024-12-31", met: 31 }],
 *   34,
 * );
 * p.pace.criteriaPerPeriod //=> { value: 4.5, exact: "9/2" }
 * p.targets[0].criteriaPerPeriod //=> { status: "projected", periods: 1, days: 308, date: "2025-11-04" }
 * @category Over time
 */
export function projectCounts(
  observed: readonly { readonly period: string; readonly end: string; readonly met: number }[],
  applicable: number,
  framework?: Framework,
  tier?: string | null,
): ProjectionResult {
  const first = observed[0]!;
  const last = observed.at(-1)!;
  const inputs: ProjectionInput[] = observed.map((o) => ({
    period: o.period,
    end: o.end,
    day: daysBetweenIso(first.end, o.end),
    met: o.met,
  }));
  const steps = inputs.length - 1;
  const span = inputs.at(-1)!.day;
  const perPeriod = div(sub(last.met, first.met), steps);
  const daysPerPeriod = div(span, steps);

  // Least squares over (day, met), in bigint sums: exact.
  let n = 0n;
  let sx = 0n;
  let sy = 0n;
  let sxx = 0n;
  let sxy = 0n;
  for (const { day, met } of inputs) {
    const x = BigInt(day);
    const y = BigInt(met);
    n += 1n;
    sx += x;
    sy += y;
    sxx += x * x;
    sxy += x * y;
  }
  const denominator = n * sxx - sx * sx;
  const slope = denominator === 0n ? null : rational(n * sxy - sx * sy, denominator);
  const intercept =
    slope === null ? null : div(sub(rational(sy, 1n), mul(slope, rational(sx, 1n))), Number(n));

  const estimates = (
    remaining: number,
  ): Pick<ProjectionTarget, "criteriaPerPeriod" | "leastSquares"> => {
    if (remaining <= 0)
      return { criteriaPerPeriod: { status: "reached" }, leastSquares: { status: "reached" } };
    let byPeriod: ProjectionEstimate;
    if (cmp(perPeriod, 0) <= 0) byPeriod = { status: "notAtThisPace" };
    else if (span === 0) byPeriod = { status: "unavailable", reason: "no_elapsed_time" };
    else {
      const periods = ceil(div(remaining, perPeriod));
      const days = ceil(mul(periods, daysPerPeriod));
      byPeriod = dated(last.end, days, periods);
    }
    let byLine: ProjectionEstimate;
    if (slope === null) byLine = { status: "unavailable", reason: "no_elapsed_time" };
    else if (cmp(slope, 0) <= 0) byLine = { status: "notAtThisPace" };
    else byLine = dated(last.end, ceil(div(remaining, slope)));
    return { criteriaPerPeriod: byPeriod, leastSquares: byLine };
  };

  const targets: ProjectionTarget[] = [
    {
      target: "all",
      count: applicable,
      remaining: Math.max(applicable - last.met, 0),
      ...estimates(applicable - last.met),
    },
  ];
  const next = nextTier(framework, tier ?? null);
  if (next !== undefined) {
    const count = tierCount(framework!, next, applicable);
    targets.push(
      count === null
        ? {
            target: "tier",
            tier: next,
            count: null,
            remaining: null,
            criteriaPerPeriod: null,
            leastSquares: null,
          }
        : {
            target: "tier",
            tier: next,
            count,
            remaining: Math.max(count - last.met, 0),
            ...estimates(count - last.met),
          },
    );
  }

  return {
    method: "criteriaPerPeriod and leastSquares, from the last observed count",
    inputs,
    pace: {
      criteriaPerPeriod: numberOf(perPeriod),
      daysPerPeriod: numberOf(daysPerPeriod),
      leastSquaresPerDay: slope === null ? null : numberOf(slope),
      leastSquaresIntercept: intercept === null ? null : numberOf(intercept),
    },
    targets,
  };
}

function dated(end: string, days: number, periods?: number): ProjectionEstimate {
  // days ≥ 1 always: remaining > 0 and pace > 0 give a positive ceiling.
  if (days > 3_000_000) return { status: "unavailable", reason: "beyond_calendar" };
  let date: string;
  try {
    date = addDaysIso(end, days);
  } catch {
    return { status: "unavailable", reason: "beyond_calendar" };
  }
  if (date > "9999-12-31" || date.length !== 10)
    return { status: "unavailable", reason: "beyond_calendar" };
  return periods === undefined
    ? { status: "projected", days, date }
    : { status: "projected", periods, days, date };
}

function numberOf(x: Exact): ProjectionNumber {
  return { value: toNumber(x), exact: typeof x === "number" ? String(x) : `${x.n}/${x.d}` };
}

/** The lowest tier above the one reached (tiers are listed lowest first). */
function nextTier(framework: Framework | undefined, tier: string | null): string | undefined {
  const tiers = framework?.tiers ?? [];
  const position = tier === null ? -1 : tiers.findIndex((t) => t.id === tier);
  return tiers[position + 1]?.id;
}

/** The criteria met a tier needs, when its conditions are counts of criteria; else null. */
function tierCount(
  framework: Framework,
  tier: string,
  applicable: number,
  seen = new Set<string>(),
): number | null {
  if (seen.has(tier)) return null;
  seen.add(tier);
  const conditions: readonly TierCondition[] =
    framework.tiers?.find((t) => t.id === tier)?.conditions ?? [];
  let need = 0;
  for (const condition of conditions) {
    if (condition.type === "allMet") need = Math.max(need, applicable);
    else if (condition.type === "minCount" && condition.of === undefined)
      need = Math.max(need, condition.count);
    else if (condition.type === "tier") {
      const below = tierCount(framework, condition.tier, applicable, seen);
      if (below === null) return null;
      need = Math.max(need, below);
    } else return null;
  }
  return conditions.length === 0 ? null : need;
}
