import { conclude, ERROR, type Judge, MET, NOT_MET, UNKNOWN, valueTypeName } from "./rule.js";

/**
 * Compiles the default rule of a `boolean` value without a rule: met when the value is `true`.
 *
 * @returns The judge for such a node.
 */
export function compileBoolean(): Judge {
  return (state, index) => {
    const value = state.entries[index]?.value;
    if (value === undefined) return conclude(state, index, UNKNOWN, "missing_value");
    if (state.explain) state.values[index] = value;
    if (typeof value !== "boolean") {
      if (!state.explain) return ERROR;
      return conclude(state, index, ERROR, "wrong_value_type", {
        expected: "boolean",
        actual: valueTypeName(value),
      });
    }
    return value
      ? conclude(state, index, MET, "boolean_true")
      : conclude(state, index, NOT_MET, "boolean_false");
  };
}
