import type { FrameworkNode, Rule } from "../../framework/schema.js";
import { compileAll } from "./all.js";
import { compileAny } from "./any.js";
import { compileAtLeast } from "./atLeast.js";
import { compileBoolean } from "./boolean.js";
import { compileCompare } from "./compare.js";
import { compileJudged } from "./judged.js";
import { compileNoEvents } from "./noEvents.js";
import { compileOutcome } from "./outcome.js";
import type { CompileScope, Judge } from "./rule.js";
import { compileShare } from "./share.js";

/** Compiles one rule of kind `R` into the judge of its node. */
export type CompileJudge<R extends Rule> = (
  rule: R,
  node: FrameworkNode,
  index: number,
  scope: CompileScope,
) => Judge;

/** One judge compiler per rule kind of the schema's union: a kind missing here is a type error. */
export type RuleJudges = { readonly [K in Rule["type"]]: CompileJudge<Extract<Rule, { type: K }>> };

/**
 * The engine's half of each rule kind: how it is judged (`src/scoring/rules/<kind>.ts`). What the
 * framework layer knows about the kind (what it reads, its lint) is `RULE_KINDS` in
 * `src/framework/kinds/index.ts`.
 */
export const RULE_JUDGES = {
  compare: (rule, node, _index, scope) => compileCompare(rule, node, scope),
  noEvents: (rule, node) => compileNoEvents(rule, node),
  all: (rule, _node, index, scope) => compileAll(rule, index, scope),
  any: (rule, _node, index, scope) => compileAny(rule, index, scope),
  atLeast: (rule, _node, index, scope) => compileAtLeast(rule, index, scope),
  share: (rule) => compileShare(rule),
  outcome: (rule) => compileOutcome(rule),
  judged: () => compileJudged("not_judged"),
} as const satisfies RuleJudges;

/**
 * Picks and compiles the rule that judges a node. Without a rule: a node with children is `all` of them,
 * a `boolean` value is met when true, an `events` value is `noEvents`, and anything else waits for the
 * assessor's verdict (`unknown` until an entry status is recorded).
 *
 * @param node - The node.
 * @param index - Its index in the compiled framework.
 * @param scope - The compiled framework.
 * @returns The judge for this node.
 */
export function compileRule(node: FrameworkNode, index: number, scope: CompileScope): Judge {
  const rule = node.rule;
  if (rule !== undefined) {
    return (RULE_JUDGES[rule.type] as CompileJudge<Rule>)(rule, node, index, scope);
  }
  if (node.children !== undefined && node.children.length > 0)
    return compileAll(undefined, index, scope);
  switch (node.value?.type) {
    case "boolean":
      return compileBoolean();
    case "events":
      return compileNoEvents(undefined, node);
    case undefined:
    case "verdict":
      return compileJudged("not_judged");
    default:
      return compileJudged("no_rule");
  }
}
