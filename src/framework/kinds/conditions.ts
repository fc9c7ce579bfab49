import type { TierCondition } from "../schema.js";
import type { NodeRead, TierConditionKinds } from "./ruleKind.js";
import { namedStatusReads } from "./ruleKind.js";

const none = (): NodeRead[] => [];

/**
 * The tier conditions, one entry per `TierCondition["type"]` (checked with `satisfies`): the nodes
 * each names, and how `stepsToTier` may treat it.
 *
 * @example
 * TIER_CONDITIONS.nodesMet.reads({ type: "nodesMet", nodes: ["a"] }).map((read) => read.to) //=> ["a"]
 * @category Internal
 */
export const TIER_CONDITIONS = {
  minPoints: { reads: none, namesNodes: false, countsNodes: false },
  minPercent: { reads: none, namesNodes: false, countsNodes: false },
  minScore: { reads: none, namesNodes: false, countsNodes: false },
  minCount: {
    reads: (condition) => namedStatusReads(condition.of, ["of"]),
    namesNodes: false,
    countsNodes: true,
  },
  allMet: { reads: none, namesNodes: true, countsNodes: true },
  mandatoryMet: { reads: none, namesNodes: true, countsNodes: true },
  nodesMet: {
    reads: (condition) => namedStatusReads(condition.nodes, ["nodes"]),
    namesNodes: true,
    countsNodes: true,
  },
  groupMinShare: {
    reads: (condition) => namedStatusReads(condition.nodes, ["nodes"]),
    namesNodes: false,
    countsNodes: false,
  },
  noDisqualifier: { reads: none, namesNodes: false, countsNodes: false },
  tier: { reads: none, namesNodes: false, countsNodes: true },
  outcome: { reads: none, namesNodes: false, countsNodes: false },
} as const satisfies TierConditionKinds;

/**
 * The nodes a tier condition names, with paths from the condition.
 *
 * @param condition - A tier condition.
 * @returns Its reads, in document order.
 * @example
 * conditionReads({ type: "minCount", count: 1, of: ["a", "b"] }).map((read) => read.path)
 * //=> [["of", 0], ["of", 1]]
 * @category Internal
 */
export function conditionReads(condition: TierCondition): NodeRead[] {
  return (TIER_CONDITIONS[condition.type].reads as (c: TierCondition) => NodeRead[])(condition);
}
