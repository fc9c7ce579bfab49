import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { parseFramework } from "../../src/index.js";
import { assertValidFramework, tieuchiMatchers } from "../../src/testing/index.js";
import { setupMatchers } from "../../src/vitest/index.js";

setupMatchers();

const ROOT = resolve(import.meta.dirname, "../..");
const readJson = (path: string): unknown => JSON.parse(readFileSync(join(ROOT, path), "utf8"));
const context = { isNot: false };

const minimal = {
  id: "vi-du",
  version: "1",
  status: "draft",
  title: { vi: "Ví dụ", en: "Example" },
  scoring: { kind: "count" },
  nodes: [
    {
      id: "1",
      kind: "criterion",
      title: { vi: "Có kế hoạch", en: "Has a plan" },
      value: { type: "boolean" },
      rule: { type: "compare", comparator: "=", target: true },
    },
  ],
  tiers: [{ id: "dat", title: { vi: "Đạt", en: "Met" }, conditions: [{ type: "allMet" }] }],
};

const assessment = (value: boolean) => ({
  framework: { id: "vi-du", version: "1" },
  subject: { id: "xa-a", name: "Xã A" },
  period: { id: "2023", start: "2022-11-16", end: "2023-11-15" },
  example: true,
  entries: [{ node: "1", value }],
});

describe("toBeValidFramework", () => {
  it("passes for the shipped fixtures", () => {
    expect(readJson("fixtures/frameworks/vn-tt124-2021.json")).toBeValidFramework();
    expect(readJson("fixtures/frameworks/vn-qd9745-2022-34.json")).toBeValidFramework();
  });

  it("fails with every issue and its path", () => {
    const broken = { ...minimal, status: "tam-thoi", nodes: [{ ...minimal.nodes[0], id: "" }] };
    expect(broken).not.toBeValidFramework();
    const result = tieuchiMatchers.toBeValidFramework.call(context, broken);
    expect(result.pass).toBe(false);
    expect(result.message()).toMatch(/^expected a valid framework, found \d+ issues:\n/);
    expect(result.message()).toContain("at status:");
    expect(result.message()).toContain("at nodes.0.id:");
  });

  it("explains a negated pass", () => {
    const result = tieuchiMatchers.toBeValidFramework.call({ isNot: true }, minimal);
    expect(result.message()).toBe(
      'expected the value not to be a valid framework, but "vi-du" 1 is valid',
    );
  });
});

describe("toHaveNoLintIssues", () => {
  it("passes for a clean framework", () => {
    expect(minimal).toHaveNoLintIssues();
  });

  it("fails on a warning unless its code is allowed", () => {
    const withEmptyGroup = {
      ...minimal,
      nodes: [...minimal.nodes, { id: "g", kind: "group", title: { vi: "Nhóm", en: "Group" } }],
    };
    expect(withEmptyGroup).not.toHaveNoLintIssues();
    expect(withEmptyGroup).toHaveNoLintIssues({ allow: ["empty_group"] });
    expect(tieuchiMatchers.toHaveNoLintIssues.call(context, withEmptyGroup).message()).toBe(
      'expected no lint issues in "vi-du", found 1 issue:\n  - warning [empty_group] at nodes.1: group "g" has no children',
    );
  });

  it("fails, listing the schema issues, when the value is not a framework", () => {
    const result = tieuchiMatchers.toHaveNoLintIssues.call(context, { id: "x" });
    expect(result.pass).toBe(false);
    expect(result.message()).toMatch(/but it is not a valid framework/);
  });
});

describe("toBeValidAssessmentFor", () => {
  const framework = parseFramework(minimal);

  it("passes for an assessment of the framework's nodes", () => {
    expect(assessment(true)).toBeValidAssessmentFor(framework);
  });

  it("fails for an entry on a node the framework does not have", () => {
    const stray = { ...assessment(true), entries: [{ node: "99", value: true }] };
    expect(stray).not.toBeValidAssessmentFor(framework);
    expect(
      tieuchiMatchers.toBeValidAssessmentFor.call(context, stray, framework).message(),
    ).toMatch(/^expected the assessment to fit "vi-du" 1, found 1 error:\n {2}- error \[/);
  });

  it("fails for a value that is not an assessment", () => {
    expect({ entries: [] }).not.toBeValidAssessmentFor(framework);
  });
});

describe("assertValidFramework", () => {
  it("returns the parsed framework", () => {
    expect(assertValidFramework(minimal).id).toBe("vi-du");
  });

  it("throws an Error listing the issues with their paths", () => {
    const { nodes: _nodes, ...withoutNodes } = minimal;
    expect(() => assertValidFramework(withoutNodes)).toThrowError(
      /^Invalid framework \(1 issue\):\n {2}- error \[missing_field\] at nodes: /,
    );
    try {
      assertValidFramework(withoutNodes);
    } catch (error) {
      expect((error as { issues: unknown[] }).issues).toHaveLength(1);
      expect((error as Error).name).toBe("InvalidFrameworkError");
    }
  });
});

describe("matcher messages for negated passes and bad input", () => {
  const framework = parseFramework(minimal);

  it("toBeValidAssessmentFor explains a negated pass", () => {
    expect(
      tieuchiMatchers.toBeValidAssessmentFor
        .call({ isNot: true }, assessment(true), framework)
        .message(),
    ).toBe('expected the assessment not to fit "vi-du" 1, but it does');
  });

  it("toMeetTier fails on something that is not an assessment", () => {
    const result = tieuchiMatchers.toMeetTier.call(context, { entries: 1 }, framework, "dat");
    expect(result.pass).toBe(false);
    expect(result.message()).toMatch(
      /^expected an assessment meeting tier "dat", but it is not a valid assessment:\n/,
    );
  });

  it("toMeetTier passes and fails on the real evaluation", () => {
    expect(assessment(true)).toMeetTier(framework, "dat");
    expect(assessment(false)).not.toMeetTier(framework, "dat");
    expect(
      tieuchiMatchers.toMeetTier
        .call({ isNot: true }, assessment(true), framework, "dat")
        .message(),
    ).toBe('expected Xã A (2023) not to meet tier "dat", but it does (1/1 met)');
  });
});

describe("docs/testing.md", () => {
  it("quotes a real toBeValidFramework failure message", () => {
    const broken = {
      ...minimal,
      status: "tam-thoi",
      nodes: [{ ...minimal.nodes[0], tittle: { vi: "Một" } }],
    };
    const message = tieuchiMatchers.toBeValidFramework.call(context, broken).message();
    expect(readFileSync(join(ROOT, "docs/testing.md"), "utf8")).toContain(
      `\`\`\`text\n${message}\n\`\`\``,
    );
  });
});
