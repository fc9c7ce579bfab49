import type { Rule } from "../../framework/schema.js";
import { compileCombinator } from "./atLeast.js";
import type { CompileScope, Judge } from "./rule.js";

type AllRule = Extract<Rule, { type: "all" }>;

/**
 * Compiles an `all` rule ("đạt đủ 06 nội dung"), also the default rule of a node with children:
 * met when every applicable item is met (see `compileCombinator` for items and open statuses).
 *
 * @param rule - The `all` rule, or `undefined` for the default over the children.
 * @param index - The node's index.
 * @param scope - The compiled framework.
 * @returns The judge for this node.
 */
export function compileAll(rule: AllRule | undefined, index: number, scope: CompileScope): Judge {
  return compileCombinator("all", rule?.of, index, scope, {
    met: "all_met",
    notMet: "all_not_met",
  });
}
