import type { FrameworkNode } from "../../framework/schema.js";
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
    switch (rule.type) {
      case "compare":
        return compileCompare(rule, node, scope);
      case "noEvents":
        return compileNoEvents(rule, node);
      case "all":
        return compileAll(rule, index, scope);
      case "any":
        return compileAny(rule, index, scope);
      case "atLeast":
        return compileAtLeast(rule, index, scope);
      case "share":
        return compileShare(rule);
      case "outcome":
        return compileOutcome(rule);
      case "judged":
        return compileJudged("not_judged");
      default: {
        const unreachable: never = rule;
        throw new TypeError(`compileRule: unknown rule ${JSON.stringify(unreachable)}`);
      }
    }
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
