import type { Entry } from "../../assessment/schema.js";
import { isXccdfResult } from "../../assessment/xccdfResults.js";
import { add, cmp, div, type Exact, exact, mul, rational, toNumber } from "../../core/exact.js";
import type { FrameworkNode, ScoringModel } from "../../framework/schema.js";
import type { NodeResult, NodeStatus, Score } from "../types.js";
import type { ModelInput } from "./score.js";

type XccdfModel = Extract<ScoringModel, { kind: "xccdf" }>;

/** A rule's tally: `count` rule-results that are scored, `pass` of them pass or fixed. */
interface RuleTally {
  readonly count: number;
  readonly pass: number;
}

/** The default model's per-item result: `count` scorable children, score `s` on 0–100. */
interface DefaultNode {
  readonly count: number;
  readonly score: Exact;
}

const PASS: ReadonlySet<string> = new Set(["pass", "fixed"]);
const FAIL: ReadonlySet<string> = new Set(["fail", "error", "unknown"]);

const STATUS_RESULT: Readonly<Record<NodeStatus, string>> = {
  met: "pass",
  notMet: "fail",
  error: "error",
  unknown: "unknown",
  notApplicable: "notapplicable",
};

/**
 * Scores with one of the four XCCDF 1.2 models (NISTIR 7275r4 §7.3.2, Tables 40–41).
 *
 * Rules are the leaves of the framework, groups the nodes with children; weights default to 1.
 * A rule's results are the XCCDF result strings in its entry `value` (multi-check, e.g.
 * `["pass", "fail"]`), else its status: met → pass, notMet → fail, error → error, unknown → unknown,
 * notApplicable → notapplicable. pass and fixed score 100; fail, error and unknown score 0;
 * notapplicable, notchecked, notselected and informational are excluded, as are nodes with role
 * `unscored` / `unchecked`. Rules with no result at all (no node result, or unknown without an entry)
 * are skipped (OpenSCAP: "Rule result not found").
 * Framework policies do not apply: XCCDF fixes them.
 *
 * - `default`: recursive weighted mean of the children's means; `max` 100.
 * - `flat`: `Σ w·pass/count` over rules; `max` = Σ w.
 * - `flat-unweighted`: as flat with every non-zero weight 1 (`compat: "openscap"`: every weight 1).
 * - `absolute`: 1 when every weighted scored rule passes fully, else 0; `max` 1
 *   (`compat: "openscap"`: the flat maximum, as `oscap` writes it). `percent` is `value × 100`.
 *
 * `compat: "openscap"` also reads only the first rule-result of a multi-check rule, and leaves a group
 * whose scorable children all weigh 0 at 0; the spec divides by zero there, so `spec` returns
 * `unscorable` (`xccdf_zero_weight_sum`). With nothing scorable both give default 0, flat 0 of 0
 * (`percent` 0), absolute 1. Under `spec`, sums and means are exact rationals (decimal weights read as
 * printed), converted to numbers once, so weights 0.1 and 0.2 all passing give flat 0.3 of 0.3.
 * Under `openscap` they are C `float`s, as in result_scoring.c: every weight, product, sum and quotient
 * is rounded with `Math.fround`, group by group in benchmark order, so the nested benchmark that is
 * exactly 625/18 scores 34.72222137451172, which OpenSCAP prints (`%f`) as 34.722221; absolute
 * compares the two float sums, as OpenSCAP does.
 *
 * @param input - The model input; `framework`, `assessment.entries` and `results` are read.
 * @param model - The `xccdf` scoring model.
 * @returns The score on the model's own scale.
 * @example
 * // two rules, pass and fail, weight 1
 * scoreXccdf(input, { kind: "xccdf", model: "flat" })
 * //=> { status: "scored", value: 1, max: 2, percent: 50 }
 * @category Scoring
 */
