import { evaluationWindow } from "../assessment/evaluationWindow.js";
import type { Period } from "../assessment/schema.js";
import { addDaysIso, daysBetweenIso, yearsBetweenIso } from "../core/dates.js";
import { add, div, type Exact, exact, sub, toNumber } from "../core/exact.js";
import { type FrameworkIssue, makeIssue, viDates } from "../core/issue.js";
import { canonical, codeUnitOrder, copyPlain } from "../core/plainJson.js";
import { matchNodes } from "../framework/diffFrameworks.js";
import type { Framework } from "../framework/schema.js";
import type { NodeStatus, Score } from "../scoring/types.js";
import { type ProjectionResult, projectCounts } from "./projection.js";
import { type CheckedInput, checkTrendInput, type TrendInput } from "./trendInput.js";

/** A framework's id and version. */
export interface FrameworkKey {
  readonly id: string;
  readonly version: string;
}

/** A number before and after, and `after − before` computed exactly. */
export interface TrendNumberChange {
  readonly before: number;
  readonly after: number;
  readonly delta: number;
}

/** One period of the series. */
export interface TrendPoint {
  readonly period: Period;
  readonly framework: FrameworkKey;
  /** Criteria met and applicable: the "20/22". */
  readonly met: number;
  readonly applicable: number;
  /** Earned and possible points; null when the evaluation has none. */
  readonly points: { readonly earned: number; readonly possible: number } | null;
  readonly score: Score;
  readonly tier: string | null;
  /**
   * True when this period was evaluated against another framework (id or version) than the period
   * before: the series goes on, but its counts are of another set of criteria.
   */
  readonly break: boolean;
  /**
   * True when the period starts on the same day as the period before and ends later: a report "up
   * to now" within the same window (26/4 then 2/11, both from 1/1), not an overlap.
   */
  readonly snapshot: boolean;
  /** Calendar days from the previous period's end to this one's; null for the first period. */
  readonly daysSincePrevious: number | null;
}

/** How one period differs from the period before it. */
export interface TrendChange {
  readonly from: string;
  readonly to: string;
  /** The framework changed between the two periods (see `TrendPoint.break`). */
  readonly break: boolean;
  readonly met: TrendNumberChange;
  readonly applicable: TrendNumberChange;
  /** Earned points; null when either period has none. */
  readonly points: TrendNumberChange | null;
  /** The score's value; null when either period is unscorable. */
  readonly score: TrendNumberChange | null;
  readonly tier: { readonly before: string | null; readonly after: string | null };
  /**
   * Criteria (ids of the later period's framework, in its node order) met now and not before; null when
   * either period has no node results. Across a break, criteria are matched through the node map.
   */
  readonly gained: readonly string[] | null;
  /** Criteria met before and not now (ids and node order of the earlier period's framework); null as `gained`. */
  readonly lost: readonly string[] | null;
}

/** Why a period is a regression. */
export type RegressionKind = "count" | "criteria" | "tier";

/** A period in which something was lost. */
export interface TrendRegression {
  readonly period: string;
  readonly previous: string;
  /** `count`: fewer criteria met; `criteria`: some criterion met before is not; `tier`: a tier lost. */
  readonly kinds: readonly RegressionKind[];
  readonly met: { readonly before: number; readonly after: number };
  /** As `TrendChange.lost`; null without node results. */
  readonly criteriaLost: readonly string[] | null;
  readonly tier: { readonly before: string | null; readonly after: string | null };
}

/** One criterion across the series. */
export interface CriterionTrend {
  /** Its id in the framework of the last period where it exists (through the node map across versions). */
  readonly id: string;
  readonly framework: FrameworkKey;
  /** Its status in each period of the series, in order; null where that period's framework lacks it. */
  readonly statuses: readonly (NodeStatus | null)[];
  /** The first period it was met in; null if never. */
  readonly firstMet: string | null;
  /** Periods it has been met in a row, counting back from the last period (0 when not met there). */
  readonly streak: number;
  /** The periods it was lost in (met in the period before, not met in this one). */
  readonly lostIn: readonly string[];
}

