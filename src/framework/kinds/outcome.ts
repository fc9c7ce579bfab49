import type { Rule } from "../schema.js";
import type { NodeRead, RuleKind } from "./ruleKind.js";

/** Met when another framework's evaluation reached a tier (`context.outcomes`): reads no node and no value. */
export const outcomeKind: RuleKind<Extract<Rule, { type: "outcome" }>> = {
  readsValue: false,
  reads(): NodeRead[] {
    return [];
  },
  lint(): void {},
};
