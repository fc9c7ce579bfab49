import type { ConditionResult, Evaluation, TierResult } from "./types.js";

/** What stands between an evaluation and one tier. */
export interface TierGap {
  readonly tier: string;
  readonly achieved: boolean;
  /** The tier's conditions that fail, as in `evaluation.tiers` (with `shortBy`). */
  readonly conditions: readonly ConditionResult[];
  /**
   * The nodes the failing conditions name (criteria not met, mandatory or named nodes, groups below
   * their minimum share, disqualifiers), including those of failing prerequisite tiers, in framework
   * order.
   */
  readonly nodes: readonly string[];
  /** Prerequisite tiers (`tier` conditions) that are not achieved, nearest first. */
  readonly prerequisites: readonly string[];
  /**
   * Set only when the framework has no such tier (then nothing else is filled in); its sentence comes
   * from `formatTierQuery`.
   */
  readonly reason?: "unknown_tier";
}

/**
 * Reads the gap to a tier off an evaluation: the conditions that fail, by how much, and the nodes they
 * name — also through failing prerequisite tiers (kiểu mẫu needs nâng cao, which needs NTM). Nothing is
 * recomputed. To choose which nodes to change, see `rankChanges` and `stepsToTier`.
 *
 * @param evaluation - An evaluation from `evaluate`.
 * @param tierId - A tier of the evaluated framework.
 * @returns The gap; an achieved tier has no failing conditions. A tier the framework does not have is
 * answered as data, as `stepsToTier` does: `achieved: false`, `reason: "unknown_tier"`, empty lists and
 * no sentences (`formatTierQuery` writes one). It never throws.
 * @example
 * gapToTier(evaluate(qd25, communeF), "dat")
 * //=> { tier: "dat", achieved: false, conditions: [{ type: "groupMinShare", met: false, actual: ["tc5"], required: 50, shortBy: 2 }], nodes: ["tc5"], prerequisites: [] }
 * gapToTier(evaluate(qd25, communeF), "gioi")
 * //=> { tier: "gioi", achieved: false, reason: "unknown_tier", conditions: [], nodes: [], prerequisites: [] }
 * @category Scoring
 */
export function gapToTier(evaluation: Evaluation, tierId: string): TierGap {
  const byId = new Map(evaluation.tiers.map((tier) => [tier.id, tier]));
  const target = byId.get(tierId);
  if (target === undefined) {
    return {
      tier: tierId,
      achieved: false,
      reason: "unknown_tier",
      conditions: [],
      nodes: [],
      prerequisites: [],
    };
  }
  const named = new Set<string>();
  const prerequisites: string[] = [];
  const listed = new Set<string>();
  const visited = new Set<string>([tierId]);
  // Depth first, in condition order, with an explicit stack: a chain of prerequisite tiers may be
  // thousands long, deeper than the call stack.
  const stack: { tier: TierResult | undefined; next: number }[] = [{ tier: target, next: 0 }];
  while (stack.length > 0) {
    const top = stack[stack.length - 1]!;
    const tier = top.tier;
    if (tier === undefined || tier.achieved || top.next >= tier.conditions.length) {
      stack.pop();
      continue;
    }
    const condition = tier.conditions[top.next++]!;
    if (condition.met) continue;
    if (Array.isArray(condition.actual)) for (const node of condition.actual) named.add(node);
    if (condition.type === "tier" && typeof condition.required === "string") {
      const required = condition.required;
      if (!listed.has(required)) {
        listed.add(required);
        prerequisites.push(required);
      }
      if (!visited.has(required)) {
        visited.add(required);
        stack.push({ tier: byId.get(required), next: 0 });
      }
    }
  }
  const order = new Map(evaluation.nodes.map((node, index) => [node.id, index]));
  const nodes = [...named].sort(
    (a, b) => (order.get(a) ?? Number.MAX_SAFE_INTEGER) - (order.get(b) ?? Number.MAX_SAFE_INTEGER),
  );
  return {
    tier: tierId,
    achieved: target.achieved,
    conditions: target.conditions.filter((condition) => !condition.met),
    nodes,
    prerequisites,
  };
}
