import type { Rule } from "../../framework/schema.js";
import type { Evaluation } from "../types.js";
import { conclude, ERROR, type Judge, MET, NOT_MET, UNKNOWN } from "./rule.js";

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
 * Compiles an `outcome` rule: met when another framework's evaluation of the same subject
 * (`context.outcomes[framework]`) reached `tier` or higher — NTM indicator 19.2 is met when the commune
 * is recognised "An toàn về ANTT" under TT 124. Without that outcome the node is `unknown`
 * (`missing_context`).
 *
 * @param rule - The `outcome` rule.
 * @returns The judge for this node.
 */
export function compileOutcome(rule: OutcomeRule): Judge {
  const { framework, tier } = rule;
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
    const reached = tierReached(outcome, tier);
    if (reached === null) return conclude(state, index, ERROR, "unknown_tier", { framework, tier });
    if (state.explain && outcome.tier !== null) state.values[index] = outcome.tier;
    return conclude(
      state,
      index,
      reached ? MET : NOT_MET,
      reached ? "outcome_met" : "outcome_not_met",
      {
        framework,
        tier,
        reached: outcome.tier,
      },
    );
  };
}
