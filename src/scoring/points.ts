import type { Entry } from "../assessment/schema.js";
import {
  add,
  cmp,
  div,
  type Exact,
  exact,
  max as exactMax,
  min as exactMin,
  mul,
  sub,
  toNumber,
} from "../core/exact.js";
import type { Earn, FrameworkNode } from "../framework/schema.js";
import { ERROR, MET, NOT_APPLICABLE, type NodePolicies, UNKNOWN } from "./rules/rule.js";
import type { PointsResult } from "./types.js";

/*
 * Points (DESIGN.md §3 item 11): per-node maxima, lettered sub-items summed and capped, fixed deductions
 * with a floor, capped bonus outside the base, self and verified scores side by side. All sums are exact
 * (`Exact`), converted to numbers once per reported figure, so 0.7 + 0.1 is 0.8.
 */

interface CompiledDeduction {
  readonly events: ReadonlySet<string> | undefined;
  readonly points: Exact;
  readonly perOccurrence: boolean;
}

interface CompiledBand {
  readonly min: Exact | undefined;
  readonly below: Exact | undefined;
  readonly points: Exact;
}

interface CompiledPoints {
  readonly max: Exact;
  readonly earn: Earn["type"];
  readonly bands: readonly CompiledBand[];
  readonly low: Exact;
  readonly high: Exact;
  readonly deductions: readonly CompiledDeduction[];
  /** `null`: no floor. */
  readonly floor: Exact | null;
  readonly bonus: boolean;
  /** `met` points, a whole maximum, no deductions: the common case, totalled without exact arithmetic. */
  readonly simple: boolean;
}

/** Which nodes carry points and in which order to total them (built once per framework). */
export interface PointsPlan {
  /** Nodes with points in their subtree, children before parents. */
  readonly order: readonly number[];
  /** Own points spec per node, if any. */
  readonly specs: readonly (CompiledPoints | undefined)[];
  /** Per node: its children that have points in their subtree. */
  readonly children: readonly (readonly number[])[];
  /** Top-level nodes with points in their subtree. */
  readonly top: readonly number[];
  /** Whether any node earns `entered` points (self and verified totals are then kept apart). */
  readonly entered: boolean;
}

/** Points of every node of one evaluation, exact. */
export interface PointsTotals {
  readonly earned: Exact[];
  readonly possible: Exact[];
  readonly bonus: Exact[];
  readonly deducted: Exact[];
  readonly self: Exact[];
  readonly verified: Exact[];
  readonly hasSelf: Uint8Array;
  readonly hasVerified: Uint8Array;
}

/**
 * Plans the points of a framework, or returns `undefined` when no node has points.
 *
 * @param nodes - Every node, in index (pre-order) order.
 * @param children - Child indexes per node.
 * @param roots - Top-level node indexes.
 * @returns The plan.
 */
export function planPoints(
  nodes: readonly FrameworkNode[],
  children: readonly (readonly number[])[],
  roots: readonly number[],
): PointsPlan | undefined {
  const specs = nodes.map((node) => (node.points === undefined ? undefined : compilePoints(node)));
  if (specs.every((spec) => spec === undefined)) return undefined;
  const inSubtree = new Uint8Array(nodes.length);
  // Pre-order indexes: walking backwards visits children before parents.
  for (let i = nodes.length - 1; i >= 0; i--) {
    if (specs[i] !== undefined || children[i]!.some((child) => inSubtree[child] === 1))
      inSubtree[i] = 1;
  }
  const order: number[] = [];
  for (let i = nodes.length - 1; i >= 0; i--) if (inSubtree[i] === 1) order.push(i);
  return {
    order,
    specs,
    children: children.map((list) => list.filter((child) => inSubtree[child] === 1)),
    top: roots.filter((root) => inSubtree[root] === 1),
    entered: specs.some((spec) => spec?.earn === "entered"),
  };
}