export function scoreXccdf(input: ModelInput, model: XccdfModel): Score {
  const openscap = model.compat === "openscap";
  const entries = new Map<string, Entry>();
  for (const entry of input.assessment.entries) {
    if (!entries.has(entry.node)) entries.set(entry.node, entry);
  }
  const tally = (node: FrameworkNode): RuleTally =>
    ruleTally(ruleResults(input.results.get(node.id), entries.get(node.id)), openscap);

  if (openscap) return scoreOpenscap(input.framework.nodes, model.model, tally);

  if (model.model === "default") {
    const root = defaultScore(input.framework.nodes, tally);
    if (root === null) return { status: "unscorable", reason: "xccdf_zero_weight_sum" };
    const value = toNumber(root.score);
    return { status: "scored", value, max: 100, percent: value };
  }

  let s: Exact = 0;
  let m: Exact = 0;
  let allPass = true;
  const visit = (nodes: readonly FrameworkNode[]): void => {
    for (const node of nodes) {
      if (isUnscored(node)) continue;
      if (!isRule(node)) {
        visit(node.children ?? []);
        continue;
      }
      const { count, pass } = tally(node);
      if (count === 0) continue;
      const raw = node.weight ?? 1;
      const weight = model.model === "flat-unweighted" ? (raw !== 0 ? 1 : 0) : raw;
      s = add(s, mul(exact(weight), rational(BigInt(pass), BigInt(count))));
      m = add(m, exact(weight));
      if (weight !== 0 && pass !== count) allPass = false;
    }
  };
  visit(input.framework.nodes);

  if (model.model === "absolute") {
    const value = allPass ? 1 : 0;
    return { status: "scored", value, max: 1, percent: value * 100 };
  }
  const percent = cmp(m, 0) === 0 ? 0 : toNumber(div(mul(s, 100), m));
  return { status: "scored", value: toNumber(s), max: toNumber(m), percent };
}

function isRule(node: FrameworkNode): boolean {
  return node.children === undefined || node.children.length === 0;
}

function isUnscored(node: FrameworkNode): boolean {
  return node.role === "unscored" || node.role === "unchecked";
}

/** The rule-results of one rule: the multi-check list in the entry, else the node's status. */
function ruleResults(result: NodeResult | undefined, entry: Entry | undefined): readonly string[] {
  const value = entry?.value;
  if (Array.isArray(value) && value.length > 0) return value.map((v) => v.toLowerCase());
  if (isXccdfResult(value)) return [value.toLowerCase()];
  // Unknown with no entry at all is a missing rule-result, which OpenSCAP skips; an entry saying
  // `unknown` is XCCDF's own result `unknown`, which counts and scores 0.
  if (result === undefined || (entry === undefined && result.status === "unknown")) return [];
  return [STATUS_RESULT[result.status]];
}

function ruleTally(results: readonly string[], openscap: boolean): RuleTally {
  // OpenSCAP looks up one rule-result per rule id and takes the first it finds.
  const used = openscap ? results.slice(0, 1) : results;
  let count = 0;
  let pass = 0;
  for (const result of used) {
    if (PASS.has(result)) {
      count += 1;
      pass += 1;
    } else if (FAIL.has(result)) {
      count += 1;
    }
    // Anything else (the four excluded results, or an unrecognised string) is not counted.
  }
  return { count, pass };
}

/**
 * NISTIR 7275r4 Table 40, applied to a list of siblings (a group's children or the benchmark's);
 * `null` when the spec would divide by a zero weight sum.
 */
function defaultScore(
  nodes: readonly FrameworkNode[],
  tally: (node: FrameworkNode) => RuleTally,
): DefaultNode | null {
  let s: Exact = 0;
  let count = 0;
  let a: Exact = 0;
  for (const node of nodes) {
    if (isUnscored(node)) continue;
    let child: DefaultNode;
    if (isRule(node)) {
      const rule = tally(node);
      child =
        rule.count === 0
          ? { count: 0, score: 0 }
          : { count: 1, score: rational(BigInt(100 * rule.pass), BigInt(rule.count)) };
    } else {
      const group = defaultScore(node.children ?? [], tally);
      if (group === null) return null;
      child = group;
    }
    if (child.count === 0) continue;
    const weight = node.weight ?? 1;
    s = add(s, mul(child.score, exact(weight)));
    count += 1;
    a = add(a, exact(weight));
  }
  if (count > 0) {
    if (cmp(a, 0) === 0) return null;
    s = div(s, a);
  }
  return { count, score: s };
}

