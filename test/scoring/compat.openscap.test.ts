import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { score } from "../../src/scoring/models/score.js";
import type { Score } from "../../src/scoring/types.js";
import cases from "./models/xccdf-cases.json" with { type: "json" };
import { type BenchmarkItem, type RuleResults, xccdfInput } from "./models/xccdfCase.js";

type Model = "default" | "flat" | "flat-unweighted" | "absolute";
type Compat = "spec" | "openscap";

function run(
  benchmark: readonly BenchmarkItem[],
  ruleResults: RuleResults,
  model: Model,
  compat: Compat,
): { value: number; max: number; percent: number } {
  const result: Score = score(xccdfInput(benchmark, ruleResults, { kind: "xccdf", model, compat }));
  if (result.status !== "scored")
    throw new Error(`expected a score, got ${JSON.stringify(result)}`);
  return result;
}

/** OpenSCAP prints scores and maxima with C's `%f`: six decimals of the float promoted to double. */
const printf = (x: number): string => x.toFixed(6);

const rule = (id: string, weight?: number): BenchmarkItem =>
  weight === undefined ? { kind: "rule", id } : { kind: "rule", id, weight };
const grp = (id: string, children: readonly BenchmarkItem[], weight?: number): BenchmarkItem =>
  weight === undefined ? { kind: "group", id, children } : { kind: "group", id, children, weight };

/**
 * An independent transcription of OpenSCAP's `src/XCCDF/result_scoring.c`
 * (`xccdf_item_get_default_score`, `xccdf_item_get_flat_score`, `xccdf_result_calculate_score`):
 * every C `float` is a slot of a Float32Array, so each store rounds to single precision. One result
 * per rule; excluded results return NULL from the rule, as `oscap` does.
 */
const EXCLUDED = new Set(["notselected", "notapplicable", "informational", "notchecked"]);
const PASS = new Set(["pass", "fixed"]);

function cDefault(
  items: readonly BenchmarkItem[],
  results: Readonly<Record<string, string>>,
  ownWeight: number,
): { count: number; score: number; weightScore: number } {
  const fl = new Float32Array(4); // score, accumulator, weight_score, scratch
  let count = 0;
  for (const child of items) {
    let ch: { count: number; score: number; weightScore: number } | null;
    if (child.kind === "rule") {
      const r = results[child.id];
      if (r === undefined || EXCLUDED.has(r) || child.role === "unscored") ch = null;
      else {
        const w = new Float32Array([child.weight ?? 1, PASS.has(r) ? 100 : 0, 0]);
        w[2] = (w[1] as number) * (w[0] as number);
        ch = { count: 1, score: w[1] as number, weightScore: w[2] as number };
      }
    } else {
      ch = cDefault(child.children ?? [], results, child.weight ?? 1);
    }
    if (ch === null || ch.count === 0) continue;
    fl[0] = (fl[0] as number) + ch.weightScore;
    count += 1;
    fl[3] = child.weight ?? 1;
    fl[1] = (fl[1] as number) + (fl[3] as number);
  }
  if (count !== 0 && fl[1] !== 0) fl[0] = (fl[0] as number) / (fl[1] as number);
  fl[3] = ownWeight;
  fl[2] = (fl[0] as number) * (fl[3] as number);
  return { count, score: fl[0] as number, weightScore: fl[2] as number };
}

function cFlat(
  items: readonly BenchmarkItem[],
  results: Readonly<Record<string, string>>,
  unweighted: boolean,
): { score: number; weight: number } {
  const fl = new Float32Array(2); // score, weight
  for (const child of items) {
    let ch: { score: number; weight: number } | null;
    if (child.kind === "rule") {
      const r = results[child.id];
      if (r === undefined || EXCLUDED.has(r) || child.role === "unscored") ch = null;
      else {
        const w = Math.fround(unweighted ? 1 : (child.weight ?? 1));
        ch = { score: PASS.has(r) ? w : 0, weight: w };
      }
    } else {
      ch = cFlat(child.children ?? [], results, unweighted);
    }
    if (ch === null || ch.weight === 0) continue;
    fl[0] = (fl[0] as number) + ch.score;
    fl[1] = (fl[1] as number) + ch.weight;
  }
  return { score: fl[0] as number, weight: fl[1] as number };
}

function cScore(
  benchmark: readonly BenchmarkItem[],
  results: Readonly<Record<string, string>>,
  model: Model,
): { score: number; maximum?: number } {
  if (model === "default") return { score: cDefault(benchmark, results, 1).score };
  const flat = cFlat(benchmark, results, model === "flat-unweighted");
  if (model === "absolute")
    return { score: flat.score === flat.weight ? 1 : 0, maximum: flat.weight };
  return { score: flat.score, maximum: flat.weight };
}

