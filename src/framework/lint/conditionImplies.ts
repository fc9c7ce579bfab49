import type { TierCondition } from "../schema.js";

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

/**
 * Whether meeting tier condition `lower` guarantees meeting `higher` (a sufficient, not complete, test).
 *
 * @param lower - A condition of the lower tier.
 * @param higher - A condition of the higher tier.
 * @returns True when `lower` implies `higher`.
 * @example
 * conditionImplies({ type: "minPoints", points: 80 }, { type: "minPoints", points: 50 })
 * //=> true
 * @category Internal
 */
export function conditionImplies(lower: TierCondition, higher: TierCondition): boolean {
  switch (higher.type) {
    case "minPoints":
      return lower.type === "minPoints" && lower.points >= higher.points;
    case "minPercent":
      return lower.type === "minPercent" && lower.percent >= higher.percent;
    case "minScore":
      return lower.type === "minScore" && lower.score >= higher.score;
    case "minCount":
      // k₁ of S₁ met with S₁ ⊆ S₂ puts at least k₁ of S₂ met.
      return (
        lower.type === "minCount" &&
        lower.count >= higher.count &&
        (higher.of === undefined || covers(higher.of, lower.of))
      );
    case "allMet":
    case "mandatoryMet":
    case "noDisqualifier":
      return lower.type === higher.type;
    case "nodesMet":
      return (
        lower.type === "nodesMet" &&
        (lower.notApplicable ?? "notMet") === (higher.notApplicable ?? "notMet") &&
        covers(lower.nodes, higher.nodes)
      );
    case "groupMinShare":
      return (
        lower.type === "groupMinShare" &&
        lower.percent >= higher.percent &&
        sameSet(lower.nodes, higher.nodes)
      );
    case "tier":
      return lower.type === "tier" && lower.tier === higher.tier;
    case "outcome":
      return (
        lower.type === "outcome" &&
        lower.framework === higher.framework &&
        lower.tier === higher.tier
      );
    default:
      return false;
  }
}
