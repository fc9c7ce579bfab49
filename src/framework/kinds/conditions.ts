import type { TierCondition } from "../schema.js";
import type { NodeRead, TierConditionKinds } from "./ruleKind.js";
import { namedStatusReads } from "./ruleKind.js";

const none = (): NodeRead[] => [];

/** Whether every id of `narrow` is in `wide` (`undefined` `wide`: every node; `undefined` `narrow`: not covered unless `wide` is). */
function covers(
  wide: readonly string[] | undefined,
  narrow: readonly string[] | undefined,
): boolean {
  if (wide === undefined) return true;
  if (narrow === undefined) return false;
  const set = new Set(wide);
  return narrow.every((id) => set.has(id));
}

function sameSet(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  return covers(a, b) && covers(b, a);
}

/** Conditions without parameters: one implies another of the same type. */
const sameType = (higher: TierCondition, lower: TierCondition): boolean =>
  lower.type === higher.type;

/**
 * The tier conditions, one entry per `TierCondition["type"]` (checked with `satisfies`): the nodes
 * each names, how `stepsToTier` may treat it (`namesNodes`, `countsNodes`, `countsPoints`), and which lower-tier condition implies it (lint).
 *
 * @example
 * TIER_CONDITIONS.nodesMet.reads({ type: "nodesMet", nodes: ["a"] }).map((read) => read.to) //=> ["a"]
 * @category Internal
 */
export const TIER_CONDITIONS = {
  minPoints: {
    reads: none,
    namesNodes: false,
    countsNodes: false,
    countsPoints: true,
    implies: (higher, lower) => lower.type === "minPoints" && lower.points >= higher.points,
  },
  minPercent: {
    reads: none,
    namesNodes: false,
    countsNodes: false,
    countsPoints: true,
    implies: (higher, lower) => lower.type === "minPercent" && lower.percent >= higher.percent,
  },
  minScore: {
    reads: none,
    namesNodes: false,
    countsNodes: false,
    countsPoints: false,
    implies: (higher, lower) => lower.type === "minScore" && lower.score >= higher.score,
  },
  minCount: {
    reads: (condition) => namedStatusReads(condition.of, ["of"]),
    namesNodes: false,
    countsNodes: true,
    countsPoints: false,
    // k₁ of S₁ met with S₁ ⊆ S₂ puts at least k₁ of S₂ met.
    implies: (higher, lower) =>
      lower.type === "minCount" &&
      lower.count >= higher.count &&
      (higher.of === undefined || covers(higher.of, lower.of)),
  },
  allMet: {
    reads: none,
    namesNodes: true,
    countsNodes: true,
    countsPoints: false,
    implies: sameType,
  },
  mandatoryMet: {
    reads: none,
    namesNodes: true,
    countsNodes: true,
    countsPoints: false,
    implies: sameType,
  },
  nodesMet: {
    reads: (condition) => namedStatusReads(condition.nodes, ["nodes"]),
    namesNodes: true,
    countsNodes: true,
    countsPoints: false,
    implies: (higher, lower) =>
      lower.type === "nodesMet" &&
      (lower.notApplicable ?? "notMet") === (higher.notApplicable ?? "notMet") &&
      covers(lower.nodes, higher.nodes),
  },
  groupMinShare: {
    reads: (condition) => namedStatusReads(condition.nodes, ["nodes"]),
    namesNodes: false,
    countsNodes: false,
    countsPoints: false,
    implies: (higher, lower) =>
      lower.type === "groupMinShare" &&
      lower.percent >= higher.percent &&
      sameSet(lower.nodes, higher.nodes),
  },
  noDisqualifier: {
    reads: none,
    namesNodes: false,
    countsNodes: false,
    countsPoints: false,
    implies: sameType,
  },
  tier: {
    reads: none,
    namesNodes: false,
    countsNodes: true,
    countsPoints: false,
    implies: (higher, lower) => lower.type === "tier" && lower.tier === higher.tier,
  },
  outcome: {
    reads: none,
    namesNodes: false,
    countsNodes: false,
    countsPoints: false,
    implies: (higher, lower) =>
      lower.type === "outcome" &&
      lower.framework === higher.framework &&
      lower.tier === higher.tier,
  },
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
