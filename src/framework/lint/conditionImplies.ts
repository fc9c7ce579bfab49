import { TIER_CONDITIONS } from "../kinds/index.js";
import type { TierCondition } from "../schema.js";

/**
 * Whether meeting tier condition `lower` guarantees meeting `higher` (a sufficient, not complete, test);
 * each condition's test is `TIER_CONDITIONS[type].implies`.
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
  const implies = TIER_CONDITIONS[higher.type].implies as (
    higher: TierCondition,
    lower: TierCondition,
  ) => boolean;
  return implies(higher, lower);
}
