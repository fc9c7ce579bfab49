import { isWithin, toPlainData } from "../core/copyInput.js";
import { fromZodIssues, makeIssue } from "../core/issue.js";
import type { AssessmentIssue } from "../framework/issues.js";
import { duplicateEntry } from "./assessmentIssues.js";
import { type Assessment, AssessmentSchema } from "./schema.js";

/** The result of `safeParseAssessment`. */
export type SafeParseAssessmentResult =
  | { readonly success: true; readonly data: Assessment }
  | { readonly success: false; readonly error: { readonly issues: readonly AssessmentIssue[] } };

/**
 * Validates unknown input as an assessment record without throwing.
 *
 * Beyond the schema it reports `duplicate_entry` (two entries for one node: entries are a list
 * precisely so that a repeated node is seen rather than silently overwritten) and `reserved_id` for an
 * own `__proto__` key anywhere (which `JSON.parse` creates and zod would silently drop). Hostile input
 * becomes issues too: cyclic objects (`cyclic_input`), nesting deeper than 32 levels (`too_deep`),
 * oversized arrays or objects (`too_large`) and properties that throw when read (`unreadable_value`).
 * NaN and ±Infinity are `not_finite`. The input is never mutated; `data` shares nothing with it.
 *
 * @param input - Anything, typically `JSON.parse` output.
 * @returns `{ success: true, data }`, or `{ success: false, error: { issues } }` with every issue found.
 * @example
 * safeParseAssessment({
 *   framework: { id: "tt124", version: "2021" },
 *   subject: { id: "nghi-huong", kind: "xa" },
 *   period: { id: "2023", start: "2022-11-16", end: "2023-11-15" },
 *   entries: [{ node: "xa.1.a", value: true }, { node: "xa.1.a", value: false }],
 * }).error.issues.map((issue) => [issue.code, issue.path])
 * //=> [["duplicate_entry", ["entries", 1, "node"]]]
 * @category Assessment
 */
export function safeParseAssessment(input: unknown): SafeParseAssessmentResult {
  try {
    const plain = toPlainData(input);
    // `reportInput` lets the issue mapping tell a missing field from a wrong one.
    const parsed = AssessmentSchema.safeParse(plain.data, { reportInput: true });
    const schemaIssues = parsed.success
      ? []
      : fromZodIssues(parsed.error.issues).filter(
          (issue) => !plain.cut.some((cut) => isWithin(issue.path, cut)),
        );
    const issues = [...plain.issues, ...schemaIssues, ...duplicateEntries(plain.data)];
    if (issues.length > 0 || !parsed.success) return { success: false, error: { issues } };
    return { success: true, data: parsed.data };
  } catch (error) {
    // Nothing above should throw; this keeps the promise of totality if something still does.
    const name = error instanceof Error ? error.name : typeof error;
    return {
      success: false,
      error: {
        issues: [
          makeIssue("unreadable_input", [], {
            vi: `(root): không kiểm tra được dữ liệu (${name})`,
            en: `(root): the input could not be validated (${name})`,
          }),
        ],
      },
    };
  }
}

/** Reads the copied input leniently, so duplicates are reported even when other fields are invalid. */
function duplicateEntries(data: unknown): AssessmentIssue[] {
  if (typeof data !== "object" || data === null) return [];
  const entries = (data as { entries?: unknown }).entries;
  if (!Array.isArray(entries)) return [];
  const first = new Map<string, number>();
  const issues: AssessmentIssue[] = [];
  entries.forEach((entry: unknown, index) => {
    if (typeof entry !== "object" || entry === null) return;
    const node = (entry as { node?: unknown }).node;
    if (typeof node !== "string") return;
    const seen = first.get(node);
    if (seen === undefined) first.set(node, index);
    else issues.push(duplicateEntry(["entries", index, "node"], node, seen));
  });
  return issues;
}
