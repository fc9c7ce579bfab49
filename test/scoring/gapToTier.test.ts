import { describe, expect, it } from "vitest";
import type { Entry } from "../../src/assessment/schema.js";
import { evaluate } from "../../src/scoring/evaluate.js";
import { formatTierQuery } from "../../src/scoring/explain.js";
import { gapToTier } from "../../src/scoring/gapToTier.js";
import { assessment, framework, node } from "./helpers.js";

// QĐ 25/2021 (example maxima of 20): total ≥ 80, each criterion ≥ 50 % of its max, no disqualifier.
const criteria = ["tc1", "tc2", "tc3", "tc4", "tc5"];
const qd25 = framework(
  [
    ...criteria.map((id) =>
      node(id, "criterion", { points: { max: 20, earn: { type: "entered" } } }),
    ),
    node("ky_luat", "criterion", { value: { type: "boolean" }, disqualifying: true }),
  ],
  {
    scoring: { kind: "points" },
    tiers: [
      {
        id: "dat",
        title: { vi: "Đạt chuẩn" },
        conditions: [
          { type: "minPoints", points: 80 },
          { type: "groupMinShare", percent: 50 },
          { type: "noDisqualifier" },
        ],
      },
      {
        id: "tieu_bieu",
        title: { vi: "Tiêu biểu (ví dụ)" },
        conditions: [
          { type: "tier", tier: "dat" },
          { type: "minPoints", points: 95 },
        ],
      },
    ],
  },
);
const communeF = assessment([
  ...[20, 20, 20, 20, 8].map((selfScore, i): Entry => ({ node: criteria[i]!, selfScore })),
  { node: "ky_luat", value: true },
]);

describe("gapToTier", () => {
  it("names the one failing condition of commune F (88 points, tc5 at 8 of 20): 2 points short in tc5", () => {
    const gap = gapToTier(evaluate(qd25, communeF), "dat");
    expect(gap).toMatchObject({ tier: "dat", achieved: false, nodes: ["tc5"], prerequisites: [] });
    expect(gap.conditions).toHaveLength(1);
    expect(gap.conditions[0]).toMatchObject({
      type: "groupMinShare",
      actual: ["tc5"],
      required: 50,
      shortBy: 2,
    });
  });

  it("follows failing prerequisite tiers and their nodes", () => {
    const gap = gapToTier(evaluate(qd25, communeF), "tieu_bieu");
    expect(gap.prerequisites).toEqual(["dat"]);
    expect(gap.nodes).toEqual(["tc5"]);
    expect(gap.conditions.map((c) => [c.type, c.shortBy])).toEqual([
      ["tier", undefined],
      ["minPoints", 7],
    ]);
  });

  it("is empty for an achieved tier", () => {
    const good = assessment([
      ...criteria.map((id): Entry => ({ node: id, selfScore: 18 })),
      { node: "ky_luat", value: true },
    ]);
    expect(gapToTier(evaluate(qd25, good), "dat")).toEqual({
      tier: "dat",
      achieved: true,
      conditions: [],
      nodes: [],
      prerequisites: [],
    });
  });

  it("answers a tier the framework does not have as data, like stepsToTier", () => {
    const gap = gapToTier(evaluate(qd25, communeF), "gioi");
    expect(gap).toEqual({
      tier: "gioi",
      achieved: false,
      reason: "unknown_tier",
      conditions: [],
      nodes: [],
      prerequisites: [],
    });
    expect(formatTierQuery(gap, qd25, "vi")).toBe('Bộ tiêu chí không có mức "gioi"');
    expect(formatTierQuery(gap, qd25, "en")).toBe('The framework has no tier "gioi"');
  });
});
