import { z } from "zod";
import {
  FrameworkSchema,
  LabelsSchema,
  NODE_ID_PATTERN,
  NodeSchema,
  RESERVED_IDS,
} from "./schema.js";

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
  const registry = z.registry<{ id?: string }>();
  registry.add(NodeSchema, { id: "FrameworkNode" });
  const generated = z.toJSONSchema(FrameworkSchema, {
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
    $id: FRAMEWORK_SCHEMA_ID,
    title: "tieuchi framework",
    description:
      "A criteria framework (bộ tiêu chí) for the tieuchi library: a versioned tree of groups, criteria and indicators with rules, scoring and tiers. Semantic checks (duplicate ids, unknown references, unreachable tiers …) are done by lintFramework.",
    ...rest,
  };
}
