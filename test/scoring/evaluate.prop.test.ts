import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeParseAssessment } from "../../src/assessment/safeParseAssessment.js";
import type { Assessment, Entry } from "../../src/assessment/schema.js";
import { safeParseFramework } from "../../src/framework/safeParseFramework.js";
import type { Framework, FrameworkNode } from "../../src/framework/schema.js";
import { compileFramework } from "../../src/scoring/compileFramework.js";
import { evaluate } from "../../src/scoring/evaluate.js";
import type { EvaluationSummary } from "../../src/scoring/types.js";
import { type Generated, generatedArb, weightedArb } from "./arbitraryFramework.js";
import { assessment, deepFreeze, framework, node } from "./helpers.js";

/*
 * Invariants of evaluate on generated monotonic frameworks (test/scoring/arbitraryFramework.ts). Run
 * counts keep the file to a few seconds.
 */

const RUNS = 80;

function tierRank(f: Framework, tier: string | null): number {
  return tier === null ? -1 : (f.tiers ?? []).findIndex((t) => t.id === tier);
}

/** The assessment with one node's verdict set to met (its first entry, or a new one). */
function withMet(a: Assessment, id: string): Assessment {
  let done = false;
  const entries: Entry[] = a.entries.map((entry) => {
    if (done || entry.node !== id) return entry;
    done = true;
    return { ...entry, status: "met" };
  });
  if (!done) entries.push({ node: id, status: "met" });
  return { ...a, entries };
}

/** A permutation of `items` driven by `seed` (a small LCG), so fast-check can shrink the seed. */
function shuffle<T>(items: readonly T[], next: () => number): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = next() % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state >>> 8;
  };
}

function reorderSiblings(nodes: readonly FrameworkNode[], next: () => number): FrameworkNode[] {
  return shuffle(nodes, next).map((n) =>
    n.children === undefined ? n : { ...n, children: reorderSiblings(n.children, next) },
  );
}

function scaleWeights(nodes: readonly FrameworkNode[], k: number): FrameworkNode[] {
  return nodes.map((n) => ({
    ...n,
    weight: (n.weight ?? 1) * k,
    ...(n.children === undefined ? {} : { children: scaleWeights(n.children, k) }),
  }));
}

function closeTo(a: number, b: number): boolean {
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

function sameScore(a: EvaluationSummary["score"], b: EvaluationSummary["score"]): boolean {
  if (a.status !== "scored" || b.status !== "scored") return a.status === b.status;
  return closeTo(a.value, b.value) && a.max === b.max;
}

/** Every number in a value, with its path, that is not finite. */
function nonFinite(value: unknown, path = "$"): string[] {
  if (typeof value === "number") return Number.isFinite(value) ? [] : [`${path}: ${value}`];
  if (Array.isArray(value)) return value.flatMap((item, i) => nonFinite(item, `${path}[${i}]`));
  if (typeof value === "object" && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => nonFinite(item, `${path}.${key}`));
  }
  return [];
}

