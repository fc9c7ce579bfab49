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
});
