import { describe, expect, it } from "vitest";
import type { Entry } from "../../src/assessment/schema.js";
import type { Tier } from "../../src/framework/schema.js";
import { evaluate } from "../../src/scoring/evaluate.js";
import { explain } from "../../src/scoring/explain.js";
import { assessment, framework, node } from "./helpers.js";
import { conditionMessages, messagesOf } from "./messagesOf.js";

describe("tiers: QĐ 25/2021 (total ≥ 80 AND each criterion ≥ 50 % of its max AND no disqualifier)", () => {
  // Five criteria of 20 points each (example maxima; the decision sets its own), entered scores.
  const criteria = ["tc1", "tc2", "tc3", "tc4", "tc5"];
  const qd25 = framework(
    [
      ...criteria.map((id) =>
        node(id, "criterion", { points: { max: 20, earn: { type: "entered" } } }),
      ),
      node("ky_luat", "criterion", {
        title: { vi: "Không có người đứng đầu bị kỷ luật (ví dụ)" },
        value: { type: "boolean" },
        disqualifying: true,
      }),
    ],
    {
      scoring: { kind: "points", scale: 100 },
      tiers: [
        {
          id: "dat_chuan",
          title: { vi: "Đạt chuẩn tiếp cận pháp luật", en: "Meets the legal-access standard" },
          conditions: [
            { type: "minPoints", points: 80 },
            { type: "groupMinShare", percent: 50 },
            { type: "noDisqualifier" },
          ],
        },
      ],
    },
  );
  const scored = (scores: readonly number[], clean = true) =>
    assessment([
      ...scores.map((selfScore, i): Entry => ({ node: criteria[i]!, selfScore })),
      { node: "ky_luat", value: clean },
    ]);
  const conditions = (scores: readonly number[], clean = true) =>
    evaluate(qd25, scored(scores, clean)).tiers[0]!.conditions;
  /** The sentences of the first tier's conditions. */
  const sentences = (scores: readonly number[]) => {
    const evaluation = evaluate(qd25, scored(scores));
    const of = (language: "vi" | "en") =>
      explain(evaluation, qd25, language).tiers[0]!.conditions.map((c) => c.message);
    return { vi: of("vi"), en: of("en") };
  };

  it("recognises 85 points with every criterion at least half of its maximum and no disqualifier", () => {
    const result = evaluate(qd25, scored([17, 17, 17, 17, 17]));
    expect(result.tier).toBe("dat_chuan");
    expect(result.tiers[0]!.conditions.every((c) => c.met)).toBe(true);
  });

  it("fails on the total alone: 79.5 points is short by 0.5", () => {
    const [total, share, disqualifier] = conditions([16, 16, 16, 16, 15.5]);
    const said = sentences([16, 16, 16, 16, 15.5]);
    expect(total).toMatchObject({
      type: "minPoints",
      met: false,
      actual: 79.5,
      required: 80,
      shortBy: 0.5,
    });
    expect(said.en[0]).toBe("points 79.5, at least 80 required (short by 0.5)");
    expect(said.vi[0]).toBe("tổng điểm 79,5, cần ít nhất 80 (thiếu 0,5)");
    expect(share!.met).toBe(true);
    expect(disqualifier!.met).toBe(true);
  });

  it("fails on one criterion below half of its maximum alone, though the total is 89", () => {
    const [total, share, disqualifier] = conditions([20, 20, 20, 20, 9]);
    expect(total!.met).toBe(true);
    expect(share).toMatchObject({ type: "groupMinShare", met: false, actual: ["tc5"], shortBy: 1 });
    expect(sentences([20, 20, 20, 20, 9]).vi[1]).toBe("dưới 50% điểm tối đa: tc5 (thiếu 1)");
    expect(disqualifier!.met).toBe(true);
  });

  it("fails on the disqualifier alone, with full points", () => {
    const result = evaluate(qd25, scored([20, 20, 20, 20, 20], false));
    expect(result.tier).toBeNull();
    const [total, share, disqualifier] = result.tiers[0]!.conditions;
    expect(total!.met && share!.met).toBe(true);
    expect(disqualifier).toMatchObject({
      type: "noDisqualifier",
      met: false,
      actual: ["ky_luat"],
      shortBy: 1,
    });
    expect(result.disqualifiers).toEqual([
      {
        node: "ky_luat",
        reason: { code: "boolean_false" },
      },
    ]);
    expect(messagesOf(result.disqualifiers[0]!.reason)).toEqual({
      vi: "kết quả đánh giá: chưa đạt (yêu cầu: đạt)",
      en: "assessed: not met (required: met)",
    });
  });
});

