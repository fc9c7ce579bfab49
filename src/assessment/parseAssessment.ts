import { AssessmentError } from "./AssessmentError.js";
import { safeParseAssessment } from "./safeParseAssessment.js";
import type { Assessment } from "./schema.js";

/**
 * Validates unknown input as an assessment record, throwing when it is not one.
 *
 * @param input - Anything, typically `JSON.parse` output.
 * @returns The assessment, a fresh object that shares nothing with the input.
 * @throws {AssessmentError} With `.issues` (the same list `safeParseAssessment` returns).
 * @example
 * parseAssessment({
 *   framework: { id: "tt124", version: "2021" },
 *   subject: { id: "nghi-huong", kind: "xa" },
 *   period: { id: "2023", start: "2022-11-16", end: "2023-11-15" },
 *   entries: [{ node: "xa.1.a", value: true }],
 * }).entries
 * //=> [{ node: "xa.1.a", value: true }]
 * @category Assessment
 */
export function parseAssessment(input: unknown): Assessment {
  const result = safeParseAssessment(input);
  if (!result.success) throw new AssessmentError(result.error.issues);
  return result.data;
}
