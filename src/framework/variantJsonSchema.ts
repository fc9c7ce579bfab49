import { z } from "zod";
import {
  LabelsSchema,
  NODE_ID_PATTERN,
  NodeSchema,
  RESERVED_IDS,
  VariantSchema,
} from "./schema.js";

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
  const registry = z.registry<{ id?: string }>();
  registry.add(NodeSchema, { id: "FrameworkNode" });
  const generated = z.toJSONSchema(VariantSchema, {
    target: "draft-2020-12",
    metadata: registry,
    io: "input",
    unrepresentable: "any",
    override: (ctx) => {
      const json = ctx.jsonSchema as Record<string, unknown>;
      // zod refinements do not reach JSON Schema; restate the two that matter to editors.
      if (ctx.zodSchema === LabelsSchema) json.minProperties = 1;
      if (json.type === "string" && json.pattern === NODE_ID_PATTERN.source) {
        json.not = { enum: [...RESERVED_IDS] };
      }
    },
  }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: VARIANT_SCHEMA_ID,
    title: "tieuchi framework variant",
    description:
      "A variant of a tieuchi framework (e.g. a provincial set): the base it derives from (variantOf) and the operations that change it. resolveVariant turns it into a plain framework.",
    ...rest,
  };
}