describe("tiers: prerequisites (xã NTM → NTM nâng cao → NTM kiểu mẫu, QĐ 318/319)", () => {
  const ntm = framework(
    [
      node("ntm", "group", {
        children: ["1", "2", "3"].map((id) =>
          node(id, "criterion", { value: { type: "boolean" } }),
        ),
      }),
      node("nc", "group", {
        children: ["nc1", "nc2"].map((id) => node(id, "criterion", { value: { type: "boolean" } })),
      }),
      node("km", "group", {
        children: [
          node("km.thu_nhap", "criterion", {
            value: { type: "number" },
            rule: {
              type: "compare",
              comparator: ">=",
              target: { ref: "ntmncIncome" },
              factor: 1.1,
            },
          }),
          node("km.thon_thong_minh", "criterion", {
            value: { type: "count" },
            rule: { type: "compare", comparator: ">=", target: 1 },
          }),
        ],
      }),
    ],
    {
      references: { ntmncIncome: 58 },
      tiers: [
        {
          id: "ntm",
          title: { vi: "Xã nông thôn mới" },
          conditions: [{ type: "nodesMet", nodes: ["ntm"] }],
        },
        {
          id: "nang_cao",
          title: { vi: "Xã NTM nâng cao" },
          conditions: [
            { type: "tier", tier: "ntm" },
            { type: "nodesMet", nodes: ["nc"] },
          ],
        },
        {
          id: "kieu_mau",
          title: { vi: "Xã NTM kiểu mẫu", en: "Model new-rural commune" },
          conditions: [
            { type: "tier", tier: "nang_cao" },
            { type: "nodesMet", nodes: ["km"] },
          ],
        },
      ],
    },
  );
  const entries = (nc2: boolean): Entry[] => [
    ...["1", "2", "3", "nc1"].map((id): Entry => ({ node: id, value: true })),
    { node: "nc2", value: nc2 },
    { node: "km.thu_nhap", value: 63.8 },
    { node: "km.thon_thong_minh", value: 1 },
  ];

  it("reaches kiểu mẫu when every level is met", () => {
    const result = evaluate(ntm, assessment(entries(true)));
    expect(result.tier).toBe("kieu_mau");
    expect(result.tiers.map((t) => t.achieved)).toEqual([true, true, true]);
  });

  it("stops at NTM when nâng cao fails, even though the kiểu mẫu conditions of its own hold", () => {
    const result = evaluate(ntm, assessment(entries(false)));
    expect(result.tier).toBe("ntm");
    const kieuMau = result.tiers[2]!;
    expect(kieuMau.achieved).toBe(false);
    expect(kieuMau.conditions[0]).toMatchObject({ type: "tier", met: false, required: "nang_cao" });
    expect(conditionMessages(result, ntm, 2, 0).vi).toBe('chưa đạt mức "Xã NTM nâng cao"');
    expect(kieuMau.conditions[1]!.met).toBe(true);
  });
});

describe("tiers: cumulative levels where not applicable counts as met", () => {
  it("rates WCAG conformance A / AA / AAA, a criterion with no video content counting as met", () => {
    const levels = (ids: readonly string[]) =>
      ids.map((id) => node(id, "criterion", { value: { type: "boolean" } }));
    const wcag = framework([...levels(["1.1.1", "1.2.2", "1.4.3", "1.4.6"])], {
      tiers: [
        {
          id: "A",
          title: { en: "Level A" },
          conditions: [{ type: "nodesMet", nodes: ["1.1.1", "1.2.2"], notApplicable: "met" }],
        },
        {
          id: "AA",
          title: { en: "Level AA" },
          conditions: [
            { type: "tier", tier: "A" },
            { type: "nodesMet", nodes: ["1.4.3"], notApplicable: "met" },
          ],
        },
        {
          id: "AAA",
          title: { en: "Level AAA" },
          conditions: [
            { type: "tier", tier: "AA" },
            { type: "nodesMet", nodes: ["1.4.6"], notApplicable: "met" },
          ],
        },
      ],
    });
    const result = evaluate(
      wcag,
      assessment([
        { node: "1.1.1", value: true },
        { node: "1.2.2", status: "notApplicable" },
        { node: "1.4.3", value: true },
        { node: "1.4.6", value: false },
      ]),
    );
    expect(result.tier).toBe("AA");
    expect(result.tiers[2]!.conditions[1]).toMatchObject({
      met: false,
      actual: ["1.4.6"],
      shortBy: 1,
    });
  });

  it("rates CMMI maturity levels, a not-applicable process area (no suppliers) counting as met", () => {
    const pa = (id: string) => node(id, "criterion", { rule: { type: "judged" } });
    const tiers: Tier[] = [
      {
        id: "ML2",
        title: { en: "Managed" },
        conditions: [{ type: "nodesMet", nodes: ["REQM", "PP", "SAM"], notApplicable: "met" }],
      },
      {
        id: "ML3",
        title: { en: "Defined" },
        conditions: [
          { type: "tier", tier: "ML2" },
          { type: "nodesMet", nodes: ["RD", "VER"], notApplicable: "met" },
        ],
      },
    ];
    const cmmi = framework(["REQM", "PP", "SAM", "RD", "VER"].map(pa), { tiers });
    const status = (s: Record<string, Entry["status"]>) =>
      assessment(Object.entries(s).map(([id, value]): Entry => ({ node: id, status: value! })));
    expect(
      evaluate(
        cmmi,
        status({ REQM: "met", PP: "met", SAM: "notApplicable", RD: "met", VER: "met" }),
      ).tier,
    ).toBe("ML3");
    expect(
      evaluate(
        cmmi,
        status({ REQM: "met", PP: "met", SAM: "notApplicable", RD: "met", VER: "notMet" }),
      ).tier,
    ).toBe("ML2");
    const strict = framework(cmmi.nodes, {
      tiers: [
        {
          id: "ML2",
          title: { en: "Managed" },
          conditions: [{ type: "nodesMet", nodes: ["REQM", "PP", "SAM"] }],
        },
      ],
    });
    expect(
      evaluate(strict, status({ REQM: "met", PP: "met", SAM: "notApplicable" })).tier,
    ).toBeNull();
  });
});

