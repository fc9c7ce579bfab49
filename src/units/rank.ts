import { cmp, div, type Exact, exact, rational } from "../core/exact.js";
import { type FrameworkIssue, makeIssue } from "../core/issue.js";
import { codeUnitOrder } from "../core/plainJson.js";
import {
  admitUnits,
  type ExactValue,
  exactValue,
  groupOf,
  type PeerGroupKey,
  type UnitEvaluation,
} from "./unitInput.js";

/** What a league table orders by (higher is better). */
export type RankBy = "count" | "points" | "score" | "tier";

/**
 * How equal values share ranks: `competition` "1224" (the next rank skips), `dense` "1223" (it does not),
 * `fractional` "1 2.5 2.5 4" (the mean of the positions the tied units hold).
 */
export type TieRule = "competition" | "dense" | "fractional";

/** Options of `rank`. */
export interface RankOptions {
  /** Default `"score"`: the framework model's score as a share of its maximum. */
  readonly by?: RankBy | undefined;
  /** Default `"competition"`. */
  readonly ties?: TieRule | undefined;
  /** Also rank within peer groups of this subject attribute (`parent` for the district). */
  readonly groupBy?: PeerGroupKey | undefined;
  /** The framework every evaluation must be of; default the first valid evaluation's. */
  readonly framework?: { readonly id: string; readonly version: string } | undefined;
  /**
   * For `by: "tier"`: the tier ids lowest first. Default: the `tiers` list of the first full evaluation
   * (the framework's order); a light record without it needs this option.
   */
  readonly tierOrder?: readonly string[] | undefined;
}

/** One line of a league table. */
export interface RankRow {
  readonly subject: string;
  readonly name?: string | undefined;
  readonly period: string;
  /** The peer group (the subject's `groupBy` attribute), null when it has none; absent without `groupBy`. */
  readonly group?: string | null | undefined;
  /**
   * What was ranked: criteria met (`count`), points earned (`points`), the score in percent of its
   * maximum (`score`), or the tier's position lowest first from 1, 0 for no tier (`tier`).
   */
  readonly value: number;
  readonly rank: number;
  /** The rank within the peer group, by the same rule; absent without `groupBy`. */
  readonly groupRank?: number | undefined;
  /**
   * The percentile rank within the whole table: `100 × (below + equal / 2) / n`, where `below` counts
   * the units ranked strictly lower, `equal` the units with the same value (itself included) and `n` the
   * ranked units (the "mean" definition: a unit alone is at 50).
   */
  readonly percentile: ExactValue;
  readonly tier: string | null;
  readonly met: number;
  readonly applicable: number;
}

/** A unit that could not be ranked by the chosen value. */
export interface UnrankedUnit {
  readonly subject: string;
  /** `no_points` (the framework has no points), `unscorable`, `no_tier_order`, `unknown_tier`. */
  readonly reason: "no_points" | "unscorable" | "no_tier_order" | "unknown_tier";
}

/** The result of `rank`: plain JSON, the same for the same units in any order. */
export interface Ranking {
  readonly framework: { readonly id: string; readonly version: string } | null;
  readonly by: RankBy;
  readonly ties: TieRule;
  readonly groupBy: PeerGroupKey | null;
  /** The stated order of equal values, after the ranked value. */
  readonly secondaryOrder: "subject.id (UTF-16 code-unit order)";
  /** Best first; equal values by subject id. */
  readonly rows: readonly RankRow[];
  /** Sorted by subject id. */
  readonly unranked: readonly UnrankedUnit[];
  readonly issues: readonly FrameworkIssue[];
}

interface Keyed {
  readonly unit: UnitEvaluation;
  /** A number when all keys are numbers, else an exact rational. */
  readonly key: number | Exact;
  readonly value: number;
}

