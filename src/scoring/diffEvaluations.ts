import type { Value } from "../assessment/schema.js";
import { add, div, type Exact, exact, mul, sub, toNumber } from "../core/exact.js";
import { type FrameworkIssue, makeIssue } from "../core/issue.js";
import { canonical, codeUnitOrder, copyPlain } from "../core/plainJson.js";
import type { Framework, FrameworkNode, Policies, ScoringModel } from "../framework/schema.js";
import type { ConditionType, Reason } from "./reasons.js";
import type { Count, Evaluation, NodeResult, NodeStatus, Score } from "./types.js";

/** One side's content before and after; a side without it has no key. */
export interface SideChange<T> {
  readonly before?: T;
  readonly after?: T;
}

/**
 * How a node's result moved. A node may have several kinds (a criterion that was unknown and is now
 * met is `unknownResolved` and `newlyMet`); they are listed in the order of this union.
 *
 * - `added` / `removed`: the node has a result on one side only (two versions of a framework).
 * - `newlyMet`: met after, not met before (not met, unknown, error or not applicable).
 * - `newlyLost`: met before, not met after.
 * - `becameApplicable` / `becameNotApplicable`: not applicable before and not after, or the reverse.
 * - `unknownResolved` / `unknownAppeared`: unknown before and not after, or the reverse.
 * - `statusChanged`: any change of status (also set with the kinds above).
 * - `valueChanged` / `targetChanged`: the value used, or the target as resolved (year, region, tables).
 * - `reasonChanged`: the reason differs while none of the above does (e.g. the count of met children).
 */
export type NodeChangeKind =
  | "added"
  | "removed"
  | "newlyMet"
  | "newlyLost"
  | "becameApplicable"
  | "becameNotApplicable"
  | "unknownResolved"
  | "unknownAppeared"
  | "statusChanged"
  | "valueChanged"
  | "targetChanged"
  | "reasonChanged";

const KIND_ORDER: readonly NodeChangeKind[] = [
  "added",
  "removed",
  "newlyMet",
  "newlyLost",
  "becameApplicable",
  "becameNotApplicable",
  "unknownResolved",
  "unknownAppeared",
  "statusChanged",
  "valueChanged",
  "targetChanged",
  "reasonChanged",
];

/** The change of one node's result, with both statuses and both reasons. */
export interface NodeResultChange {
  readonly node: string;
  readonly kinds: readonly NodeChangeKind[];
  readonly status: SideChange<NodeStatus>;
  readonly reason: SideChange<Reason>;
  /** Only when the value differs. */
  readonly value?: SideChange<Value>;
  /** Only when the target differs. */
  readonly target?: SideChange<Value>;
}

/** A number before and after, and the exact difference `after − before` (as a number). */
export interface NumberChange {
  readonly before: number;
  readonly after: number;
  readonly delta: number;
}

/** A tier whose outcome or one of whose conditions flipped. */
export interface TierChange {
  readonly tier: string;
  readonly achieved: { readonly before: boolean; readonly after: boolean };
  /** The conditions whose `met` differs, by index in the tier's condition list. */
  readonly conditions: readonly {
    readonly index: number;
    readonly type: ConditionType;
    readonly before: boolean;
    readonly after: boolean;
  }[];
}

/** A number and the exact rational it stands for (`"7"`, `"-100/3"`). */
export interface ExactNumber {
  readonly value: number;
  /** The exact value: an integer or `n/d` in lowest terms. Sum these, not `value`, to check a split. */
  readonly exact: string;
}

/** A total change split into per-node terms plus one `rest` term; the terms add up exactly to `total`. */
export interface ContributionSplit {
  readonly total: ExactNumber;
  /** Non-zero per-node terms, sorted by node id. */
  readonly nodes: readonly { readonly node: string; readonly contribution: ExactNumber }[];
  /** What no single node carries: re-normalised weights or denominators, and the model's rounding. */
  readonly rest: ExactNumber;
}

/** The score change split per node, for the score's value and for its percent. */
export interface Contributions {
  readonly model: "count" | "points" | "weightedFlat" | "weightedHierarchical";
  readonly value: ContributionSplit;
  readonly percent: ContributionSplit;
}

/** Why `contributions` is null. */
export type ContributionsReason =
  | "unsupported_model"
  | "framework_required"
  | "framework_mismatch"
  | "unscorable";

