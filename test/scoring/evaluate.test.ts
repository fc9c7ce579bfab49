import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/scoring/evaluate.js";
import { traceOf } from "../../src/scoring/explain.js";
import { assessment, deepFreeze, framework, node } from "./helpers.js";
import { messagesOf } from "./messagesOf.js";

const f = framework(
  [
    node("g1", "group", {
      children: [
        node("1", "criterion", {
          value: { type: "percent" },
          rule: { type: "compare", comparator: ">=", target: 90 },
        }),
        node("2", "criterion", { value: { type: "boolean" } }),
        node("3", "criterion", { appliesTo: ["phuong"], value: { type: "boolean" } }),
      ],
    }),
    node("4", "criterion", {
      value: { type: "number" },
      normalize: { type: "goalposts", low: 0, high: 10 },
    }),
  ],
  { tiers: [{ id: "dat", title: { vi: "Đạt", en: "Met" }, conditions: [{ type: "allMet" }] }] },
);

describe("evaluate", () => {
  it("counts criteria met of applicable at the root and below every node with children (“31/34”)", () => {
    const result = evaluate(
      f,
      assessment([
        { node: "1", value: 95 },
        { node: "2", value: false },
      ]),
    );
    expect(result.count).toEqual({
      met: 1,
      notMet: 1,
      notApplicable: 1,
      unknown: 1,
      error: 0,
      applicable: 3,
      total: 4,
    });
    expect(result.nodes.find((n) => n.id === "g1")!.count).toEqual({
      met: 1,
      notMet: 1,
      notApplicable: 1,
      unknown: 0,
      error: 0,
      applicable: 2,
      total: 3,
    });
  });

  it("puts applicability before the assessor's status, and the status before the rule", () => {
    const result = evaluate(
      f,
      assessment([
        { node: "1", value: 50, status: "met" },
        { node: "3", value: true, status: "met" },
      ]),
    );
    const one = result.nodes.find((n) => n.id === "1")!;
    expect(one).toMatchObject({
      status: "met",
      value: 50,
      reason: { code: "entry_status", params: { status: "met" } },
    });
    expect(messagesOf(one.reason).vi).toBe("kết quả đánh giá: đạt");
    const three = result.nodes.find((n) => n.id === "3")!;
    expect(three.status).toBe("notApplicable");
    expect(messagesOf(three.reason).en).toBe(
      'does not apply to subject kind "xa" (applies to: phuong)',
    );
  });

  it("is unknown with missing_context when nodes are restricted by kind and the subject has none", () => {
    const result = evaluate(f, assessment([], { subject: { id: "x1" } }));
    expect(result.nodes.find((n) => n.id === "3")!.reason).toMatchObject({
      code: "missing_context",
      params: { context: "subject.kind" },
    });
  });

  it("gives node scores in [0, 1]: met 1, not met 0, others null, normalised values on their scale", () => {
    const result = evaluate(
      f,
      assessment([
        { node: "1", value: 95 },
        { node: "2", value: false },
        { node: "4", value: 2.5 },
      ]),
    );
    expect(result.nodes.map((n) => [n.id, n.score])).toEqual([
      ["g1", 0],
      ["1", 1],
      ["2", 0],
      ["3", null],
      ["4", 0.25],
    ]);
  });

  it("writes a trace line per node, indented by depth, in English", () => {
    const result = evaluate(
      f,
      assessment([
        { node: "1", value: 95 },
        { node: "2", value: true },
      ]),
    );
    expect(traceOf(result, f)).toEqual([
      "g1 met — all 2 applicable items met [2/2 criteria met]",
      "  1 met — 95% satisfies ≥ 90%",
      "  2 met — assessed: met",
      '  3 notApplicable — does not apply to subject kind "xa" (applies to: phuong)',
      "4 unknown — no rule judges this value; record a status",
    ]);
  });

  it("never mutates its inputs and returns byte-identical JSON for the same input", () => {
    const a = assessment([
      { node: "1", value: 95 },
      { node: "2", value: true },
    ]);
    const context = deepFreeze({ date: "2023-11-15" });
    const first = JSON.stringify(evaluate(f, a, context));
    const second = JSON.stringify(
      evaluate(structuredClone(f), structuredClone(a), { date: "2023-11-15" }),
    );
    expect(second).toBe(first);
    expect(first).not.toMatch(/NaN|Infinity|undefined/);
  });

  it("puts keys in a stable order without undefined properties", () => {
    const result = evaluate(f, assessment([{ node: "1", value: 95 }]));
    expect(Object.keys(result)).toEqual([
      "framework",
      "subject",
      "period",
      "nodes",
      "count",
      "score",
      "tier",
      "tiers",
      "disqualifiers",
    ]);
    expect(Object.keys(result.nodes[1]!)).toEqual([
      "id",
      "kind",
      "status",
      "reason",
      "value",
      "target",
      "score",
    ]);
    const hasUndefined = (value: unknown): boolean =>
      value === undefined ||
      (typeof value === "object" && value !== null && Object.values(value).some(hasUndefined));
    expect(hasUndefined(result)).toBe(false);
  });

  it("scores with the framework's model (count: 31 of 34 → 91.18 %)", () => {
    const many = framework(
      Array.from({ length: 34 }, (_, i) =>
        node(`c${i + 1}`, "criterion", { value: { type: "boolean" } }),
      ),
    );
    const result = evaluate(
      many,
      assessment(Array.from({ length: 34 }, (_, i) => ({ node: `c${i + 1}`, value: i >= 3 }))),
    );
    expect(result.count).toMatchObject({ met: 31, applicable: 34 });
    expect(result.score).toEqual({
      status: "scored",
      value: 31,
      max: 34,
      percent: (31 * 100) / 34,
    });
  });

  it("judges nodes in a dependency cycle as errors instead of looping", () => {
    const cyclic = framework([
      node("a", "criterion", { rule: { type: "all", of: ["b"] } }),
      node("b", "criterion", { rule: { type: "all", of: ["a"] } }),
    ]);
    const result = evaluate(cyclic, assessment([]));
    expect(result.nodes.map((n) => [n.status, n.reason.code])).toEqual([
      ["error", "dependency_cycle"],
      ["error", "dependency_cycle"],
    ]);
  });

  it("ignores entries for nodes the framework does not have and keeps the first entry of a node", () => {
    const result = evaluate(
      f,
      assessment([
        { node: "zz", value: 1 },
        { node: "2", value: true },
        { node: "2", value: false },
      ]),
    );
    expect(result.nodes.find((n) => n.id === "2")!.status).toBe("met");
  });
});