/**
 * A league table of many units' evaluations of one framework: ranked by criteria met, points, score or
 * tier, with an explicit tie rule and a stated secondary order (subject id in UTF-16 code-unit order, so
 * the table does not depend on the input order), ranks within peer groups (region, parent district,
 * subject kind, class) and percentile ranks.
 *
 * Scores are compared exactly: when every unit's score has the same maximum the values are compared, else
 * the exact rationals `value / max` (numbers read as the decimals they print as). Evaluations of another
 * framework or version, and every copy of a subject that appears twice, are left out with an issue
 * (`framework_mismatch`, `duplicate_subject`); an item that is not an evaluation gets `invalid_unit`.
 * A unit without the ranked value (no points, unscorable, no tier order) is listed in `unranked`.
 * Accepts full evaluations and the bulk path's light records (`UnitEvaluation`). The sort is
 * O(n log n); nothing spreads the cohort into `Math.max`.
 *
 * @param units - Evaluations (or light records) of one framework, one per subject.
 * @param options - What to rank by, the tie rule, the peer groups.
 * @returns The table, the units left unranked and the issues.
 * @example
 * rank([wardA, wardB, wardC], { by: "count", ties: "competition" }).rows.map((r) => [r.subject, r.rank])
 * //=> [["nghi-huong", 1], ["nghi-hai", 2], ["thu-thuy", 2]]
 * @category Across units
 */
export function rank(units: readonly unknown[], options: RankOptions = {}): Ranking {
  const by = options.by ?? "score";
  const ties = options.ties ?? "competition";
  const admitted = admitUnits(units, options.framework, "units");
  const issues = admitted.issues;
  const unranked: UnrankedUnit[] = [];
  const keyed = keyUnits(admitted.units, by, options.tierOrder, unranked);
  keyed.sort((a, b) => compareKeyed(a, b));
  const rows = assignRanks(keyed, ties, options.groupBy);
  unranked.sort((a, b) => codeUnitOrder(a.subject, b.subject));
  if (options.groupBy !== undefined) {
    const missing = rows.filter((row) => row.group === null).length;
    if (missing > 0) {
      issues.push(
        makeIssue(
          "missing_group",
          ["options", "groupBy"],
          {
            vi: `${missing} đơn vị không có thuộc tính "${options.groupBy}"; chúng được xếp chung một nhóm (null)`,
            en: `${missing} units have no "${options.groupBy}"; they are ranked together in one group (null)`,
          },
          "warning",
        ),
      );
    }
  }
  return {
    framework: admitted.framework,
    by,
    ties,
    groupBy: options.groupBy ?? null,
    secondaryOrder: "subject.id (UTF-16 code-unit order)",
    rows,
    unranked,
    issues,
  };
}

function keyUnits(
  units: readonly UnitEvaluation[],
  by: RankBy,
  tierOrder: readonly string[] | undefined,
  unranked: UnrankedUnit[],
): Keyed[] {
  const out: Keyed[] = [];
  if (by === "count") {
    for (const unit of units) out.push({ unit, key: unit.count.met, value: unit.count.met });
    return out;
  }
  if (by === "points") {
    for (const unit of units) {
      if (unit.points === undefined)
        unranked.push({ subject: unit.subject.id, reason: "no_points" });
      else out.push({ unit, key: unit.points.earned, value: unit.points.earned });
    }
    return out;
  }
  if (by === "score") {
    let max: number | null = null;
    let uniform = true;
    for (const unit of units) {
      if (unit.score.status !== "scored") continue;
      if (max === null) max = unit.score.max;
      else if (unit.score.max !== max) uniform = false;
    }
    for (const unit of units) {
      const score = unit.score;
      if (score.status !== "scored") {
        unranked.push({ subject: unit.subject.id, reason: "unscorable" });
        continue;
      }
      const key = uniform ? score.value : div(exact(score.value), exact(score.max));
      out.push({ unit, key, value: score.percent });
    }
    return out;
  }
  const order =
    tierOrder ?? units.find((unit) => unit.tiers !== undefined)?.tiers?.map((t) => t.id);
  if (order === undefined) {
    for (const unit of units) unranked.push({ subject: unit.subject.id, reason: "no_tier_order" });
    return out;
  }
  const position = new Map(order.map((id, index) => [id, index + 1]));
  for (const unit of units) {
    const at = unit.tier === null ? 0 : position.get(unit.tier);
    if (at === undefined) unranked.push({ subject: unit.subject.id, reason: "unknown_tier" });
    else out.push({ unit, key: at, value: at });
  }
  return out;
}