/** Growth of a numeric value recorded for one node. */
export interface IndicatorGrowth {
  readonly node: string;
  readonly framework: FrameworkKey;
  /** The periods with a numeric value, in series order. */
  readonly values: readonly {
    readonly period: string;
    readonly end: string;
    readonly value: number;
  }[];
  /** `last − first`, exact. */
  readonly absolute: number;
  /** `(last − first) / first`, exact before it becomes a number; null when the first value is 0. */
  readonly relative: number | null;
  /** Calendar days between the first and the last period's ends. */
  readonly days: number;
  /** The same span in years: whole years plus the remaining days over the length of the year they fall in. */
  readonly years: {
    readonly whole: number;
    readonly days: number;
    readonly yearDays: number;
    readonly value: number;
  };
  /**
   * Compound annual rate `(last / first)^(1 / years) − 1`; null when the span is 0 days or either
   * value is not positive.
   */
  readonly annualRate: number | null;
}

/** A stretch of days between two periods that no period covers: reported, never interpolated. */
export interface TrendGap {
  readonly after: string;
  readonly before: string;
  /** First and last uncovered day. */
  readonly start: string;
  readonly end: string;
  readonly days: number;
  /**
   * The evaluation windows (`evaluationWindow` of the subject's kind: TT 124 communes 16/11 → 15/11,
   * else the calendar year) that lie wholly inside the gap, by the year they end in: the periods that
   * are missing. Only when the framework of the period after the gap is in `options.frameworks`.
   */
  readonly windows?: readonly {
    readonly year: number;
    readonly start: string;
    readonly end: string;
  }[];
}

/** The result of `trend`: plain JSON, the same whatever the order of the inputs. */
export interface Trend {
  /** The subject of the series (the latest period's, or `options.subject`). */
  readonly subject: string;
  /** The frameworks met along the series, in order of first use. */
  readonly frameworks: readonly FrameworkKey[];
  readonly series: readonly TrendPoint[];
  /** One per period after the first. */
  readonly changes: readonly TrendChange[];
  readonly regressions: readonly TrendRegression[];
  /** Per criterion, ordered as in the last period, then criteria of earlier frameworks only (by id); null when some period has no node results. */
  readonly criteria: readonly CriterionTrend[] | null;
  /** Nodes with numeric values in at least two periods; null as `criteria`. */
  readonly growth: readonly IndicatorGrowth[] | null;
  readonly gaps: readonly TrendGap[];
  /** When the targets would be reached at the observed pace; null with `projectionReason`. */
  readonly projection: ProjectionResult | null;
  readonly projectionReason: "no_period" | "one_period" | "one_period_since_break" | null;
  readonly issues: readonly FrameworkIssue[];
}

/** Options of `trend`. */
export interface TrendOptions {
  /**
   * The frameworks the evaluations were made against, in any order. They give the tier order (a tier
   * lost, the next tier of the projection) and, across versions, the node map: two frameworks belong to
   * one series when one names the other as `successor` or `predecessor` (transitively), and their
   * criteria are matched as `diffFrameworks` matches them (same id, or the declared `nodeMap`, or `map`).
   * Without them, only evaluations of the latest period's framework id are used.
   */
  readonly frameworks?: readonly Framework[] | undefined;
  /** Explicit node map for a change of framework: earlier id → later id, or null (as in `migrateAssessment`). */
  readonly map?: Readonly<Record<string, string | null>> | undefined;
  /** The subject to follow; default the latest period's subject. */
  readonly subject?: string | undefined;
}

