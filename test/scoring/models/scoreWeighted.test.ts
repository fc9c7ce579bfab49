import { describe, expect, it } from "vitest";
import type { FrameworkNode, Policies } from "../../../src/framework/schema.js";
import { score } from "../../../src/scoring/models/score.js";
import { scoreWeighted } from "../../../src/scoring/models/scoreWeighted.js";
import type { NodeResult, NodeStatus } from "../../../src/scoring/types.js";
import { group, leaf, makeFramework, makeInput, makeResult } from "./modelInput.js";

const RISK = { Critical: 10, High: 7.5, Medium: 5, Low: 2.5 } as const;

/** An OpenSSF Scorecard check as a node: a 0–10 number scaled by 10, weighted by its risk class. */
function check(id: string, risk: keyof typeof RISK): FrameworkNode {
  return leaf(id, {
    value: { type: "number", min: 0, max: 10 },
    normalize: { type: "scale", scale: 10 },
    weight: RISK[risk],
    severity: risk,
  });
}

/** A check result: −1 (inconclusive) is recorded as unknown, anything else is scored value / 10. */
function checkResult(id: string, value: number): NodeResult {
  return value < 0
    ? makeResult(id, "unknown")
    : makeResult(id, value >= 5 ? "met" : "notMet", value / 10);
}

describe("scoreWeighted as the OpenSSF Scorecard aggregate (Σ w(risk)·score / Σ w over checks ≥ 0)", () => {
  const checks = [
    check("Dangerous-Workflow", "Critical"),
    check("Maintained", "High"),
    check("Code-Review", "High"),
    check("SAST", "Medium"),
    check("License", "Low"),
  ];
  const framework = makeFramework({ kind: "weighted", aggregation: "flat", scale: 10 }, checks, {
    policies: { unknown: "exclude" },
  });

  it("weights Critical 10, High 7.5, Medium 5 and Low 2.5 and drops the inconclusive check", () => {
    const values = {
      "Dangerous-Workflow": 10,
      Maintained: 0,
      "Code-Review": -1,
      SAST: 5,
      License: 10,
    };
    const results = Object.entries(values).map(([id, v]) => checkResult(id, v));
    // (10·10 + 7.5·0 + 5·5 + 2.5·10) / (10 + 7.5 + 5 + 2.5) = 150 / 25
    expect(score(makeInput(framework, results))).toEqual({
      status: "scored",
      value: 6,
      max: 10,
      percent: 60,
    });
  });

  it("changes with which checks are run, as the Scorecard code warns", () => {
    const all = { "Dangerous-Workflow": 10, Maintained: 4, "Code-Review": 8, SAST: 0, License: 10 };
    const results = Object.entries(all).map(([id, v]) => checkResult(id, v));
    // (100 + 30 + 60 + 0 + 25) / 32.5
    expect(score(makeInput(framework, results))).toMatchObject({
      value: expect.closeTo(215 / 32.5, 12),
    });
    const withoutSast = results.map((r) => (r.id === "SAST" ? makeResult("SAST", "unknown") : r));
    expect(score(makeInput(framework, withoutSast))).toMatchObject({
      value: expect.closeTo(215 / 27.5, 12),
    });
  });

  it("is unscorable when every check is inconclusive (Scorecard reports −1)", () => {
    const results = checks.map((c) => checkResult(c.id, -1));
    expect(score(makeInput(framework, results))).toEqual({
      status: "unscorable",
      reason: "no_scored_items",
    });
  });
});

