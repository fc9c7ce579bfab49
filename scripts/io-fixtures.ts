// Writes the CSV and YAML fixtures of issue 11 from the JSON fixtures, with tieuchi/io's own exporter:
//   fixtures/csv/cua-lo-wards-qd9745-wide.csv  wide, Vietnamese headers by title, BOM, ";", decimal commas
//   fixtures/csv/cua-lo-wards-qd9745-long.csv  long, id headers, "," — what DuckDB and pandas read as is
//   fixtures/yaml/vn-qd9745-2022-34.yaml       the framework, with the yaml-language-server comment
// Run: npm run fixtures:io   (test/io/fixtures.test.ts fails when a file is stale)
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseAssessment } from "../src/assessment/parseAssessment.js";
import { codeUnitOrder } from "../src/core/plainJson.js";
import { parseFramework } from "../src/framework/parseFramework.js";
import { exportCsv } from "../src/io/exportCsv.js";
import { toYaml } from "../src/io/yaml.js";

// run from the package root (npm run, vitest)
const ROOT = resolve(process.cwd());
const read = (path: string) => JSON.parse(readFileSync(join(ROOT, path), "utf8"));

/** The Cửa Lò wards' QĐ 9745 assessments, in file-name order (unit, then period). */
export function cuaLoQd9745() {
  const framework = parseFramework(read("fixtures/frameworks/vn-qd9745-2022-34.json"));
  const assessments = readdirSync(join(ROOT, "fixtures/assessments"))
    .filter((name) => name.endsWith("-qd9745.json"))
    .sort(codeUnitOrder)
    .map((name) => parseAssessment(read(`fixtures/assessments/${name}`)));
  return { framework, assessments };
}

/** The fixture files' paths and texts. */
export function ioFixtures(): Record<string, string> {
  const { framework, assessments } = cuaLoQd9745();
  const wide = exportCsv(framework, assessments, {
    form: "wide",
    headers: "title",
    lang: "vi",
    style: "excel",
  });
  const long = exportCsv(framework, assessments, { form: "long", headers: "id", style: "plain" });
  for (const result of [wide, long]) {
    if (result.issues.length > 0) throw new Error(JSON.stringify(result.issues, null, 2));
  }
  return {
    "fixtures/csv/cua-lo-wards-qd9745-wide.csv": wide.text,
    "fixtures/csv/cua-lo-wards-qd9745-long.csv": long.text,
    "fixtures/yaml/vn-qd9745-2022-34.yaml": toYaml(
      read("fixtures/frameworks/vn-qd9745-2022-34.json"),
      {
        schema: "../../schema/framework.schema.json",
      },
    ),
  };
}

if (process.argv[1]?.includes("io-fixtures")) {
  for (const [path, text] of Object.entries(ioFixtures())) {
    mkdirSync(join(ROOT, path, ".."), { recursive: true });
    writeFileSync(join(ROOT, path), text);
    console.log(`wrote ${path}`);
  }
}