/** The result of `diffEvaluations`: plain JSON data that shares no objects with the inputs. */
export interface EvaluationDiff {
  readonly framework: {
    readonly before: { readonly id: string; readonly version: string };
    readonly after: { readonly id: string; readonly version: string };
  };
  /** False when nothing differs: no node change, same counts, points, score and tiers. */
  readonly changed: boolean;
  /** One change per node whose result differs, sorted by node id (plain code-unit order). */
  readonly nodes: readonly NodeResultChange[];
  readonly count: { readonly [K in keyof Count]: NumberChange };
  /** Earned and possible points; null when either side has no points. */
  readonly points: { readonly earned: NumberChange; readonly possible: NumberChange } | null;
  readonly score: {
    readonly before: Score;
    readonly after: Score;
    /** Null when either side is unscorable. */
    readonly value: NumberChange | null;
    /** `100 × (value/max after − value/max before)`, exact before it becomes a number; null when unscorable. */
    readonly percent: NumberChange | null;
  };
  readonly tier: { readonly before: string | null; readonly after: string | null };
  /** Tiers (matched by id) whose outcome or a condition flipped, in the after evaluation's order. */
  readonly tiers: readonly TierChange[];
  /** The score change split per node; null when it cannot be (see `contributionsReason`). */
  readonly contributions: Contributions | null;
  readonly contributionsReason: ContributionsReason | null;
  /** `framework_mismatch` (evaluations of two frameworks, or a framework of another id). */
  readonly issues: readonly FrameworkIssue[];
}

/**
 * Compares two evaluations of one framework (for example a ward in April and in November): which nodes
 * were won and lost and why (both statuses and both reasons), which became applicable or not, which
 * unknowns were resolved or appeared, which values and targets changed; the change of the counts,
 * points, score and tier, and which tier conditions flipped.
 *
 * **Contributions.** The score change is split into per-node terms that add up *exactly* (as
 * rationals; see `ExactNumber.exact`) to the total change, which is `after − before` of the reported
 * numbers read as the decimals they print as. Given the `framework`, the split is:
 *
 * - `count`: each criterion that became met adds +1 to the value (criteria met), each that stopped
 *   being met −1; `rest` is 0.
 * - `points`: each top-level node's change of earned points (its subtree's total, bonus and deductions
 *   included); `rest` takes what a framework-wide adjustment adds, normally 0.
 * - `weighted` `flat`: node i contributes `scale × wᵢ × (sᵢ after − sᵢ before) / W after`, where sᵢ is
 *   the leaf's score when it counts and 0 when it is dropped, and W after the sum of the weights that
 *   count after; `hierarchical`: `scale × eᵢ × (sᵢ after − sᵢ before)` with eᵢ the leaf's effective
 *   weight after (the product of `w / W` down its path; 0 below a level where nothing counts after).
 *   `rest` is one separate re-weighting term: the total change minus the node terms. It absorbs the
 *   re-normalisation when applicability changes the weights, and the model's rounding.
 * - `percent` (every model): node i contributes `100 × Δvalueᵢ / max after`, and `rest` is
 *   `100 × rest(value) / max after + 100 × value before × (1/max after − 1/max before)`: the change of
 *   the denominator (criteria applicable, points possible) lands in `rest`.
 *
 * The rule is fixed and order-independent: every term is an exact rational sum, so the entry and
 * sibling order play no part. Swapping the evaluations negates every total, but per-node terms are
 * taken at the *after* weights, so they are not simply negated when the denominator changes.
 * `contributions` is null, with `contributionsReason`, when the framework is not given
 * (`framework_required`), is not the evaluations' (`framework_mismatch`), either score is unscorable
 * (`unscorable`), or the model is `xccdf` (`unsupported_model`).
 *
 * Evaluations of two different frameworks give a `framework_mismatch` issue and no node changes.
 * The inputs are never mutated and the result shares nothing with them.
 *
 * @param before - The earlier evaluation.
 * @param after - The later evaluation.
 * @param framework - The framework both were evaluated against; needed for `contributions`.
 * @returns The node changes, total changes, tier flips, contributions and issues.
 * @example
 * // Nghi Hương, QĐ 5764: April 2023 → November 2023, tc11 and tc21 lost.
 * const d = diffEvaluations(evaluate(qd5764, april), evaluate(qd5764, november), qd5764);
 * d.nodes.filter((n) => n.kinds.includes("newlyLost")).map((n) => n.node) //=> ["tc11", "tc21"]
 * d.score.value //=> { before: 20, after: 18, delta: -2 }
 * d.contributions?.value.nodes
 * //=> [{ node: "tc11", contribution: { value: -1, exact: "-1" } }, { node: "tc21", contribution: { value: -1, exact: "-1" } }]
 * @category Scoring
 */
