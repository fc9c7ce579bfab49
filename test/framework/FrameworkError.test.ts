import { describe, expect, it } from "vitest";
import { makeIssue } from "../../src/core/issue.js";
import { FrameworkError } from "../../src/framework/FrameworkError.js";

describe("FrameworkError", () => {
  it("names one issue in the singular", () => {
    const error = new FrameworkError([
      makeIssue("empty_framework", ["nodes"], { vi: "nodes: trống", en: "nodes: empty" }),
    ]);
    expect(error.message).toBe("Invalid framework (1 issue):\n  - [empty_framework] nodes: empty");
    expect(error.issues.map((issue) => issue.code)).toEqual(["empty_framework"]);
  });
});
