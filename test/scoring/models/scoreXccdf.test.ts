import { describe, expect, it } from "vitest";
import { score } from "../../../src/scoring/models/score.js";
import { scoreXccdf } from "../../../src/scoring/models/scoreXccdf.js";
import type { Score } from "../../../src/scoring/types.js";
import { leaf, makeFramework, makeInput, makeResult } from "./modelInput.js";
import cases from "./xccdf-cases.json" with { type: "json" };
import { type BenchmarkItem, type RuleResults, xccdfInput } from "./xccdfCase.js";

type Model = "default" | "flat" | "flat-unweighted" | "absolute";
type Compat = "spec" | "openscap";

const URN = "urn:xccdf:scoring:";

function run(
  benchmark: readonly BenchmarkItem[],
  ruleResults: RuleResults,
  model: Model,
  compat?: Compat,
): Score {
  const scoring =
    compat === undefined
      ? { kind: "xccdf" as const, model }
      : { kind: "xccdf" as const, model, compat };
  return score(xccdfInput(benchmark, ruleResults, scoring));
}

function scored(result: Score): { value: number; max: number; percent: number } {
  if (result.status !== "scored")
    throw new Error(`expected a score, got ${JSON.stringify(result)}`);
  return result;
}

const rule = (id: string, weight?: number): BenchmarkItem =>
  weight === undefined ? { kind: "rule", id } : { kind: "rule", id, weight };
const grp = (id: string, children: readonly BenchmarkItem[], weight?: number): BenchmarkItem =>
  weight === undefined ? { kind: "group", id, children } : { kind: "group", id, children, weight };

describe("scoreXccdf on the OpenSCAP acceptance cases (xccdf-cases.json)", () => {
  for (const testCase of cases.cases) {
    const benchmark = testCase.benchmark.children as readonly BenchmarkItem[];
    const ruleResults = testCase.ruleResults as RuleResults;
    const sets = [
      ["expected", testCase.expected],
      ["derived", testCase.derived],
    ] as const;
    for (const [kind, values] of sets) {
      for (const [urn, want] of Object.entries(
        values as Record<string, { score: number; maximum?: number }>,
      )) {
        const model = urn.slice(URN.length) as Model;
        for (const compat of ["spec", "openscap"] as const) {
          it(`${testCase.id}: ${model} (${compat}) gives the ${kind} score ${want.score}`, () => {
            const result = scored(run(benchmark, ruleResults, model, compat));
            expect(result.value).toBeCloseTo(want.score, 6);
            if (want.maximum === undefined) return;
            // The absolute maximum of 2 is OpenSCAP's (the flat maximum); the spec's absolute score is out of 1.
            const max = model === "absolute" && compat === "spec" ? 1 : want.maximum;
            expect(result.max).toBeCloseTo(max, 6);
          });
        }
      }
    }
  }
});

