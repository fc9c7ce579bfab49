import { describe, expect, it } from "vitest";
import { handScore } from "../../bench/baselines/handLoop.js";
import { makeAssessments, makeFramework } from "../../bench/workload.js";
import { compileFramework } from "../../src/scoring/compileFramework.js";
import { evaluate } from "../../src/scoring/evaluate.js";
import { assessment, deepFreeze, framework, node } from "./helpers.js";

describe("compileFramework", () => {
  it("compiles a framework object once and reuses it", () => {
    const f = framework([node("a", "criterion", { value: { type: "boolean" } })]);
    expect(compileFramework(f)).toBe(compileFramework(f));
    expect(compileFramework(structuredClone(f))).not.toBe(compileFramework(f));
    expect(compileFramework(f).framework).toBe(f);
  });

  it("agrees with a hand-written loop on the benchmark framework, thresholds such as 1.1 × 50 included", () => {
    const f = deepFreeze(makeFramework());
    const compiled = compileFramework(f);
    for (const a of makeAssessments(300, 7).map(deepFreeze)) {
      const summary = compiled.summarize(a);
      const hand = handScore(a);
      expect([summary.count.met, summary.points?.earned, summary.tier]).toEqual([
        hand.met,
        hand.points,
        hand.tier,
      ]);
    }
  });

  it("summarizes to the same counts, points, score and tier as the full evaluation", () => {
    const f = deepFreeze(makeFramework());
    const compiled = compileFramework(f);
    for (const a of makeAssessments(50, 11)) {
      const full = evaluate(f, a);
      expect(compiled.summarize(a)).toEqual({
        count: full.count,
        points: full.points,
        score: full.score,
        tier: full.tier,
      });
    }
  });

  it("summarizes weighted models through the node scores", () => {
    const f = framework(
      [
        node("a", "indicator", {
          value: { type: "number" },
          normalize: { type: "goalposts", low: 0, high: 100 },
          weight: 3,
        }),
        node("b", "indicator", { value: { type: "boolean" }, weight: 1 }),
      ],
      { scoring: { kind: "weighted", aggregation: "flat" } },
    );
    const a = assessment([
      { node: "a", value: 40 },
      { node: "b", value: true },
    ]);
    const summary = compileFramework(f).summarize(a);
    expect(summary.score).toEqual(evaluate(f, a).score);
    expect(summary.score).toMatchObject({ status: "scored", value: 55 });
  });

  it("reads cohort values from the context for cohort normalisations", () => {
    const f = framework(
      [node("a", "indicator", { value: { type: "number" }, normalize: { type: "minMax" } })],
      {
        scoring: { kind: "weighted", aggregation: "flat" },
      },
    );
    const a = assessment([{ node: "a", value: 15 }]);
    expect(evaluate(f, a, { cohort: { a: [10, 15, 30] } }).nodes[0]!.score).toBe(0.25);
    expect(evaluate(f, a).nodes[0]!.score).toBeNull();
  });

  it("writes the same evaluation after thousands of evaluations as a fresh compile does", () => {
    // Reasons of fixed comparisons and combinators are kept per compiled rule and shared; colliding
    // values (here 2 000 values on 128 slots) must never return another value's reason.
    const f = framework([
      node("c", "criterion", {
        rule: { type: "atLeast", count: 2 },
        children: [
          node("p", "indicator", {
            value: { type: "percent" },
            rule: { type: "compare", comparator: ">=", target: 70 },
          }),
          node("n", "indicator", {
            value: { type: "number" },
            rule: { type: "compare", comparator: ">", target: 50, factor: 1.1 },
          }),
          node("b", "indicator", {
            value: { type: "boolean" },
            rule: { type: "compare", comparator: "=", target: true },
          }),
        ],
      }),
    ]);
    const kept = compileFramework(f);
    for (let k = 0; k < 2000; k++) {
      const a = assessment([
        { node: "p", value: ((k * 37) % 2000) / 20 },
        { node: "n", value: k % 3 === 0 ? 55 : 54 + ((k * 7) % 300) / 100 },
        { node: "b", value: k % 5 !== 0 },
      ]);
      const fresh = compileFramework(structuredClone(f)).evaluate(a);
      const evaluation = kept.evaluate(a);
      expect(JSON.stringify(evaluation)).toBe(JSON.stringify(fresh));
    }
    const [first, second] = [0, 1].map(() =>
      kept.evaluate(assessment([{ node: "p", value: 92.5 }])),
    );
    // Reasons are written per evaluation (no cache of shared reasons since they hold no sentences):
    // equal, but never the same object.
    expect(second!.nodes[1]!.reason).toEqual(first!.nodes[1]!.reason);
    expect(second!.nodes[1]!.reason).not.toBe(first!.nodes[1]!.reason);
  });
});