/**
 * The trend of one subject under one framework family, period by period: the series of counts
 * (met/applicable), points, score and tier; the change from each period to the next; regressions
 * (fewer criteria met, a criterion lost, a tier lost) with the period they happened in; for each
 * criterion the period it was first met and its current streak; the growth of numeric values
 * (absolute, relative, compound annual rate over the periods' real day counts); gaps between periods;
 * and a projection of when all criteria, or the next tier, would be reached at the observed pace (see
 * `projectCounts`).
 *
 * **Order.** The input order plays no part (only issue paths name input positions): periods are
 * sorted by end day, then start day, then period id, framework id and version (code-unit order), then
 * the canonical JSON of the record.
 *
 * **Periods.** A period is a window of calendar days (`YYYY-MM-DD`, no time zone): TT 124 windows
 * 16/11 → 15/11 and part-year reports 1/1 → 26/4 are taken as they are. A period that starts on the
 * same day as the one before and ends later is a snapshot "up to now" of the same window
 * (`snapshot: true`). Issues: `trend_duplicate_period` (a period id, or the same days, twice: the first
 * in the order above is kept), `trend_overlapping_periods` (two periods share days and do not start on
 * the same day; both kept), `trend_period_out_of_order` (period ids sort against their dates, e.g. "2024"
 * ending before "2023"), `trend_other_subject`, `trend_other_framework` (another framework family),
 * `trend_invalid_input`, `trend_framework_not_given` (a change of framework whose frameworks were not
 * given: criteria are matched by id). Days between periods that no period covers are `gaps`.
 *
 * **Across versions.** When the framework changes (QĐ 5764 → the 2024 set), the series continues and
 * the period is marked `break: true`; criteria are followed through the node map of `diffFrameworks`
 * (`options.frameworks`, `options.map`). Counts before and after a break are of different sets: the
 * projection uses only the periods since the last break.
 *
 * @param evaluations - Evaluations (or `summarize` results with `framework`, `subject` and `period`) of one subject.
 * @param options - `frameworks` (tier order, node maps), `map`, `subject`.
 * @returns The trend; the inputs are never mutated and the result shares nothing with them.
 * @example
 * // Nghi Hương, QĐ 5764: 20/22 on 26/4/2023, 18/22 on 2/11/2023 (reported).
 * const t = trend([evaluate(qd5764, november), evaluate(qd5764, april)]);
 * t.series.map((p) => `${p.met}/${p.applicable}`) //=> ["20/22", "18/22"]
 * t.regressions[0] //=> { period: "2023-11", previous: "2023-04", kinds: ["count", "criteria"], met: { before: 20, after: 18 }, criteriaLost: ["tc11", "tc21"], tier: { before: null, after: null } }
 * @category Over time
 */
