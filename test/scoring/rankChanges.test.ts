import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileFramework } from "../../src/scoring/compileFramework.js";
import { rankChanges } from "../../src/scoring/rankChanges.js";
import { generatedArb } from "./arbitraryFramework.js";
import { assessment, deepFreeze, framework, node } from "./helpers.js";
import { fixtureAssessment, fixtureContext, fixtureFramework } from "./loadFixtures.js";

const qd9745 = fixtureFramework("vn-qd9745-2022-34");
const tt124 = fixtureFramework("vn-tt124-2021");
const qd25 = fixtureFramework("vn-qd25-2021-tcpl");
const leed = fixtureFramework("intl-leed-v4-bdc-style");
const qd318 = fixtureFramework("vn-qd318-319-2022-ntm");

const judged = { value: { type: "verdict" as const }, rule: { type: "judged" as const } };

describe("rankChanges", () => {
  it("lists the three criteria Nghi Hương still missed on 26/4/2023, each worth one more criterion", () => {
    const changes = rankChanges(qd9745, fixtureAssessment("nghi-huong-2023-04-26-qd9745"));
    expect(changes.map((change) => change.node)).toEqual(["tc9", "tc17", "tc28"]);
    expect(changes[0]).toEqual({
      node: "tc9",
      kind: "criterion",
      title: { vi: "Tiêu chí 9", en: "Criterion 9" },
      before: { count: 31, score: 31, tier: null },
      after: { count: 32, score: 32, tier: null },
      delta: { count: 1, points: 0, score: 1 },
      tierChanged: false,
    });
  });

  it("puts the change that reaches a tier first: the TT 124 commune at 16 of 25 needs xa.4", () => {
    const changes = rankChanges(tt124, fixtureAssessment("xa-a-2023-tt124"));
    // The residential-area criteria do not apply to a commune, so they are never candidates.
    expect(changes.map((change) => [change.node, change.after.tier, change.tierChanged])).toEqual([
      ["xa.4", "dat", true],
    ]);
  });

  it("ranks LEED-style credits by the points they would add, framework order on ties", () => {
    const changes = rankChanges(leed, fixtureAssessment("intl-leed-v4-bdc-style-example"));
    expect(changes.map((change) => [change.node, change.delta.points, change.delta.count])).toEqual(
      [
        ["MR-credits", 8, 0],
        ["LT-credits", 7, 0],
        ["EA-credits", 7, 0],
        ["EQ-credits", 7, 0],
        ["SS-credits", 4, 0],
        ["WE-credits", 4, 0],
        ["IN-c1", 2, 0],
        ["RP-c3", 1, 1],
        ["RP-c4", 1, 1],
      ],
    );
    expect(changes[0]?.after).toEqual({ count: 18, points: 68, score: 68, tier: "gold" });
  });

  it("gives a QĐ 25 criterion its maximum: tc5 at 8 of 20 is the change that reaches recognition", () => {
    const [first] = rankChanges(qd25, fixtureAssessment("xa-f-2023-qd25"));
    expect(first).toMatchObject({
      node: "tc5",
      before: { count: 4, points: 88, tier: null },
      after: { count: 5, points: 100, tier: "dat" },
      delta: { count: 1, points: 12, score: 12 },
      tierChanged: true,
    });
  });

  it("leaves a disqualifying node out unless asked, since its failure is an event of the period", () => {
    const xaG = fixtureAssessment("xa-g-2023-qd25");
    expect(rankChanges(qd25, xaG).map((change) => change.node)).not.toContain("dk.ky_luat");
    const [first] = rankChanges(qd25, xaG, undefined, { includeDisqualifying: true });
    expect(first).toMatchObject({ node: "dk.ky_luat", after: { tier: "dat" }, tierChanged: true });
  });

  it("keeps only the kinds and the number of changes asked for", () => {
    const xaD = fixtureAssessment("xa-d-2024-qd318");
    const context = fixtureContext("xa-d-2024-qd318");
    expect(rankChanges(qd318, xaD, context).length).toBeGreaterThan(20);
    expect(
      rankChanges(qd318, xaD, context, { kinds: ["criterion"] }).map((change) => change.node),
    ).toEqual(["10", "17"]);
    expect(rankChanges(qd318, xaD, context, { limit: 1 }).map((change) => change.node)).toEqual([
      "10",
    ]);
    expect(rankChanges(qd318, xaD, context, { limit: 0 })).toEqual([]);
  });

  it("ranks reaching a tier above a larger gain in score", () => {
    const f = framework(
      [
        node("a", "criterion", { ...judged, points: { max: 5 } }),
        node("b", "criterion", { ...judged, points: { max: 1 } }),
      ],
      {
        scoring: { kind: "points" },
        tiers: [
          { id: "t", title: { vi: "Mức" }, conditions: [{ type: "nodesMet", nodes: ["b"] }] },
        ],
      },
    );
    const changes = rankChanges(f, assessment([]));
    expect(changes.map((change) => [change.node, change.after.tier, change.delta.points])).toEqual([
      ["b", "t", 1],
      ["a", null, 5],
    ]);
  });

  it("reports differences exactly, so 0.1 + 0.2 points earned is 0.3 and the change 0.2", () => {
    const f = framework(
      [
        node("a", "criterion", { ...judged, points: { max: 0.1 } }),
        node("b", "criterion", { ...judged, points: { max: 0.2 } }),
      ],
      { scoring: { kind: "points" } },
    );
    const [change] = rankChanges(f, assessment([{ node: "a", status: "met" }]));
    expect(change?.after.points).toBe(0.3);
    expect(change?.delta.points).toBe(0.2);
  });

  it("refuses a limit that is not a non-negative integer", () => {
    const a = fixtureAssessment("nghi-huong-2023-04-26-qd9745");
    expect(() => rankChanges(qd9745, a, undefined, { limit: -1 })).toThrow(RangeError);
    expect(() => rankChanges(qd9745, a, undefined, { limit: 1.5 })).toThrow(
      "rankChanges: limit must be a non-negative integer, got 1.5",
    );
  });

  it("gives byte-identical results for the same input and never touches it", () => {
    const a = deepFreeze(fixtureAssessment("xa-f-2023-qd25"));
    expect(JSON.stringify(rankChanges(qd25, a))).toBe(
      JSON.stringify(rankChanges(structuredClone(qd25), structuredClone(a))),
    );
  });

  it("on generated frameworks, never ranks a change that lowers anything, and orders tiers first", () => {
    fc.assert(
      fc.property(generatedArb, ({ framework: f, assessment: a }) => {
        const before = compileFramework(f).summarize(a);
        const changes = rankChanges(f, a);
        const rank = (tier: string | null) =>
          tier === null ? -1 : (f.tiers ?? []).findIndex((t) => t.id === tier);
        for (const change of changes) {
          expect(change.before.count).toBe(before.count.met);
          expect(change.delta.count).toBeGreaterThanOrEqual(0);
          expect(change.delta.points).toBeGreaterThanOrEqual(0);
          expect(rank(change.after.tier)).toBeGreaterThanOrEqual(rank(before.tier));
        }
        for (let i = 1; i < changes.length; i++) {
          expect(rank(changes[i - 1]!.after.tier)).toBeGreaterThanOrEqual(
            rank(changes[i]!.after.tier),
          );
        }
      }),
      { numRuns: 40 },
    );
  });
});
