import { jsonSchemaOf } from "../internal/jsonSchemaOf.js";
import { FrameworkSchema } from "./schema.js";

/** Where the published file lives (the package ships `schema/`). */
export const FRAMEWORK_SCHEMA_ID = "https://unpkg.com/tieuchi/schema/framework.schema.json";

/**
 * The JSON Schema (draft 2020-12) of a framework file, for editors and non-TypeScript validators.
 *
 * The recursive node is the `$defs/FrameworkNode` definition. Checks the schema language cannot state
 * are approximated where possible (reserved ids, non-empty labels) and otherwise left to
 * `lintFramework`; the committed copy is `schema/framework.schema.json`.
 *
 * @returns A fresh JSON Schema object.
 * @example
 * frameworkJsonSchema().$defs.FrameworkNode.properties.kind
 * //=> { type: "string", enum: ["group", "criterion", "indicator"] }
 * @category Framework
 */
export function frameworkJsonSchema(): Record<string, unknown> {
  return jsonSchemaOf(FrameworkSchema, {
    id: FRAMEWORK_SCHEMA_ID,
    title: "tieuchi framework",
    description:
      "A criteria framework (bộ tiêu chí) for the tieuchi library: a versioned tree of groups, criteria and indicators with rules, scoring and tiers. Semantic checks (duplicate ids, unknown references, unreachable tiers …) are done by lintFramework.",
  });
}