describe("scoreWeighted as the Lighthouse performance category (v10+ weights)", () => {
  const metrics: FrameworkNode[] = [
    leaf("first-contentful-paint", { weight: 10 }),
    leaf("largest-contentful-paint", { weight: 25 }),
    leaf("total-blocking-time", { weight: 30 }),
    leaf("cumulative-layout-shift", { weight: 25 }),
    leaf("speed-index", { weight: 10 }),
    leaf("interaction-to-next-paint", { weight: 0 }),
  ];
  const framework = makeFramework(
    { kind: "weighted", aggregation: "flat", scale: 100, round: 2 },
    metrics,
    {
      policies: { error: "null" },
    },
  );
  const audit = (id: string, s: number | "error" | "notApplicable"): NodeResult =>
    typeof s === "number" ? makeResult(id, s >= 0.9 ? "met" : "notMet", s) : makeResult(id, s);
  const run = (scores: Record<string, number | "error" | "notApplicable">) =>
    score(
      makeInput(
        framework,
        Object.entries(scores).map(([id, s]) => audit(id, s)),
      ),
    );

  const typical = {
    "first-contentful-paint": 1,
    "largest-contentful-paint": 0.5,
    "total-blocking-time": 0.9,
    "cumulative-layout-shift": 1,
    "speed-index": 0.8,
  };

  it("is the weighted mean rounded to 2 decimals: 0.825 becomes 83", () => {
    // (10·1 + 25·0.5 + 30·0.9 + 25·1 + 10·0.8) / 100 = 0.825
    expect(run(typical)).toEqual({ status: "scored", value: 83, max: 100, percent: 83 });
  });

  it("keeps 0.29 at exactly 29, not 28.999999999999996", () => {
    const framework29 = makeFramework(
      { kind: "weighted", aggregation: "flat", scale: 100, round: 2 },
      [leaf("a")],
    );
    expect(score(makeInput(framework29, [makeResult("a", "notMet", 0.29)]))).toMatchObject({
      value: 29,
    });
  });

  it("drops a not-applicable metric and renormalises over the rest", () => {
    const result = run({ ...typical, "cumulative-layout-shift": "notApplicable" });
    // (10 + 12.5 + 27 + 8) / 75 = 0.7666… → 0.77
    expect(result).toMatchObject({ value: 77 });
  });

  it("is unscorable (null in Lighthouse) when a weighted metric errors", () => {
    expect(run({ ...typical, "total-blocking-time": "error" })).toEqual({
      status: "unscorable",
      reason: "error_in_scored_item",
    });
  });

  it("ignores an error in a weight-0 audit such as INP in a lab run", () => {
    expect(run({ ...typical, "interaction-to-next-paint": "error" })).toMatchObject({ value: 83 });
  });

  it("is unscorable where Lighthouse shows 0, when every metric is not applicable", () => {
    const none = Object.fromEntries(
      Object.keys(typical).map((id) => [id, "notApplicable" as const]),
    );
    expect(run(none)).toEqual({ status: "unscorable", reason: "no_scored_items" });
  });

  it("returns the unrounded mean on the 0–1 scale without round and scale 1", () => {
    const plain = makeFramework({ kind: "weighted", aggregation: "flat", scale: 1 }, metrics);
    const results = Object.entries(typical).map(([id, s]) => audit(id, s));
    expect(score(makeInput(plain, results))).toMatchObject({ value: 0.825, max: 1 });
  });
});

describe("scoreWeighted hierarchical (COINr a_amean, mean of means)", () => {
  const nodes = [
    group("economy", [leaf("gdp", { weight: 2 }), leaf("jobs")], { weight: 2 }),
    group("environment", [leaf("air"), leaf("water")], { weight: 1 }),
    group("culture", [leaf("museums")], { weight: 1 }),
  ];
  const framework = makeFramework({ kind: "weighted", aggregation: "hierarchical" }, nodes);
  const results = [
    makeResult("gdp", "met", 0.9),
    makeResult("jobs", "notMet", 0.3),
    makeResult("air", "met", 1),
    makeResult("water", "notMet", 0.5),
    makeResult("museums", "notApplicable"),
  ];

  it("averages within groups, then across groups, and drops a group with nothing scorable with its weight", () => {
    // economy = (2·0.9 + 0.3)/3 = 0.7; environment = 0.75; culture dropped → (2·0.7 + 0.75)/3
    expect(score(makeInput(framework, results))).toMatchObject({
      status: "scored",
      value: expect.closeTo((100 * 2.15) / 3, 12),
      max: 100,
    });
  });

  it("differs from the flat mean over the same leaves", () => {
    const flat = makeFramework({ kind: "weighted", aggregation: "flat" }, nodes);
    // flat ignores group weights: (2·0.9 + 0.3 + 1 + 0.5)/5
    expect(score(makeInput(flat, results))).toMatchObject({ value: expect.closeTo(72, 12) });
  });

  it("drops a weight-0 group entirely", () => {
    const zero = makeFramework({ kind: "weighted", aggregation: "hierarchical" }, [
      group("economy", [leaf("gdp", { weight: 2 }), leaf("jobs")], { weight: 0 }),
      group("environment", [leaf("air"), leaf("water")]),
    ]);
    expect(score(makeInput(zero, results))).toMatchObject({ value: 75 });
  });
});