function compilePoints(node: FrameworkNode): CompiledPoints {
  const points = node.points!;
  const earn = points.earn ?? { type: "met" as const };
  return {
    max: exact(points.max),
    earn: earn.type,
    bands:
      earn.type === "bands"
        ? earn.bands.map((band) => ({
            min: band.min === undefined ? undefined : exact(band.min),
            below: band.below === undefined ? undefined : exact(band.below),
            points: exact(band.points),
          }))
        : [],
    low: earn.type === "goalposts" ? exact(earn.low) : 0,
    high: earn.type === "goalposts" ? exact(earn.high) : 0,
    deductions: (points.deductions ?? []).map((deduction) => ({
      events: deduction.events === undefined ? undefined : new Set(deduction.events),
      points: exact(deduction.points),
      perOccurrence: deduction.per === "perOccurrence",
    })),
    floor: points.floor === null ? null : exact(points.floor ?? 0),
    bonus: points.bonus === true,
    simple:
      earn.type === "met" &&
      (points.deductions ?? []).length === 0 &&
      Number.isSafeInteger(points.max),
  };
}

function clamp(value: Exact, maximum: Exact): Exact {
  return exactMin(exactMax(value, 0), maximum);
}

/**
 * Allocates the per-node arrays `totalPoints` fills; a compiled framework keeps one set and reuses it,
 * since every slot it reads is rewritten first.
 *
 * @param plan - The points plan.
 * @param size - The number of nodes.
 * @returns Zeroed totals.
 */
export function pointsScratch(plan: PointsPlan, size: number): PointsTotals {
  return {
    earned: new Array<Exact>(size).fill(0),
    possible: new Array<Exact>(size).fill(0),
    bonus: new Array<Exact>(size).fill(0),
    deducted: new Array<Exact>(size).fill(0),
    self: plan.entered ? new Array<Exact>(size).fill(0) : [],
    verified: plan.entered ? new Array<Exact>(size).fill(0) : [],
    hasSelf: new Uint8Array(plan.entered ? size : 0),
    hasVerified: new Uint8Array(plan.entered ? size : 0),
  };
}

/**
 * What a node with simple points (`met`, a whole maximum, no deductions) earns for a status: its
 * maximum when met (or not applicable counted as met), else 0, and −1 when its policies leave it out
 * (not applicable → `exclude`, unknown → `exclude`, error → `exclude`), so that it neither earns nor
 * offers anything. The one definition of that rule, for `totalPoints` and `simplePointsByStatus`.
 */
function simpleEarned(spec: CompiledPoints, policy: NodePolicies, status: number): number {
  const left =
    (status === NOT_APPLICABLE && policy.notApplicable === 0) ||
    (status === UNKNOWN && policy.unknown === 0) ||
    (status === ERROR && policy.error === 1);
  if (left) return -1;
  return status === MET || status === NOT_APPLICABLE ? (spec.max as number) : 0;
}

/**
 * The points result of a node with simple points for each of the five statuses (frozen, shared by
 * every evaluation), or `undefined` when its points are not simple or the framework has entered scores:
 * what `pointsResult` gives for the node after `totalPoints`, read off by status.
 *
 * @param plan - The points plan.
 * @param policies - Policies per node.
 * @param index - A node index.
 * @returns The results by status code, or `undefined`.
 */
export function simplePointsByStatus(
  plan: PointsPlan,
  policies: readonly NodePolicies[],
  index: number,
): readonly PointsResult[] | undefined {
  const spec = plan.specs[index];
  if (spec === undefined || !spec.simple || plan.entered) return undefined;
  const byStatus: PointsResult[] = [];
  for (let status = 0; status < 5; status++) {
    const earned = simpleEarned(spec, policies[index]!, status);
    const max = spec.max as number;
    byStatus.push(
      Object.freeze(
        earned < 0
          ? { earned: 0, possible: 0, bonus: 0, deducted: 0 }
          : spec.bonus
            ? { earned, possible: 0, bonus: earned, deducted: 0 }
            : { earned, possible: max + 0, bonus: 0, deducted: 0 },
      ),
    );
  }
  return byStatus;
}

