import schema from "../../schema/variant.schema.json" with { type: "json" };

/** Where the published file lives (the package ships `schema/`). */
export const VARIANT_SCHEMA_ID = "https://unpkg.com/tieuchi/schema/variant.schema.json";

/**
 * The JSON Schema (draft 2020-12) of a variant file (a base framework plus operations), for editors.
 *
 * Nodes added by `addNode` use the recursive `$defs/FrameworkNode` definition, as in
 * `frameworkJsonSchema()`. This returns a copy of the committed `schema/variant.schema.json`, which
 * `tieuchi schema variant` generates from the zod schema (CI checks that the two agree).
 *
 * @returns A fresh JSON Schema object.
 * @example
 * variantJsonSchema().required
 * //=> ["id", "version", "status", "title", "variantOf", "operations"]
 * @category Framework
 */
export function variantJsonSchema(): Record<string, unknown> {
  return structuredClone(schema) as Record<string, unknown>;
}