export function trend(evaluations: readonly TrendInput[], options: TrendOptions = {}): Trend {
  const issues: FrameworkIssue[] = [];
  const list: readonly unknown[] = Array.isArray(evaluations) ? evaluations : [];
  const checked: CheckedInput[] = [];
  list.forEach((value, at) => {
    const problem = checkTrendInput(value, ["evaluations", at]);
    if (problem !== null) issues.push(problem);
    else checked.push({ input: value as TrendInput, at });
  });
  checked.sort(compareInputs);

  const frameworks = new Map<string, Framework>();
  for (const framework of options.frameworks ?? []) {
    const key = keyOf(framework);
    if (!frameworks.has(key)) frameworks.set(key, framework);
  }

  // Subject and family: the latest period's (or the given subject's).
  const latest = checked.at(-1);
  const subject = options.subject ?? latest?.input.subject.id ?? "";
  const family =
    latest === undefined ? new Set<string>() : familyOf(latest.input.framework, frameworks);
  const kept: CheckedInput[] = [];
  for (const item of checked) {
    const { input, at } = item;
    if (input.subject.id !== subject) {
      issues.push(
        makeIssue("trend_other_subject", ["evaluations", at, "subject", "id"], {
          vi: `evaluations.${at}: đơn vị "${input.subject.id}" không phải đơn vị đang theo dõi ("${subject}"); kết quả này không được dùng`,
          en: `evaluations.${at}: subject "${input.subject.id}" is not the subject followed ("${subject}"); this evaluation is not used`,
        }),
      );
      continue;
    }
    if (!family.has(input.framework.id)) {
      issues.push(
        makeIssue("trend_other_framework", ["evaluations", at, "framework", "id"], {
          vi: `evaluations.${at}: bộ tiêu chí "${input.framework.id}" không cùng dòng với bộ của kỳ gần nhất (${[...family].sort(codeUnitOrder).join(", ")}); kết quả này không được dùng`,
          en: `evaluations.${at}: framework "${input.framework.id}" is not in the family of the latest period's framework (${[...family].sort(codeUnitOrder).join(", ")}); this evaluation is not used`,
        }),
      );
      continue;
    }
    kept.push(item);
  }

  // Duplicates: the same period id, or the same days, twice.
  const series: CheckedInput[] = [];
  const seenIds = new Map<string, CheckedInput>();
  const seenDays = new Map<string, CheckedInput>();
  for (const item of kept) {
    const period = item.input.period;
    const days = `${period.start}/${period.end}`;
    const first = seenIds.get(period.id) ?? seenDays.get(days);
    if (first !== undefined) {
      issues.push(
        makeIssue(
          "trend_duplicate_period",
          ["evaluations", item.at, "period"],
          {
            vi: viDates(
              `evaluations.${item.at}: kỳ "${period.id}" (${period.start} – ${period.end}) trùng với kỳ "${first.input.period.id}" của evaluations.${first.at}; chỉ dùng một kết quả cho mỗi kỳ`,
            ),
            en: `evaluations.${item.at}: period "${period.id}" (${period.start} – ${period.end}) duplicates period "${first.input.period.id}" of evaluations.${first.at}; one evaluation per period is used`,
          },
          "warning",
        ),
      );
      continue;
    }
    seenIds.set(period.id, item);
    seenDays.set(days, item);
    series.push(item);
  }

  const points: TrendPoint[] = [];
  const gaps: TrendGap[] = [];
  series.forEach((item, index) => {
    const input = item.input;
    const previous = index > 0 ? series[index - 1]!.input : undefined;
    let snapshot = false;
    if (previous !== undefined) {
      const a = previous.period;
      const b = input.period;
      if (b.start === a.start) snapshot = true;
      else if (b.start <= a.end) {
        issues.push(
          makeIssue(
            "trend_overlapping_periods",
            ["evaluations", item.at, "period"],
            {
              vi: viDates(
                `kỳ "${b.id}" (${b.start} – ${b.end}) trùng ngày với kỳ "${a.id}" (${a.start} – ${a.end}) mà không bắt đầu cùng ngày; cả hai kỳ vẫn được dùng`,
              ),
              en: `period "${b.id}" (${b.start} – ${b.end}) overlaps period "${a.id}" (${a.start} – ${a.end}) without starting on the same day; both are used`,
            },
            "warning",
          ),
        );
      } else {
        const uncovered = daysBetweenIso(a.end, b.start) - 1;
        if (uncovered > 0) {
          const gap: TrendGap = {
            after: a.id,
            before: b.id,
            start: addDaysIso(a.end, 1),
            end: addDaysIso(b.start, -1),
            days: uncovered,
          };
          const framework = frameworks.get(keyOf(input.framework));
          const windows =
            framework === undefined ? undefined : windowsIn(framework, input.subject.kind, gap);
          gaps.push(windows === undefined ? gap : { ...gap, windows });
        }
      }
      if (codeUnitOrder(a.id, b.id) > 0) {
        issues.push(
          makeIssue(
            "trend_period_out_of_order",
            ["evaluations", item.at, "period", "id"],
            {
              vi: viDates(
                `kỳ "${b.id}" kết thúc ngày ${b.end}, sau kỳ "${a.id}" (${a.end}), nhưng mã kỳ xếp trước; kiểm tra lại mã hoặc ngày của kỳ`,
              ),
              en: `period "${b.id}" ends on ${b.end}, after period "${a.id}" (${a.end}), but its id sorts before; check the period's id or days`,
            },
            "warning",
          ),
        );
      }
    }
    points.push({
      period: { id: input.period.id, start: input.period.start, end: input.period.end },
      framework: { id: input.framework.id, version: input.framework.version },
      met: input.count.met,
      applicable: input.count.applicable,
      points:
        input.points === undefined
          ? null
          : { earned: input.points.earned, possible: input.points.possible },
      score: copyPlain(input.score),
      tier: input.tier,
      break: previous !== undefined && keyOf(previous.framework) !== keyOf(input.framework),
      snapshot,
      daysSincePrevious:
        previous === undefined ? null : daysBetweenIso(previous.period.end, input.period.end),
    });
  });

  // Node maps between consecutive frameworks; criteria ids carried forward to the last framework.
  const withNodes = series.length > 0 && series.every((item) => Array.isArray(item.input.nodes));
  const maps = new Map<string, ReadonlyMap<string, string | null>>();
  const mapBetween = (from: FrameworkKey, to: FrameworkKey): ReadonlyMap<string, string | null> => {
    const key = `${keyOf(from)}>${keyOf(to)}`;
    const known = maps.get(key);
    if (known !== undefined) return known;
    const v1 = frameworks.get(keyOf(from));
    const v2 = frameworks.get(keyOf(to));
    const map = new Map<string, string | null>();
    if (v1 !== undefined && v2 !== undefined) {
      const matching = matchNodes(v1, v2, options.map ?? {});
      for (const [a, b] of matching.forward) map.set(a, b);
      for (const a of matching.dropped) map.set(a, null);
      for (const issue of matching.issues) issues.push(issue);
      // Ids with no counterpart map to null; ids not in v1 stay unmapped (identity below is not used).
      const ids = new Set(nodeIdsOf(series, from));
      for (const id of ids) if (!map.has(id)) map.set(id, null);
    } else {
      issues.push(
        makeIssue(
          "trend_framework_not_given",
          ["options", "frameworks"],
          {
            vi: `bộ tiêu chí đổi từ ${from.id}@${from.version} sang ${to.id}@${to.version} nhưng không có cả hai bộ trong options.frameworks; tiêu chí được ghép theo mã`,
            en: `the framework changes from ${from.id}@${from.version} to ${to.id}@${to.version} but options.frameworks lacks one of them; criteria are matched by id`,
          },
          "warning",
        ),
      );
    }
    maps.set(key, map);
    return map;
  };
  const carry = (id: string, from: FrameworkKey, to: FrameworkKey): string | null => {
    if (keyOf(from) === keyOf(to)) return id;
    const map = mapBetween(from, to);
    return map.has(id) ? map.get(id)! : id;
  };

  const statusMaps = series.map((item) => {
    const statuses = new Map<string, NodeStatus>();
    for (const node of item.input.nodes ?? []) {
      if (node.kind === "criterion" && !statuses.has(node.id)) statuses.set(node.id, node.status);
    }
    return statuses;
  });

  const changes: TrendChange[] = [];
  const regressions: TrendRegression[] = [];
  for (let index = 1; index < points.length; index++) {
    const a = points[index - 1]!;
    const b = points[index]!;
    let gained: string[] | null = null;
    let lost: string[] | null = null;
    if (withNodes) {
      const before = statusMaps[index - 1]!;
      const after = statusMaps[index]!;
      const metBefore = new Set<string>();
      lost = [];
      for (const [id, status] of before) {
        if (status !== "met") continue;
        const next = carry(id, a.framework, b.framework);
        if (next === null) continue;
        metBefore.add(next);
        const now = after.get(next);
        if (now !== undefined && now !== "met") lost.push(id);
      }
      gained = [];
      for (const [id, status] of after) if (status === "met" && !metBefore.has(id)) gained.push(id);
      // Both lists follow the framework's (depth-first) order of the node results.
    }
    const scoreChange =
      a.score.status === "scored" && b.score.status === "scored"
        ? numberChange(a.score.value, b.score.value)
        : null;
    const change: TrendChange = {
      from: a.period.id,
      to: b.period.id,
      break: b.break,
      met: numberChange(a.met, b.met),
      applicable: numberChange(a.applicable, b.applicable),
      points:
        a.points !== null && b.points !== null
          ? numberChange(a.points.earned, b.points.earned)
          : null,
      score: scoreChange,
      tier: { before: a.tier, after: b.tier },
      gained,
      lost,
    };
    changes.push(change);
    const kinds: RegressionKind[] = [];
    if (b.met < a.met) kinds.push("count");
    if (lost !== null && lost.length > 0) kinds.push("criteria");
    if (tierLost(a, b, frameworks)) kinds.push("tier");
    if (kinds.length > 0) {
      regressions.push({
        period: b.period.id,
        previous: a.period.id,
        kinds,
        met: { before: a.met, after: b.met },
        criteriaLost: lost === null ? null : [...lost],
        tier: { before: a.tier, after: b.tier },
      });
    }
  }

  const criteria = withNodes ? criteriaTrends(points, statusMaps, carry) : null;
  const growth = withNodes ? growthOf(series, points, carry) : null;

  // Projection: the periods since the last break.
  let projection: ProjectionResult | null = null;
  let projectionReason: Trend["projectionReason"] = null;
  if (points.length === 0) projectionReason = "no_period";
  else if (points.length === 1) projectionReason = "one_period";
  else {
    let from = points.length - 1;
    while (from > 0 && !points[from]!.break) from--;
    const segment = points.slice(from);
    if (segment.length < 2) projectionReason = "one_period_since_break";
    else {
      const last = segment.at(-1)!;
      projection = projectCounts(
        segment.map((p) => ({ period: p.period.id, end: p.period.end, met: p.met })),
        last.applicable,
        frameworks.get(keyOf(last.framework)),
        last.tier,
      );
    }
  }

  const used: FrameworkKey[] = [];
  for (const p of points) {
    if (!used.some((f) => keyOf(f) === keyOf(p.framework))) used.push({ ...p.framework });
  }

  return {
    subject,
    frameworks: used,
    series: points,
    changes,
    regressions,
    criteria,
    growth,
    gaps,
    projection,
    projectionReason,
    issues,
  };
}

