import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cuaLoQd9745, ioFixtures } from "../../scripts/io-fixtures.js";
import { importCsv, safeParseFrameworkYaml } from "../../src/io/index.js";

const { framework, assessments } = cuaLoQd9745();
const read = (path: string) => readFileSync(path, "utf8");

describe("the CSV and YAML fixtures", () => {
  it("are what npm run fixtures:io writes (not stale)", () => {
    for (const [path, text] of Object.entries(ioFixtures())) expect(read(path), path).toBe(text);
  });

  it("hold the 21 QĐ 9745 assessments of the seven Cửa Lò wards, one of them a reported count", () => {
    expect(assessments).toHaveLength(21);
    expect(new Set(assessments.map((a) => a.subject.id)).size).toBe(7);
    expect(assessments.filter((a) => a.example !== true).map((a) => a.subject.id)).toEqual([
      "nghi-huong",
    ]);
  });

  it("wide: UTF-8 with a BOM, ';', Vietnamese headers by title, read back as exactly the JSON assessments", () => {
    const text = read("fixtures/csv/cua-lo-wards-qd9745-wide.csv");
    expect(text.startsWith("\uFEFFMã đơn vị;Tên đơn vị;")).toBe(true);
    expect(text).toContain(";Tiêu chí 34\n");
    const result = importCsv(framework, text);
    expect(result.issues).toEqual([]);
    expect(result.form).toBe("wide");
    expect(result.assessments).toEqual(assessments);
  });

  it("long: read back as exactly the JSON assessments", () => {
    const result = importCsv(framework, read("fixtures/csv/cua-lo-wards-qd9745-long.csv"));
    expect(result.issues).toEqual([]);
    expect(result.form).toBe("long");
    expect(result.assessments).toEqual(assessments);
  });

  it("YAML: the framework reads back as the JSON framework, and its first line names the schema", () => {
    const text = read("fixtures/yaml/vn-qd9745-2022-34.yaml");
    expect(text.split("\n")[0]).toBe(
      "# yaml-language-server: $schema=../../schema/framework.schema.json",
    );
    const result = safeParseFrameworkYaml(text);
    expect(result.success && result.data).toEqual(framework);
  });
});