function compareKeys(a: number | Exact, b: number | Exact): number {
  if (typeof a === "number" && typeof b === "number") return a < b ? -1 : a > b ? 1 : 0;
  return cmp(a, b);
}

/** Best first, then subject id. */
function compareKeyed(a: Keyed, b: Keyed): number {
  const byValue = compareKeys(b.key, a.key);
  return byValue !== 0 ? byValue : codeUnitOrder(a.unit.subject.id, b.unit.subject.id);
}

/**
 * Ranks of a list sorted best first under a tie rule: one entry per item.
 *
 * @param sorted - Items with their keys, best first.
 * @param ties - The tie rule.
 * @returns The ranks, in the same order.
 * @example
 * ranksOf([{ key: 9 }, { key: 8 }, { key: 8 }, { key: 7 }], "fractional")
 * //=> [1, 2.5, 2.5, 4]
 * @category Internal
 */
export function ranksOf(
  sorted: readonly { readonly key: number | Exact }[],
  ties: TieRule,
): number[] {
  const ranks = new Array<number>(sorted.length);
  let start = 0;
  let dense = 0;
  while (start < sorted.length) {
    let end = start + 1;
    while (end < sorted.length && compareKeys(sorted[start]!.key, sorted[end]!.key) === 0) end++;
    dense++;
    const value =
      ties === "competition" ? start + 1 : ties === "dense" ? dense : (start + 1 + end) / 2;
    for (let i = start; i < end; i++) ranks[i] = value;
    start = end;
  }
  return ranks;
}

function assignRanks(
  sorted: readonly Keyed[],
  ties: TieRule,
  groupBy: PeerGroupKey | undefined,
): RankRow[] {
  const n = sorted.length;
  const ranks = ranksOf(sorted, ties);
  const percentiles = new Array<ExactValue>(n);
  let start = 0;
  while (start < n) {
    let end = start + 1;
    while (end < n && compareKeys(sorted[start]!.key, sorted[end]!.key) === 0) end++;
    const below = n - end;
    const equal = end - start;
    const percentile = exactValue(rational(BigInt((2 * below + equal) * 50), BigInt(n)));
    for (let i = start; i < end; i++) percentiles[i] = percentile;
    start = end;
  }
  const groupRanks = new Array<number>(n);
  if (groupBy !== undefined) {
    const members = new Map<string | null, number[]>();
    for (let i = 0; i < n; i++) {
      const group = groupOf(sorted[i]!.unit, groupBy);
      const list = members.get(group);
      if (list === undefined) members.set(group, [i]);
      else list.push(i);
    }
    for (const list of members.values()) {
      const inGroup = ranksOf(
        list.map((i) => sorted[i]!),
        ties,
      );
      for (let j = 0; j < list.length; j++) groupRanks[list[j]!] = inGroup[j]!;
    }
  }
  const rows: RankRow[] = [];
  for (let i = 0; i < n; i++) {
    const { unit, value } = sorted[i]!;
    const row: {
      -readonly [K in keyof RankRow]: RankRow[K];
    } = {
      subject: unit.subject.id,
      period: unit.period.id,
      value,
      rank: ranks[i]!,
      percentile: percentiles[i]!,
      tier: unit.tier,
      met: unit.count.met,
      applicable: unit.count.applicable,
    };
    if (unit.subject.name !== undefined) row.name = unit.subject.name;
    if (groupBy !== undefined) {
      row.group = groupOf(unit, groupBy);
      row.groupRank = groupRanks[i]!;
    }
    rows.push(row);
  }
  return rows;
}