// ---------------------------------------------------------------------------------------------

/** The evaluation windows wholly inside a gap; undefined when the subject's kind is not the framework's. */
function windowsIn(
  framework: Framework,
  kind: string | undefined,
  gap: { readonly start: string; readonly end: string },
): { year: number; start: string; end: string }[] | undefined {
  const windows: { year: number; start: string; end: string }[] = [];
  const first = Number(gap.start.slice(0, 4));
  const last = Number(gap.end.slice(0, 4));
  try {
    for (let year = Math.max(1, first); year <= Math.min(9999, last); year++) {
      const window = evaluationWindow(framework, kind, year);
      if (window.start >= gap.start && window.end <= gap.end) windows.push({ year, ...window });
    }
  } catch {
    return undefined;
  }
  return windows;
}

function keyOf(framework: FrameworkKey): string {
  return `${framework.id}@${framework.version}`;
}

/** The stated total order of the inputs. */
function compareInputs(x: CheckedInput, y: CheckedInput): number {
  const a = x.input;
  const b = y.input;
  return (
    codeUnitOrder(a.period.end, b.period.end) ||
    codeUnitOrder(a.period.start, b.period.start) ||
    codeUnitOrder(a.period.id, b.period.id) ||
    codeUnitOrder(a.framework.id, b.framework.id) ||
    codeUnitOrder(a.framework.version, b.framework.version) ||
    codeUnitOrder(canonical(a), canonical(b))
  );
}

