import { describe, expect, it } from "vitest";
import type { FrameworkNode } from "../../src/framework/schema.js";
import { evaluate } from "../../src/scoring/evaluate.js";
import { assessment, framework, node } from "./helpers.js";

const events: FrameworkNode["value"] = {
  type: "events",
  events: [
    { id: "toi_pham", title: { vi: "Tội phạm" } },
    { id: "te_nan", title: { vi: "Tệ nạn xã hội" } },
  ],
};

describe("points: deductions (Mường Chà HD 252/2014: “xảy ra 1 trong các nội dung … thì trừ 6 điểm”)", () => {
  const form = (floor?: number | null, per?: "once" | "perOccurrence") =>
    framework(
      [
        node("tc4", "criterion", {
          value: events,
          points: {
            max: 10,
            earn: { type: "entered" },
            deductions: [{ points: 6, ...(per === undefined ? {} : { per }) }],
            ...(floor === undefined ? {} : { floor }),
          },
        }),
      ],
      { scoring: { kind: "points" } },
    );

  it("deducts 6 points once when any listed event occurred", () => {
    const result = evaluate(
      form(),
      assessment([{ node: "tc4", value: ["toi_pham", "te_nan"], selfScore: 10 }]),
    );
    expect(result.points).toEqual({ earned: 4, possible: 10, bonus: 0, deducted: 6, self: 4 });
    expect(result.nodes[0]!.selfScore).toBe(10);
  });

  it("does not deduct when nothing occurred", () => {
    const result = evaluate(form(), assessment([{ node: "tc4", value: [], selfScore: 9 }]));
    expect(result.points).toMatchObject({ earned: 9, deducted: 0 });
  });

  it("stops at the floor of 0 by default and goes below it with floor null", () => {
    expect(
      evaluate(form(), assessment([{ node: "tc4", value: ["te_nan"], selfScore: 4 }])).points,
    ).toMatchObject({
      earned: 0,
      deducted: 4,
    });
    expect(
      evaluate(form(null), assessment([{ node: "tc4", value: ["te_nan"], selfScore: 4 }])).points,
    ).toMatchObject({
      earned: -2,
      deducted: 6,
    });
  });

  it("deducts per occurrence when asked", () => {
    const result = evaluate(
      form(null, "perOccurrence"),
      assessment([{ node: "tc4", value: ["te_nan", "te_nan", "toi_pham"], selfScore: 10 }]),
    );
    expect(result.points).toMatchObject({ earned: -8, deducted: 18 });
  });
});

describe("points: bonus (LEED v4 Innovation, up to 6 points)", () => {
  const leed = framework(
    [
      node("EA", "group", {
        children: [node("EAc1", "criterion", { value: { type: "boolean" }, points: { max: 60 } })],
      }),
      node("MR", "group", {
        children: [node("MRc1", "criterion", { value: { type: "boolean" }, points: { max: 40 } })],
      }),
      node("IN", "group", {
        points: { max: 6, earn: { type: "sum" }, bonus: true },
        children: ["IN1", "IN2", "IN3"].map((id) =>
          node(id, "criterion", { value: { type: "boolean" }, points: { max: 3 } }),
        ),
      }),
    ],
    { scoring: { kind: "points" } },
  );

  it("adds innovation to earned but not to possible, capped at 6 of the 9 earned", () => {
    const result = evaluate(
      leed,
      assessment([
        { node: "EAc1", value: true },
        { node: "MRc1", value: false },
        { node: "IN1", value: true },
        { node: "IN2", value: true },
        { node: "IN3", value: true },
      ]),
    );
    expect(result.points).toEqual({ earned: 66, possible: 100, bonus: 6, deducted: 0 });
    expect(result.nodes.find((n) => n.id === "IN")!.points).toEqual({
      earned: 6,
      possible: 0,
      bonus: 6,
      deducted: 0,
    });
  });
});

