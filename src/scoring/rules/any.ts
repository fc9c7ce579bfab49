import type { Rule } from "../../framework/schema.js";
import { compileCombinator } from "./atLeast.js";
import type { CompileScope, Judge } from "./rule.js";

type AnyRule = Extract<Rule, { type: "any" }>;

/**
 * Compiles an `any` rule (QĐ 319: kiểu mẫu in at least one outstanding field): met when one applicable
 * item is met, even if others are unknown.
 *
 * @param rule - The `any` rule.
 * @param index - The node's index.
 * @param scope - The compiled framework.
 * @returns The judge for this node.
 */
export function compileAny(rule: AnyRule, index: number, scope: CompileScope): Judge {
  return compileCombinator(1, rule.of, index, scope, { met: "any_met", notMet: "any_not_met" });
}