/** C `float` arithmetic: every stored intermediate of result_scoring.c is rounded to single precision. */
const f = Math.fround;

/** OpenSCAP's `struct xccdf_default_score`: `score` normalised, `weightScore` = score × own weight. */
interface FloatDefault {
  readonly count: number;
  readonly score: number;
  readonly weightScore: number;
}

/** OpenSCAP's `struct xccdf_flat_score`: the float sums of passed weights and of weights. */
interface FloatFlat {
  readonly score: number;
  readonly weight: number;
}

/**
 * The four models as OpenSCAP computes them (`src/XCCDF/result_scoring.c`,
 * `xccdf_item_get_default_score` / `xccdf_item_get_flat_score`): one rule-result per rule (the
 * tally is already cut to the first), and every sum, product and quotient stored in a C `float`, in
 * the benchmark's order, group by group. The nested benchmark that is exactly 625/18 comes out as the
 * float 34.72222137451172, which `%f` prints as 34.722221.
 */
function scoreOpenscap(
  nodes: readonly FrameworkNode[],
  model: XccdfModel["model"],
  tally: (node: FrameworkNode) => RuleTally,
): Score {
  if (model === "default") {
    const value = floatDefault(nodes, 1, tally).score;
    return { status: "scored", value, max: 100, percent: value };
  }
  const flat = floatFlat(nodes, model === "flat-unweighted", tally);
  if (model === "absolute") {
    const value = flat.score === flat.weight ? 1 : 0;
    return { status: "scored", value, max: flat.weight, percent: value * 100 };
  }
  const percent = flat.weight === 0 ? 0 : (flat.score * 100) / flat.weight;
  return { status: "scored", value: flat.score, max: flat.weight, percent };
}

function floatDefault(
  nodes: readonly FrameworkNode[],
  ownWeight: number,
  tally: (node: FrameworkNode) => RuleTally,
): FloatDefault {
  let score = 0;
  let count = 0;
  let accumulator = 0;
  for (const node of nodes) {
    if (isUnscored(node)) continue;
    const weight = f(node.weight ?? 1);
    let child: FloatDefault | null;
    if (isRule(node)) {
      const rule = tally(node);
      if (rule.count === 0) child = null;
      else {
        const s = rule.pass > 0 ? 100 : 0;
        child = { count: 1, score: s, weightScore: f(s * weight) };
      }
    } else {
      child = floatDefault(node.children ?? [], weight, tally);
    }
    if (child === null || child.count === 0) continue;
    score = f(score + child.weightScore);
    count += 1;
    accumulator = f(accumulator + weight);
  }
  if (count !== 0 && accumulator !== 0) score = f(score / accumulator);
  return { count, score, weightScore: f(score * f(ownWeight)) };
}

function floatFlat(
  nodes: readonly FrameworkNode[],
  unweighted: boolean,
  tally: (node: FrameworkNode) => RuleTally,
): FloatFlat {
  let score = 0;
  let weight = 0;
  for (const node of nodes) {
    if (isUnscored(node)) continue;
    let child: FloatFlat | null;
    if (isRule(node)) {
      const rule = tally(node);
      const w = unweighted ? 1 : f(node.weight ?? 1);
      child = rule.count === 0 ? null : { score: rule.pass > 0 ? w : 0, weight: w };
    } else {
      child = floatFlat(node.children ?? [], unweighted, tally);
    }
    if (child === null || child.weight === 0) continue;
    score = f(score + child.score);
    weight = f(weight + child.weight);
  }
  return { score, weight };
}