describe("xccdf compat: 'openscap' computes in C float", () => {
  // The nested benchmark of docs/models/xccdf.md (a 2014 scan recorded by oscap): all weights 1,
  // 11 pass, 12 fail, 1 notchecked (role unchecked), notselected rules left out.
  const R = (id: string) => rule(id);
  const results: Record<string, string> = {
    a1: "fail",
    a2: "fail",
    b1: "pass",
    b2: "pass",
    b3: "pass",
    b4: "pass",
    c1: "pass",
    c2: "pass",
    c3: "pass",
    c4: "fail",
    d1: "pass",
    x1: "pass",
    x2: "fail",
    x3: "fail",
    y1: "pass",
    y2: "fail",
    y3: "fail",
    y4: "fail",
    s1: "fail",
    sb1: "pass",
    sb2: "fail",
    sb3: "fail",
    sb4: "fail",
    s9: "notchecked",
  };
  const nested: BenchmarkItem[] = [
    grp("system", [
      grp("a", [R("a1"), R("a2")]),
      grp("b", [R("b1"), R("b2"), R("b3"), R("b4")]),
      grp("c", [R("c1"), R("c2"), R("c3"), R("c4")]),
      grp("d", [
        R("d1"),
        grp("x", [R("x1"), R("x2"), R("x3")]),
        grp("y", [R("y1"), R("y2"), R("y3"), R("y4")]),
      ]),
    ]),
    grp("services", [R("s1"), grp("sb", [R("sb1"), R("sb2"), R("sb3"), R("sb4")]), R("s9")]),
  ];

  it("prints 34.722221 for the nested benchmark that is exactly 625/18, as oscap recorded", () => {
    const oscap = run(nested, results, "default", "openscap");
    expect(printf(oscap.value)).toBe("34.722221");
    expect(oscap.value).toBe(Math.fround(625 / 18));
    expect(oscap.value).toBe(cScore(nested, results, "default").score);
  });

  it("keeps the exact 625/18 (34.722222) under the spec", () => {
    const spec = run(nested, results, "default", "spec");
    expect(spec.value).toBe(625 / 18);
    expect(printf(spec.value)).toBe("34.722222");
  });

  it("gives flat 11 of 23 either way (small integers are exact in float)", () => {
    expect(run(nested, results, "flat", "openscap")).toMatchObject({ value: 11, max: 23 });
  });

  for (const testCase of cases.cases) {
    const benchmark = testCase.benchmark.children as readonly BenchmarkItem[];
    const ruleResults = testCase.ruleResults as RuleResults;
    for (const [urn, want] of Object.entries(
      testCase.expected as Record<string, { score: number; maximum?: number }>,
    )) {
      const model = urn.slice("urn:xccdf:scoring:".length) as Model;
      it(`${testCase.id}: ${model} prints oscap's ${printf(want.score)}`, () => {
        const result = run(benchmark, ruleResults, model, "openscap");
        expect(printf(result.value)).toBe(printf(want.score));
        if (want.maximum !== undefined && model !== "default") {
          expect(printf(result.max)).toBe(printf(want.maximum));
        }
      });
    }
  }

  it("follows result_scoring.c to the bit on random benchmarks with decimal weights", () => {
    const RESULTS = ["pass", "fixed", "fail", "error", "unknown", "notapplicable", "notchecked"];
    const weight = fc.oneof(
      fc.constant(1),
      fc.integer({ min: 0, max: 1000 }).map((n) => n / 100),
      fc.constantFrom(0.1, 0.3, 1e-7, 3.3333),
    );
    const ruleArb = fc.record({ weight, result: fc.constantFrom(...RESULTS) });
    const arb = fc.array(
      fc.record({
        weight,
        rules: fc.array(ruleArb, { minLength: 1, maxLength: 4 }),
        inner: fc.array(ruleArb, { maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 5 },
    );
    fc.assert(
      fc.property(arb, (groups) => {
        const results: Record<string, string> = {};
        const benchmark: BenchmarkItem[] = groups.map((g, gi) => {
          const rules = g.rules.map((r, ri) => {
            results[`g${gi}.r${ri}`] = r.result;
            return rule(`g${gi}.r${ri}`, r.weight);
          });
          const inner = g.inner.map((r, ri) => {
            results[`g${gi}.i${ri}`] = r.result;
            return rule(`g${gi}.i${ri}`, r.weight);
          });
          const children = inner.length > 0 ? [...rules, grp(`g${gi}.in`, inner, 2)] : rules;
          return grp(`g${gi}`, children, g.weight);
        });
        for (const model of ["default", "flat", "flat-unweighted", "absolute"] as const) {
          const ours = run(benchmark, results, model, "openscap");
          const theirs = cScore(benchmark, results, model);
          expect(ours.value).toBe(theirs.score);
          if (theirs.maximum !== undefined) expect(ours.max).toBe(theirs.maximum);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("reproduces a float quirk of absolute: a failing rule of weight 1e-8 vanishes next to weight 1", () => {
    // In float 1 + 1e-8 is 1, so OpenSCAP's s == m holds; the spec's exact sums differ.
    const benchmark = [rule("big", 1), rule("small", 1e-8)];
    const rr = { big: "pass", small: "fail" };
    expect(run(benchmark, rr, "absolute", "openscap").value).toBe(1);
    expect(run(benchmark, rr, "absolute", "spec").value).toBe(0);
  });
});