export function diffEvaluations(
  before: Evaluation,
  after: Evaluation,
  framework?: Framework,
): EvaluationDiff {
  const issues: FrameworkIssue[] = [];
  const sameFramework = before.framework.id === after.framework.id;
  if (!sameFramework) {
    issues.push(
      mismatch(
        ["after", "framework", "id"],
        before.framework.id,
        after.framework.id,
        "evaluations",
      ),
    );
  }
  const frameworkFits = framework === undefined || framework.id === before.framework.id;
  if (framework !== undefined && !frameworkFits) {
    issues.push(mismatch(["framework", "id"], before.framework.id, framework.id, "framework"));
  }

  const nodes: NodeResultChange[] = [];
  if (sameFramework) {
    const old = byId(before.nodes);
    const now = byId(after.nodes);
    const ids = [...new Set([...old.keys(), ...now.keys()])].sort(codeUnitOrder);
    for (const id of ids) {
      const change = nodeChange(id, old.get(id), now.get(id));
      if (change !== undefined) nodes.push(change);
    }
  }

  const count = countChange(before.count, after.count);
  const points =
    before.points !== undefined && after.points !== undefined
      ? {
          earned: numberChange(before.points.earned, after.points.earned),
          possible: numberChange(before.points.possible, after.points.possible),
        }
      : null;
  const scored = before.score.status === "scored" && after.score.status === "scored";
  const score = {
    before: copyPlain(before.score),
    after: copyPlain(after.score),
    value:
      before.score.status === "scored" && after.score.status === "scored"
        ? numberChange(before.score.value, after.score.value)
        : null,
    percent:
      before.score.status === "scored" && after.score.status === "scored"
        ? percentChange(before.score, after.score)
        : null,
  };
  const tiers = sameFramework ? tierChanges(before, after) : [];

  let contributions: Contributions | null = null;
  let contributionsReason: ContributionsReason | null = null;
  if (!sameFramework || !frameworkFits) contributionsReason = "framework_mismatch";
  else if (framework === undefined) contributionsReason = "framework_required";
  else if (!scored) contributionsReason = "unscorable";
  else {
    const split = valueTerms(framework, before, after);
    if (split === null) contributionsReason = "unsupported_model";
    else contributions = splitOf(split.model, split.terms, before.score, after.score);
  }

  const changed =
    nodes.length > 0 ||
    tiers.length > 0 ||
    before.tier !== after.tier ||
    Object.values(count).some((c) => c.delta !== 0) ||
    canonical(before.points) !== canonical(after.points) ||
    canonical(before.score) !== canonical(after.score);

  return {
    framework: {
      before: { id: before.framework.id, version: before.framework.version },
      after: { id: after.framework.id, version: after.framework.version },
    },
    changed,
    nodes,
    count,
    points,
    score,
    tier: { before: before.tier, after: after.tier },
    tiers,
    contributions,
    contributionsReason,
    issues,
  };
}

// ---------------------------------------------------------------------------------------------
// Node changes

function byId(list: readonly NodeResult[]): Map<string, NodeResult> {
  const map = new Map<string, NodeResult>();
  for (const result of list) if (!map.has(result.id)) map.set(result.id, result);
  return map;
}

