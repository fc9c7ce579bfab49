import { describe, expect, it } from "vitest";
import { formatIssues } from "../../src/cli/formatIssues.js";
import type { FrameworkIssue } from "../../src/index.js";

const issues: FrameworkIssue[] = [
  {
    code: "too_small",
    path: ["nodes", 0, "points", "max"],
    message: "nodes.0.points.max: below the minimum of 0",
    messages: {
      vi: "nodes.0.points.max: nhỏ hơn mức tối thiểu 0",
      en: "nodes.0.points.max: below the minimum of 0",
    },
    severity: "error",
  },
  {
    code: "unreachable_tier",
    path: [],
    message: "a tier cannot be reached",
    messages: { vi: "không thể đạt một mức", en: "a tier cannot be reached" },
    severity: "warning",
  },
];

describe("formatIssues", () => {
  it("prints severity, code, path and the message once, in Vietnamese", () => {
    expect(formatIssues(issues, "vi")).toBe(
      "  lỗi [too_small] tại nodes.0.points.max: nhỏ hơn mức tối thiểu 0\n" +
        "  cảnh báo [unreachable_tier] tại (root): không thể đạt một mức\n",
    );
  });

  it("prints the English messages with --lang en", () => {
    expect(formatIssues(issues, "en")).toBe(
      "  error [too_small] at nodes.0.points.max: below the minimum of 0\n" +
        "  warning [unreachable_tier] at (root): a tier cannot be reached\n",
    );
  });

  it("prints nothing for no issues", () => {
    expect(formatIssues([], "en")).toBe("");
  });
});
