import { cmp, exact, mul, rational } from "../core/exact.js";
import { type FrameworkIssue, makeIssue } from "../core/issue.js";
import { codeUnitOrder } from "../core/plainJson.js";
import { TIER_CONDITIONS } from "../framework/kinds/conditions.js";
import type { NodeKind } from "../framework/schema.js";
import { gapToTier } from "../scoring/gapToTier.js";
import type { ConditionResult, Evaluation, NodeStatus } from "../scoring/types.js";
import { type Ranking, type RankOptions, rank } from "./rank.js";
import {
  admitUnits,
  type ExactValue,
  exactValue,
  groupOf,
  type UnitEvaluation,
} from "./unitInput.js";

/** A unit × criterion table of statuses, ready for a heatmap. */
export interface UnitMatrix {
  /** Column ids, in framework (depth-first) order. */
  readonly criteria: readonly string[];
  /** Row ids (subject ids), in `options.order` or else UTF-16 code-unit order. */
  readonly units: readonly string[];
  /** `cells[row][column]`: the criterion's status for the unit, null when its evaluation lacks it. */
  readonly cells: readonly (readonly (NodeStatus | null)[])[];
  readonly issues: readonly FrameworkIssue[];
}

/** A criterion unmet in most units of a group. */
export interface SystemicGap {
  /** The peer group (null: the whole cohort, or units without the attribute). */
  readonly group: string | null;
  readonly criterion: string;
  /** Units where the criterion is not met (`notMet`). */
  readonly unmet: number;
  /** Units where it applies (every status but `notApplicable`). */
  readonly applicable: number;
  /** Units where it is unknown or in error (counted in `applicable`, not in `unmet`). */
  readonly unknown: number;
  /** `unmet / applicable` as an exact fraction in lowest terms (`"5/7"`) and in percent. */
  readonly share: { readonly fraction: string; readonly percent: ExactValue };
  /** The units where it is not met, in code-unit order. */
  readonly units: readonly string[];
}

/** How close a unit is to its next tier. */
export interface ClosestUnit {
  readonly subject: string;
  readonly tier: string | null;
  /** The tier after the unit's own (the first tier for a unit with none). */
  readonly next: string;
  /**
   * The fewest criteria to change as read off the gap (`gapToTier`): the criteria the failing conditions
   * name, or a count condition's `shortBy` when larger. A points or score condition may need more; its
   * conditions are listed. For the smallest set proved by search, run `stepsToTier` on the assessment.
   */
  readonly criteria: number;
  /** The criteria named, in framework order. */
  readonly nodes: readonly string[];
  readonly conditions: readonly ConditionResult[];
}

/** Options of the node-level comparisons. */
export interface CompareOptions extends RankOptions {
  /** Node kinds that form the matrix and the gaps; default `["criterion"]`. */
  readonly kinds?: readonly NodeKind[] | undefined;
  /** A criterion is a systemic gap when it is unmet in more than this percent of a group; default 50. */
  readonly threshold?: number | undefined;
  /** Row order of the matrix (subject ids); default code-unit order. Ids not in the cohort are ignored. */
  readonly order?: readonly string[] | undefined;
}

/** Everything `compareUnits` computes. */
export interface UnitComparison {
  readonly ranking: Ranking;
  readonly matrix: UnitMatrix;
  readonly systemicGaps: readonly SystemicGap[];
  readonly closest: readonly ClosestUnit[];
  readonly issues: readonly FrameworkIssue[];
}

function needsFull(
  units: readonly UnitEvaluation[],
  what: string,
  issues: FrameworkIssue[],
): UnitEvaluation[] {
  const full: UnitEvaluation[] = [];
  let light = 0;
  for (const unit of units) {
    if (unit.nodes === undefined) light++;
    else full.push(unit);
  }
  if (light > 0) {
    issues.push(
      makeIssue(
        "needs_full_evaluation",
        [what],
        {
          vi: `${light} đơn vị chỉ có kết quả tóm tắt (không có danh sách mục); ${what} cần kết quả đánh giá đầy đủ (evaluate) nên bỏ qua các đơn vị đó`,
          en: `${light} units have only a summary (no nodes); ${what} needs full evaluations (evaluate), so they are left out`,
        },
        "warning",
      ),
    );
  }
  return full;
}

function criteriaOf(units: readonly UnitEvaluation[], kinds: readonly NodeKind[]): string[] {
  const first = units[0];
  if (first?.nodes === undefined) return [];
  return first.nodes.filter((node) => kinds.includes(node.kind)).map((node) => node.id);
}

function statusMap(unit: UnitEvaluation): Map<string, NodeStatus> {
  return new Map((unit.nodes ?? []).map((node) => [node.id, node.status]));
}