describe("scoreXccdf on the nested benchmark worked example (scoring-anchors.md §1.3)", () => {
  // All weights 1; 11 pass, 12 fail, 1 notchecked, 4 notselected.
  // system = mean(0, 100, 75, 52.78); services = mean(0, 25); root = mean(56.94, 12.5).
  const rules = (prefix: string, results: readonly string[]): BenchmarkItem[] =>
    results.map((_, i) => rule(`${prefix}_${i + 1}`));
  const layout: Record<string, readonly string[]> = {
    sys_a: ["fail", "fail"],
    sys_b: ["pass", "pass", "pass", "pass"],
    sys_c: ["pass", "pass", "pass", "fail"],
    sys_d_x: ["pass", "fail", "fail"],
    sys_d_y: ["pass", "fail", "fail", "fail"],
    svc_b: ["pass", "fail", "fail", "fail"],
  };
  const ruleResults: Record<string, string> = {
    sys_d_1: "pass",
    svc_a: "fail",
    svc_c: "notchecked",
  };
  for (const [prefix, results] of Object.entries(layout)) {
    results.forEach((result, i) => {
      ruleResults[`${prefix}_${i + 1}`] = result;
    });
  }
  for (const id of ["ns_1", "ns_2", "ns_3", "ns_4"]) ruleResults[id] = "notselected";
  const benchmark: BenchmarkItem[] = [
    grp("system", [
      grp("sys_a", rules("sys_a", layout.sys_a ?? [])),
      grp("sys_b", [...rules("sys_b", layout.sys_b ?? []), rule("ns_1")]),
      grp("sys_c", rules("sys_c", layout.sys_c ?? [])),
      grp("sys_d", [
        rule("sys_d_1"),
        grp("sys_d_x", rules("sys_d_x", layout.sys_d_x ?? [])),
        grp("sys_d_y", [...rules("sys_d_y", layout.sys_d_y ?? []), rule("ns_2")]),
      ]),
    ]),
    grp("services", [
      rule("svc_a"),
      grp("svc_b", rules("svc_b", layout.svc_b ?? [])),
      rule("svc_c"),
      rule("ns_3"),
    ]),
    rule("ns_4"),
  ];

  it("has the counts of the recorded scan", () => {
    const values = Object.values(ruleResults);
    expect(values.filter((r) => r === "pass")).toHaveLength(11);
    expect(values.filter((r) => r === "fail")).toHaveLength(12);
    expect(values.filter((r) => r === "notchecked")).toHaveLength(1);
    expect(values.filter((r) => r === "notselected")).toHaveLength(4);
  });

  it("scores 34.722222 with the default model, as oscap recorded", () => {
    const result = scored(run(benchmark, ruleResults, "default"));
    expect(result.value).toBeCloseTo(34.722221, 5);
    expect(result.value).toBeCloseTo(625 / 18, 12);
    expect(result.max).toBe(100);
  });

  it("scores the system group 56.94 and the services group 12.5 on their own", () => {
    const system = benchmark.slice(0, 1);
    const services = benchmark.slice(1, 2);
    expect(scored(run(system, ruleResults, "default")).value).toBeCloseTo(56.944444, 6);
    expect(scored(run(services, ruleResults, "default")).value).toBe(12.5);
  });

  it("scores 11 of 23 with the flat model (47.8 %)", () => {
    const result = scored(run(benchmark, ruleResults, "flat"));
    expect(result).toEqual({ status: "scored", value: 11, max: 23, percent: (11 * 100) / 23 });
    expect(result.percent).toBeCloseTo(47.826087, 6);
  });

  it("scores 0 with the absolute model because some rules fail", () => {
    expect(scored(run(benchmark, ruleResults, "absolute")).value).toBe(0);
  });

  it("moves the default score by different amounts for one fix depending on where the rule sits", () => {
    // ComplianceAsCode/content#12571: fixing a rule in a 2-rule group vs a 4-rule group.
    const before = scored(run(benchmark, ruleResults, "default")).value;
    const fixShallow = scored(run(benchmark, { ...ruleResults, sys_a_1: "pass" }, "default")).value;
    const fixDeep = scored(run(benchmark, { ...ruleResults, svc_b_2: "pass" }, "default")).value;
    expect(fixShallow - before).toBeCloseTo(6.25, 10);
    expect(fixDeep - before).toBeCloseTo(6.25, 10);
    const fixInFour = scored(run(benchmark, { ...ruleResults, sys_c_4: "pass" }, "default")).value;
    expect(fixInFour - before).toBeCloseTo(3.125, 10);
  });
});

