import { describe, expect, it } from "vitest";
import { AssessmentError } from "../../src/assessment/AssessmentError.js";
import { parseAssessment } from "../../src/assessment/parseAssessment.js";
import { commune2023, jsonCopy } from "./frameworks.js";

describe("parseAssessment", () => {
  it("returns the assessment when it is valid", () => {
    const input = { ...jsonCopy(commune2023), entries: [{ node: "xa.1.a", value: true }] };
    expect(parseAssessment(input)).toEqual(input);
  });

  it("throws an AssessmentError carrying every issue", () => {
    const input = {
      ...jsonCopy(commune2023),
      entries: [{ node: "xa.1.a" }, { node: "xa.1.a" }, { node: "xa.1.a" }],
    };
    let caught: unknown;
    try {
      parseAssessment(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AssessmentError);
    const error = caught as AssessmentError;
    expect(error.name).toBe("AssessmentError");
    expect(error.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["duplicate_entry", ["entries", 1, "node"]],
      ["duplicate_entry", ["entries", 2, "node"]],
    ]);
    expect(error.message).toMatchInlineSnapshot(`
      "Invalid assessment (2 issues):
        - [duplicate_entry] entries.1.node: node "xa.1.a" already has an entry at entries.0; record each node once
        - [duplicate_entry] entries.2.node: node "xa.1.a" already has an entry at entries.0; record each node once"
    `);
  });

  it("says 1 issue, not 1 issues", () => {
    expect(() =>
      parseAssessment({ ...jsonCopy(commune2023), entries: [{ node: "__proto__" }] }),
    ).toThrow(/^Invalid assessment \(1 issue\):\n {2}- \[reserved_id\] entries\.0\.node: /);
  });

  it("lists the first five issues in its message and counts the rest", () => {
    const entries = Array.from({ length: 8 }, () => ({ node: "xa.1.a" }));
    expect(() => parseAssessment({ ...jsonCopy(commune2023), entries })).toThrow(
      /^Invalid assessment \(7 issues\):\n(?:.*\n){5} {2}… and 2 more$/,
    );
  });
});
