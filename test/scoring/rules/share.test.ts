import { describe, expect, it } from "vitest";
import type { Tally } from "../../../src/assessment/schema.js";
import type { FrameworkNode } from "../../../src/framework/schema.js";
import { evaluate } from "../../../src/scoring/evaluate.js";
import type { Evaluation, EvaluationContext, NodeResult } from "../../../src/scoring/types.js";
import { shareOfUnits } from "../../support/tt124.js";
import { assessment, deepFreeze, framework, node } from "../helpers.js";
import { messagesOf } from "../messagesOf.js";

// TT 124/2021 Điều 5 khoản 4: 100 % of the units under the commune registered AND ≥ 70 % recognised.
const criterion4 = shareOfUnits() as FrameworkNode;

function judge(
  rule: FrameworkNode,
  tally: Tally | undefined,
  context?: EvaluationContext,
): NodeResult {
  const f = framework([rule]);
  const a = assessment(tally === undefined ? [] : [{ node: rule.id, value: tally }]);
  return evaluate(f, a, context && deepFreeze(context)).nodes[0]!;
}

describe("share: TT 124 criterion 4", () => {
  it("fails with 16 of 25 recognised (64 %) and names 18 as the least count that passes", () => {
    const result = judge(criterion4, { total: 25, counts: { registered: 25, recognised: 16 } });
    expect(result.status).toBe("notMet");
    expect(result.reason.code).toBe("share_not_met");
    expect(result.reason.params).toEqual({
      category: "recognised",
      count: 16,
      total: 25,
      comparator: ">=",
      percent: 70,
      actual: 64,
      leastPassing: 18,
    });
    expect(messagesOf(result.reason).en).toBe(
      "recognised: 16 of 25 = 64%, required ≥ 70% (at least 18 needed)",
    );
    expect(messagesOf(result.reason).vi).toBe(
      "được công nhận: 16/25 = 64%, yêu cầu ≥ 70% (cần ít nhất 18)",
    );
  });

  it("fails with 17 of 25 (68 %) and passes with 18 of 25 (72 %) when all 25 registered", () => {
    expect(
      judge(criterion4, { total: 25, counts: { registered: 25, recognised: 17 } }).status,
    ).toBe("notMet");
    const passed = judge(criterion4, { total: 25, counts: { registered: 25, recognised: 18 } });
    expect(passed.status).toBe("met");
    expect(passed.reason.code).toBe("share_met");
  });

  it("fails with 24 of 25 registered even when all 25 are recognised", () => {
    const result = judge(criterion4, { total: 25, counts: { registered: 24, recognised: 25 } });
    expect(result.status).toBe("notMet");
    expect(result.reason.code).toBe("share_requirement_not_met");
    expect(result.reason.params).toMatchObject({
      category: "registered",
      count: 24,
      total: 25,
      leastPassing: 25,
    });
    expect(messagesOf(result.reason).vi).toMatch(
      /^chưa đạt điều kiện tiên quyết: đã đăng ký: 24\/25 = 96%/,
    );
  });

  it("compares exactly at the boundary: 7 of 10 is exactly 70 %", () => {
    expect(judge(criterion4, { total: 10, counts: { registered: 10, recognised: 7 } }).status).toBe(
      "met",
    );
    const strict = node("s", "criterion", {
      value: { type: "tally", categories: ["recognised"] },
      rule: { type: "share", category: "recognised", comparator: ">", percent: 70 },
    });
    const result = judge(strict, { total: 10, counts: { recognised: 7 } });
    expect(result.status).toBe("notMet");
    expect(result.reason.params).toMatchObject({ leastPassing: 8 });
  });

  it("handles a fractional percent exactly: 2 of 3 is not ≥ 66.67 %", () => {
    const twoThirds = node("t", "criterion", {
      value: { type: "tally", categories: ["ok"] },
      rule: { type: "share", category: "ok", comparator: ">=", percent: 66.67 },
    });
    expect(judge(twoThirds, { total: 3, counts: { ok: 2 } }).status).toBe("notMet");
    expect(judge(twoThirds, { total: 300, counts: { ok: 201 } }).status).toBe("met");
  });

  it("is unknown with empty_denominator when there are no units", () => {
    const result = judge(criterion4, { total: 0, counts: { registered: 0, recognised: 0 } });
    expect(result.status).toBe("unknown");
    expect(result.reason.code).toBe("empty_denominator");
  });

  it("is unknown without a tally and an error for a count above the total", () => {
    expect(judge(criterion4, undefined).reason.code).toBe("missing_value");
    expect(judge(criterion4, { total: 25, counts: { registered: 25 } }).reason).toMatchObject({
      code: "missing_value",
      params: { category: "recognised" },
    });
    expect(
      judge(criterion4, { total: 25, counts: { registered: 26, recognised: 20 } }),
    ).toMatchObject({
      status: "error",
      reason: { code: "count_exceeds_total" },
    });
  });
});

describe("share: counts from child units", () => {
  const fromChildren = node("xa.4", "criterion", {
    rule: {
      type: "share",
      category: "recognised",
      comparator: ">=",
      percent: 70,
      requires: [{ category: "registered", comparator: ">=", percent: 100 }],
      children: { registered: { met: "kdc.1" }, recognised: { tier: "dat" } },
      childKind: "kdc",
    },
  });

  /** A child unit's evaluation with just what the predicates read. */
  const child = (id: string, kind: string, registered: boolean, tier: string | null): Evaluation =>
    ({
      framework: { id: "tt124", version: "2021" },
      subject: { id, kind },
      period: { id: "2023", start: "2022-11-01", end: "2023-10-31" },
      nodes: [
        {
          id: "kdc.1",
          kind: "criterion",
          status: registered ? "met" : "notMet",
          reason: { code: "not_judged" },
        },
      ],
      count: { met: 0, notMet: 0, notApplicable: 0, unknown: 0, error: 0, applicable: 0, total: 0 },
      score: { status: "unscorable", reason: "x" },
      tier,
      tiers: [{ id: "dat", achieved: tier === "dat", conditions: [] }],
      disqualifiers: [],
    }) as Evaluation;

  const villages = (recognised: number, total = 25): Evaluation[] =>
    Array.from({ length: total }, (_, i) =>
      child(`kdc${i}`, "kdc", true, i < recognised ? "dat" : null),
    );

  it("counts 16 of 25 recognised villages as failing and 18 as passing", () => {
    const failed = judge(fromChildren, undefined, { children: villages(16) });
    expect(failed.status).toBe("notMet");
    expect(failed.value).toEqual({ total: 25, counts: { registered: 25, recognised: 16 } });
    expect(judge(fromChildren, undefined, { children: villages(18) }).status).toBe("met");
  });

  it("counts only children of the given kind", () => {
    const children = [...villages(18), child("cq1", "co_quan", false, null)];
    expect(judge(fromChildren, undefined, { children }).status).toBe("met");
  });

  it("is unknown with missing_context when the child evaluations are not given", () => {
    expect(judge(fromChildren, undefined).reason).toMatchObject({
      code: "missing_context",
      params: { context: "children" },
    });
  });
});