/**
 * A unit × criterion matrix of statuses (met, notMet, notApplicable, unknown, error) for a heatmap:
 * columns in framework order, rows in the order given or by subject id. Needs full evaluations: a light
 * record (no `nodes`) is left out with a `needs_full_evaluation` warning. The framework and duplicate
 * checks are those of `rank`.
 *
 * @param units - Evaluations of one framework.
 * @param options - The node kinds (default criteria), the row order.
 * @returns The matrix and the issues.
 * @example
 * unitMatrix(cuaLoWards).cells[0].slice(0, 3)
 * //=> ["met", "met", "notMet"]
 * @category Across units
 */
export function unitMatrix(units: readonly unknown[], options: CompareOptions = {}): UnitMatrix {
  const admitted = admitUnits(units, options.framework, "units");
  const issues = admitted.issues;
  const full = needsFull(admitted.units, "matrix", issues);
  const sorted = orderUnits(full, options.order);
  const criteria = criteriaOf(sorted.length > 0 ? sorted : full, options.kinds ?? ["criterion"]);
  const cells = sorted.map((unit) => {
    const statuses = statusMap(unit);
    return criteria.map((id) => statuses.get(id) ?? null);
  });
  return { criteria, units: sorted.map((unit) => unit.subject.id), cells, issues };
}

function orderUnits(
  units: readonly UnitEvaluation[],
  order: readonly string[] | undefined,
): UnitEvaluation[] {
  const byId = [...units].sort((a, b) => codeUnitOrder(a.subject.id, b.subject.id));
  if (order === undefined) return byId;
  const position = new Map<string, number>();
  for (const id of order) if (!position.has(id)) position.set(id, position.size);
  // Units named in `order` first, in that order; the rest after, by subject id.
  return byId.sort((a, b) => {
    const pa = position.get(a.subject.id) ?? Number.MAX_SAFE_INTEGER;
    const pb = position.get(b.subject.id) ?? Number.MAX_SAFE_INTEGER;
    return pa !== pb ? pa - pb : codeUnitOrder(a.subject.id, b.subject.id);
  });
}

/**
 * Criteria unmet in most units of each peer group — what holds a district back: for each group (or the
 * whole cohort without `groupBy`) and each criterion, the units where it is `notMet` over the units where
 * it applies, kept when that share is more than `threshold` percent (default 50: "most"), compared
 * exactly. Sorted by group (null first), then share (largest first), then framework order. Needs full
 * evaluations (a light record gets `needs_full_evaluation`).
 *
 * @param units - Evaluations of one framework.
 * @param options - `groupBy`, `threshold`, node kinds.
 * @returns The gaps and the issues.
 * @example
 * systemicGaps(cuaLoWards, { groupBy: "parent" }).gaps[0]
 * //=> { group: "cua-lo", criterion: "tc12", unmet: 5, applicable: 7, unknown: 0, share: { fraction: "5/7", … }, units: [ … ] }
 * @category Across units
 */
export function systemicGaps(
  units: readonly unknown[],
  options: CompareOptions = {},
): { readonly gaps: readonly SystemicGap[]; readonly issues: readonly FrameworkIssue[] } {
  const admitted = admitUnits(units, options.framework, "units");
  const issues = admitted.issues;
  const threshold = options.threshold ?? 50;
  if (!Number.isFinite(threshold) || threshold < 0 || threshold > 100) {
    issues.push(
      makeIssue("invalid_option", ["options", "threshold"], {
        vi: "Ngưỡng phải là một số từ 0 đến 100 (phần trăm)",
        en: "The threshold must be a number from 0 to 100 (percent)",
      }),
    );
    return { gaps: [], issues };
  }
  const full = needsFull(admitted.units, "systemicGaps", issues);
  const criteria = criteriaOf(
    [...full].sort((a, b) => codeUnitOrder(a.subject.id, b.subject.id)),
    options.kinds ?? ["criterion"],
  );
  const groups = new Map<string | null, UnitEvaluation[]>();
  for (const unit of full) {
    const group = groupOf(unit, options.groupBy);
    const list = groups.get(group);
    if (list === undefined) groups.set(group, [unit]);
    else list.push(unit);
  }
  const gaps: { gap: SystemicGap; order: number; share: ReturnType<typeof rational> }[] = [];
  const limit = exact(threshold);
  for (const [group, members] of groups) {
    const statuses = members.map((unit) => ({ id: unit.subject.id, map: statusMap(unit) }));
    criteria.forEach((criterion, order) => {
      let unmet = 0;
      let applicable = 0;
      let unknown = 0;
      const ids: string[] = [];
      for (const { id, map } of statuses) {
        const status = map.get(criterion);
        if (status === undefined || status === "notApplicable") continue;
        applicable++;
        if (status === "notMet") {
          unmet++;
          ids.push(id);
        } else if (status === "unknown" || status === "error") unknown++;
      }
      if (applicable === 0 || unmet === 0) return;
      // unmet / applicable > threshold / 100, without division.
      if (cmp(unmet * 100, mul(limit, applicable)) <= 0) return;
      const share = rational(BigInt(unmet), BigInt(applicable));
      const fraction = typeof share === "number" ? String(share) : `${share.n}/${share.d}`;
      ids.sort(codeUnitOrder);
      gaps.push({
        gap: {
          group,
          criterion,
          unmet,
          applicable,
          unknown,
          share: {
            fraction,
            percent: exactValue(rational(BigInt(unmet * 100), BigInt(applicable))),
          },
          units: ids,
        },
        order,
        share,
      });
    });
  }
  gaps.sort((a, b) => {
    if (a.gap.group !== b.gap.group) {
      if (a.gap.group === null) return -1;
      if (b.gap.group === null) return 1;
      return codeUnitOrder(a.gap.group, b.gap.group);
    }
    const byShare = cmp(b.share, a.share);
    return byShare !== 0 ? byShare : a.order - b.order;
  });
  return { gaps: gaps.map((entry) => entry.gap), issues };
}

