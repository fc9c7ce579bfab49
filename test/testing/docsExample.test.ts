// The suite of docs/testing.md, run against this repository's fixtures and the writing guide's
// TT 124 example: if the documented example stops working, this fails.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { type Framework, parseFramework, setValue } from "../../src/index.js";
import { tieuchiMatchers } from "../../src/testing/index.js";
import { setupMatchers } from "../../src/vitest/index.js";

setupMatchers();

const ROOT = resolve(import.meta.dirname, "../..");
const FRAMEWORKS = join(ROOT, "fixtures/frameworks");
const ASSESSMENTS = join(ROOT, "fixtures/assessments");
const readJson = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));
const jsonFiles = (dir: string) =>
  readdirSync(dir).filter((name) => name.endsWith(".json") && name !== "index.json");

describe.each(jsonFiles(FRAMEWORKS))("frameworks/%s", (name) => {
  const json = readJson(join(FRAMEWORKS, name));

  it("is a valid framework", () => {
    expect(json).toBeValidFramework();
  });

  it("has no lint issues", () => {
    expect(json).toHaveNoLintIssues({ allow: ["unknown_reference"] });
  });
});

const frameworks = new Map<string, Framework>(
  jsonFiles(FRAMEWORKS).map((name) => {
    const framework = parseFramework(readJson(join(FRAMEWORKS, name)));
    return [framework.id, framework];
  }),
);

describe.each(jsonFiles(ASSESSMENTS))("assessments/%s", (name) => {
  const json = readJson(join(ASSESSMENTS, name)) as { framework: { id: string } };

  it("fits its framework", () => {
    const framework = frameworks.get(json.framework.id);
    expect(framework).toBeDefined();
    expect(json).toBeValidAssessmentFor(framework!);
  });
});

function guideSnippet(marker: string, contains: string): unknown {
  const text = readFileSync(join(ROOT, "docs/writing-a-framework.md"), "utf8");
  const blocks = text.split(`\`\`\`json ${marker}\n`).slice(1);
  const block = blocks
    .map((rest) => rest.slice(0, rest.indexOf("\n```")))
    .find((source) => source.includes(contains));
  return JSON.parse(block!);
}

describe("TT 124/2021, criterion 4: at least 70 % of units recognised", () => {
  const framework = parseFramework(guideSnippet("framework", '"vn-tt124-2021-xa"'));
  const commune = {
    framework: { id: "vn-tt124-2021-xa", version: "2021" },
    subject: { id: "xa-vi-du", name: "Xã ví dụ", kind: "xa" },
    period: { id: "2023", start: "2022-11-16", end: "2023-11-15" },
    example: true,
    entries: [
      { node: "1.a", value: true },
      { node: "1.b", value: true },
      { node: "1.c", value: 2 },
      { node: "d4.2", value: true },
      { node: "d4.3", value: [] },
      { node: "d4.4", status: "met" as const },
      { node: "3.a", value: true },
      { node: "3.b", value: 0 },
    ],
  };
  const withRecognised = (recognised: number) =>
    setValue(commune, "4", { total: 25, counts: { registered: 25, recognised } });

  it("fails with 16 of 25 recognised (64 %)", () => {
    expect(withRecognised(16)).not.toMeetTier(framework, "dat");
  });

  it("fails with 17 of 25 (68 %)", () => {
    expect(withRecognised(17)).not.toMeetTier(framework, "dat");
  });

  it("passes with 18 of 25, the least that reaches 70 %", () => {
    expect(withRecognised(18)).toMeetTier(framework, "dat");
  });

  it("explains a failure with the failed tier conditions", () => {
    const result = tieuchiMatchers.toMeetTier.call(
      { isNot: false },
      withRecognised(16),
      framework,
      "dat",
    );
    expect(result.pass).toBe(false);
    expect(result.message()).toMatch(
      /^expected Xã ví dụ \(2023\) to meet tier "dat" of "vn-tt124-2021-xa", but 1 condition failed \(3\/4 met\):\n {2}- /,
    );
    // docs/testing.md quotes this message
    const page = readFileSync(join(ROOT, "docs/testing.md"), "utf8");
    expect(page).toContain(`\`\`\`text\n${result.message()}\n\`\`\``);
  });

  it("fails for a tier the framework does not have", () => {
    const result = tieuchiMatchers.toMeetTier.call(
      { isNot: false },
      withRecognised(18),
      framework,
      "gold",
    );
    expect(result.message()).toBe(
      'framework "vn-tt124-2021-xa" has no tier "gold" (its tiers: dat)',
    );
  });
});
