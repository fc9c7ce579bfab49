import type { Rule } from "../../framework/schema.js";
import type { Evaluation } from "../types.js";
import { conclude, ERROR, type Judge, MET, NOT_MET, UNKNOWN } from "./rule.js";

type JudgeState = Parameters<Judge>[0];

type OutcomeRule = Extract<Rule, { type: "outcome" }>;

/**
 * Whether an outcome reached `tier`: for a full evaluation, its tier is that tier or a higher one (tiers
 * are listed lowest first); for a bare `{ tier }`, exactly that tier. `null` when `tier` is not a tier
 * of the evaluation.
 *
 * @param outcome - Another framework's evaluation of the subject, or just its tier.
 * @param tier - The tier to reach.
 * @returns `true`, `false`, or `null` for an unknown tier.
 */
export function tierReached(
  outcome: Evaluation | { readonly tier: string | null },
  tier: string,
): boolean | null {
  if (!("tiers" in outcome) || !Array.isArray(outcome.tiers)) return outcome.tier === tier;
  const tiers = outcome.tiers;
  const wanted = tiers.findIndex((result) => result.id === tier);
  if (wanted < 0) return null;
  if (outcome.tier === null) return false;
  return tiers.findIndex((result) => result.id === outcome.tier) >= wanted;
}

/**
 * An `outcome` rule with `node`: the node's status in the other framework's full evaluation (met, not
 * met, or unknown when that evaluation did not decide it). A bare `{ tier }` outcome, or one without the
 * node, is missing context.
 */
function judgeNode(
  state: JudgeState,
  index: number,
  framework: string,
  node: string,
  outcome: Evaluation | { readonly tier: string | null },
): ReturnType<Judge> {
  const nodes = "nodes" in outcome && Array.isArray(outcome.nodes) ? outcome.nodes : undefined;
  const result = nodes?.find((candidate) => candidate.id === node);
  if (result === undefined) {
    return conclude(state, index, UNKNOWN, "missing_context", {
      context: `outcomes.${framework}.nodes.${node}`,
    });
  }
  const params = { framework, node, status: result.status };
  if (result.status === "met") return conclude(state, index, MET, "outcome_node_met", params);
  if (result.status === "notMet") {
    return conclude(state, index, NOT_MET, "outcome_node_not_met", params);
  }
  return conclude(state, index, UNKNOWN, "outcome_node_undecided", params);
}

/**
 * Compiles an `outcome` rule: met when another framework's evaluation of the same subject
 * (`context.outcomes[framework]`) reached `tier` or higher — NTM indicator 19.2 is met when the commune
 * is recognised "An toàn về ANTT" under TT 124 — or, with `node`, when that evaluation met the node (a
 * criterion of another framework taken by reference: a khối dân cư's year-end criteria fold in QĐ 9745's
 * tc9, judged from the same evidence). Without that outcome the node is `unknown`
 * (`missing_context`).
 *
 * @param rule - The `outcome` rule.
 * @returns The judge for this node.
 */
export function compileOutcome(rule: OutcomeRule): Judge {
  const { framework, tier, node } = rule;
  return (state, index) => {
    const outcomes = state.context.outcomes;
    const outcome =
      outcomes !== undefined && Object.hasOwn(outcomes, framework)
        ? outcomes[framework]
        : undefined;
    if (outcome === undefined) {
      return conclude(state, index, UNKNOWN, "missing_context", {
        context: `outcomes.${framework}`,
      });
    }
    if (node !== undefined) return judgeNode(state, index, framework, node, outcome);
    const reached = tierReached(outcome, tier ?? "");
    if (reached === null)
      return conclude(state, index, ERROR, "unknown_tier", { framework, tier: tier ?? "" });
    if (state.explain && outcome.tier !== null) state.values[index] = outcome.tier;
    return conclude(
      state,
      index,
      reached ? MET : NOT_MET,
      reached ? "outcome_met" : "outcome_not_met",
      {
        framework,
        tier: tier ?? "",
        reached: outcome.tier,
      },
    );
  };
}
