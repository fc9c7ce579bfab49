import fc from "fast-check";
import { describe, it } from "vitest";
import { score } from "../../../src/scoring/models/score.js";
import type { Score } from "../../../src/scoring/types.js";
import { type BenchmarkItem, type RuleResults, xccdfInput } from "./xccdfCase.js";

const RESULTS = [
  "pass",
  "fixed",
  "fail",
  "error",
  "unknown",
  "notapplicable",
  "notchecked",
  "notselected",
] as const;

/** Benchmarks of groups of rules (weights 1–4), with one result per rule. */
const benchmarkArb = fc
  .array(
    fc.record({
      weight: fc.integer({ min: 1, max: 4 }),
      rules: fc.array(
        fc.record({ weight: fc.integer({ min: 1, max: 4 }), result: fc.constantFrom(...RESULTS) }),
        {
          minLength: 1,
          maxLength: 5,
        },
      ),
    }),
    { minLength: 1, maxLength: 5 },
  )
  .map((groups) => {
    const results: Record<string, string> = {};
    const benchmark: BenchmarkItem[] = groups.map((g, gi) => ({
      kind: "group",
      id: `g${gi}`,
      weight: g.weight,
      children: g.rules.map((r, ri) => {
        results[`g${gi}.r${ri}`] = r.result;
        return { kind: "rule", id: `g${gi}.r${ri}`, weight: r.weight };
      }),
    }));
    return { benchmark, results: results as RuleResults };
  });

type Model = "default" | "flat" | "flat-unweighted" | "absolute";

function run(
  benchmark: readonly BenchmarkItem[],
  results: RuleResults,
  model: Model,
  compat: "spec" | "openscap",
): Score {
  return score(xccdfInput(benchmark, results, { kind: "xccdf", model, compat }));
}

describe("scoreXccdf invariants", () => {
  it("keeps the default score within 0–100 and the flat score within 0 and its maximum", () => {
    fc.assert(
      fc.property(benchmarkArb, ({ benchmark, results }) => {
        const d = run(benchmark, results, "default", "spec");
        const f = run(benchmark, results, "flat", "spec");
        if (d.status !== "scored" || f.status !== "scored") return false;
        return d.value >= 0 && d.value <= 100 + 1e-9 && f.value >= 0 && f.value <= f.max + 1e-9;
      }),
    );
  });

  it("agrees with OpenSCAP when every rule has one result and a non-zero weight", () => {
    fc.assert(
      fc.property(benchmarkArb, ({ benchmark, results }) => {
        // Integer weights 1–4 sum exactly in a C float, so the flat models agree to the bit.
        const flat = (["flat", "flat-unweighted"] as const).every(
          (model) =>
            JSON.stringify(run(benchmark, results, model, "spec")) ===
            JSON.stringify(run(benchmark, results, model, "openscap")),
        );
        // The default model's means are floats under OpenSCAP (compat.openscap.test.ts): equal to
        // float precision, not to the bit.
        const spec = run(benchmark, results, "default", "spec");
        const oscap = run(benchmark, results, "default", "openscap");
        const close =
          spec.status === "scored" &&
          oscap.status === "scored" &&
          Math.abs(spec.value - oscap.value) < 1e-4 &&
          spec.max === oscap.max;
        return flat && close;
      }),
    );
  });

  it("does not depend on the grouping for the flat models", () => {
    fc.assert(
      fc.property(benchmarkArb, ({ benchmark, results }) => {
        const flattened = benchmark.flatMap((g) => g.children ?? []);
        return (["flat", "flat-unweighted", "absolute"] as const).every(
          (model) =>
            JSON.stringify(run(benchmark, results, model, "spec")) ===
            JSON.stringify(run(flattened, results, model, "spec")),
        );
      }),
    );
  });

  it("gives absolute 1 exactly when the flat score reaches its maximum", () => {
    fc.assert(
      fc.property(benchmarkArb, ({ benchmark, results }) => {
        const a = run(benchmark, results, "absolute", "spec");
        const f = run(benchmark, results, "flat", "spec");
        if (a.status !== "scored" || f.status !== "scored") return false;
        return a.value === (f.value === f.max ? 1 : 0);
      }),
    );
  });

  it("gives 100 by default and absolute 1 when every scored rule passes", () => {
    fc.assert(
      fc.property(benchmarkArb, ({ benchmark, results }) => {
        const passing = Object.fromEntries(
          Object.entries(results).map(([id, r]) => [
            id,
            r === "fail" || r === "error" || r === "unknown" ? "pass" : r,
          ]),
        );
        const scoredAny = Object.values(passing).some((r) => r === "pass" || r === "fixed");
        const d = run(benchmark, passing, "default", "spec");
        const a = run(benchmark, passing, "absolute", "spec");
        return (
          d.status === "scored" &&
          a.status === "scored" &&
          a.value === 1 &&
          d.value === (scoredAny ? 100 : 0)
        );
      }),
    );
  });
});
