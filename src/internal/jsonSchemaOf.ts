import { z } from "zod";
import { LabelsSchema, NODE_ID_PATTERN, NodeSchema, RESERVED_IDS } from "../framework/schema.js";

/** Identity of a generated JSON Schema document. */
export interface JsonSchemaMeta {
  readonly id: string;
  readonly title: string;
  readonly description: string;
}

/**
 * Converts one of our zod schemas to JSON Schema draft 2020-12, with the recursive node as
 * `$defs/FrameworkNode` and the refinements editors care about restated.
 *
 * @param schema - `FrameworkSchema` or `VariantSchema`.
 * @param meta - `$id`, `title` and `description` of the document.
 * @returns A fresh JSON Schema object, `$schema` and identity first.
 * @example
 * jsonSchemaOf(FrameworkSchema, { id: "https://example.org/f.json", title: "f", description: "…" }).$id
 * //=> "https://example.org/f.json"
 * @category Internal
 */
export function jsonSchemaOf(schema: z.ZodType, meta: JsonSchemaMeta): Record<string, unknown> {
  const registry = z.registry<{ id?: string }>();
  registry.add(NodeSchema, { id: "FrameworkNode" });
  const generated = z.toJSONSchema(schema, {
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
  return { $schema, $id: meta.id, title: meta.title, description: meta.description, ...rest };
}
