import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkAssessment } from "../../src/assessment/checkAssessment.js";
import { safeParseAssessment } from "../../src/assessment/safeParseAssessment.js";
import type { Assessment } from "../../src/assessment/schema.js";
import { type Framework, safeParseFramework } from "../../src/framework/index.js";
import { evaluate } from "../../src/scoring/evaluate.js";

const root = new URL("../../", import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), "utf8");

/** The `json assessment` block of docs/models/xccdf.md: the multi-check example the docs give. */
function docExample(): unknown {
  const doc = read("docs/models/xccdf.md");
  const blocks = [...doc.matchAll(/```json assessment\n([\s\S]*?)```/g)];
  expect(blocks).toHaveLength(1);
  return JSON.parse(blocks[0]?.[1] ?? "");
}

function benchmark(): Framework {
  const parsed = safeParseFramework(
    JSON.parse(read("fixtures/frameworks/intl-xccdf-example-benchmark.json")),
  );
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return parsed.data;
}

function parsedExample(): Assessment {
  const parsed = safeParseAssessment(docExample());
  if (!parsed.success) throw new Error(JSON.stringify(parsed.error.issues));
  return parsed.data;
}

const withEntries = (assessment: Assessment, entries: Assessment["entries"]): Assessment => ({
  ...assessment,
  entries,
});

describe("multi-check rule-results on a verdict node (docs/models/xccdf.md)", () => {
  it("the docs' example is an array of XCCDF results on a verdict node of the benchmark", () => {
    const entry = parsedExample().entries[0];
    expect(entry).toEqual({
      node: "system.b.r1",
      status: "notMet",
      value: ["pass", "fail", "pass", "pass"],
    });
    const framework = benchmark();
    const node = framework.nodes[0]?.children?.[1]?.children?.[0];
    expect(node?.id).toBe("system.b.r1");
    expect(node?.value).toEqual({ type: "verdict" });
  });

  it("safeParseAssessment, checkAssessment and evaluate all accept it", () => {
    const assessment = parsedExample();
    expect(checkAssessment(assessment, benchmark())).toEqual([]);
    expect(evaluate(benchmark(), assessment).score.status).toBe("scored");
  });

  it("evaluate scores the rule from its four results: 3 of 4 pass (spec), the first only (OpenSCAP)", () => {
    const framework = benchmark();
    const assessment = parsedExample();
    // Only system.b.r1 has a result, so the benchmark's default score is that rule's score.
    expect(evaluate(framework, assessment).score).toMatchObject({ status: "scored", value: 75 });
    const openscap = { ...framework, scoring: { ...framework.scoring, compat: "openscap" } };
    expect(evaluate(openscap as Framework, assessment).score).toMatchObject({ value: 100 });
    // Without the list, the status alone (notMet) is the one result: 0.
    const statusOnly = withEntries(assessment, [{ node: "system.b.r1", status: "notMet" }]);
    expect(evaluate(framework, statusOnly).score).toMatchObject({ value: 0 });
  });

  it("accepts one XCCDF result string, in any case, as the scorer reads it", () => {
    const framework = benchmark();
    const assessment = withEntries(parsedExample(), [
      { node: "system.b.r1", status: "notMet", value: "FIXED" },
    ]);
    expect(checkAssessment(assessment, framework)).toEqual([]);
    expect(evaluate(framework, assessment).score).toMatchObject({ value: 100 });
  });

  it("reports list items the XCCDF models would ignore, at the item's path", () => {
    const assessment = withEntries(parsedExample(), [
      { node: "system.b.r1", status: "notMet", value: ["pass", "maybe", "Fail"] },
    ]);
    const issues = checkAssessment(assessment, benchmark());
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["wrong_value_type", ["entries", 0, "value", 1]],
    ]);
    expect(issues[0]?.messages.en).toContain("an XCCDF result");
    expect(issues[0]?.messages.vi).toContain("kết quả XCCDF");
  });

  it("reports values that are not XCCDF results at all, and an empty list", () => {
    const framework = benchmark();
    for (const value of [42, true, "maybe", []] as const) {
      const assessment = withEntries(parsedExample(), [
        { node: "system.b.r1", status: "notMet", value: value as never },
      ]);
      expect(
        checkAssessment(assessment, framework).map((issue) => [issue.code, issue.path]),
      ).toEqual([["wrong_value_type", ["entries", 0, "value"]]]);
    }
  });

  it("still reports a value on a verdict node outside XCCDF scoring, where nothing reads it", () => {
    const framework = { ...benchmark(), scoring: { kind: "count" as const } };
    const assessment = parsedExample();
    expect(checkAssessment(assessment, framework).map((issue) => issue.code)).toEqual([
      "wrong_value_type",
    ]);
    // evaluate agrees: the count model goes by the status alone.
    const statusOnly = withEntries(assessment, [{ node: "system.b.r1", status: "notMet" }]);
    expect(evaluate(framework, assessment).count).toEqual(evaluate(framework, statusOnly).count);
  });
});