/**
 * The framework ids linked to this one through `successor` / `predecessor`, transitively, among the
 * frameworks given (and its own id).
 *
 * @internal
 */
export function familyOf(
  start: FrameworkKey,
  frameworks: ReadonlyMap<string, Framework>,
): Set<string> {
  const family = new Set<string>([start.id]);
  let grown = true;
  while (grown) {
    grown = false;
    for (const framework of frameworks.values()) {
      const links = [framework.successor?.id, framework.predecessor?.id].filter(
        (id): id is string => id !== undefined,
      );
      const inside = family.has(framework.id);
      for (const link of links) {
        if (inside && !family.has(link)) {
          family.add(link);
          grown = true;
        }
        if (!inside && family.has(link)) {
          family.add(framework.id);
          grown = true;
        }
      }
    }
  }
  return family;
}

function nodeIdsOf(series: readonly CheckedInput[], framework: FrameworkKey): string[] {
  const ids: string[] = [];
  for (const item of series) {
    if (keyOf(item.input.framework) !== keyOf(framework)) continue;
    for (const node of item.input.nodes ?? []) ids.push(node.id);
  }
  return ids;
}

function numberChange(before: number, after: number): TrendNumberChange {
  return { before, after, delta: toNumber(sub(exact(after), exact(before))) };
}

function tierLost(
  a: TrendPoint,
  b: TrendPoint,
  frameworks: ReadonlyMap<string, Framework>,
): boolean {
  if (a.tier === null) return false;
  if (b.tier === null) return true;
  if (keyOf(a.framework) !== keyOf(b.framework)) return false;
  const tiers = frameworks.get(keyOf(a.framework))?.tiers;
  if (tiers === undefined) return false;
  const rank = (id: string) => tiers.findIndex((tier) => tier.id === id);
  return rank(b.tier) < rank(a.tier);
}

type Carry = (id: string, from: FrameworkKey, to: FrameworkKey) => string | null;

