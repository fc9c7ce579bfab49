import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import { describe, expect, it } from "vitest";
import {
  ASSESSMENT_SCHEMA_ID,
  assessmentJsonSchema,
} from "../../src/assessment/assessmentJsonSchema.js";
import { safeParseAssessment } from "../../src/assessment/safeParseAssessment.js";
import { generateJsonSchema, JSON_SCHEMA_KINDS } from "../../src/cli/jsonSchemaOf.js";
import { schemaCommand } from "../../src/cli/schemaCommand.js";
import {
  FRAMEWORK_SCHEMA_ID,
  frameworkJsonSchema,
} from "../../src/framework/frameworkJsonSchema.js";
import { VARIANT_SCHEMA_ID, variantJsonSchema } from "../../src/framework/variantJsonSchema.js";
import * as api from "../../src/index.js";
import { memoryIo } from "../cli/memoryIo.js";

// Format checks are left out on purpose: the date pattern zod emits must reject 2023-02-30 by itself.
const ajv = new Ajv2020({ strict: true, allErrors: true, formats: { date: true } });
const validate = ajv.compile(assessmentJsonSchema());

function errorsOf(input: unknown): string[] {
  return validate(input)
    ? []
    : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.keyword}`);
}

const minimal = {
  framework: { id: "vn-tt124-2021", version: "2021" },
  subject: { id: "xa_a" },
  period: { id: "2023", start: "2023-01-01", end: "2023-12-31" },
  entries: [{ node: "xa.1", status: "met" }],
};

describe("committed JSON Schema files", () => {
  it("equal what `tieuchi schema <kind>` generates from the zod schemas (UPDATE_SCHEMA=1 rewrites them)", () => {
    for (const kind of JSON_SCHEMA_KINDS) {
      const expected = `${JSON.stringify(generateJsonSchema(kind), null, 2)}\n`;
      const file = `schema/${kind}.schema.json`;
      if (process.env.UPDATE_SCHEMA === "1") writeFileSync(file, expected);
      expect(readFileSync(file, "utf8"), `${file} is stale: run npm run schema`).toBe(expected);
    }
  });

  it("are what the library functions return, with the $id their constants name", () => {
    const cases = [
      ["framework", frameworkJsonSchema(), FRAMEWORK_SCHEMA_ID],
      ["variant", variantJsonSchema(), VARIANT_SCHEMA_ID],
      ["assessment", assessmentJsonSchema(), ASSESSMENT_SCHEMA_ID],
    ] as const;
    for (const [kind, schema, id] of cases) {
      expect(schema).toEqual(JSON.parse(readFileSync(`schema/${kind}.schema.json`, "utf8")));
      expect(schema.$id).toBe(id);
      expect(id).toBe(`https://unpkg.com/tieuchi/schema/${kind}.schema.json`);
    }
  });
});

describe("assessmentJsonSchema", () => {
  it("is exported from the package entry", () => {
    expect(api.assessmentJsonSchema).toBe(assessmentJsonSchema);
    expect(api.ASSESSMENT_SCHEMA_ID).toBe(ASSESSMENT_SCHEMA_ID);
  });

  it("is a draft 2020-12 schema with an id, a title and the required keys of an assessment", () => {
    const schema = assessmentJsonSchema() as {
      $schema: string;
      $id: string;
      title: string;
      required: string[];
      additionalProperties: boolean;
    };
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema.$id).toBe("https://unpkg.com/tieuchi/schema/assessment.schema.json");
    expect(schema.title).toBe("tieuchi assessment");
    expect(schema.required).toEqual(["framework", "subject", "period", "entries"]);
    expect(schema.additionalProperties).toBe(false);
  });

  it("returns a fresh object each time", () => {
    const first = assessmentJsonSchema();
    first.title = "changed";
    expect(assessmentJsonSchema().title).toBe("tieuchi assessment");
  });

  it("accepts every assessment fixture, as safeParseAssessment does", () => {
    const files = readdirSync("fixtures/assessments").filter(
      (file) => file.endsWith(".json") && file !== "index.json",
    );
    expect(files.length).toBeGreaterThan(20);
    for (const file of files) {
      const data = JSON.parse(readFileSync(`fixtures/assessments/${file}`, "utf8"));
      expect(safeParseAssessment(data).success, file).toBe(true);
      expect(errorsOf(data), file).toEqual([]);
    }
  });

  it("accepts a minimal assessment with a $schema and rejects what safeParseAssessment rejects", () => {
    expect(errorsOf({ $schema: "../schema/assessment.schema.json", ...minimal })).toEqual([]);
    const bad: [string, unknown][] = [
      ["no entries", { ...minimal, entries: undefined }],
      ["unknown key", { ...minimal, extra: 1 }],
      ["reserved subject id", { ...minimal, subject: { id: "__proto__" } }],
      [
        "impossible date",
        { ...minimal, period: { id: "2023", start: "2023-02-30", end: "2023-12-31" } },
      ],
      ["unknown status", { ...minimal, entries: [{ node: "xa.1", status: "passed" }] }],
      [
        "negative tally",
        { ...minimal, entries: [{ node: "xa.4", value: { total: -1, counts: {} } }] },
      ],
    ];
    for (const [name, input] of bad) {
      const json = JSON.parse(JSON.stringify(input));
      expect(safeParseAssessment(json).success, name).toBe(false);
      expect(errorsOf(json).length, name).toBeGreaterThan(0);
    }
  });
});

describe("what the JSON Schema cannot state", () => {
  it("a period that ends before it starts passes the JSON Schema; safeParseAssessment rejects it", () => {
    const backwards = {
      ...minimal,
      period: { id: "2023", start: "2023-12-31", end: "2023-01-01" },
    };
    expect(errorsOf(backwards)).toEqual([]);
    expect(safeParseAssessment(backwards).success).toBe(false);
  });
});

describe("tieuchi schema <kind>", () => {
  it("prints each generated schema; the default is the framework's", async () => {
    for (const argv of [[], ["framework"], ["variant"], ["assessment"]]) {
      const { io, stdout } = memoryIo();
      const code = await schemaCommand(
        {
          command: "schema",
          positionals: argv,
          json: false,
          help: false,
          lang: "en",
          context: undefined,
        },
        io,
      );
      expect(code).toBe(0);
      expect(stdout()).toBe(
        `${JSON.stringify(generateJsonSchema((argv[0] ?? "framework") as "framework"), null, 2)}\n`,
      );
    }
  });

  it("refuses an unknown kind and a second argument, naming the kinds", async () => {
    for (const argv of [["assessments"], ["assessment", "out.json"]]) {
      const { io, stdout, stderr } = memoryIo();
      const code = await schemaCommand(
        {
          command: "schema",
          positionals: argv,
          json: false,
          help: false,
          lang: "en",
          context: undefined,
        },
        io,
      );
      expect(code).toBe(2);
      expect(stdout()).toBe("");
      expect(stderr()).toContain("framework, variant, assessment");
    }
  });
});
