import { fromZodError, makeIssue } from "../internal/issue.js";
import { snapshotInput } from "../internal/snapshotInput.js";
import type { FrameworkIssue } from "./issues.js";
import { lintFramework } from "./lintFramework.js";
import { type Framework, FrameworkSchema } from "./schema.js";

/** The result of `safeParseFramework` (and of `resolveVariant`). */
export type SafeParseFrameworkResult =
  | { readonly success: true; readonly data: Framework }
  | { readonly success: false; readonly error: { readonly issues: readonly FrameworkIssue[] } };

/**
 * Lint errors that make a framework unsafe to evaluate (lookups that fail, recursion that never ends),
 * so parsing fails on them; every other lint finding is left to `lintFramework`.
 */
export const STRUCTURAL_ISSUE_CODES: readonly string[] = [
  "duplicate_node_id",
  "unknown_node_reference",
  "reference_cycle",
  "duplicate_tier_id",
  "unknown_tier_reference",
  "tier_prerequisite_order",
];

function failure(issues: readonly FrameworkIssue[]): SafeParseFrameworkResult {
  return { success: false, error: { issues } };
}

/**
 * Validates unknown input as a framework without throwing: the schema, then the structural lint errors.
 *
 * Hostile input is refused with an issue rather than an exception: cyclic objects (`cyclic_input`),
 * nesting deeper than 256 levels (`too_deep`), more than five million values (`too_large`) and
 * properties that throw when read (`unreadable_value`).
 *
 * @param input - Anything, typically `JSON.parse` output.
 * @returns `{ success: true, data }` with a framework that is safe to evaluate, or `{ success: false, error: { issues } }`.
 * @example
 * safeParseFramework({ id: "f", version: "1", status: "final", title: { vi: "Bộ" }, scoring: { kind: "count" }, nodes: [] })
 * //=> { success: true, data: { id: "f", version: "1", status: "final", title: { vi: "Bộ" }, scoring: { kind: "count" }, nodes: [] } }
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
    // Nothing above should throw; this keeps the promise of totality if something still does.
    const tooDeep = error instanceof RangeError;
    return failure([
      makeIssue(
        tooDeep ? "too_deep" : "unreadable_input",
        [],
        tooDeep
          ? {
              vi: "(root): dữ liệu lồng nhau quá sâu để kiểm tra",
              en: "(root): the input is nested too deeply to validate",
            }
          : {
              vi: `(root): không kiểm tra được dữ liệu (${error instanceof Error ? error.name : typeof error})`,
              en: `(root): the input could not be validated (${error instanceof Error ? error.name : typeof error})`,
            },
      ),
    ]);
  }
}
