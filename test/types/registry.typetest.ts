/*
 * Type tests, checked by `tsc --noEmit` (tsconfig includes test/): a registry of rule kinds or tier
 * conditions that misses one member of the schema's union, or one field of an entry, does not compile.
 * Each `@ts-expect-error` fails the type check if the line below it compiles.
 */
import type { RuleKinds, TierConditionKinds } from "../../src/framework/kinds/index.js";
import { RULE_KINDS, TIER_CONDITIONS } from "../../src/framework/kinds/index.js";
import { RULE_JUDGES, type RuleJudges } from "../../src/scoring/rules/compileRule.js";
import { TIER_CHECKS, type TierChecks } from "../../src/scoring/tiers.js";

const { share: _share, ...kindsWithoutShare } = RULE_KINDS;
const { noEvents: _noEvents, ...judgesWithoutNoEvents } = RULE_JUDGES;
const { nodesMet: _nodesMet, ...conditionsWithoutNodesMet } = TIER_CONDITIONS;
const { outcome: _outcome, ...checksWithoutOutcome } = TIER_CHECKS;
const { lint: _lint, ...compareWithoutLint } = RULE_KINDS.compare;
const { countsNodes: _counts, ...minCountWithoutCounts } = TIER_CONDITIONS.minCount;

// @ts-expect-error a rule kind of the schema without its registry entry
export const missingKind: RuleKinds = kindsWithoutShare;

// @ts-expect-error a rule kind without its judge
export const missingJudge: RuleJudges = judgesWithoutNoEvents;

// @ts-expect-error a tier condition without its registry entry
export const missingCondition: TierConditionKinds = conditionsWithoutNodesMet;

// @ts-expect-error a tier condition without its check
export const missingCheck: TierChecks = checksWithoutOutcome;

// @ts-expect-error a rule kind entry without its lint
export const kindWithoutLint: RuleKinds = { ...RULE_KINDS, compare: compareWithoutLint };

export const conditionWithoutField: TierConditionKinds = {
  ...TIER_CONDITIONS,
  // @ts-expect-error a tier condition entry without `countsNodes`
  minCount: minCountWithoutCounts,
};

// @ts-expect-error a kind that the schema does not have
export const extraKind: RuleKinds = { ...RULE_KINDS, median: RULE_KINDS.all };

export const complete: [RuleKinds, RuleJudges, TierConditionKinds, TierChecks] = [
  RULE_KINDS,
  RULE_JUDGES,
  TIER_CONDITIONS,
  TIER_CHECKS,
];
