import type { Rule } from "../schema.js";
import { combinatorReads, lintCombinator } from "./combinator.js";
import type { RuleKind } from "./ruleKind.js";

/** Met when one node of `of` (default: the children) is met. Judges from other nodes, never from its own value. */
export const anyKind: RuleKind<Extract<Rule, { type: "any" }>> = {
  readsValue: false,
  reads: combinatorReads,
  lint: lintCombinator,
};
