import { readFileSync, writeFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import { generateJsonSchema } from "../../src/cli/jsonSchemaOf.js";
import { variantJsonSchema } from "../../src/framework/variantJsonSchema.js";

const ajv = new Ajv2020({ strict: true, allErrors: true, formats: { date: true } });
const validate = ajv.compile(variantJsonSchema());

function errorsOf(input: unknown): string[] {
  return validate(input)
    ? []
    : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.keyword}`);
}

/** Example data: a made-up provincial variant of TT 124. */
const variant = {
  id: "vn-tt124-example-province",
  version: "2024",
  status: "provisional",
  title: { vi: "Bộ tiêu chí của tỉnh (ví dụ)" },
  example: true,
  variantOf: { id: "vn-tt124-2021-antt", version: "2021" },
  operations: [
    {
      op: "addNode",
      parent: "xa",
      node: {
        id: "xa.tinh.1",
        kind: "criterion",
        title: { vi: "Tiêu chí bổ sung (ví dụ)" },
        rule: { type: "judged" },
        children: [
          { id: "xa.tinh.1.a", kind: "indicator", title: { vi: "a" }, rule: { type: "judged" } },
        ],
      },
    },
    { op: "setMandatory", node: "kdc.4", mandatory: false },
  ],
};

describe("variantJsonSchema", () => {
  it("matches the committed schema/variant.schema.json (UPDATE_SCHEMA=1 rewrites it)", () => {
    // the generator, not variantJsonSchema() (which returns the committed file)
    const expected = `${JSON.stringify(generateJsonSchema("variant"), null, 2)}\n`;
    if (process.env.UPDATE_SCHEMA === "1") writeFileSync("schema/variant.schema.json", expected);
    expect(readFileSync("schema/variant.schema.json", "utf8")).toBe(expected);
  });

  it("accepts a variant that adds a nested node", () => {
    expect(errorsOf(variant)).toEqual([]);
  });

  it("rejects a variant without operations, an unknown operation and a reserved id", () => {
    expect(errorsOf({ ...variant, operations: [] })).toEqual(["/operations minItems"]);
    expect(errorsOf({ ...variant, operations: [{ op: "renameNode", node: "a" }] })).not.toEqual([]);
    expect(
      errorsOf({ ...variant, operations: [{ op: "removeNode", node: "__proto__" }] }),
    ).toContain("/operations/0/node not");
  });
});
