import { add, exact, floor, mul, rational, toNumber } from "../../core/exact.js";
import {
  addFraction,
  divideFraction,
  type Fraction,
  fixedMicro,
  fixedPoint,
  scaleFraction,
  toExact,
  ZERO_FRACTION,
} from "../../core/fraction.js";
import type { FrameworkNode, Policies, ScoringModel } from "../../framework/schema.js";
import type { NodeResult, Score } from "../types.js";
import type { ModelInput } from "./score.js";

type WeightedModel = Extract<ScoringModel, { kind: "weighted" }>;

/** One weighted item of a mean: a leaf's score, or a child's mean. */
interface Term {
  readonly weight: number;
  readonly score: number | Average;
}

/** A mean in [0, 1]: exact when every weight and score below it is a decimal of ≤ 9 places, else a double. */
type Average = { readonly exact: Fraction } | { readonly float: number };

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
 * The mean is exact whenever the weights and scores are decimals of at most 9 places (as they print):
 * they are summed as integers and divided once, so weights 0.1/0.2/0.3 with only the 0.3 item met give
 * exactly 50, in any order and at any weight scale, and a tier at 50 % is reached. A level holding a
 * longer score (a normalised value such as 2/3) is averaged in doubles, in framework order.
 * `round` rounds the 0–1 mean half up to that many decimals before scaling. Lighthouse rounds
 * `Math.round(mean * 100) / 100` on a mean summed in doubles, so on an exact tie that its double misses
 * the two differ (audits 0 and 0.29: exact 0.145 → 0.15; in doubles 0.145 × 100 is 14.499999999999998 → 0.14).
 * `compat: "lighthouse"` reproduces that: every mean is summed in IEEE doubles in framework order
 * (`sum + score × weight`, `weight + weight`, `sum / weight`, as Lighthouse's `arithmeticMean`) and
 * rounded with `Math.round`; `compat: "exact"` (the default) is the exact mean above.
 *
 * @param input - The model input; `framework` and `results` are read.
 * @param model - The `weighted` scoring model.
 * @returns `value` = mean × scale, `max` = scale, or `unscorable`.
 * @example
 * // Lighthouse performance: FCP 1, LCP 0.5, TBT 0.9, CLS 1, SI 0.8 with weights 10/25/30/25/10
 * scoreWeighted(input, { kind: "weighted", aggregation: "flat", scale: 100, round: 2 })
 * //=> { status: "scored", value: 83, max: 100, percent: 83 }
 * // audits 0 and 0.29, equal weights: exact 15, Lighthouse's own number 14
 * scoreWeighted(input, { kind: "weighted", aggregation: "flat", round: 2, compat: "lighthouse" })
 * //=> { status: "scored", value: 14, max: 100, percent: 14 }
 * @category Scoring
 */
export function scoreWeighted(input: ModelInput, model: WeightedModel): Score {
  const { framework, results } = input;
  let voided = false;

  const contribution = (node: FrameworkNode, inherited: Policies | undefined): Contribution => {
    const result = results.get(node.id);
    if (result === undefined) return "drop";
    const value = leafScore(result, { ...inherited, ...node.policies });
    if (value === "void") voided = true;
    return value;
  };

  // Lighthouse's arithmeticMean sums doubles in order and rounds the double quotient.
  const averageOf = model.compat === "lighthouse" ? floatAverage : average;
  const terms =
    model.aggregation === "flat"
      ? flatTerms(framework.nodes, framework.policies, contribution)
      : hierarchicalTerms(framework.nodes, framework.policies, contribution, averageOf);
  if (voided) return { status: "unscorable", reason: "error_in_scored_item" };
  const mean = averageOf(terms);
  if (mean === null) return { status: "unscorable", reason: "no_scored_items" };

  const scale = model.scale ?? 100;
  if ("float" in mean) {
    if (model.round === undefined) {
      return { status: "scored", value: mean.float * scale, max: scale, percent: mean.float * 100 };
    }
    const factor = 10 ** model.round;
    const k = Math.round(mean.float * factor);
    // Scaling the rounded integer keeps 0.29 × 100 at 29, not 28.999999999999996.
    return {
      status: "scored",
      value: (k * scale) / factor,
      max: scale,
      percent: (k * 100) / factor,
    };
  }
  let mean01 = toExact(mean.exact);
  if (model.round !== undefined) {
    const factor = 10 ** model.round;
    const k = floor(add(mul(mean01, factor), rational(1n, 2n)));
    mean01 = rational(BigInt(k), BigInt(factor));
  }
  return {
    status: "scored",
    value: toNumber(mul(mean01, exact(scale))),
    max: scale,
    percent: toNumber(mul(mean01, 100)),
  };
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

/** The weighted mean of the terms; `null` when there are none (all were dropped). */
function average(terms: readonly Term[]): Average | null {
  if (terms.length === 0) return null;
  const micro = microAverage(terms);
  if (micro !== null) return micro;
  let sum = ZERO_FRACTION;
  let weight = 0n;
  let exactly = true;
  for (const term of terms) {
    const w = fixedPoint(term.weight);
    const s = typeof term.score === "number" ? fixedPointFraction(term.score) : exactOf(term.score);
    if (w === null || s === null) {
      exactly = false;
      break;
    }
    sum = addFraction(sum, scaleFraction(s, w));
    weight += w;
  }
  if (exactly) return { exact: divideFraction(sum, weight) };
  return floatAverage(terms);
}

/**
 * The weighted mean in IEEE doubles, summed in framework order as Lighthouse's `arithmeticMean` does
 * (`sum + score * weight`, `weight + weight`, then `sum / weight`); `null` when there are no terms.
 */
function floatAverage(terms: readonly Term[]): Average | null {
  if (terms.length === 0) return null;
  let floatSum = 0;
  let floatWeight = 0;
  for (const term of terms) {
    floatSum += term.weight * (typeof term.score === "number" ? term.score : floatOf(term.score));
    floatWeight += term.weight;
  }
  return { float: floatSum / floatWeight };
}

/** The exact mean in plain integers (units of 10⁻⁶), or null when a term needs the general path. */
function microAverage(terms: readonly Term[]): Average | null {
  let sum = 0;
  let weight = 0;
  for (const term of terms) {
    if (typeof term.score !== "number") return null;
    const w = fixedMicro(term.weight);
    const s = fixedMicro(term.score);
    if (w === null || s === null) return null;
    sum += w * s;
    weight += w;
    if (!Number.isSafeInteger(sum) || !Number.isSafeInteger(weight)) return null;
  }
  // Σ (w·10⁶)(s·10⁶) / Σ w·10⁶ is the mean times 10⁶.
  return { exact: { n: BigInt(sum), d: BigInt(weight) * 1_000_000n } };
}

function fixedPointFraction(x: number): Fraction | null {
  const n = fixedPoint(x);
  return n === null ? null : { n, d: 1_000_000_000n };
}

function exactOf(mean: Average): Fraction | null {
  return "exact" in mean ? mean.exact : null;
}

function floatOf(mean: Average): number {
  return "exact" in mean ? toNumber(toExact(mean.exact)) : mean.float;
}

/** The leaves that count, in framework order, with their weights. */
function flatTerms(
  nodes: readonly FrameworkNode[],
  policies: Policies | undefined,
  contribution: (node: FrameworkNode, inherited: Policies | undefined) => Contribution,
): Term[] {
  const terms: Term[] = [];
  const visit = (list: readonly FrameworkNode[], inherited: Policies | undefined): void => {
    for (const node of list) {
      // Group weights play no part in a flat mean, but a group left out of scoring takes its leaves along.
      if (node.role === "unscored" || node.role === "unchecked") continue;
      if (!isLeaf(node)) {
        visit(
          node.children ?? [],
          node.policies === undefined ? inherited : { ...inherited, ...node.policies },
        );
        continue;
      }
      const weight = leafWeight(node);
      if (weight === 0) continue;
      const score = contribution(node, inherited);
      if (typeof score === "number") terms.push({ weight, score });
    }
  };
  visit(nodes, policies);
  return terms;
}

/** The children of one level that have something scorable, each with its own (recursive) mean. */
function hierarchicalTerms(
  nodes: readonly FrameworkNode[],
  policies: Policies | undefined,
  contribution: (node: FrameworkNode, inherited: Policies | undefined) => Contribution,
  mean: (terms: readonly Term[]) => Average | null,
): Term[] {
  const terms: Term[] = [];
  for (const node of nodes) {
    const weight = leafWeight(node);
    if (weight === 0) continue;
    if (isLeaf(node)) {
      const score = contribution(node, policies);
      if (typeof score === "number") terms.push({ weight, score });
      continue;
    }
    const here = node.policies === undefined ? policies : { ...policies, ...node.policies };
    const child = mean(hierarchicalTerms(node.children ?? [], here, contribution, mean));
    if (child !== null) terms.push({ weight, score: child });
  }
  return terms;
}
