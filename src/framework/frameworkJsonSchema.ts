import schema from "../../schema/framework.schema.json" with { type: "json" };

/** Where the published file lives (the package ships `schema/`). */
export const FRAMEWORK_SCHEMA_ID = "https://unpkg.com/tieuchi/schema/framework.schema.json";

/**
 * The JSON Schema (draft 2020-12) of a framework file, for editors and non-TypeScript validators.
 *
 * The recursive node is the `$defs/FrameworkNode` definition. Checks the schema language cannot state
 * are approximated where possible (reserved ids, non-empty labels) and otherwise left to
 * `lintFramework`. This returns a copy of the committed `schema/framework.schema.json`, which
 * `tieuchi schema` generates from the zod schema (CI checks that the two agree): a bundle that calls
 * it carries that JSON, not zod's JSON Schema converter.
 *
 * @returns A fresh JSON Schema object.
 * @example
 * frameworkJsonSchema().$defs.FrameworkNode.properties.kind
 * //=> { type: "string", enum: ["group", "criterion", "indicator"] }
 * @category Framework
 */
export function frameworkJsonSchema(): Record<string, unknown> {
  return structuredClone(schema) as Record<string, unknown>;
}
