import { describe, expect, it } from "vitest";
import { evaluate } from "../../../src/scoring/evaluate.js";
import { assessment, deepFreeze, framework, node } from "../helpers.js";
import { messagesOf } from "../messagesOf.js";

// NTM indicator 19.2 is met when the commune is recognised "An toàn về ANTT" under TT 124 (CV 3371/BCA-V05).
const ntm = framework([
  node("19.2", "indicator", { rule: { type: "outcome", framework: "tt124", tier: "dat" } }),
]);
const tt124 = framework([node("c", "criterion", { value: { type: "boolean" } })], {
  id: "tt124",
  tiers: [
    { id: "co_ban", title: { vi: "Cơ bản" }, conditions: [] },
    { id: "dat", title: { vi: "Đạt" }, conditions: [{ type: "allMet" }] },
    {
      id: "tieu_bieu",
      title: { vi: "Tiêu biểu (ví dụ)" },
      conditions: [
        { type: "tier", tier: "dat" },
        { type: "minCount", count: 1 },
      ],
    },
  ],
});

describe("outcome", () => {
  it("is met when the TT 124 evaluation reached dat, and not met when it did not", () => {
    const recognised = evaluate(tt124, assessment([{ node: "c", value: true }]));
    expect(recognised.tier).toBe("tieu_bieu");
    const met = evaluate(ntm, assessment([]), deepFreeze({ outcomes: { tt124: recognised } }))
      .nodes[0]!;
    expect(met).toMatchObject({
      status: "met",
      value: "tieu_bieu",
      reason: { code: "outcome_met" },
    });
    const failed = evaluate(tt124, assessment([{ node: "c", value: false }]));
    expect(evaluate(ntm, assessment([]), { outcomes: { tt124: failed } }).nodes[0]!.status).toBe(
      "notMet",
    );
  });

  it("accepts a bare tier as the outcome", () => {
    expect(
      evaluate(ntm, assessment([]), { outcomes: { tt124: { tier: "dat" } } }).nodes[0]!.status,
    ).toBe("met");
    expect(
      evaluate(ntm, assessment([]), { outcomes: { tt124: { tier: null } } }).nodes[0]!.status,
    ).toBe("notMet");
  });

  it("is unknown with missing_context without the outcome", () => {
    const result = evaluate(ntm, assessment([])).nodes[0]!;
    expect(result.reason).toMatchObject({
      code: "missing_context",
      params: { context: "outcomes.tt124" },
    });
    expect(messagesOf(result.reason).vi).toBe(
      'thiếu dữ liệu: kết quả bộ tiêu chí tt124 (context.outcomes["tt124"])',
    );
  });

  it("is an error when the other framework has no such tier", () => {
    const other = evaluate(tt124, assessment([{ node: "c", value: true }]));
    const wrong = framework([
      node("19.2", "indicator", { rule: { type: "outcome", framework: "tt124", tier: "gioi" } }),
    ]);
    expect(
      evaluate(wrong, assessment([]), { outcomes: { tt124: other } }).nodes[0]!.reason.code,
    ).toBe("unknown_tier");
  });
});
