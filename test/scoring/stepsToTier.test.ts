import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Assessment } from "../../src/assessment/schema.js";
import type { Framework, FrameworkNode } from "../../src/framework/schema.js";
import { compileFramework } from "../../src/scoring/compileFramework.js";
import { formatTierQuery } from "../../src/scoring/explain.js";
import { stepsToTier } from "../../src/scoring/stepsToTier.js";
import { generatedArb } from "./arbitraryFramework.js";
import { assessment, framework, node } from "./helpers.js";
import { fixtureAssessment, fixtureContext, fixtureFramework } from "./loadFixtures.js";

const qd9745 = fixtureFramework("vn-qd9745-2022-34");
const qd5764 = fixtureFramework("vn-qd5764-2021-22");
const tt124 = fixtureFramework("vn-tt124-2021");
const qd25 = fixtureFramework("vn-qd25-2021-tcpl");
const leed = fixtureFramework("intl-leed-v4-bdc-style");
const qd318 = fixtureFramework("vn-qd318-319-2022-ntm");

const judged = { value: { type: "verdict" as const }, rule: { type: "judged" as const } };

/** A QĐ 25 assessment with the given verified scores for tc1–tc5 and no disqualifying event. */
function qd25Scores(scores: readonly number[]): Assessment {
  return assessment(
    [
      ...scores.map((score, i) => ({
        node: `tc${i + 1}`,
        status: "met" as const,
        verifiedScore: score,
      })),
      { node: "dk.ky_luat", value: false },
    ],
    { framework: { id: "vn-qd25-2021-tcpl", version: "2021" } },
  );
}

function isDisqualifying(nodes: readonly FrameworkNode[], id: string): boolean {
  return nodes.some(
    (n) => (n.id === id && n.disqualifying === true) || isDisqualifying(n.children ?? [], id),
  );
}

function nodesOf(result: ReturnType<typeof stepsToTier>): readonly string[] | string {
  return result.status === "reachable" ? result.nodes : result.status;
}