function nodeChange(
  id: string,
  a: NodeResult | undefined,
  b: NodeResult | undefined,
): NodeResultChange | undefined {
  const kinds = new Set<NodeChangeKind>();
  if (a === undefined && b === undefined) return undefined;
  if (a === undefined) kinds.add("added");
  else if (b === undefined) kinds.add("removed");
  else {
    const [x, y] = [a.status, b.status];
    if (x !== y) {
      kinds.add("statusChanged");
      if (y === "met") kinds.add("newlyMet");
      if (x === "met") kinds.add("newlyLost");
      if (x === "notApplicable") kinds.add("becameApplicable");
      if (y === "notApplicable") kinds.add("becameNotApplicable");
      if (x === "unknown") kinds.add("unknownResolved");
      if (y === "unknown") kinds.add("unknownAppeared");
    }
    if (canonical(a.value) !== canonical(b.value)) kinds.add("valueChanged");
    if (canonical(a.target) !== canonical(b.target)) kinds.add("targetChanged");
    if (kinds.size === 0 && canonical(a.reason) !== canonical(b.reason)) kinds.add("reasonChanged");
    if (kinds.size === 0) return undefined;
  }
  const change: {
    node: string;
    kinds: NodeChangeKind[];
    status: SideChange<NodeStatus>;
    reason: SideChange<Reason>;
    value?: SideChange<Value>;
    target?: SideChange<Value>;
  } = {
    node: id,
    kinds: KIND_ORDER.filter((kind) => kinds.has(kind)),
    status: side(a?.status, b?.status),
    reason: side(a?.reason, b?.reason),
  };
  if (kinds.has("valueChanged")) change.value = side(a?.value, b?.value);
  if (kinds.has("targetChanged")) change.target = side(a?.target, b?.target);
  return change;
}

