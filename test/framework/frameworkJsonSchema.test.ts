import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { generateJsonSchema } from "../../src/cli/jsonSchemaOf.js";
import { frameworkJsonSchema } from "../../src/framework/frameworkJsonSchema.js";
import { tt124 } from "../support/tt124.js";

// Format checks are left out on purpose: the date pattern zod emits must reject 2023-02-30 by itself.
const ajv = new Ajv2020({ strict: true, allErrors: true, formats: { date: true } });
const validate = ajv.compile(frameworkJsonSchema());

function errorsOf(input: unknown): string[] {
  return validate(input)
    ? []
    : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.keyword}`);
}

const minimal = {
  id: "t",
  version: "1",
  status: "draft",
  title: { vi: "Bộ" },
  scoring: { kind: "count" },
  nodes: [{ id: "1", kind: "criterion", title: { vi: "Tiêu chí 1" }, rule: { type: "judged" } }],
};

describe("frameworkJsonSchema", () => {
  it("matches the committed schema/framework.schema.json (UPDATE_SCHEMA=1 rewrites it)", () => {
    // the generator, not frameworkJsonSchema() (which returns the committed file)
    const expected = `${JSON.stringify(generateJsonSchema("framework"), null, 2)}\n`;
    if (process.env.UPDATE_SCHEMA === "1") writeFileSync("schema/framework.schema.json", expected);
    expect(readFileSync("schema/framework.schema.json", "utf8")).toBe(expected);
  });

  it("is a draft 2020-12 schema with an id, a title and the node as a $defs reference", () => {
    const schema = frameworkJsonSchema() as {
      $schema: string;
      $id: string;
      title: string;
      properties: { nodes: unknown };
      $defs: Record<string, { properties: { children: unknown } }>;
    };
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe("https://unpkg.com/tieuchi/schema/framework.schema.json");
    expect(schema.title).toBe("tieuchi framework");
    expect(schema.properties.nodes).toEqual({
      type: "array",
      items: { $ref: "#/$defs/FrameworkNode" },
    });
    expect(schema.$defs.FrameworkNode?.properties.children).toEqual({
      type: "array",
      items: { $ref: "#/$defs/FrameworkNode" },
    });
  });

  it("accepts every framework fixture and the TT 124 excerpt", () => {
    const files = readdirSync("fixtures/frameworks").filter((file) => file.endsWith(".json"));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const data = JSON.parse(readFileSync(`fixtures/frameworks/${file}`, "utf8"));
      expect(errorsOf(data), file).toEqual([]);
    }
    expect(errorsOf(tt124)).toEqual([]);
  });

  it("rejects a framework without an id", () => {
    const { id: _id, ...rest } = minimal;
    expect(errorsOf(rest)).toEqual([" required"]);
  });

  it("rejects values of the wrong type, including NaN written as a string or null", () => {
    const node = minimal.nodes[0]!;
    expect(errorsOf({ ...minimal, nodes: [{ ...node, weight: "NaN" }] })).toEqual([
      "/nodes/0/weight type",
    ]);
    expect(errorsOf({ ...minimal, nodes: [{ ...node, weight: null }] })).toEqual([
      "/nodes/0/weight type",
    ]);
    expect(errorsOf({ ...minimal, version: 1 })).toEqual(["/version type"]);
  });

  it("rejects dates that do not exist", () => {
    expect(errorsOf({ ...minimal, effectiveFrom: "2023-02-30" })).toEqual([
      "/effectiveFrom pattern",
    ]);
    expect(errorsOf({ ...minimal, effectiveFrom: "2024-02-29" })).toEqual([]);
  });

  it("rejects unknown keys, reserved ids and empty labels", () => {
    expect(errorsOf({ ...minimal, colour: "red" })).toEqual([" additionalProperties"]);
    const node = minimal.nodes[0]!;
    expect(errorsOf({ ...minimal, nodes: [{ ...node, id: "constructor" }] })).toEqual([
      "/nodes/0/id not",
    ]);
    expect(errorsOf({ ...minimal, title: {} })).toEqual(["/title minProperties"]);
  });

  it("returns a fresh object each call", () => {
    const first = frameworkJsonSchema();
    (first as { title: string }).title = "changed";
    expect(frameworkJsonSchema().title).toBe("tieuchi framework");
  });
});