/**
 * Totals the points of one evaluation from the node statuses.
 *
 * A node excluded by its policies (not applicable → `exclude`; for status-based earning, unknown →
 * `exclude` and error → `exclude`) earns and offers nothing; `entered` and `sum` points do not depend on
 * the node's own verdict, only on its applicability.
 *
 * @param plan - The points plan.
 * @param status - Displayed status per node.
 * @param entries - Entry per node.
 * @param policies - Policies per node.
 * @param scratch - Arrays to reuse (from `pointsScratch`); fresh ones when omitted.
 * @returns Exact points per node.
 */
export function totalPoints(
  plan: PointsPlan,
  status: Uint8Array,
  entries: readonly (Entry | undefined)[],
  policies: readonly NodePolicies[],
  scratch?: PointsTotals,
): PointsTotals {
  const totals = scratch ?? pointsScratch(plan, status.length);
  for (const i of plan.order) {
    totals.earned[i] = 0;
    totals.possible[i] = 0;
    totals.bonus[i] = 0;
    totals.deducted[i] = 0;
    if (plan.entered) {
      totals.self[i] = 0;
      totals.verified[i] = 0;
      totals.hasSelf[i] = 0;
      totals.hasVerified[i] = 0;
    }
    const spec = plan.specs[i];
    if (spec?.simple === true && !plan.entered) {
      const earned = simpleEarned(spec, policies[i]!, status[i]!);
      if (earned < 0) continue;
      totals.earned[i] = earned;
      if (spec.bonus) totals.bonus[i] = earned;
      else totals.possible[i] = spec.max;
      continue;
    }
    if (spec === undefined) sumChildren(plan, totals, i);
    else nodePoints(plan, totals, i, spec, status[i]!, entries[i], policies[i]!);
  }
  return totals;
}

function sumChildren(plan: PointsPlan, totals: PointsTotals, i: number): void {
  let earned: Exact = 0;
  let possible: Exact = 0;
  let bonus: Exact = 0;
  let deducted: Exact = 0;
  for (const child of plan.children[i]!) {
    earned = add(earned, totals.earned[child]!);
    possible = add(possible, totals.possible[child]!);
    bonus = add(bonus, totals.bonus[child]!);
    deducted = add(deducted, totals.deducted[child]!);
  }
  totals.earned[i] = earned;
  totals.possible[i] = possible;
  totals.bonus[i] = bonus;
  totals.deducted[i] = deducted;
  if (plan.entered) {
    let self: Exact = 0;
    let verified: Exact = 0;
    for (const child of plan.children[i]!) {
      self = add(self, totals.self[child]!);
      verified = add(verified, totals.verified[child]!);
      totals.hasSelf[i] = totals.hasSelf[i]! | totals.hasSelf[child]!;
      totals.hasVerified[i] = totals.hasVerified[i]! | totals.hasVerified[child]!;
    }
    totals.self[i] = self;
    totals.verified[i] = verified;
  }
}

