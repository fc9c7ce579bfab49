import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/scoring/evaluate.js";
import { explain, formatCondition, formatReason, traceOf } from "../../src/scoring/explain.js";
import { type MessageTable, messagesEn, messagesVi } from "../../src/scoring/messages.js";
import type { Reason } from "../../src/scoring/types.js";
import { assessment, framework, node } from "./helpers.js";

// Example data: a criterion of two indicators, an events node and a tier.
const f = framework(
  [
    node("c1", "criterion", {
      children: [
        node("c1.1", "indicator", {
          value: { type: "percent" },
          rule: { type: "compare", comparator: ">=", target: 70 },
        }),
        node("c1.2", "indicator", { value: { type: "boolean" } }),
      ],
    }),
    node("c2", "criterion", {
      value: {
        type: "events",
        events: [{ id: "chay_no", title: { vi: "Cháy nổ", en: "Fire" } }],
      },
      disqualifying: true,
    }),
  ],
  { tiers: [{ id: "dat", title: { vi: "Đạt", en: "Pass" }, conditions: [{ type: "allMet" }] }] },
);
const a = assessment([
  { node: "c1.1", value: 64.5 },
  { node: "c1.2", value: true },
  { node: "c2", value: ["chay_no"] },
]);

describe("explain", () => {
  const evaluation = evaluate(f, a);

  it("writes every node, tier condition and disqualifier in the order of the evaluation", () => {
    const vi = explain(evaluation, f, "vi");
    expect(vi.language).toBe("vi");
    expect(vi.nodes.map((n) => n.id)).toEqual(evaluation.nodes.map((n) => n.id));
    expect(vi.nodes.find((n) => n.id === "c1.1")!.message).toBe("64,5% không đạt ≥ 70%");
    expect(vi.disqualifiers).toEqual([
      { node: "c2", message: "đã để xảy ra 1 trường hợp (cho phép tối đa 0): “Cháy nổ”" },
    ]);
    expect(vi.tiers[0]!.conditions[0]!.message).toBe("còn 2 tiêu chí chưa đạt: c1, c2");
    expect(explain(evaluation, f, "en").nodes.find((n) => n.id === "c2")!.message).toBe(
      "events occurred once (at most 0 allowed): “Fire”",
    );
  });

  it("takes a third language as a message table, without touching the engine", () => {
    const fr: MessageTable = {
      ...messagesEn,
      language: "fr",
      reasons: { ...messagesEn.reasons, compare_not_met: (p) => `${p.value} ne satisfait pas` },
      conditions: {
        ...messagesEn.conditions,
        allMet: (_, r) => `${r.shortBy} critères non atteints`,
      },
    };
    const sentences = explain(evaluation, f, fr);
    expect(sentences.language).toBe("fr");
    expect(sentences.nodes.find((n) => n.id === "c1.1")!.message).toBe("64.5 ne satisfait pas");
    expect(sentences.tiers[0]!.conditions[0]!.message).toBe("2 critères non atteints");
    // Event titles fall back to English, then Vietnamese, when the language has none.
    expect(sentences.disqualifiers[0]!.message).toContain("“Fire”");
  });

  it("builds the trace on demand, in English by default", () => {
    expect(traceOf(evaluation, f)).toEqual([
      "c1 notMet — not met: c1.1 (1 of 2 met)",
      "  c1.1 notMet — 64.5% does not satisfy ≥ 70%",
      "  c1.2 met — assessed: met",
      "c2 notMet — events occurred once (at most 0 allowed): “Fire”",
    ]);
    expect(traceOf(evaluation, f, "vi")[1]).toBe("  c1.1 notMet — 64,5% không đạt ≥ 70%");
  });

  it("leaves the evaluation plain JSON, without sentences or trace", () => {
    expect(JSON.stringify(evaluation)).not.toMatch(/không đạt|does not satisfy|messages|trace/);
  });
});

describe("formatReason and formatCondition", () => {
  it("writes one reason; event titles need the framework and node", () => {
    const reason: Reason = {
      code: "events_occurred",
      params: { count: 1, max: 0, occurred: "chay_no" },
    };
    expect(formatReason(reason, "vi")).toBe(
      "đã để xảy ra 1 trường hợp (cho phép tối đa 0): chay_no",
    );
    expect(formatReason(reason, "vi", { framework: f, node: "c2" })).toBe(
      "đã để xảy ra 1 trường hợp (cho phép tối đa 0): “Cháy nổ”",
    );
    expect(formatReason({ code: "not_judged" }, messagesVi)).toBe("chưa có kết quả");
  });

  it("shows a code from outside the union as it is instead of throwing (JSON of another version)", () => {
    const foreign = { code: "renamed_code" } as unknown as Reason;
    expect(formatReason(foreign, "en")).toBe("renamed_code");
  });

  it("writes one tier condition", () => {
    expect(
      formatCondition(
        { type: "minPoints", points: 80 },
        { type: "minPoints", met: false, actual: 79.5, required: 80, shortBy: 0.5 },
        "vi",
      ),
    ).toBe("tổng điểm 79,5, cần ít nhất 80 (thiếu 0,5)");
  });
});
