import schema from "../../schema/assessment.schema.json" with { type: "json" };

/** Where the published file lives (the package ships `schema/`). */
export const ASSESSMENT_SCHEMA_ID = "https://unpkg.com/tieuchi/schema/assessment.schema.json";

/**
 * The JSON Schema (draft 2020-12) of an assessment file, for editors and non-TypeScript validators.
 *
 * It states what `safeParseAssessment` checks on its own (shapes, ids, ISO dates, no unknown keys)
 * except that `period.end` is not before `period.start`; what needs the framework (unknown nodes,
 * value types, duplicate entries) is left to `checkAssessment`. This returns a copy of the committed `schema/assessment.schema.json`, which
 * `tieuchi schema assessment` generates from the zod schema (CI checks that the two agree). Point an
 * assessment's `"$schema"` at that file for completion in editors.
 *
 * @returns A fresh JSON Schema object.
 * @example
 * import { assessmentJsonSchema } from "tieuchi";
 *
 * assessmentJsonSchema().required
 * //=> ["framework", "subject", "period", "entries"]
 * @category Assessment
 */
export function assessmentJsonSchema(): Record<string, unknown> {
  return structuredClone(schema) as Record<string, unknown>;
}
