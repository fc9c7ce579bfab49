import type { Rule } from "../schema.js";
import type { NodeRead, RuleKind } from "./ruleKind.js";

/** The assessor records met / not met (the entry's status): reads no node and no value. */
export const judgedKind: RuleKind<Extract<Rule, { type: "judged" }>> = {
  readsValue: false,
  reads(): NodeRead[] {
    return [];
  },
  lint(): void {},
};