describe("evaluate on generated frameworks", () => {
  it("generates frameworks and assessments that parse", () => {
    fc.assert(
      fc.property(generatedArb, ({ framework: f, assessment: a }) => {
        const parsed = safeParseFramework(f);
        expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
        expect(safeParseAssessment(a).success).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it("never lowers criteria met, points or tier when one more node becomes met", () => {
    fc.assert(
      fc.property(generatedArb, fc.nat(), ({ framework: f, assessment: a, judgedIds }, pick) => {
        const compiled = compileFramework(f);
        const id = judgedIds[pick % judgedIds.length]!;
        // From not met or unknown only: meeting a not-applicable node changes which nodes are applicable,
        // and a group that becomes applicable may show points it cannot earn (a capped sum whose pointed
        // children are not applicable), so its share can fall; that is not "one more node met".
        fc.pre(evaluate(f, a).nodes.find((n) => n.id === id)?.status !== "notApplicable");
        const before = compiled.summarize(a);
        const after = compiled.summarize(withMet(a, id));
        expect(after.count.met).toBeGreaterThanOrEqual(before.count.met);
        expect(after.points?.earned ?? 0).toBeGreaterThanOrEqual(before.points?.earned ?? 0);
        expect(tierRank(f, after.tier)).toBeGreaterThanOrEqual(tierRank(f, before.tier));
      }),
      { numRuns: RUNS },
    );
  });

  it("agrees with compileFramework(framework).summarize on counts, points, score and tier", () => {
    fc.assert(
      fc.property(generatedArb, ({ framework: f, assessment: a }) => {
        const e = evaluate(f, a);
        const summary = compileFramework(f).summarize(a);
        expect(summary).toEqual(
          e.points === undefined
            ? { count: e.count, score: e.score, tier: e.tier }
            : { count: e.count, points: e.points, score: e.score, tier: e.tier },
        );
      }),
      { numRuns: RUNS },
    );
  });

  it("gives the same evaluation whatever the order of the assessment's entries", () => {
    fc.assert(
      fc.property(generatedArb, fc.nat(), ({ framework: f, assessment: a }, seed) => {
        const shuffled = { ...a, entries: shuffle(a.entries, lcg(seed)) };
        expect(JSON.stringify(evaluate(f, shuffled))).toBe(JSON.stringify(evaluate(f, a)));
      }),
      { numRuns: RUNS },
    );
  });

  it("gives the same counts, points, tier and score whatever the order of sibling nodes", () => {
    fc.assert(
      fc.property(generatedArb, fc.nat(), ({ framework: f, assessment: a }, seed) => {
        const reordered: Framework = { ...f, nodes: reorderSiblings(f.nodes, lcg(seed)) };
        const x = compileFramework(f).summarize(a);
        const y = compileFramework(reordered).summarize(a);
        expect(y.count).toEqual(x.count);
        expect(y.points).toEqual(x.points);
        expect(y.tier).toBe(x.tier);
        // Exactly: the weighted mean is summed as rationals, so no order can move its last bit.
        expect(y.score).toEqual(x.score);
      }),
      { numRuns: RUNS },
    );
  });

  it("leaves weighted scores unchanged when every weight is scaled by the same k > 0", () => {
    fc.assert(
      fc.property(
        weightedArb,
        fc.constantFrom(0.1, 0.5, 2, 3, 7.5, 10, 1000),
        ({ framework: f, assessment: a }, k) => {
          const scaled: Framework = { ...f, nodes: scaleWeights(f.nodes, k) };
          const x = evaluate(f, a).score;
          const y = evaluate(scaled, a).score;
          expect(sameScore(x, y)).toBe(true);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it("is byte-identical across calls and across structured clones of its inputs", () => {
    fc.assert(
      fc.property(generatedArb, ({ framework: f, assessment: a }: Generated) => {
        const first = JSON.stringify(evaluate(f, a));
        expect(JSON.stringify(evaluate(f, a))).toBe(first);
        expect(JSON.stringify(evaluate(structuredClone(f), structuredClone(a)))).toBe(first);
      }),
      { numRuns: RUNS },
    );
  });

  it("never mutates its inputs", () => {
    fc.assert(
      fc.property(generatedArb, ({ framework: f, assessment: a }) => {
        const frozenFramework = deepFreeze(structuredClone(f));
        const frozenAssessment = deepFreeze(structuredClone(a));
        const json = JSON.stringify([frozenFramework, frozenAssessment]);
        evaluate(frozenFramework, frozenAssessment);
        compileFramework(frozenFramework).summarize(frozenAssessment);
        expect(JSON.stringify([frozenFramework, frozenAssessment])).toBe(json);
      }),
      { numRuns: RUNS },
    );
  });

  it("never puts NaN or Infinity in a result", () => {
    fc.assert(
      fc.property(generatedArb, ({ framework: f, assessment: a }) => {
        expect(nonFinite(evaluate(f, a))).toEqual([]);
        expect(nonFinite(compileFramework(f).summarize(a))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});

describe("weighted tiers at an exact threshold", () => {
  // Leaves weighted 0.1, 0.2 and 0.3; only the 0.3 one is met: exactly 50 % of the weight.
  const leaves = (order: readonly number[]) =>
    order.map((i) =>
      node(`c${i}`, "criterion", {
        weight: [0.1, 0.2, 0.3][i - 1]!,
        value: { type: "verdict" },
        rule: { type: "judged" },
      }),
    );
  const half = [
    {
      id: "half",
      title: { vi: "Một nửa", en: "Half" },
      conditions: [{ type: "minPercent" as const, percent: 50 }],
    },
  ];
  const weighted = { kind: "weighted" as const, aggregation: "flat" as const };
  const exactlyHalf = assessment([
    { node: "c1", status: "notMet" },
    { node: "c2", status: "notMet" },
    { node: "c3", status: "met" },
  ]);

  it("reaches a 50 % tier when the met weight is exactly half, listed last to first", () => {
    const f = framework(leaves([3, 2, 1]), { scoring: weighted, tiers: half });
    expect(evaluate(f, exactlyHalf).tier).toBe("half");
  });

  // Regression: scoreWeighted summed the mean in doubles in framework order (0.1 + 0.2 + 0.3 =
  // 0.6000000000000001), so the score was 49.999999999999986 and the tier missed 50 % in this order only.
  it("reaches the same tier when the same leaves are listed first to last", () => {
    const f = framework(leaves([1, 2, 3]), { scoring: weighted, tiers: half });
    expect(evaluate(f, exactlyHalf).tier).toBe("half");
  });

  // Same regression: weights 1, 2, 3 reached the tier and the same weights scaled by 0.1 did not.
  it("reaches the same tier when every weight is scaled by 0.1", () => {
    const whole = framework(
      [1, 2, 3].map((i) =>
        node(`c${i}`, "criterion", {
          weight: i,
          value: { type: "verdict" },
          rule: { type: "judged" },
        }),
      ),
      { scoring: weighted, tiers: half },
    );
    const tenth = framework(leaves([1, 2, 3]), { scoring: weighted, tiers: half });
    expect(evaluate(whole, exactlyHalf).tier).toBe("half");
    expect(evaluate(tenth, exactlyHalf).tier).toBe(evaluate(whole, exactlyHalf).tier);
  });
});
