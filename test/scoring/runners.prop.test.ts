import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Assessment } from "../../src/assessment/schema.js";
import type { Framework } from "../../src/framework/schema.js";
import { compileFramework } from "../../src/scoring/compileFramework.js";
import { evaluate } from "../../src/scoring/evaluate.js";
import { explain } from "../../src/scoring/explain.js";
import type { Evaluation, EvaluationSummary } from "../../src/scoring/types.js";
import { generatedArb, weightedArb } from "./arbitraryFramework.js";

/*
 * Differential tests of the runners on generated frameworks (test/scoring/arbitraryFramework.ts): the
 * FULL evaluation (node results with reasons, counts, points, tiers with their conditions,
 * disqualifiers) must be the same from `evaluate`, from a compiled framework with generated code and
 * from one with the interpreter only, each compiled separately (a structured clone is a new cache key),
 * and whatever ran before on the same compiled framework (runs share scratch arrays). The summaries of
 * both `summarize` runners must be the evaluation's totals. Run counts keep each test near a second on
 * a loaded 2-core machine.
 */

const RUNS = 40;
const TIMEOUT = 30_000;

function summaryOf(e: Evaluation): EvaluationSummary {
  return e.points === undefined
    ? { count: e.count, score: e.score, tier: e.tier }
    : { count: e.count, points: e.points, score: e.score, tier: e.tier };
}

/** Every runner's full evaluation of `a`, each from its own compiled framework. */
function runners(
  f: Framework,
  a: Assessment,
): { evaluate: Evaluation; compiled: Evaluation; interpreter: Evaluation } {
  return {
    evaluate: evaluate(f, a),
    compiled: compileFramework(structuredClone(f)).evaluate(a),
    interpreter: compileFramework(structuredClone(f), { codegen: false }).evaluate(a),
  };
}

describe("runners agree on the full evaluation", () => {
  it(
    "gives the same Evaluation (reasons included) from evaluate, codegen and interpreter builds",
    () => {
      fc.assert(
        fc.property(fc.oneof(generatedArb, weightedArb), ({ framework: f, assessment: a }) => {
          const results = runners(f, a);
          const reference = JSON.stringify(results.evaluate);
          for (const [name, result] of Object.entries(results)) {
            expect({ name, json: JSON.stringify(result) }).toEqual({ name, json: reference });
          }
          // The sentences are a function of the evaluation, so they agree too; checked once here.
          expect(explain(results.compiled, f, "vi")).toEqual(explain(results.evaluate, f, "vi"));
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "gives the same Evaluation whatever ran before on the same compiled framework",
    () => {
      fc.assert(
        fc.property(
          fc.oneof(generatedArb, weightedArb),
          fc.boolean(),
          ({ framework: f, assessment: a }, codegen) => {
            const fresh = JSON.stringify(compileFramework(structuredClone(f)).evaluate(a));
            const compiled = compileFramework(structuredClone(f), { codegen });
            // Another assessment first (every verdict flipped to notMet), through both paths.
            const other: Assessment = {
              ...a,
              entries: a.entries.map((entry) => ({ ...entry, status: "notMet" as const })),
            };
            compiled.evaluate(other);
            compiled.summarize(other);
            compiled.summarize(a);
            expect(JSON.stringify(compiled.evaluate(a))).toBe(fresh);
          },
        ),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );

  it(
    "gives the evaluation's totals from summarize, with generated code and with the interpreter",
    () => {
      fc.assert(
        fc.property(fc.oneof(generatedArb, weightedArb), ({ framework: f, assessment: a }) => {
          const expected = summaryOf(evaluate(f, a));
          expect(compileFramework(structuredClone(f)).summarize(a)).toEqual(expected);
          expect(compileFramework(structuredClone(f), { codegen: false }).summarize(a)).toEqual(
            expected,
          );
        }),
        { numRuns: RUNS },
      );
    },
    TIMEOUT,
  );
});
