import { snapshotInput } from "../core/copyInput.js";
import { fromZodError, makeIssue } from "../core/issue.js";
import type { FrameworkIssue } from "./issues.js";
import { lintFramework } from "./lintFramework.js";
import { type Framework, FrameworkSchema } from "./schema.js";

/** The result of `safeParseFramework` (and of `resolveVariant`). */
export type SafeParseFrameworkResult =
  | { readonly success: true; readonly data: Framework }
  | { readonly success: false; readonly error: { readonly issues: readonly FrameworkIssue[] } };

/**
 * Lint errors that make a framework unsafe to evaluate (lookups that fail, recursion that never ends)
 * or meaningless to score (no nodes at all), so parsing fails on them; every other lint finding is left
 * to `lintFramework`.
 */
export const STRUCTURAL_ISSUE_CODES: readonly string[] = [
  "empty_framework",
  "duplicate_node_id",
  "unknown_node_reference",
  "reference_cycle",
  "duplicate_tier_id",
  "unknown_tier_reference",
  "tier_prerequisite_order",
  "factor_not_numeric",
];

function failure(issues: readonly FrameworkIssue[]): SafeParseFrameworkResult {
  return { success: false, error: { issues } };
}

/**
 * Validates unknown input as a framework without throwing: the schema, then the structural lint errors.
 *
 * A framework without nodes is refused (`empty_framework`): there is nothing to score.
 *
 * Hostile input is refused with an issue rather than an exception: cyclic objects (`cyclic_input`),
 * nesting deeper than 256 levels (`too_deep`), more than five million values (`too_large`) and
 * properties that throw when read (`unreadable_value`). Should validation itself still throw, the
 * error is reported at the root, named: a `RangeError` (a stack, string or array grown past the
 * engine's limits) as `too_large`, anything else as `unreadable_input`.
 *
 * @param input - Anything, typically `JSON.parse` output.
 * @returns `{ success: true, data }` with a framework that is safe to evaluate, or `{ success: false, error: { issues } }`.
 * @example
 * const node = { id: "tc1", kind: "criterion", title: { vi: "Tiêu chí 1" } };
 * safeParseFramework({ id: "f", version: "1", status: "final", title: { vi: "Bộ" }, scoring: { kind: "count" }, nodes: [node] })
 * //=> { success: true, data: { id: "f", version: "1", status: "final", title: { vi: "Bộ" }, scoring: { kind: "count" }, nodes: [node] } }
 * safeParseFramework({ id: "f", version: "1", status: "final", title: { vi: "Bộ" }, scoring: { kind: "count" }, nodes: [] }).error.issues[0].code
 * //=> "empty_framework"
 * @category Framework
 */
export function safeParseFramework(input: unknown): SafeParseFrameworkResult {
  try {
    const snapshot = snapshotInput(input);
    if (!snapshot.ok) return failure(snapshot.issues);
    const parsed = FrameworkSchema.safeParse(snapshot.value, { reportInput: true });
    if (!parsed.success) return failure(fromZodError(parsed.error));
    const structural = lintFramework(parsed.data).filter(
      (issue) => issue.severity === "error" && STRUCTURAL_ISSUE_CODES.includes(issue.code),
    );
    if (structural.length > 0) return failure(structural);
    return { success: true, data: parsed.data };
  } catch (error) {
    // Nothing above should throw; this keeps the promise of totality if something still does. Depth
    // is measured by `snapshotInput` (`too_deep` with the path), so an exception here is not about
    // depth: a RangeError means the input outgrew what validation could hold (a call stack, a string or
    // array length), anything else that it could not be validated. Either way the error is named.
    const name = error instanceof Error ? error.name : typeof error;
    const detail =
      error instanceof Error && error.message !== "" ? `${name}: ${error.message}` : name;
    const tooLarge = error instanceof RangeError;
    return failure([
      makeIssue(
        tooLarge ? "too_large" : "unreadable_input",
        [],
        tooLarge
          ? {
              vi: `(root): dữ liệu quá lớn để kiểm tra (${detail})`,
              en: `(root): the input is too large to validate (${detail})`,
            }
          : {
              vi: `(root): không kiểm tra được dữ liệu (${detail})`,
              en: `(root): the input could not be validated (${detail})`,
            },
      ),
    ]);
  }
}
