import type { Rule } from "../schema.js";
import { combinatorReads, lintCombinator } from "./combinator.js";
import type { RuleKind } from "./ruleKind.js";

/** Met when every node of `of` (default: the children) is met. Judges from other nodes, never from its own value. */
export const allKind: RuleKind<Extract<Rule, { type: "all" }>> = {
  readsValue: false,
  reads: combinatorReads,
  lint: lintCombinator,
};