function side<T>(a: T | undefined, b: T | undefined): SideChange<T> {
  const out: { before?: T; after?: T } = {};
  if (a !== undefined) out.before = copyPlain(a);
  if (b !== undefined) out.after = copyPlain(b);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Totals and tiers

const COUNT_KEYS: readonly (keyof Count)[] = [
  "met",
  "notMet",
  "notApplicable",
  "unknown",
  "error",
  "applicable",
  "total",
];

function countChange(a: Count, b: Count): { [K in keyof Count]: NumberChange } {
  const out = {} as { -readonly [K in keyof Count]: NumberChange };
  for (const key of COUNT_KEYS) out[key] = numberChange(a[key], b[key]);
  return out;
}

function numberChange(before: number, after: number): NumberChange {
  return { before, after, delta: toNumber(sub(exact(after), exact(before))) };
}

type Scored = Extract<Score, { status: "scored" }>;

function percentOf(s: Scored): Exact {
  return div(mul(exact(s.value), 100), exact(s.max));
}

function percentChange(a: Scored, b: Scored): NumberChange {
  return {
    before: a.percent,
    after: b.percent,
    delta: toNumber(sub(percentOf(b), percentOf(a))),
  };
}

function tierChanges(before: Evaluation, after: Evaluation): TierChange[] {
  const old = new Map(before.tiers.map((tier) => [tier.id, tier]));
  const out: TierChange[] = [];
  for (const tier of after.tiers) {
    const was = old.get(tier.id);
    if (was === undefined) continue;
    const conditions: TierChange["conditions"][number][] = [];
    tier.conditions.forEach((condition, index) => {
      const previous = was.conditions[index];
      if (previous !== undefined && previous.met !== condition.met) {
        conditions.push({
          index,
          type: condition.type,
          before: previous.met,
          after: condition.met,
        });
      }
    });
    if (conditions.length > 0 || was.achieved !== tier.achieved) {
      out.push({
        tier: tier.id,
        achieved: { before: was.achieved, after: tier.achieved },
        conditions,
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Contributions

type ModelName = Contributions["model"];

/** Per-node exact changes of the score's value, by node id; null for an unsupported model. */
function valueTerms(
  framework: Framework,
  before: Evaluation,
  after: Evaluation,
): { model: ModelName; terms: Map<string, Exact> } | null {
  const scoring: ScoringModel = framework.scoring;
  const old = byId(before.nodes);
  const now = byId(after.nodes);
  switch (scoring.kind) {
    case "count": {
      const terms = new Map<string, Exact>();
      const ids = new Set([...old.keys(), ...now.keys()]);
      for (const id of ids) {
        const a = old.get(id);
        const b = now.get(id);
        const metBefore = a?.kind === "criterion" && a.status === "met" ? 1 : 0;
        const metAfter = b?.kind === "criterion" && b.status === "met" ? 1 : 0;
        if (metAfter !== metBefore) terms.set(id, metAfter - metBefore);
      }
      return { model: "count", terms };
    }
    case "points": {
      const terms = new Map<string, Exact>();
      for (const id of topLevel(framework)) {
        const a = old.get(id)?.points?.earned ?? 0;
        const b = now.get(id)?.points?.earned ?? 0;
        const delta = sub(exact(b), exact(a));
        if (!isZero(delta)) terms.set(id, delta);
      }
      return { model: "points", terms };
    }
    case "weighted": {
      const scale = exact(scoring.scale ?? 100);
      const leaves = weightedLeaves(framework, scoring.aggregation, old, now);
      const terms = new Map<string, Exact>();
      for (const leaf of leaves) {
        const delta = mul(scale, mul(leaf.weightAfter, sub(leaf.after, leaf.before)));
        if (!isZero(delta)) terms.set(leaf.id, add(terms.get(leaf.id) ?? 0, delta));
      }
      return {
        model: scoring.aggregation === "flat" ? "weightedFlat" : "weightedHierarchical",
        terms,
      };
    }
    case "xccdf":
      return null;
    default: {
      const unreachable: never = scoring;
      throw new TypeError(`diffEvaluations: unknown scoring model ${JSON.stringify(unreachable)}`);
    }
  }
}

function topLevel(framework: Framework): string[] {
  return framework.nodes.map((node) => node.id);
}

interface WeightedLeaf {
  readonly id: string;
  /** The leaf's effective weight after (its share of the after mean). */
  readonly weightAfter: Exact;
  /** Its score when it counts, else 0. */
  readonly before: Exact;
  readonly after: Exact;
}

/** Per-side leaf scores as `scoreWeighted` reads them: a number, or `null` when dropped. */
type SideScore = Exact | null;

function weightedLeaves(
  framework: Framework,
  aggregation: "flat" | "hierarchical",
  old: ReadonlyMap<string, NodeResult>,
  now: ReadonlyMap<string, NodeResult>,
): WeightedLeaf[] {
  const leaves: WeightedLeaf[] = [];
  const scoreOf = (
    results: ReadonlyMap<string, NodeResult>,
    node: FrameworkNode,
    policies: Policies | undefined,
  ): SideScore => {
    const result = results.get(node.id);
    return result === undefined ? null : leafScore(result, { ...policies, ...node.policies });
  };
  const push = (node: FrameworkNode, policies: Policies | undefined, weightAfter: Exact): void => {
    leaves.push({
      id: node.id,
      weightAfter,
      before: scoreOf(old, node, policies) ?? 0,
      after: scoreOf(now, node, policies) ?? 0,
    });
  };

  if (aggregation === "flat") {
    const flat: { node: FrameworkNode; policies: Policies | undefined }[] = [];
    const visit = (list: readonly FrameworkNode[], inherited: Policies | undefined): void => {
      for (const node of list) {
        if (node.role === "unscored" || node.role === "unchecked") continue;
        if (!isLeaf(node)) {
          visit(node.children ?? [], merge(inherited, node.policies));
          continue;
        }
        if (leafWeight(node) === 0) continue;
        flat.push({ node, policies: inherited });
      }
    };
    visit(framework.nodes, framework.policies);
    let total: Exact = 0;
    for (const { node, policies } of flat) {
      if (scoreOf(now, node, policies) !== null) total = add(total, exact(leafWeight(node)));
    }
    for (const { node, policies } of flat) {
      push(node, policies, isZero(total) ? 0 : div(exact(leafWeight(node)), total));
    }
    return leaves;
  }

  // Hierarchical: whether a subtree has something scorable after, then weights top-down.
  const counts = (node: FrameworkNode, policies: Policies | undefined): boolean => {
    if (leafWeight(node) === 0) return false;
    if (isLeaf(node)) return scoreOf(now, node, policies) !== null;
    const here = merge(policies, node.policies);
    return (node.children ?? []).some((child) => counts(child, here));
  };
  const assign = (
    list: readonly FrameworkNode[],
    policies: Policies | undefined,
    factor: Exact,
  ): void => {
    let total: Exact = 0;
    for (const node of list) {
      if (counts(node, policies)) total = add(total, exact(leafWeight(node)));
    }
    for (const node of list) {
      if (leafWeight(node) === 0) continue;
      const share = isZero(total) ? 0 : mul(factor, div(exact(leafWeight(node)), total));
      if (isLeaf(node)) push(node, policies, share);
      else assign(node.children ?? [], merge(policies, node.policies), share);
    }
  };
  assign(framework.nodes, framework.policies, 1);
  return leaves;
}

function merge(a: Policies | undefined, b: Policies | undefined): Policies | undefined {
  return b === undefined ? a : { ...a, ...b };
}

function leafWeight(node: FrameworkNode): number {
  if (node.role === "unscored" || node.role === "unchecked") return 0;
  return node.weight ?? 1;
}

function isLeaf(node: FrameworkNode): boolean {
  return node.children === undefined || node.children.length === 0;
}

/** As `scoreWeighted` reads a leaf; `null` when dropped (an error under `null` makes the score unscorable). */
function leafScore(result: NodeResult, policies: Policies): SideScore {
  const scoreOf = (s: number | null | undefined): Exact | null =>
    typeof s === "number" && Number.isFinite(s) ? exact(Math.min(Math.max(s, 0), 1)) : null;
  switch (result.status) {
    case "met":
      return scoreOf(result.score) ?? 1;
    case "notMet":
      return scoreOf(result.score) ?? 0;
    case "notApplicable":
      return policies.notApplicable === "met" ? 1 : null;
    case "unknown":
      return scoreOf(result.score) ?? (policies.unknown === "exclude" ? null : 0);
    case "error":
      return policies.error === "exclude" || policies.error === "null" ? null : 0;
    default:
      return null;
  }
}

function splitOf(
  model: ModelName,
  terms: ReadonlyMap<string, Exact>,
  before: Scored,
  after: Scored,
): Contributions {
  const vBefore = exact(before.value);
  const vAfter = exact(after.value);
  const mBefore = exact(before.max);
  const mAfter = exact(after.max);
  const ids = [...terms.keys()].sort(codeUnitOrder);
  let sum: Exact = 0;
  for (const id of ids) sum = add(sum, terms.get(id) ?? 0);
  const totalValue = sub(vAfter, vBefore);
  const restValue = sub(totalValue, sum);

  const hundredOverMax = div(100, mAfter);
  const totalPercent = sub(percentOf(after), percentOf(before));
  const restPercent = add(
    mul(hundredOverMax, restValue),
    mul(mul(vBefore, 100), sub(div(1, mAfter), div(1, mBefore))),
  );
  const nodesValue: ContributionSplit["nodes"][number][] = [];
  const nodesPercent: ContributionSplit["nodes"][number][] = [];
  for (const id of ids) {
    const term = terms.get(id) ?? 0;
    if (isZero(term)) continue;
    nodesValue.push({ node: id, contribution: exactNumber(term) });
    nodesPercent.push({ node: id, contribution: exactNumber(mul(hundredOverMax, term)) });
  }
  return {
    model,
    value: { total: exactNumber(totalValue), nodes: nodesValue, rest: exactNumber(restValue) },
    percent: {
      total: exactNumber(totalPercent),
      nodes: nodesPercent,
      rest: exactNumber(restPercent),
    },
  };
}

function isZero(x: Exact): boolean {
  return x === 0;
}

function exactNumber(x: Exact): ExactNumber {
  return {
    value: toNumber(x),
    exact: typeof x === "number" ? String(x) : `${x.n}/${x.d}`,
  };
}

// ---------------------------------------------------------------------------------------------
// Helpers

function mismatch(
  path: readonly (string | number)[],
  expected: string,
  actual: string,
  what: "evaluations" | "framework",
): FrameworkIssue {
  const messages =
    what === "evaluations"
      ? {
          vi: `${path.join(".")}: hai kết quả chấm theo hai bộ tiêu chí khác nhau ("${expected}" và "${actual}"), không so sánh được từng tiêu chí`,
          en: `${path.join(".")}: the evaluations are for different frameworks ("${expected}" and "${actual}"); their nodes are not compared`,
        }
      : {
          vi: `${path.join(".")}: bộ tiêu chí "${actual}" không phải bộ đã dùng để chấm ("${expected}"); không tách được phần đóng góp của từng tiêu chí`,
          en: `${path.join(".")}: framework "${actual}" is not the one evaluated ("${expected}"); contributions are not split`,
        };
  return makeIssue("framework_mismatch", path, messages);
}