describe("points: sub-items, self and verified scores", () => {
  // QĐ 510 Điều 7 item 4: a) a coordination regulation exists, 1 point; b) it is implemented (example: 2).
  const items = framework(
    [
      node("4", "criterion", {
        points: { max: 3, earn: { type: "sum" } },
        children: [
          node("4.a", "indicator", { points: { max: 1, earn: { type: "entered" } } }),
          node("4.b", "indicator", { points: { max: 2, earn: { type: "entered" } } }),
        ],
      }),
      node("5", "criterion", { points: { max: 5, earn: { type: "entered" } } }),
    ],
    { scoring: { kind: "points" } },
  );

  it("sums lettered sub-items and keeps điểm tự chấm and cấp trên chấm side by side", () => {
    const result = evaluate(
      items,
      assessment([
        { node: "4.a", selfScore: 1, verifiedScore: 1 },
        { node: "4.b", selfScore: 2, verifiedScore: 1.5 },
        { node: "5", selfScore: 5 },
      ]),
    );
    expect(result.points).toEqual({
      earned: 7.5,
      possible: 8,
      bonus: 0,
      deducted: 0,
      self: 8,
      verified: 2.5,
    });
    expect(result.nodes.find((n) => n.id === "4")!.points).toEqual({
      earned: 2.5,
      possible: 3,
      bonus: 0,
      deducted: 0,
      self: 3,
      verified: 2.5,
    });
    expect(result.nodes.find((n) => n.id === "4.b")).toMatchObject({
      selfScore: 2,
      verifiedScore: 1.5,
    });
  });

  it("clamps entered points to [0, max]", () => {
    const result = evaluate(
      items,
      assessment([
        { node: "5", selfScore: 7 },
        { node: "4.a", selfScore: -1 },
      ]),
    );
    expect(result.points).toMatchObject({ earned: 5, self: 5 });
  });
});

describe("points: exact sums, bands, goalposts and policies", () => {
  it("sums 0.7 + 0.1 to exactly 0.8", () => {
    const f = framework(
      [
        node("a", "criterion", { value: { type: "boolean" }, points: { max: 0.7 } }),
        node("b", "criterion", { value: { type: "boolean" }, points: { max: 0.1 } }),
      ],
      {
        scoring: { kind: "points" },
        tiers: [
          { id: "t", title: { vi: "Đạt" }, conditions: [{ type: "minPoints", points: 0.8 }] },
        ],
      },
    );
    const result = evaluate(
      f,
      assessment([
        { node: "a", value: true },
        { node: "b", value: true },
      ]),
    );
    expect(result.points!.earned).toBe(0.8);
    expect(result.tier).toBe("t");
  });

  it("awards banded points on the value (inclusive min, exclusive below)", () => {
    const f = framework([
      node("EAc2", "criterion", {
        value: { type: "percent" },
        points: {
          max: 18,
          earn: {
            type: "bands",
            bands: [
              { min: 6, below: 10, points: 1 },
              { min: 10, below: 50, points: 5 },
              { min: 50, points: 18 },
            ],
          },
        },
      }),
    ]);
    const pointsFor = (value: number) =>
      evaluate(f, assessment([{ node: "EAc2", value }])).points!.earned;
    expect([pointsFor(5.9), pointsFor(6), pointsFor(9.99), pointsFor(10), pointsFor(50)]).toEqual([
      0, 1, 1, 5, 18,
    ]);
  });

  it("interpolates between goalposts, lower being better when low > high", () => {
    const f = framework([
      node("ngheo", "criterion", {
        value: { type: "percent" },
        points: { max: 10, earn: { type: "goalposts", low: 6, high: 1 } },
      }),
    ]);
    const pointsFor = (value: number) =>
      evaluate(f, assessment([{ node: "ngheo", value }])).points!.earned;
    expect([pointsFor(7), pointsFor(6), pointsFor(3.5), pointsFor(1), pointsFor(0)]).toEqual([
      0, 0, 5, 10, 10,
    ]);
  });

  it("leaves not-applicable nodes out of possible, or counts them as met under the policy", () => {
    const nodes = [
      node("a", "criterion", { value: { type: "boolean" }, points: { max: 5 } }),
      node("b", "criterion", {
        appliesTo: ["phuong"],
        value: { type: "boolean" },
        points: { max: 5 },
      }),
    ];
    const a = assessment([{ node: "a", value: true }]);
    expect(evaluate(framework(nodes), a).points).toMatchObject({ earned: 5, possible: 5 });
    expect(
      evaluate(framework(nodes, { policies: { notApplicable: "met" } }), a).points,
    ).toMatchObject({
      earned: 10,
      possible: 10,
    });
  });

  it("scores unknown as 0 by default and leaves it out under unknown: exclude", () => {
    const nodes = [
      node("a", "criterion", { value: { type: "boolean" }, points: { max: 5 } }),
      node("b", "criterion", { value: { type: "boolean" }, points: { max: 5 } }),
    ];
    const a = assessment([{ node: "a", value: true }]);
    expect(evaluate(framework(nodes), a).points).toMatchObject({ earned: 5, possible: 10 });
    expect(
      evaluate(framework(nodes, { policies: { unknown: "exclude" } }), a).points,
    ).toMatchObject({
      earned: 5,
      possible: 5,
    });
  });
});