function nodePoints(
  plan: PointsPlan,
  totals: PointsTotals,
  i: number,
  spec: CompiledPoints,
  status: number,
  entry: Entry | undefined,
  policy: NodePolicies,
): void {
  const byStatus = spec.earn === "met" || spec.earn === "bands" || spec.earn === "goalposts";
  if (status === NOT_APPLICABLE && policy.notApplicable === 0) return;
  if (byStatus && status === UNKNOWN && policy.unknown === 0) return;
  if (byStatus && status === ERROR && policy.error === 1) return;

  let base: Exact = 0;
  let selfBase: Exact | undefined;
  let verifiedBase: Exact | undefined;
  switch (spec.earn) {
    case "met":
      base = status === MET || status === NOT_APPLICABLE ? spec.max : 0;
      break;
    case "entered": {
      const self = entry?.selfScore;
      const verified = entry?.verifiedScore;
      selfBase = self === undefined ? 0 : clamp(exact(self), spec.max);
      verifiedBase = verified === undefined ? 0 : clamp(exact(verified), spec.max);
      base = verified !== undefined ? verifiedBase : selfBase;
      if (self !== undefined) totals.hasSelf[i] = 1;
      if (verified !== undefined) totals.hasVerified[i] = 1;
      break;
    }
    case "sum": {
      let sum: Exact = 0;
      let self: Exact = 0;
      let verified: Exact = 0;
      for (const child of plan.children[i]!) {
        sum = add(sum, totals.earned[child]!);
        if (plan.entered) {
          self = add(self, totals.self[child]!);
          verified = add(verified, totals.verified[child]!);
          totals.hasSelf[i] = totals.hasSelf[i]! | totals.hasSelf[child]!;
          totals.hasVerified[i] = totals.hasVerified[i]! | totals.hasVerified[child]!;
        }
      }
      base = exactMin(sum, spec.max);
      selfBase = exactMin(self, spec.max);
      verifiedBase = exactMin(verified, spec.max);
      break;
    }
    case "bands": {
      const value = entry?.value;
      if (typeof value === "number") {
        const v = exact(value);
        const band = spec.bands.find(
          (b) =>
            (b.min === undefined || cmp(v, b.min) >= 0) &&
            (b.below === undefined || cmp(v, b.below) < 0),
        );
        if (band !== undefined) base = clamp(band.points, spec.max);
      }
      break;
    }
    case "goalposts": {
      const value = entry?.value;
      if (typeof value === "number") {
        const span = sub(spec.high, spec.low);
        const v = exact(value);
        base =
          cmp(span, 0) === 0
            ? cmp(v, spec.high) >= 0
              ? spec.max
              : 0
            : clamp(mul(div(sub(v, spec.low), span), spec.max), spec.max);
      }
      break;
    }
  }

  const deduction = deductionOf(spec, entry);
  const earned = afterDeduction(base, deduction, spec.floor);
  totals.earned[i] = earned;
  totals.deducted[i] = sub(base, earned);
  if (spec.bonus) totals.bonus[i] = earned;
  else totals.possible[i] = spec.max;
  if (plan.entered) {
    totals.self[i] =
      selfBase === undefined ? earned : afterDeduction(selfBase, deduction, spec.floor);
    totals.verified[i] =
      verifiedBase === undefined ? earned : afterDeduction(verifiedBase, deduction, spec.floor);
  }
}

function deductionOf(spec: CompiledPoints, entry: Entry | undefined): Exact {
  if (spec.deductions.length === 0) return 0;
  const value = entry?.value;
  if (!Array.isArray(value) || value.length === 0) return 0;
  let total: Exact = 0;
  for (const deduction of spec.deductions) {
    let occurrences = 0;
    for (const id of value)
      if (deduction.events === undefined || deduction.events.has(id)) occurrences++;
    if (occurrences === 0) continue;
    total = add(
      total,
      deduction.perOccurrence ? mul(deduction.points, occurrences) : deduction.points,
    );
  }
  return total;
}

/** `base − deduction`, not below the floor (a floor never raises points that were not deducted). */
function afterDeduction(base: Exact, deduction: Exact, floor: Exact | null): Exact {
  if (cmp(deduction, 0) === 0) return base;
  const after = sub(base, deduction);
  if (floor === null) return after;
  return exactMax(after, exactMin(base, floor));
}

/**
 * The points of one node (or the root, `index` −1) as plain numbers.
 *
 * @param plan - The points plan.
 * @param totals - The exact totals.
 * @param index - A node index, or −1 for the whole framework.
 * @returns The points result; `self` / `verified` only where such scores were entered.
 */
export function pointsResult(plan: PointsPlan, totals: PointsTotals, index: number): PointsResult {
  if (index >= 0) {
    if (plan.entered) return toResult(plan, totals, [index]);
    // One node without entered scores: its own totals, with no sum to take (`+ 0` as the sum from 0
    // would turn −0 into 0).
    return {
      earned: toNumber(totals.earned[index]!) + 0,
      possible: toNumber(totals.possible[index]!) + 0,
      bonus: toNumber(totals.bonus[index]!) + 0,
      deducted: toNumber(totals.deducted[index]!) + 0,
    };
  }
  return toResult(plan, totals, plan.top);
}

