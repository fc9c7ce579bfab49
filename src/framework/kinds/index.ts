import type { Framework, FrameworkNode, Rule } from "../schema.js";
import { allKind } from "./all.js";
import { anyKind } from "./any.js";
import { atLeastKind } from "./atLeast.js";
import { compareKind } from "./compare.js";
import { judgedKind } from "./judged.js";
import { noEventsKind } from "./noEvents.js";
import { outcomeKind } from "./outcome.js";
import type { NodeRead, RuleKind, RuleKinds } from "./ruleKind.js";
import { shareKind } from "./share.js";

export { conditionReads, TIER_CONDITIONS } from "./conditions.js";
export type {
  Key,
  LintIssue,
  NodeRead,
  RuleKind,
  RuleKinds,
  TierConditionKind,
  TierConditionKinds,
} from "./ruleKind.js";

/**
 * The rule kinds, one entry per `Rule["type"]` (checked with `satisfies`: a kind of the schema missing
 * here, or missing a field, does not compile). The engine's half is `RULE_JUDGES` in
 * `src/scoring/rules/compileRule.ts`.
 *
 * @example
 * RULE_KINDS.judged.readsValue //=> false
 * @category Internal
 */
export const RULE_KINDS = {
  compare: compareKind,
  noEvents: noEventsKind,
  all: allKind,
  any: anyKind,
  atLeast: atLeastKind,
  share: shareKind,
  outcome: outcomeKind,
  judged: judgedKind,
} as const satisfies RuleKinds;

/**
 * The registry entry of a rule, typed for that rule.
 *
 * @param rule - A rule.
 * @returns `RULE_KINDS[rule.type]`.
 * @example
 * ruleKind({ type: "all" }).readsValue //=> false
 * @category Internal
 */
export function ruleKind<R extends Rule>(rule: R): RuleKind<R> {
  return RULE_KINDS[rule.type] as unknown as RuleKind<R>;
}

/**
 * The nodes a node's rule reads: the one answer to "which nodes does this rule read", used by lint
 * (`collectNodeReferences`), assessment checks, the engine's evaluation order and `stepsToTier`.
 *
 * @param node - A framework node.
 * @param framework - Its framework (for `references`).
 * @returns The reads of its rule, in document order; `[]` without a rule.
 * @example
 * ruleReads({ id: "a", title: "A", rule: { type: "all", of: ["b"] } }, framework)
 * //=> [{ to: "b", via: "status", named: true, path: ["rule", "of", 0] }]
 * @category Internal
 */
export function ruleReads(node: FrameworkNode, framework: Framework): NodeRead[] {
  return node.rule === undefined ? [] : ruleKind(node.rule).reads(node.rule, node, framework);
}