/** Follows each criterion through the series: keys are `framework@version#id` of its latest form. */
function criteriaTrends(
  points: readonly TrendPoint[],
  statusMaps: readonly ReadonlyMap<string, NodeStatus>[],
  carry: Carry,
): CriterionTrend[] {
  interface Track {
    id: string;
    framework: FrameworkKey;
    statuses: (NodeStatus | null)[];
  }
  let current = new Map<string, Track>();
  const retired: Track[] = [];
  points.forEach((point, index) => {
    if (index > 0) {
      const previous = points[index - 1]!;
      if (keyOf(previous.framework) !== keyOf(point.framework)) {
        const next = new Map<string, Track>();
        for (const [id, track] of current) {
          const to = carry(id, previous.framework, point.framework);
          if (to === null || !statusMaps[index]!.has(to) || next.has(to)) retired.push(track);
          else next.set(to, { ...track, id: to, framework: { ...point.framework } });
        }
        current = next;
      }
    }
    for (const [id, status] of statusMaps[index]!) {
      let track = current.get(id);
      if (track === undefined) {
        track = { id, framework: { ...point.framework }, statuses: new Array(index).fill(null) };
        current.set(id, track);
      }
      track.statuses.push(status);
    }
    for (const track of current.values())
      if (track.statuses.length < index + 1) track.statuses.push(null);
    for (const track of retired) if (track.statuses.length < index + 1) track.statuses.push(null);
  });
  const order = [...statusMaps.at(-1)!.keys()];
  const finish = (track: Track): CriterionTrend => {
    const firstIndex = track.statuses.indexOf("met");
    let streak = 0;
    for (let i = track.statuses.length - 1; i >= 0 && track.statuses[i] === "met"; i--) streak++;
    const lostIn: string[] = [];
    for (let i = 1; i < track.statuses.length; i++) {
      const s = track.statuses[i];
      if (track.statuses[i - 1] === "met" && s !== "met" && s !== null)
        lostIn.push(points[i]!.period.id);
    }
    return {
      id: track.id,
      framework: track.framework,
      statuses: track.statuses,
      firstMet: firstIndex < 0 ? null : points[firstIndex]!.period.id,
      streak,
      lostIn,
    };
  };
  const out = order.map((id) => finish(current.get(id)!));
  const rest = retired
    .map(finish)
    .sort(
      (a, b) =>
        codeUnitOrder(a.framework.id, b.framework.id) ||
        codeUnitOrder(a.framework.version, b.framework.version) ||
        codeUnitOrder(a.id, b.id),
    );
  return [...out, ...rest];
}

/** Growth of numeric node values, followed through the node map like the criteria. */
function growthOf(
  series: readonly CheckedInput[],
  points: readonly TrendPoint[],
  carry: Carry,
): IndicatorGrowth[] {
  interface Track {
    id: string;
    framework: FrameworkKey;
    values: { period: string; end: string; value: number }[];
  }
  let current = new Map<string, Track>();
  const retired: Track[] = [];
  series.forEach((item, index) => {
    const point = points[index]!;
    if (index > 0) {
      const previous = points[index - 1]!;
      if (keyOf(previous.framework) !== keyOf(point.framework)) {
        const next = new Map<string, Track>();
        for (const [id, track] of current) {
          const to = carry(id, previous.framework, point.framework);
          if (to === null || next.has(to)) retired.push(track);
          else next.set(to, { ...track, id: to, framework: { ...point.framework } });
        }
        current = next;
      }
    }
    const seen = new Set<string>();
    for (const node of item.input.nodes ?? []) {
      if (seen.has(node.id)) continue;
      seen.add(node.id);
      if (typeof node.value !== "number" || !Number.isFinite(node.value)) continue;
      let track = current.get(node.id);
      if (track === undefined) {
        track = { id: node.id, framework: { ...point.framework }, values: [] };
        current.set(node.id, track);
      }
      track.values.push({ period: point.period.id, end: point.period.end, value: node.value });
    }
  });
  const out: IndicatorGrowth[] = [];
  for (const track of [...current.values(), ...retired]) {
    if (track.values.length < 2) continue;
    const first = track.values[0]!;
    const last = track.values.at(-1)!;
    const x0 = exact(first.value);
    const x1 = exact(last.value);
    const absolute = sub(x1, x0);
    const days = daysBetweenIso(first.end, last.end);
    const span = yearsBetweenIso(first.end, last.end);
    const years: Exact = add(span.years, div(span.days, span.yearDays));
    const yearsValue = toNumber(years);
    out.push({
      node: track.id,
      framework: track.framework,
      values: track.values,
      absolute: toNumber(absolute),
      relative: first.value === 0 ? null : toNumber(div(absolute, x0)),
      days,
      years: { whole: span.years, days: span.days, yearDays: span.yearDays, value: yearsValue },
      annualRate:
        days === 0 || !(first.value > 0) || !(last.value > 0)
          ? null
          : (last.value / first.value) ** (1 / yearsValue) - 1,
    });
  }
  return out.sort(
    (a, b) =>
      codeUnitOrder(a.framework.id, b.framework.id) ||
      codeUnitOrder(a.framework.version, b.framework.version) ||
      codeUnitOrder(a.node, b.node),
  );
}
