import { conclude, type Judge, UNKNOWN } from "./rule.js";

/**
 * Compiles a `judged` rule, also the default for `verdict` values: the assessor records the status in
 * the entry (which overrides every rule), so reaching the rule means no verdict yet — `unknown`,
 * "chưa có kết quả".
 *
 * @param code - The reason code: `not_judged`, or `no_rule` for a value with nothing to judge it.
 * @returns The judge for this node.
 */
export function compileJudged(code: "not_judged" | "no_rule" = "not_judged"): Judge {
  return (state, index) => {
    const value = state.entries[index]?.value;
    if (state.explain && value !== undefined) state.values[index] = value;
    return conclude(state, index, UNKNOWN, code);
  };
}