describe("scoreXccdf where the spec and OpenSCAP differ (specVsOpenSCAP)", () => {
  it("flat-unweighted keeps weight 0 at 0 under the spec, but OpenSCAP counts it as 1", () => {
    const benchmark = [rule("r1", 2), rule("r2", 0), rule("r3", 1)];
    const results = { r1: "pass", r2: "fail", r3: "fail" };
    expect(scored(run(benchmark, results, "flat-unweighted", "spec"))).toMatchObject({
      value: 1,
      max: 2,
    });
    expect(scored(run(benchmark, results, "flat-unweighted", "openscap"))).toMatchObject({
      value: 1,
      max: 3,
    });
    // flat itself uses the weights as given in both modes
    expect(scored(run(benchmark, results, "flat", "spec"))).toMatchObject({ value: 2, max: 3 });
    expect(scored(run(benchmark, results, "flat", "openscap"))).toMatchObject({ value: 2, max: 3 });
  });

  it("averages several rule-results of one rule under the spec, but OpenSCAP takes the first", () => {
    const benchmark = [rule("r1"), rule("r2")];
    const results = { r1: ["pass", "fail", "pass", "pass"], r2: "fail" };
    expect(scored(run(benchmark, results, "default", "spec")).value).toBe(37.5);
    expect(scored(run(benchmark, results, "default", "openscap")).value).toBe(50);
    expect(scored(run(benchmark, results, "flat", "spec"))).toMatchObject({ value: 0.75, max: 2 });
    expect(scored(run(benchmark, results, "flat", "openscap"))).toMatchObject({ value: 1, max: 2 });
  });

  it("skips a multi-check rule whose first rule-result is excluded, under OpenSCAP only", () => {
    const benchmark = [rule("r1"), rule("r2")];
    const results = { r1: ["notchecked", "fail"], r2: "pass" };
    expect(scored(run(benchmark, results, "default", "spec")).value).toBe(50);
    expect(scored(run(benchmark, results, "default", "openscap")).value).toBe(100);
    expect(scored(run(benchmark, results, "flat", "spec"))).toMatchObject({ value: 1, max: 2 });
    expect(scored(run(benchmark, results, "flat", "openscap"))).toMatchObject({ value: 1, max: 1 });
  });

  it("reports the absolute maximum as 1 under the spec and as the flat maximum under OpenSCAP", () => {
    const benchmark = [rule("r1", 1.5), rule("r2", 2.5)];
    const results = { r1: "pass", r2: "pass" };
    expect(scored(run(benchmark, results, "absolute", "spec"))).toEqual({
      status: "scored",
      value: 1,
      max: 1,
      percent: 100,
    });
    expect(scored(run(benchmark, results, "absolute", "openscap"))).toEqual({
      status: "scored",
      value: 1,
      max: 4,
      percent: 100,
    });
  });

  it("gives absolute 1 when nothing is scored, in both modes (s = m = 0)", () => {
    const benchmark = [rule("r1"), rule("r2")];
    const results = { r1: "notapplicable", r2: "notchecked" };
    for (const compat of ["spec", "openscap"] as const) {
      expect(scored(run(benchmark, results, "absolute", compat)).value).toBe(1);
      expect(scored(run(benchmark, results, "default", compat))).toEqual({
        status: "scored",
        value: 0,
        max: 100,
        percent: 0,
      });
      expect(scored(run(benchmark, results, "flat", compat))).toEqual({
        status: "scored",
        value: 0,
        max: 0,
        percent: 0,
      });
    }
  });

  it("leaves a group whose scored rules all weigh 0 at 0 under OpenSCAP, and is unscorable under the spec", () => {
    const benchmark = [grp("g", [rule("r1", 0), rule("r2", 0)]), rule("r3")];
    const results = { r1: "pass", r2: "fail", r3: "pass" };
    // OpenSCAP: g has count 2 but a = 0, so s stays 0 and g still weighs 1 at the root: mean(0, 100).
    expect(scored(run(benchmark, results, "default", "openscap")).value).toBe(50);
    expect(run(benchmark, results, "default", "spec")).toEqual({
      status: "unscorable",
      reason: "xccdf_zero_weight_sum",
    });
  });

  it("treats fixed as pass in every model and both modes", () => {
    const benchmark = [rule("r1"), rule("r2")];
    for (const compat of ["spec", "openscap"] as const) {
      const fixed = { r1: "fixed", r2: "fail" };
      const pass = { r1: "pass", r2: "fail" };
      for (const model of ["default", "flat", "flat-unweighted", "absolute"] as const) {
        expect(run(benchmark, fixed, model, compat)).toEqual(run(benchmark, pass, model, compat));
      }
      expect(scored(run(benchmark, { r1: "fixed", r2: "fixed" }, "absolute", compat)).value).toBe(
        1,
      );
    }
  });
});

