import type { FrameworkNode, Policies, ScoringModel } from "../../framework/schema.js";
import {
  add,
  div,
  type Exact,
  exact,
  floor,
  mul,
  rational,
  toNumber,
} from "../../internal/exact.js";
import type { NodeResult, Score } from "../types.js";
import type { ModelInput } from "./score.js";

type WeightedModel = Extract<ScoringModel, { kind: "weighted" }>;

/** A weighted mean in progress: Σ w·s and Σ w, exact. */
interface Mean {
  readonly sum: Exact;
  readonly weight: Exact;
}

/** What one leaf contributes: a score in [0, 1], nothing (dropped), or an error that voids the score. */
type Contribution = number | "drop" | "void";

/**
 * Scores by a weighted arithmetic mean of node scores in [0, 1], times `scale` (default 100).
 *
 * - `flat`: the mean over the leaves (nodes without children). Lighthouse categories, OpenSSF Scorecard.
 * - `hierarchical`: at every level, the weighted mean of the children's means; a child with nothing
 *   scorable drops out together with its weight (COINr `a_amean`, the XCCDF default model's shape).
 *
 * A leaf's score is its `NodeResult.score`, else met → 1 and not met → 0; an unknown leaf that has a
 * score (a measured value no rule judges) keeps it. Weight defaults to 1. Weight-0 leaves, roles
 * `unscored` / `unchecked` and nodes without a result are dropped and the mean is renormalised over what
 * remains. Statuses follow the policies (node, nearest ancestor, framework): not applicable `exclude`
 * (default) or `met` (1); unknown `notMet` (default, 0) or `exclude`; error `notMet` (default, 0),
 * `exclude`, or `null`, which makes the whole score `unscorable` (`error_in_scored_item`) as Lighthouse
 * does. Nothing left to score gives `unscorable` (`no_scored_items`); Lighthouse shows 0 there instead.
 *
 * The mean is exact: weights and scores are read as the decimals they print as (`internal/exact`) and
 * summed as rationals, so weights 0.1/0.2/0.3 with only the 0.3 item met give exactly 50, in any order
 * and at any weight scale, and a tier at 50 % is reached. The result is converted to a number once.
 * `round` rounds the 0–1 mean half up to that many decimals before scaling (Lighthouse:
 * `Math.round(mean * 100) / 100`; on an exact tie that Lighthouse's float mean misses, the two differ).
 *
 * @param input - The model input; `framework` and `results` are read.
 * @param model - The `weighted` scoring model.
 * @returns `value` = mean × scale, `max` = scale, or `unscorable`.
 * @example
 * // Lighthouse performance: FCP 1, LCP 0.5, TBT 0.9, CLS 1, SI 0.8 with weights 10/25/30/25/10
 * scoreWeighted(input, { kind: "weighted", aggregation: "flat", scale: 100, round: 2 })
 * //=> { status: "scored", value: 83, max: 100, percent: 83 }
 * @category Scoring
 */
export function scoreWeighted(input: ModelInput, model: WeightedModel): Score {
  const { framework, results } = input;
  const policies = framework.policies;
  let voided = false;

  const contribution = (node: FrameworkNode, inherited: Policies | undefined): Contribution => {
    const result = results.get(node.id);
    if (result === undefined) return "drop";
    const value = leafScore(result, { ...inherited, ...node.policies });
    if (value === "void") voided = true;
    return value;
  };

  const mean =
    model.aggregation === "flat"
      ? flatMean(framework.nodes, policies, contribution)
      : hierarchicalMean(framework.nodes, policies, contribution);

  if (voided) return { status: "unscorable", reason: "error_in_scored_item" };
  if (mean === null || mean.weight === 0)
    return { status: "unscorable", reason: "no_scored_items" };

  const scale = model.scale ?? 100;
  let mean01 = div(mean.sum, mean.weight);
  if (model.round !== undefined) {
    const factor = 10 ** model.round;
    mean01 = rational(BigInt(floor(add(mul(mean01, factor), rational(1n, 2n)))), BigInt(factor));
  }
  const value = toNumber(mul(mean01, exact(scale)));
  return { status: "scored", value, max: scale, percent: toNumber(mul(mean01, 100)) };
}

function leafWeight(node: FrameworkNode): number {
  if (node.role === "unscored" || node.role === "unchecked") return 0;
  return node.weight ?? 1;
}

function isLeaf(node: FrameworkNode): boolean {
  return node.children === undefined || node.children.length === 0;
}

function leafScore(result: NodeResult, policies: Policies): Contribution {
  switch (result.status) {
    case "met":
      return finiteScore(result.score) ?? 1;
    case "notMet":
      return finiteScore(result.score) ?? 0;
    case "notApplicable":
      return policies.notApplicable === "met" ? 1 : "drop";
    case "unknown":
      // A measured value without a verdict (no rule) still has a score; only a missing value is unknown.
      return finiteScore(result.score) ?? (policies.unknown === "exclude" ? "drop" : 0);
    case "error":
      if (policies.error === "exclude") return "drop";
      return policies.error === "null" ? "void" : 0;
    default: {
      const unreachable: never = result.status;
      throw new TypeError(`scoreWeighted: unknown status ${String(unreachable)}`);
    }
  }
}

function finiteScore(score: number | null | undefined): number | null {
  if (typeof score !== "number" || !Number.isFinite(score)) return null;
  return Math.min(Math.max(score, 0), 1);
}

function flatMean(
  nodes: readonly FrameworkNode[],
  policies: Policies | undefined,
  contribution: (node: FrameworkNode, inherited: Policies | undefined) => Contribution,
): Mean {
  let sum: Exact = 0;
  let weight: Exact = 0;
  const visit = (list: readonly FrameworkNode[], inherited: Policies | undefined): void => {
    for (const node of list) {
      const here = node.policies === undefined ? inherited : { ...inherited, ...node.policies };
      // Group weights play no part in a flat mean, but a group left out of scoring takes its leaves along.
      if (node.role === "unscored" || node.role === "unchecked") continue;
      if (!isLeaf(node)) {
        visit(node.children ?? [], here);
        continue;
      }
      const w = leafWeight(node);
      if (w === 0) continue;
      const s = contribution(node, inherited);
      if (typeof s !== "number") continue;
      sum = add(sum, mul(exact(w), exact(s)));
      weight = add(weight, exact(w));
    }
  };
  visit(nodes, policies);
  return { sum, weight };
}

/** The recursive mean of means; `null` when nothing below `nodes` is scorable. */
function hierarchicalMean(
  nodes: readonly FrameworkNode[],
  policies: Policies | undefined,
  contribution: (node: FrameworkNode, inherited: Policies | undefined) => Contribution,
): Mean | null {
  let sum: Exact = 0;
  let weight: Exact = 0;
  for (const node of nodes) {
    const w = leafWeight(node);
    if (w === 0) continue;
    let s: Exact;
    if (isLeaf(node)) {
      const leaf = contribution(node, policies);
      if (typeof leaf !== "number") continue;
      s = exact(leaf);
    } else {
      const here = node.policies === undefined ? policies : { ...policies, ...node.policies };
      const child = hierarchicalMean(node.children ?? [], here, contribution);
      if (child === null) continue;
      s = div(child.sum, child.weight);
    }
    sum = add(sum, mul(exact(w), s));
    weight = add(weight, exact(w));
  }
  return weight === 0 ? null : { sum, weight };
}