/**
 * Who is closest to recognition: for each unit below the top tier, the next tier and the fewest
 * criteria between it and that tier as read off `gapToTier` (see `ClosestUnit.criteria`), sorted by that
 * number and then subject id. Needs full evaluations (nodes and tiers).
 *
 * @param units - Evaluations of one framework.
 * @param options - The framework check.
 * @returns The units below the top tier, closest first, and the issues.
 * @example
 * closestToRecognition(cuaLoWards).units[0]
 * //=> { subject: "nghi-huong", tier: null, next: "dien_hinh", criteria: 1, nodes: ["tc12"], … }
 * @category Across units
 */
export function closestToRecognition(
  units: readonly unknown[],
  options: CompareOptions = {},
): { readonly units: readonly ClosestUnit[]; readonly issues: readonly FrameworkIssue[] } {
  const admitted = admitUnits(units, options.framework, "units");
  const issues = admitted.issues;
  const full = needsFull(admitted.units, "closestToRecognition", issues);
  const out: ClosestUnit[] = [];
  for (const unit of full) {
    const tiers = unit.tiers ?? [];
    const at = unit.tier === null ? -1 : tiers.findIndex((tier) => tier.id === unit.tier);
    const next = tiers[at + 1];
    if (next === undefined) continue;
    const gap = gapToTier(unit as Evaluation, next.id);
    let criteria = gap.nodes.length;
    for (const condition of gap.conditions) {
      const counts = TIER_CONDITIONS[condition.type]?.countsNodes === true;
      if (counts && typeof condition.shortBy === "number" && condition.shortBy > criteria) {
        criteria = Math.ceil(condition.shortBy);
      }
    }
    out.push({
      subject: unit.subject.id,
      tier: unit.tier,
      next: next.id,
      criteria,
      nodes: gap.nodes,
      conditions: gap.conditions,
    });
  }
  out.sort((a, b) => a.criteria - b.criteria || codeUnitOrder(a.subject, b.subject));
  return { units: out, issues };
}

/**
 * Compares the units of a cohort at once: the league table (`rank`), the unit × criterion matrix
 * (`unitMatrix`, rows in league order), the systemic gaps per peer group (`systemicGaps`) and who is
 * closest to recognition (`closestToRecognition`). Issues of the input are reported once.
 *
 * @param units - Evaluations of one framework (light records rank, but have no matrix or gaps).
 * @param options - As `rank`, plus node kinds and the gap threshold.
 * @returns The four views and the issues.
 * @example
 * const c = compareUnits(cuaLoWards, { by: "count", groupBy: "parent" });
 * c.ranking.rows[0].subject //=> "nghi-huong"
 * c.matrix.criteria.length //=> 34
 * @category Across units
 */
export function compareUnits(
  units: readonly unknown[],
  options: CompareOptions = {},
): UnitComparison {
  const ranking = rank(units, options);
  const matrix = unitMatrix(units, { ...options, order: ranking.rows.map((row) => row.subject) });
  const gaps = systemicGaps(units, options);
  const closest = closestToRecognition(units, options);
  const issues: FrameworkIssue[] = [...ranking.issues];
  const seen = new Set(issues.map((issue) => JSON.stringify(issue)));
  for (const issue of [...matrix.issues, ...gaps.issues, ...closest.issues]) {
    const key = JSON.stringify(issue);
    if (!seen.has(key)) {
      seen.add(key);
      issues.push(issue);
    }
  }
  return {
    ranking,
    matrix: { criteria: matrix.criteria, units: matrix.units, cells: matrix.cells, issues: [] },
    systemicGaps: gaps.gaps,
    closest: closest.units,
    issues,
  };
}