/** An exact value as a plain number, −0 as 0 (safe integers, the common case, without a call). */
function plainNumber(value: Exact): number {
  return (typeof value === "number" ? value : toNumber(value)) + 0;
}

/**
 * `pointsResult` of one node, shared between evaluations: the last two distinct results of each node
 * are kept (frozen) in `cache` (two slots per node) and returned again when the numbers are the same,
 * so that a bulk run does not allocate the same few objects per node over and over.
 *
 * @param plan - The points plan.
 * @param totals - The exact totals.
 * @param index - A node index.
 * @param cache - Two slots per node, owned by one compiled framework.
 * @returns The node's points (frozen when shared).
 */
export function sharedPointsResult(
  plan: PointsPlan,
  totals: PointsTotals,
  index: number,
  cache: (PointsResult | undefined)[],
): PointsResult {
  if (plan.entered) return toResult(plan, totals, [index]);
  const earned = plainNumber(totals.earned[index]!);
  const possible = plainNumber(totals.possible[index]!);
  const bonus = plainNumber(totals.bonus[index]!);
  const deducted = plainNumber(totals.deducted[index]!);
  const slot = index * 2;
  for (let k = slot; k < slot + 2; k++) {
    const kept = cache[k];
    if (
      kept !== undefined &&
      kept.earned === earned &&
      kept.possible === possible &&
      kept.bonus === bonus &&
      kept.deducted === deducted
    )
      return kept;
  }
  const result: PointsResult = Object.freeze({ earned, possible, bonus, deducted });
  // The older slot gives way: the second moves to the first, the new result takes the second.
  cache[slot] = cache[slot + 1];
  cache[slot + 1] = result;
  return result;
}

function toResult(
  plan: PointsPlan,
  totals: PointsTotals,
  indexes: readonly number[],
): PointsResult {
  let earned: Exact = 0;
  let possible: Exact = 0;
  let bonus: Exact = 0;
  let deducted: Exact = 0;
  let self: Exact = 0;
  let verified: Exact = 0;
  let hasSelf = 0;
  let hasVerified = 0;
  for (const i of indexes) {
    earned = add(earned, totals.earned[i]!);
    possible = add(possible, totals.possible[i]!);
    bonus = add(bonus, totals.bonus[i]!);
    deducted = add(deducted, totals.deducted[i]!);
    if (plan.entered) {
      self = add(self, totals.self[i]!);
      verified = add(verified, totals.verified[i]!);
      hasSelf |= totals.hasSelf[i]!;
      hasVerified |= totals.hasVerified[i]!;
    }
  }
  const result: {
    earned: number;
    possible: number;
    bonus: number;
    deducted: number;
    self?: number;
    verified?: number;
  } = {
    earned: toNumber(earned),
    possible: toNumber(possible),
    bonus: toNumber(bonus),
    deducted: toNumber(deducted),
  };
  if (hasSelf === 1) result.self = toNumber(self);
  if (hasVerified === 1) result.verified = toNumber(verified);
  return result;
}

/**
 * The exact earned and possible points of a node or of the root, for tier conditions.
 *
 * @param plan - The points plan.
 * @param totals - The exact totals.
 * @param index - A node index, or −1 for the whole framework.
 * @returns Earned and possible, exact.
 */
export function exactPoints(
  plan: PointsPlan,
  totals: PointsTotals,
  index: number,
): { readonly earned: Exact; readonly possible: Exact } {
  if (index >= 0) return { earned: totals.earned[index]!, possible: totals.possible[index]! };
  let earned: Exact = 0;
  let possible: Exact = 0;
  for (const i of plan.top) {
    earned = add(earned, totals.earned[i]!);
    possible = add(possible, totals.possible[i]!);
  }
  return { earned, possible };
}
