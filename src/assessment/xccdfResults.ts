/*
 * The XCCDF rule-result vocabulary: the values a `verdict` node may record. Part of the data model, so that
 * `checkAssessment` can test a value without importing the scoring engine; the xccdf model reads it too.
 */

/** The nine XCCDF 1.2 rule-result values, lower case (NISTIR 7275r4 §6.6.4.2). */
export const XCCDF_RESULTS: readonly string[] = [
  "pass",
  "fail",
  "error",
  "unknown",
  "notapplicable",
  "notchecked",
  "notselected",
  "informational",
  "fixed",
];
const RESULT_SET: ReadonlySet<string> = /* @__PURE__ */ new Set(XCCDF_RESULTS);

/**
 * Whether a value is one XCCDF rule-result the models read, in any case (`"pass"`, `"FIXED"`): the test
 * `checkAssessment` applies to a `verdict` node's value, or to each item of a multi-check list.
 *
 * @param value - A recorded value, or one item of a list.
 * @returns `true` for one of {@link XCCDF_RESULTS} in any case.
 * @example
 * isXccdfResult("Pass") //=> true
 * isXccdfResult("maybe") //=> false
 * @category Assessment
 */
export function isXccdfResult(value: unknown): value is string {
  return typeof value === "string" && RESULT_SET.has(value.toLowerCase());
}