describe("tiers: counts, percent, score, mandatory and outcome conditions", () => {
  const criteria = ["a", "b", "c", "d"].map((id) =>
    node(id, "criterion", {
      value: { type: "boolean" },
      ...(id === "a" ? { mandatory: true } : {}),
    }),
  );
  const tiered = (conditions: Tier["conditions"]) =>
    framework(criteria, { tiers: [{ id: "t", title: { vi: "Đạt" }, conditions }] });
  const values = (met: readonly string[]) =>
    assessment(["a", "b", "c", "d"].map((id): Entry => ({ node: id, value: met.includes(id) })));
  const first = (conditions: Tier["conditions"], met: readonly string[]) =>
    evaluate(tiered(conditions), values(met)).tiers[0]!.conditions[0]!;

  it("reports minCount with the criteria short", () => {
    expect(first([{ type: "minCount", count: 4 }], ["a", "b"])).toMatchObject({
      met: false,
      actual: 2,
      shortBy: 2,
    });
    expect(first([{ type: "minCount", count: 1, of: ["c", "d"] }], ["a", "d"]).met).toBe(true);
  });

  it("compares minPercent exactly on the count score (3 of 4 = 75 %)", () => {
    expect(first([{ type: "minPercent", percent: 75 }], ["a", "b", "c"]).met).toBe(true);
    expect(first([{ type: "minPercent", percent: 75.01 }], ["a", "b", "c"])).toMatchObject({
      met: false,
      actual: 75,
    });
    expect(first([{ type: "minScore", score: 3 }], ["a", "b", "c"]).met).toBe(true);
  });

  it("lists the criteria that stop allMet and mandatoryMet", () => {
    expect(first([{ type: "allMet" }], ["a", "c"])).toMatchObject({
      met: false,
      actual: ["b", "d"],
      shortBy: 2,
    });
    expect(first([{ type: "mandatoryMet" }], ["b", "c"])).toMatchObject({
      met: false,
      actual: ["a"],
    });
    expect(first([{ type: "mandatoryMet" }], ["a"]).met).toBe(true);
  });

  it("reads another framework's outcome, failing without it", () => {
    const f = tiered([{ type: "outcome", framework: "tt124", tier: "dat" }]);
    expect(evaluate(f, values([]), { outcomes: { tt124: { tier: "dat" } } }).tier).toBe("t");
    const missing = evaluate(f, values([])).tiers[0]!.conditions[0]!;
    // Nothing was measured: no `actual` (an outcome that reached no tier has `actual: null`).
    expect(missing).toEqual({ type: "outcome", met: false, required: "dat" });
    expect(conditionMessages(evaluate(f, values([])), f, 0, 0).en).toBe(
      "missing the outcome of framework tt124 (context.outcomes)",
    );
  });

  it("gives no tier when the framework has none", () => {
    const result = evaluate(framework(criteria), values(["a"]));
    expect(result.tier).toBeNull();
    expect(result.tiers).toEqual([]);
  });
});

describe("tiers: degenerate scores", () => {
  it("does not meet minPercent when the model scores 0 of 0 (XCCDF flat with nothing scorable)", () => {
    const f = framework(
      [node("r1", "criterion", { value: { type: "boolean" }, role: "unchecked" })],
      {
        scoring: { kind: "xccdf", model: "flat" },
        tiers: [{ id: "t", title: { en: "T" }, conditions: [{ type: "minPercent", percent: 0 }] }],
      },
    );
    const result = evaluate(f, assessment([{ node: "r1", value: true }]));
    expect(result.tiers[0]!.conditions[0]).toMatchObject({ met: false, actual: null });
  });
});
