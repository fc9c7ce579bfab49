import { jsonSchemaOf } from "../internal/jsonSchemaOf.js";
import { VariantSchema } from "./schema.js";

/** Where the published file lives (the package ships `schema/`). */
export const VARIANT_SCHEMA_ID = "https://unpkg.com/tieuchi/schema/variant.schema.json";

/**
 * The JSON Schema (draft 2020-12) of a variant file (a base framework plus operations), for editors.
 *
 * Nodes added by `addNode` use the recursive `$defs/FrameworkNode` definition, as in
 * `frameworkJsonSchema()`; the committed copy is `schema/variant.schema.json`.
 *
 * @returns A fresh JSON Schema object.
 * @example
 * variantJsonSchema().required
 * //=> ["id", "version", "status", "title", "variantOf", "operations"]
 * @category Framework
 */
export function variantJsonSchema(): Record<string, unknown> {
  return jsonSchemaOf(VariantSchema, {
    id: VARIANT_SCHEMA_ID,
    title: "tieuchi framework variant",
    description:
      "A variant of a tieuchi framework (e.g. a provincial set): the base it derives from (variantOf) and the operations that change it. resolveVariant turns it into a plain framework.",
  });
}