describe("scoreWeighted policies", () => {
  const nodes = [leaf("a"), leaf("b"), leaf("c")];
  const run = (status: NodeStatus, policies?: Policies, nodePolicies?: Policies) => {
    const withPolicy =
      nodePolicies === undefined
        ? nodes
        : [leaf("a"), leaf("b"), leaf("c", { policies: nodePolicies })];
    const framework = makeFramework(
      { kind: "weighted", aggregation: "flat" },
      withPolicy,
      policies === undefined ? {} : { policies },
    );
    return score(
      makeInput(framework, [
        makeResult("a", "met"),
        makeResult("b", "notMet"),
        makeResult("c", status),
      ]),
    );
  };

  it("scores met as 1 and not met as 0 when the engine gives no score", () => {
    expect(run("met")).toMatchObject({ value: expect.closeTo(200 / 3, 12) });
  });

  it("excludes not applicable by default, or counts it as met", () => {
    expect(run("notApplicable")).toMatchObject({ value: 50 });
    expect(run("notApplicable", { notApplicable: "met" })).toMatchObject({
      value: expect.closeTo(200 / 3, 12),
    });
  });

  it("counts unknown as not met by default, or excludes it", () => {
    expect(run("unknown")).toMatchObject({ value: expect.closeTo(100 / 3, 12) });
    expect(run("unknown", { unknown: "exclude" })).toMatchObject({ value: 50 });
  });

  it("counts an error as not met by default, excludes it, or voids the score", () => {
    expect(run("error")).toMatchObject({ value: expect.closeTo(100 / 3, 12) });
    expect(run("error", { error: "exclude" })).toMatchObject({ value: 50 });
    expect(run("error", { error: "null" })).toEqual({
      status: "unscorable",
      reason: "error_in_scored_item",
    });
  });

  it("lets a node's own policy override the framework's", () => {
    expect(run("unknown", { unknown: "exclude" }, { unknown: "notMet" })).toMatchObject({
      value: expect.closeTo(100 / 3, 12),
    });
  });

  it("lets a group's policy apply to the leaves below it", () => {
    const framework = makeFramework({ kind: "weighted", aggregation: "hierarchical" }, [
      group("g", [leaf("a"), leaf("c")], { policies: { unknown: "exclude" } }),
      leaf("b"),
    ]);
    const results = [makeResult("a", "met"), makeResult("b", "notMet"), makeResult("c", "unknown")];
    expect(score(makeInput(framework, results))).toMatchObject({ value: 50 });
  });

  it("leaves out roles unscored and unchecked and nodes without a result", () => {
    const framework = makeFramework({ kind: "weighted", aggregation: "flat" }, [
      leaf("a"),
      leaf("b", { role: "unscored" }),
      leaf("c", { role: "unchecked" }),
      leaf("d"),
    ]);
    const results = [makeResult("a", "met"), makeResult("b", "notMet"), makeResult("c", "notMet")];
    expect(
      scoreWeighted(makeInput(framework, results), { kind: "weighted", aggregation: "flat" }),
    ).toEqual({
      status: "scored",
      value: 100,
      max: 100,
      percent: 100,
    });
  });
});