describe("stepsToTier", () => {
  it("finds the 3 criteria Nghi Hương had left on 26/4/2023 under QĐ 9745 (31 of 34)", () => {
    const result = stepsToTier(
      qd9745,
      fixtureAssessment("nghi-huong-2023-04-26-qd9745"),
      "dien_hinh",
    );
    expect(result).toMatchObject({
      status: "reachable",
      tier: "dien_hinh",
      nodes: ["tc9", "tc17", "tc28"],
      exact: true,
      before: { count: { met: 31, applicable: 34 }, tier: null },
      after: { count: { met: 34, applicable: 34 }, tier: "dien_hinh" },
    });
  });

  it("finds the 2 criteria left under QĐ 5764 (20 of 22)", () => {
    const result = stepsToTier(
      qd5764,
      fixtureAssessment("nghi-huong-2023-04-26-qd5764"),
      "dien_hinh_kieu_mau",
    );
    expect(result).toMatchObject({ status: "reachable", nodes: ["tc4", "tc15"], exact: true });
  });

  it("needs only xa.4 for the TT 124 commune with 16 of 25 residential areas recognised", () => {
    expect(nodesOf(stepsToTier(tt124, fixtureAssessment("xa-a-2023-tt124"), "dat"))).toEqual([
      "xa.4",
    ]);
  });

  it("says reached when the tier is already reached (18 of 25)", () => {
    expect(stepsToTier(tt124, fixtureAssessment("xa-b-2023-tt124"), "dat")).toMatchObject({
      status: "reached",
      tier: "dat",
      before: { tier: "dat" },
    });
  });

  it("gives a QĐ 25 criterion under half its maximum its full points (88 points, tc5 at 8 of 20)", () => {
    const result = stepsToTier(qd25, fixtureAssessment("xa-f-2023-qd25"), "dat");
    expect(result).toMatchObject({
      status: "reachable",
      nodes: ["tc5"],
      exact: true,
      before: { points: { earned: 88 } },
      after: { points: { earned: 100 }, tier: "dat" },
    });
  });

  it("adds QĐ 25 criteria, most points first, until 80 points (five criteria at 14 of 20)", () => {
    const result = stepsToTier(qd25, qd25Scores([14, 14, 14, 14, 14]), "dat");
    expect(result).toMatchObject({
      status: "reachable",
      nodes: ["tc1", "tc2"],
      exact: true,
      after: { points: { earned: 82 }, tier: "dat" },
    });
  });

  it("fixes the per-criterion minimum first when the total already suffices (84 points, one at 9)", () => {
    expect(nodesOf(stepsToTier(qd25, qd25Scores([20, 20, 20, 15, 9]), "dat"))).toEqual(["tc5"]);
    // 70 points and tc4 under half: tc4's full 20 fixes both (84 points).
    expect(nodesOf(stepsToTier(qd25, qd25Scores([20, 10, 20, 6, 14]), "dat"))).toEqual(["tc4"]);
  });

  it("cannot undo a disqualifying event unless asked (90 points, a disciplined official)", () => {
    const xaG = fixtureAssessment("xa-g-2023-qd25");
    const result = stepsToTier(qd25, xaG, "dat");
    expect(result).toMatchObject({
      status: "unreachable",
      reason: "not_reachable_by_meeting_nodes",
      failing: [{ tier: "dat", condition: { type: "noDisqualifier", actual: ["dk.ky_luat"] } }],
    });
    expect(formatTierQuery(result, qd25, "en")).toBe(
      'Tier "Meets the access-to-law standard" cannot be reached by meeting more nodes (failing: noDisqualifier)',
    );
    expect(
      nodesOf(stepsToTier(qd25, xaG, "dat", undefined, { includeDisqualifying: true })),
    ).toEqual(["dk.ky_luat"]);
  });

  it("adds the LEED-style credits with the most points to go from Gold (60) to Platinum (80)", () => {
    const example = fixtureAssessment("intl-leed-v4-bdc-style-example");
    expect(stepsToTier(leed, example, "silver").status).toBe("reached");
    expect(stepsToTier(leed, example, "platinum")).toMatchObject({
      status: "reachable",
      // +7, +7, +8: no two credits add the 20 points missing.
      nodes: ["LT-credits", "EA-credits", "MR-credits"],
      exact: true,
      after: { points: { earned: 82 }, tier: "platinum" },
    });
  });

  it("walks the NTM prerequisites: ntm, then nâng cao, then kiểu mẫu", () => {
    const xaD = fixtureAssessment("xa-d-2024-qd318");
    const context = fixtureContext("xa-d-2024-qd318");
    const nangCao = Array.from({ length: 19 }, (_, i) => `nc.${i + 1}`).concat("nc.nuoc_sach");
    expect(nodesOf(stepsToTier(qd318, xaD, "ntm", context))).toEqual(["10", "17"]);
    expect(nodesOf(stepsToTier(qd318, xaD, "ntm_nang_cao", context))).toEqual([
      "10",
      "17",
      ...nangCao,
    ]);
    expect(stepsToTier(qd318, xaD, "kieu_mau", context)).toMatchObject({
      status: "reachable",
      nodes: ["10", "17", ...nangCao, "km.2", "km.3", "km.4"],
      exact: true,
      after: { tier: "kieu_mau" },
    });
  });

  it("fills a minimum count with the criteria that earn the most points", () => {
    const f = framework(
      ["a", "b", "c", "d", "e"].map((id, i) =>
        node(id, "criterion", { ...judged, points: { max: [1, 1, 1, 5, 2][i]! } }),
      ),
      {
        scoring: { kind: "points" },
        tiers: [{ id: "t", title: { vi: "Mức" }, conditions: [{ type: "minCount", count: 3 }] }],
      },
    );
    const a = assessment([
      { node: "a", status: "met" },
      { node: "b", status: "met" },
    ]);
    expect(stepsToTier(f, a, "t")).toMatchObject({
      status: "reachable",
      nodes: ["d"],
      exact: true,
    });
  });

  it("finds nodes that only help together (two indicators of a criterion worth points)", () => {
    const f = framework(
      [
        node("p", "criterion", {
          rule: { type: "all" },
          points: { max: 10 },
          children: [node("x", "indicator", judged), node("y", "indicator", judged)],
        }),
        node("q", "criterion", { ...judged, points: { max: 1 } }),
      ],
      {
        scoring: { kind: "points" },
        tiers: [{ id: "t", title: { vi: "Mức" }, conditions: [{ type: "minPoints", points: 10 }] }],
      },
    );
    const result = stepsToTier(f, assessment([]), "t", undefined, { kinds: ["indicator"] });
    expect(result).toMatchObject({ status: "reachable", nodes: ["x", "y"], exact: true });
  });

  it("says exact: false when the proof of minimality would try more sets than allowed", () => {
    const example = fixtureAssessment("intl-leed-v4-bdc-style-example");
    expect(stepsToTier(leed, example, "platinum", undefined, { searchLimit: 0 })).toMatchObject({
      status: "reachable",
      nodes: ["LT-credits", "EA-credits", "MR-credits"],
      exact: false,
    });
  });

  it("finds one change that stands in for two required nodes, when every smaller set can be tried", () => {
    // a and b both reuse x: the tier names a and b, but meeting x alone meets both.
    const f = framework(
      [
        node("x", "criterion", judged),
        node("a", "criterion", { rule: { type: "all", of: ["x"] } }),
        node("b", "criterion", { rule: { type: "all", of: ["x"] } }),
      ],
      {
        tiers: [
          { id: "t", title: { vi: "Mức" }, conditions: [{ type: "nodesMet", nodes: ["a", "b"] }] },
        ],
      },
    );
    expect(stepsToTier(f, assessment([]), "t")).toMatchObject({
      status: "reachable",
      nodes: ["x"],
      exact: true,
    });
    expect(stepsToTier(f, assessment([]), "t", undefined, { searchLimit: 0 })).toMatchObject({
      status: "reachable",
      nodes: ["a", "b"],
      exact: false,
    });
  });

  it("cannot reach a tier that needs another framework's outcome", () => {
    const f = framework([node("a", "criterion", judged)], {
      tiers: [
        {
          id: "t",
          title: { vi: "Mức", en: "Tier" },
          conditions: [{ type: "allMet" }, { type: "outcome", framework: "other", tier: "dat" }],
        },
      ],
    });
    expect(stepsToTier(f, assessment([]), "t")).toMatchObject({
      status: "unreachable",
      reason: "not_reachable_by_meeting_nodes",
      failing: [{ tier: "t", condition: { type: "outcome", met: false } }],
    });
  });

  it("says so when the framework has no such tier", () => {
    const steps = stepsToTier(qd9745, fixtureAssessment("nghi-huong-2023-04-26-qd9745"), "vang");
    expect(steps).toMatchObject({ status: "unreachable", reason: "unknown_tier", failing: [] });
    expect("messages" in steps).toBe(false);
    expect(formatTierQuery(steps, qd9745, "vi")).toBe('Bộ tiêu chí không có mức "vang"');
    expect(formatTierQuery(steps, qd9745, "en")).toBe('The framework has no tier "vang"');
  });

  it("on generated frameworks, returns a set that reaches the tier and from which no node can be dropped", () => {
    const reaches = (f: Framework, a: Assessment, ids: readonly string[], tier: string) => {
      const entries = [...a.entries.filter((entry) => !ids.includes(entry.node))];
      for (const id of ids) {
        const old = a.entries.find((entry) => entry.node === id);
        entries.push({ ...old, node: id, status: "met" });
      }
      const tiers = compileFramework(f).evaluate({ ...a, entries }).tiers;
      return tiers.find((t) => t.id === tier)?.achieved === true;
    };
    fc.assert(
      fc.property(generatedArb, fc.nat(), ({ framework: f, assessment: a }, pick) => {
        const tiers = f.tiers ?? [];
        fc.pre(tiers.length > 0);
        const tier = tiers[pick % tiers.length]!.id;
        const result = stepsToTier(f, a, tier);
        if (result.status === "reachable") {
          expect(reaches(f, a, result.nodes, tier)).toBe(true);
          for (const id of result.nodes) {
            expect(
              reaches(
                f,
                a,
                result.nodes.filter((other) => other !== id),
                tier,
              ),
            ).toBe(false);
          }
          // An exact answer: no smaller set of candidates reaches the tier (checked when few).
          const evaluation = compileFramework(f).evaluate(a);
          const candidates = evaluation.nodes
            .filter((n) => n.kind !== "group" && n.status !== "met" && n.status !== "notApplicable")
            .map((n) => n.id)
            .filter((id) => !isDisqualifying(f.nodes, id));
          if (result.exact && candidates.length <= 8) {
            for (let mask = 0; mask < 1 << candidates.length; mask++) {
              const subset = candidates.filter((_, i) => (mask >> i) & 1);
              if (subset.length >= result.nodes.length) continue;
              expect(reaches(f, a, subset, tier), `smaller set ${subset.join(", ")}`).toBe(false);
            }
          }
        } else if (result.status === "reached") {
          expect(reaches(f, a, [], tier)).toBe(true);
        } else {
          expect(result.failing.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe("stepsToTier on large points tiers", () => {
  it("1 000 one-point criteria, minPoints 500: 500 steps", { timeout: 60_000 }, () => {
    const n = 1000;
    const f = framework(
      Array.from({ length: n }, (_, i) =>
        node(`c${i}`, "criterion", { ...judged, points: { max: 1 } }),
      ),
      {
        scoring: { kind: "points" },
        tiers: [
          { id: "t", title: { vi: "Mức" }, conditions: [{ type: "minPoints", points: n / 2 }] },
        ],
      },
    );
    const result = stepsToTier(f, assessment([]), "t");
    expect(result.status).toBe("reachable");
    expect(result.status === "reachable" ? result.nodes.length : -1).toBe(n / 2);
  });
});

describe("stepsToTier's budget", () => {
  const reaches = (f: Framework, a: Assessment, ids: readonly string[], tier: string) => {
    const entries = [...a.entries.filter((entry) => !ids.includes(entry.node))];
    for (const id of ids) entries.push({ node: id, status: "met" });
    return (
      compileFramework(f)
        .evaluate({ ...a, entries })
        .tiers.find((t) => t.id === tier)?.achieved === true
    );
  };
  const onePoint = (n: number, minPoints: number) =>
    framework(
      Array.from({ length: n }, (_, i) =>
        node(`c${i}`, "criterion", { ...judged, points: { max: 1 } }),
      ),
      {
        scoring: { kind: "points" },
        tiers: [
          { id: "t", title: { vi: "Mức" }, conditions: [{ type: "minPoints", points: minPoints }] },
        ],
      },
    );

  it("stops pruning when the budget is spent and says the answer is not proven (exact: false)", () => {
    const f = onePoint(8, 4);
    const full = stepsToTier(f, assessment([]), "t");
    // Eight nodes: the default budget proves the four-node answer smallest; three evaluations cannot.
    const cut = stepsToTier(f, assessment([]), "t", undefined, { budget: 8 * 3 });
    expect(full.status === "reachable" && full.exact).toBe(true);
    expect(cut.status).toBe("reachable");
    if (cut.status !== "reachable") return;
    expect(cut.exact).toBe(false);
    // Still an honest answer: the nodes it names reach the tier.
    expect(reaches(f, assessment([]), cut.nodes, "t")).toBe(true);
    expect(cut.after.tier).toBe("t");
  });

  it("takes every remaining candidate when the greedy search runs out of budget, and the set still reaches", () => {
    // Only indicators may change and a criterion needs both of its own, so no single change moves the
    // count: the greedy step search runs, and a budget of one evaluation stops it at once.
    const nodes = Array.from({ length: 6 }, (_, i) =>
      node(`c${i}`, "criterion", {
        rule: { type: "all" },
        children: [node(`c${i}.a`, "indicator", judged), node(`c${i}.b`, "indicator", judged)],
      }),
    );
    const f = framework(nodes, {
      tiers: [{ id: "t", title: { vi: "Mức" }, conditions: [{ type: "minCount", count: 2 }] }],
    });
    const only = { kinds: ["indicator" as const] };
    const cut = stepsToTier(f, assessment([]), "t", undefined, { ...only, budget: 1 });
    expect(cut.status).toBe("reachable");
    if (cut.status !== "reachable") return;
    expect(cut.exact).toBe(false);
    expect(reaches(f, assessment([]), cut.nodes, "t")).toBe(true);
    expect(cut.nodes.length).toBe(12);
    const free = stepsToTier(f, assessment([]), "t", undefined, only);
    expect(free.status === "reachable" ? free.nodes.length : -1).toBe(4);
  });
});