describe("scoreXccdf default model", () => {
  it("weights the children of a group by their weights", () => {
    const results = { r1: "pass", r2: "fail" };
    expect(scored(run([rule("r1", 3), rule("r2", 1)], results, "default")).value).toBe(75);
  });

  it("drops a group with nothing scorable together with its weight", () => {
    const benchmark = [grp("empty", [rule("na")], 10), rule("r1"), rule("r2")];
    const results = { na: "notapplicable", r1: "pass", r2: "fail" };
    expect(scored(run(benchmark, results, "default")).value).toBe(50);
  });

  it("weights groups at the benchmark level", () => {
    const benchmark = [grp("a", [rule("r1"), rule("r2")], 3), grp("b", [rule("r3")], 1)];
    const results = { r1: "pass", r2: "fail", r3: "pass" };
    // (50·3 + 100·1)/4
    expect(scored(run(benchmark, results, "default")).value).toBe(62.5);
  });

  it("counts error and unknown as scored failures and excludes notapplicable", () => {
    const results = { r1: "pass", r2: "error", r3: "unknown", r4: "notapplicable" };
    const benchmark = [rule("r1"), rule("r2"), rule("r3"), rule("r4")];
    expect(scored(run(benchmark, results, "default")).value).toBeCloseTo(100 / 3, 12);
    expect(scored(run(benchmark, results, "flat"))).toMatchObject({ value: 1, max: 3 });
  });

  it("leaves rules with role unscored or unchecked out even when they fail", () => {
    const benchmark: BenchmarkItem[] = [
      rule("r1"),
      { kind: "rule", id: "r2", role: "unscored" },
      { kind: "rule", id: "r3", role: "unchecked" },
    ];
    const results = { r1: "pass", r2: "fail", r3: "fail" };
    expect(scored(run(benchmark, results, "default")).value).toBe(100);
    expect(scored(run(benchmark, results, "flat"))).toMatchObject({ value: 1, max: 1 });
    expect(scored(run(benchmark, results, "absolute")).value).toBe(1);
  });

  it("skips a rule that has no result at all, as OpenSCAP does", () => {
    const benchmark = [rule("r1"), rule("r2")];
    expect(scored(run(benchmark, { r1: "fail" }, "default")).value).toBe(0);
    expect(scored(run(benchmark, { r1: "fail" }, "flat"))).toMatchObject({ value: 0, max: 1 });
  });

  it("defaults to the spec behaviour when compat is not given", () => {
    const benchmark = [rule("r1"), rule("r2")];
    const results = { r1: ["pass", "fail"], r2: "pass" };
    expect(run(benchmark, results, "default")).toEqual(run(benchmark, results, "default", "spec"));
    expect(scored(run(benchmark, results, "default")).value).toBe(75);
  });
});

describe("scoreXccdf exactness", () => {
  it("sums decimal weights exactly, so all-pass flat reaches its maximum and absolute is 1", () => {
    const benchmark = [rule("r1", 0.1), rule("r2", 0.2)];
    const results = { r1: "pass", r2: "pass" };
    expect(scored(run(benchmark, results, "flat"))).toEqual({
      status: "scored",
      value: 0.3,
      max: 0.3,
      percent: 100,
    });
    expect(scored(run(benchmark, results, "absolute")).value).toBe(1);
  });

  it("computes the default mean as a rational and converts it once", () => {
    const benchmark = [rule("r1", 0.1), rule("r2", 0.2), rule("r3", 0.3)];
    const results = { r1: "pass", r2: "fail", r3: "pass" };
    // (100·0.1 + 100·0.3) / 0.6 = 200/3
    expect(scored(run(benchmark, results, "default")).value).toBe(200 / 3);
    expect(scored(run(benchmark, { r1: "fail", r2: "fail", r3: "pass" }, "default")).value).toBe(
      50,
    );
  });
});

describe("scoreXccdf reading entries", () => {
  it("reads a single XCCDF result string from the entry value before the status", () => {
    const framework = makeFramework({ kind: "xccdf", model: "flat" }, [leaf("r1"), leaf("r2")]);
    const input = makeInput(framework, [makeResult("r1", "met"), makeResult("r2", "met")], {
      entries: [
        { node: "r1", value: "fixed" },
        { node: "r2", value: "notapplicable" },
      ],
    });
    expect(score(input)).toEqual({ status: "scored", value: 1, max: 1, percent: 100 });
  });

  it("ignores rule-results it does not know and reads results case-insensitively", () => {
    const framework = makeFramework({ kind: "xccdf", model: "flat" }, [leaf("r1")]);
    const input = makeInput(framework, [makeResult("r1", "met")], {
      entries: [{ node: "r1", value: ["PASS", "maybe", "Fail"] }],
    });
    expect(score(input)).toMatchObject({ value: 0.5, max: 1 });
  });
});

describe("scoreXccdf as a function", () => {
  it("is reached through score() and gives the same result when called directly", () => {
    const input = xccdfInput(
      [rule("r1"), rule("r2")],
      { r1: "pass", r2: "fail" },
      { kind: "xccdf", model: "flat" },
    );
    expect(scoreXccdf(input, { kind: "xccdf", model: "flat" })).toEqual(score(input));
    expect(score(input)).toEqual({ status: "scored", value: 1, max: 2, percent: 50 });
  });

  it("gives byte-identical JSON for the same input", () => {
    const input = xccdfInput(
      [rule("r1", 0.3), rule("r2", 0.7)],
      { r1: "pass", r2: "fail" },
      {
        kind: "xccdf",
        model: "default",
      },
    );
    expect(JSON.stringify(score(input))).toBe(JSON.stringify(score(input)));
  });
});
