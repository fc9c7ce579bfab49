import type { Rule } from "../schema.js";
import { combinatorReads, lintCombinator } from "./combinator.js";
import type { RuleKind } from "./ruleKind.js";

/** Met when at least `count` nodes of `of` (default: the children) are met. Judges from other nodes, never from its own value. */
export const atLeastKind: RuleKind<Extract<Rule, { type: "atLeast" }>> = {
  readsValue: false,
  reads: combinatorReads,
  lint: lintCombinator,
};
