import { describe, expect, it } from "vitest";
import { compileFramework } from "../../src/scoring/compileFramework.js";
import { safeParseContext } from "../../src/scoring/context.js";
import { evaluate } from "../../src/scoring/evaluate.js";
import { gapToTier } from "../../src/scoring/gapToTier.js";
import { rankChanges } from "../../src/scoring/rankChanges.js";
import { stepsToTier } from "../../src/scoring/stepsToTier.js";
import type { EvaluationContext } from "../../src/scoring/types.js";
import { whatIf } from "../../src/scoring/whatIf.js";
import { assessment, framework, node } from "./helpers.js";

const fw = framework(
  [
    node("a", "criterion", { value: { type: "boolean" } }),
    node("b", "criterion", {
      value: { type: "number" },
      rule: { type: "compare", comparator: ">=", target: { ref: "min_b" } },
    }),
  ],
  {
    references: { min_b: 5 },
    tiers: [{ id: "dat", title: { vi: "Đạt" }, conditions: [{ type: "allMet" }] }],
  } as never,
);
const input = assessment([
  { node: "a", value: false },
  { node: "b", value: 7 },
]);

const BAD: readonly unknown[] = [
  { subject: null },
  { outcomes: null },
  { references: null },
  { date: 5 },
  { date: "2023-02-30" },
  { cohort: { b: [1, Number.NaN] } },
  { children: "x" },
  { previous: 3 },
  { baselines: { "2019": null } },
];

describe("safeParseContext", () => {
  it("accepts undefined members, an empty context and a valid one", () => {
    expect(safeParseContext({}).success).toBe(true);
    expect(safeParseContext({ date: undefined }).success).toBe(true);
    const ok = safeParseContext({
      date: "2024-02-29",
      subject: { kind: "xa" },
      cohort: { b: [1, 2] },
    });
    expect(ok).toEqual({
      success: true,
      data: { date: "2024-02-29", subject: { kind: "xa" }, cohort: { b: [1, 2] } },
    });
  });

  it.each(BAD)("rejects %j with an issue at the member, in both languages", (bad) => {
    const result = safeParseContext(bad);
    expect(result.success).toBe(false);
    if (result.success) return;
    const key = Object.keys(bad as object)[0]!;
    expect(result.issues.length).toBeGreaterThan(0);
    for (const issue of result.issues) {
      expect(issue.path[0]).toBe(key);
      expect(issue.messages.vi.length).toBeGreaterThan(0);
      expect(issue.messages.en.length).toBeGreaterThan(0);
    }
  });

  it("rejects a non-object, an unknown member and a calendar-impossible date", () => {
    expect(safeParseContext(null).success).toBe(false);
    expect(safeParseContext([]).success).toBe(false);
    expect(safeParseContext({ dat: "2023-01-01" }).success).toBe(false);
    const result = safeParseContext({ date: "2023-02-30", subject: null });
    expect(result.success ? [] : result.issues.map((issue) => issue.path)).toEqual([
      ["date"],
      ["subject"],
    ]);
  });
});

describe("scoring with an invalid context", () => {
  it.each(BAD)("%j: nothing throws; invalid members are ignored and reported", (bad) => {
    const context = bad as EvaluationContext;
    const evaluation = evaluate(fw, input, context);
    expect(evaluation.contextIssues?.length).toBeGreaterThan(0);
    expect(evaluation.count).toEqual(evaluate(fw, input).count);
    expect(compileFramework(fw).summarize(input, context).count).toEqual(evaluation.count);
    expect(() => whatIf(fw, input, [{ node: "a", value: true }], context)).not.toThrow();
    expect(stepsToTier(fw, input, "dat", context).status).toBe("reachable");
    expect(() => rankChanges(fw, input, context)).not.toThrow();
    expect(gapToTier(evaluation, "dat").nodes).toEqual(["a"]);
  });

  it("a bad references member leaves nodes needing it without a target (unknown), not crashed", () => {
    const noRefs = framework([
      node("b", "criterion", {
        value: { type: "number" },
        rule: { type: "compare", comparator: ">=", target: { ref: "min_b" } },
      }),
    ]);
    const evaluation = evaluate(noRefs, assessment([{ node: "b", value: 7 }]), {
      references: null,
    } as never);
    expect(evaluation.nodes[0]!.status).not.toBe("met");
    expect(evaluation.contextIssues?.[0]?.path).toEqual(["references"]);
  });

  it("a valid context gives no contextIssues field", () => {
    expect("contextIssues" in evaluate(fw, input, { date: "2023-06-01" })).toBe(false);
  });
});
