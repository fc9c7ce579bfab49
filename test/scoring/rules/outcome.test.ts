import { describe, expect, it } from "vitest";
import { evaluate } from "../../../src/scoring/evaluate.js";
import type { Evaluation } from "../../../src/scoring/types.js";
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

// A criterion of another framework taken by reference (issue 10): a khối dân cư's year-end criteria fold
// in a criterion of the ward model, judged from that framework's evaluation, without copying its text.
describe("outcome with node", () => {
  const block = framework([
    node("ref", "criterion", { rule: { type: "outcome", framework: "tt124", node: "c" } }),
  ]);
  const judgedModel = framework([node("c", "criterion", { value: { type: "boolean" } })], {
    id: "tt124",
  });

  it("follows the referenced node's status", () => {
    const met = evaluate(judgedModel, assessment([{ node: "c", value: true }]));
    const notMet = evaluate(judgedModel, assessment([{ node: "c", value: false }]));
    const unknown = evaluate(judgedModel, assessment([]));
    const at = (outcome: Evaluation) =>
      evaluate(block, assessment([]), deepFreeze({ outcomes: { tt124: outcome } })).nodes[0]!;
    expect(at(met)).toMatchObject({
      status: "met",
      reason: {
        code: "outcome_node_met",
        params: { framework: "tt124", node: "c", status: "met" },
      },
    });
    expect(at(notMet).status).toBe("notMet");
    expect(at(unknown)).toMatchObject({
      status: "unknown",
      reason: { code: "outcome_node_undecided" },
    });
    expect(messagesOf(at(notMet).reason)).toEqual({
      vi: "không đạt c của bộ tiêu chí tt124",
      en: "c of tt124 is not met",
    });
  });

  it("is missing context for a bare tier or an evaluation without the node", () => {
    const bare = evaluate(block, assessment([]), { outcomes: { tt124: { tier: "dat" } } });
    expect(bare.nodes[0]!.reason).toMatchObject({
      code: "missing_context",
      params: { context: "outcomes.tt124.nodes.c" },
    });
  });

  it("needs exactly one of tier and node", async () => {
    const { safeParseFramework } = await import("../../../src/framework/safeParseFramework.js");
    for (const rule of [
      { type: "outcome", framework: "tt124" },
      { type: "outcome", framework: "tt124", tier: "dat", node: "c" },
    ]) {
      const parsed = safeParseFramework({
        id: "x",
        version: "1",
        status: "draft",
        title: { vi: "x" },
        nodes: [{ id: "a", kind: "criterion", title: { vi: "a" }, rule }],
      });
      expect(parsed.success).toBe(false);
      if (!parsed.success) {
        expect(parsed.error.issues.map((i) => i.message)).toContain(
          'nodes.0.rule: an "outcome" rule needs exactly one of "tier" (another framework\'s tier) or "node" (a node of another framework)',
        );
      }
    }
  });
});