describe("scoreWeighted exactness", () => {
  const weights = [0.1, 0.2, 0.3];
  const halfMet = [makeResult("c1", "notMet"), makeResult("c2", "notMet"), makeResult("c3", "met")];
  const build = (order: readonly number[], factor: number) =>
    makeFramework(
      { kind: "weighted", aggregation: "flat" },
      order.map((i) => leaf(`c${i}`, { weight: (weights[i - 1] ?? 0) * factor })),
    );

  it("gives exactly 50 when the met weight is exactly half, in any order and at any weight scale", () => {
    // In doubles 0.1 + 0.2 + 0.3 is 0.6000000000000001 and the mean 49.999999999999986.
    for (const order of [
      [1, 2, 3],
      [3, 2, 1],
      [2, 3, 1],
    ]) {
      expect(score(makeInput(build(order, 1), halfMet))).toEqual({
        status: "scored",
        value: 50,
        max: 100,
        percent: 50,
      });
    }
    expect(score(makeInput(build([1, 2, 3], 10), halfMet))).toMatchObject({ value: 50 });
  });

  it("rounds an exact tie half up (0.825 → 0.83), where a float sum could land just below", () => {
    const framework = makeFramework(
      { kind: "weighted", aggregation: "flat", scale: 100, round: 2 },
      [leaf("a", { weight: 0.1 }), leaf("b", { weight: 0.2 }), leaf("c", { weight: 0.1 })],
    );
    // (0.1·1 + 0.2·0.9 + 0.1·0.55) / 0.4 = 0.335/0.4 = 0.8375 → 0.84; and 0.33/0.4 = 0.825 → 0.83
    const results = (c: number) => [
      makeResult("a", "met", 1),
      makeResult("b", "met", 0.9),
      makeResult("c", "met", c),
    ];
    expect(score(makeInput(framework, results(0.55)))).toMatchObject({ value: 84 });
    expect(score(makeInput(framework, results(0.5)))).toMatchObject({ value: 83, percent: 83 });
  });

  it("keeps the hierarchical mean of thirds as close as a double allows", () => {
    const framework = makeFramework({ kind: "weighted", aggregation: "hierarchical" }, [
      group("g", [leaf("a"), leaf("b"), leaf("c")]),
    ]);
    const results = [makeResult("a", "met"), makeResult("b", "notMet"), makeResult("c", "notMet")];
    expect(score(makeInput(framework, results))).toMatchObject({ value: 100 / 3 });
  });
});

describe("scoreWeighted edge cases", () => {
  it("leaves out every leaf of a group whose role is unscored, in both aggregations", () => {
    const nodes = [group("g", [leaf("a"), leaf("b")], { role: "unscored" }), leaf("c")];
    const results = [makeResult("a", "notMet"), makeResult("b", "notMet"), makeResult("c", "met")];
    for (const aggregation of ["flat", "hierarchical"] as const) {
      const framework = makeFramework({ kind: "weighted", aggregation }, nodes);
      expect(score(makeInput(framework, results))).toMatchObject({ value: 100 });
    }
  });

  it("keeps the score of an unknown leaf that has one (a measured value no rule judges)", () => {
    const framework = makeFramework(
      { kind: "weighted", aggregation: "flat" },
      [leaf("a"), leaf("b")],
      {
        policies: { unknown: "exclude" },
      },
    );
    const results = [makeResult("a", "unknown", 0.4), makeResult("b", "unknown")];
    expect(score(makeInput(framework, results))).toMatchObject({ value: 40 });
  });

  it("throws a TypeError naming itself for a status outside NodeStatus", () => {
    const framework = makeFramework({ kind: "weighted", aggregation: "flat" }, [leaf("a")]);
    const bogus = makeResult("a", "skipped" as NodeStatus);
    expect(() => score(makeInput(framework, [bogus]))).toThrow(
      /^scoreWeighted: unknown status skipped/,
    );
  });
});
