import { z } from "zod";
import { AssessmentSchema } from "../assessment/schema.js";
import {
  FrameworkSchema,
  LabelsSchema,
  NODE_ID_PATTERN,
  NodeSchema,
  RESERVED_IDS,
  VariantSchema,
} from "../framework/schema.js";

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
 * Only the generator (`tieuchi schema`, the tests) uses this: the library's `frameworkJsonSchema()`,
 * `variantJsonSchema()` and `assessmentJsonSchema()` return the committed files in `schema/`, so that
 * a bundle that asks for a JSON Schema does not carry zod's JSON Schema machinery. CI checks that the
 * committed files equal what this function generates.
 *
 * @param schema - `FrameworkSchema`, `VariantSchema` or `AssessmentSchema`.
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

/** The JSON Schema documents the package ships in `schema/`. */
export type JsonSchemaKind = "framework" | "variant" | "assessment";

/** Every shipped JSON Schema document, in the order `npm run schema` writes them. */
export const JSON_SCHEMA_KINDS: readonly JsonSchemaKind[] = ["framework", "variant", "assessment"];

/** Where the published files live (the package ships `schema/`): `https://unpkg.com/tieuchi/schema/<kind>.schema.json`. */
export function jsonSchemaId(kind: JsonSchemaKind): string {
  return `https://unpkg.com/tieuchi/schema/${kind}.schema.json`;
}

/**
 * Generates one of the shipped JSON Schema documents from its zod schema: what `tieuchi schema [kind]`
 * prints and `schema/<kind>.schema.json` must hold byte for byte (as `JSON.stringify(…, null, 2)` plus a newline).
 *
 * @param kind - `framework`, `variant` or `assessment`.
 * @returns A fresh JSON Schema object.
 * @example
 * generateJsonSchema("assessment").$id
 * //=> "https://unpkg.com/tieuchi/schema/assessment.schema.json"
 * @category Internal
 */
export function generateJsonSchema(kind: JsonSchemaKind): Record<string, unknown> {
  switch (kind) {
    case "framework":
      return jsonSchemaOf(FrameworkSchema, {
        id: jsonSchemaId(kind),
        title: "tieuchi framework",
        description:
          "A criteria framework (bộ tiêu chí) for the tieuchi library: a versioned tree of groups, criteria and indicators with rules, scoring and tiers. Semantic checks (duplicate ids, unknown references, unreachable tiers …) are done by lintFramework.",
      });
    case "variant":
      return jsonSchemaOf(VariantSchema, {
        id: jsonSchemaId(kind),
        title: "tieuchi framework variant",
        description:
          "A variant of a tieuchi framework (e.g. a provincial set): the base it derives from (variantOf) and the operations that change it. resolveVariant turns it into a plain framework.",
      });
    case "assessment":
      return jsonSchemaOf(AssessmentSchema, {
        id: jsonSchemaId(kind),
        title: "tieuchi assessment",
        description:
          "An assessment for the tieuchi library: what was recorded for one subject (a commune, a ward, a residential area …) in one period against one framework version. Checks against the framework itself (unknown nodes, value types, duplicate entries …) are done by checkAssessment.",
      });
  }
}
