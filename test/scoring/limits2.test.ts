import { readFileSync } from "node:fs";
import { describe, expect, it, vi } from "vitest";
import { checkAssessment } from "../../src/assessment/checkAssessment.js";
import type { Assessment } from "../../src/assessment/schema.js";
import { run } from "../../src/cli/run.js";
import { safeParseFramework } from "../../src/framework/safeParseFramework.js";
import type { Framework, FrameworkNode, Tier } from "../../src/framework/schema.js";
import { walkNodes } from "../../src/framework/walk.js";
import { generateSummarize } from "../../src/scoring/compile/generateSummarize.js";
import { compileFramework } from "../../src/scoring/compileFramework.js";
import { planOf } from "../../src/scoring/engine/plan.js";
import { evaluate } from "../../src/scoring/evaluate.js";
import { traceOf } from "../../src/scoring/explain.js";
import { gapToTier } from "../../src/scoring/gapToTier.js";
import { rankChanges } from "../../src/scoring/rankChanges.js";
import { stepsToTier } from "../../src/scoring/stepsToTier.js";
import { whatIf } from "../../src/scoring/whatIf.js";
import { memoryIo } from "../cli/memoryIo.js";

/*
 * Engine limits (issue 6 items 1 and 2): inputs that parse must evaluate without a stack overflow —
 * long chains of prerequisite tiers, nodes nested as deep as the parser allows, very wide frameworks and
 * cohorts. Plain (unfrozen) objects: freezing 150 000 nodes would dominate the run time.
 */

// A lint check in safeParseFramework that throws on demand, to see how the catch labels the error.
vi.mock("../../src/framework/lintFramework.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/framework/lintFramework.js")>();
  return {
    ...original,
    lintFramework: (framework: Framework) => {
      if (framework.id === "throws-range-error") throw new RangeError("Invalid string length");
      return original.lintFramework(framework);
    },
  };
});

const title = (id: string) => ({ vi: `Mục ${id}`, en: `Item ${id}` });

function frameworkOf(nodes: FrameworkNode[], tiers?: Tier[]): Record<string, unknown> {
  return {
    id: "limits",
    version: "1",
    status: "draft",
    title: { vi: "Giới hạn", en: "Limits" },
    example: true,
    scoring: { kind: "count" },
    nodes,
    ...(tiers === undefined ? {} : { tiers }),
  };
}

function assessmentOf(entries: Assessment["entries"]): Assessment {
  return {
    framework: { id: "limits", version: "1" },
    subject: { id: "x1", kind: "xa" },
    period: { id: "2023", start: "2023-01-01", end: "2023-12-31" },
    example: true,
    entries,
  } as Assessment;
}

function parsed(input: unknown): Framework {
  const result = safeParseFramework(input);
  if (!result.success) throw new Error(JSON.stringify(result.error.issues.slice(0, 3)));
  return result.data;
}

/** t0 = allMet, t(i) = tier t(i−1): a chain of `length` prerequisite tiers. */
function tierChain(length: number): Tier[] {
  return Array.from({ length }, (_, i) => ({
    id: `t${i}`,
    title: title(`t${i}`),
    conditions: i === 0 ? [{ type: "allMet" }] : [{ type: "tier", tier: `t${i - 1}` }],
  })) as Tier[];
}

const twoCriteria = (): FrameworkNode[] => [
  { id: "c1", kind: "criterion", title: title("c1") },
  { id: "c2", kind: "criterion", title: title("c2") },
];

describe.each([1500, 5000])("a chain of %i prerequisite tiers", (length) => {
  const framework = parsed(frameworkOf(twoCriteria(), tierChain(length)));
  const top = `t${length - 1}`;
  const allMet = assessmentOf([
    { node: "c1", status: "met" },
    { node: "c2", status: "met" },
  ]);
  const oneMet = assessmentOf([
    { node: "c1", status: "met" },
    { node: "c2", status: "notMet" },
  ]);

  it("evaluates: the top tier is reached when every criterion is met, none otherwise", () => {
    const reached = evaluate(framework, allMet);
    expect(reached.tier).toBe(top);
    expect(reached.tiers).toHaveLength(length);
    expect(reached.tiers.every((tier) => tier.achieved)).toBe(true);
    const missed = evaluate(framework, oneMet);
    expect(missed.tier).toBeNull();
    expect(missed.tiers.some((tier) => tier.achieved)).toBe(false);
  }, 60_000);

  it("summarizes the same with generated code and with the interpreter", () => {
    for (const compiled of [
      compileFramework(framework),
      compileFramework(framework, { codegen: false }),
    ]) {
      expect(compiled.summarize(allMet).tier).toBe(top);
      expect(compiled.summarize(oneMet).tier).toBeNull();
    }
  }, 60_000);

  it("answers stepsToTier, gapToTier and whatIf", () => {
    const steps = stepsToTier(framework, oneMet, top);
    expect(steps.status).toBe("reachable");
    expect(steps.status === "reachable" && steps.nodes).toEqual(["c2"]);
    const gap = gapToTier(evaluate(framework, oneMet), top);
    expect(gap.achieved).toBe(false);
    expect(gap.prerequisites).toHaveLength(length - 1);
    expect(gap.prerequisites[0]).toBe(`t${length - 2}`);
    expect(gap.nodes).toEqual(["c2"]);
    const change = whatIf(framework, oneMet, [{ node: "c2", status: "met" }]);
    expect(change.before.tier).toBeNull();
    expect(change.after.tier).toBe(top);
    expect(rankChanges(framework, oneMet).length).toBeGreaterThan(0);
  }, 60_000);

  it("scores from the CLI (exit 0, the top tier named)", async () => {
    const { io, stdout, stderr } = memoryIo({
      "/work/f.json": JSON.stringify(frameworkOf(twoCriteria(), tierChain(length))),
      "/work/a.json": JSON.stringify(allMet),
    });
    expect(await run(["score", "f.json", "a.json", "--json"], io)).toBe(0);
    expect(stderr()).toBe("");
    expect(JSON.parse(stdout()).tier).toBe(top);
  }, 60_000);
});

describe("nodes nested as deep as the parser allows", () => {
  /** c0 ⊃ g1 ⊃ … ⊃ g(depth−1) ⊃ leaf, and a sibling criterion. */
  function nested(depth: number): FrameworkNode[] {
    let inner: FrameworkNode = {
      id: "leaf",
      kind: "indicator",
      title: title("leaf"),
      value: { type: "number" },
      rule: { type: "compare", comparator: ">=", target: 1 },
      points: { max: 1 },
    } as FrameworkNode;
    for (let level = depth - 1; level >= 1; level--) {
      inner = { id: `g${level}`, kind: "group", title: title(`g${level}`), children: [inner] };
    }
    return [
      { id: "c0", kind: "criterion", title: title("c0"), children: [inner] },
      { id: "c1", kind: "criterion", title: title("c1"), points: { max: 1 } } as FrameworkNode,
    ];
  }
  // Each level of nodes is two levels of JSON (`children`, then the node): 256 levels of JSON hold
  // about 125 levels of nodes. 200 is refused by the input guard, with an issue.
  const DEPTH = 120;
  it("refuses 200 levels of nodes as too_deep", () => {
    const result = safeParseFramework(frameworkOf(nested(200)));
    expect(!result.success && result.error.issues.map((issue) => issue.code)).toEqual(["too_deep"]);
  });
  const input = {
    ...frameworkOf(nested(DEPTH), [
      { id: "dat", title: title("dat"), conditions: [{ type: "allMet" }] },
      { id: "cao", title: title("cao"), conditions: [{ type: "tier", tier: "dat" }] },
    ] as Tier[]),
    scoring: { kind: "points" },
  };
  const framework = parsed(input);
  const below = assessmentOf([
    { node: "leaf", value: 0 },
    { node: "c1", status: "met" },
  ]);

  it("goes through every scoring function", () => {
    const evaluation = evaluate(framework, below);
    expect(evaluation.nodes).toHaveLength(DEPTH + 2);
    expect(evaluation.tier).toBeNull();
    expect(evaluation.count).toMatchObject({ met: 1, notMet: 1 });
    for (const compiled of [
      compileFramework(framework),
      compileFramework(framework, { codegen: false }),
    ]) {
      const summary = compiled.summarize(below);
      expect(summary.count).toEqual(evaluation.count);
      expect(summary.tier).toBeNull();
    }
    expect(gapToTier(evaluation, "cao").prerequisites).toEqual(["dat"]);
    const steps = stepsToTier(framework, below, "cao");
    expect(steps.status === "reachable" && steps.nodes).toEqual(["c0"]);
    const change = whatIf(framework, below, [{ node: "leaf", value: 2 }]);
    expect(change.after.tier).toBe("cao");
    expect(change.changed.length).toBe(DEPTH + 1);
    expect(rankChanges(framework, below).map((change) => change.node)).toContain("c0");
  }, 60_000);
});

describe("wide inputs", () => {
  it("parses and evaluates a flat framework of 150 000 criteria", () => {
    const size = 150_000;
    const nodes: FrameworkNode[] = Array.from({ length: size }, (_, i) => ({
      id: `c${i}`,
      kind: "criterion",
      title: title(`c${i}`),
      value: { type: "number" },
      rule: { type: "compare", comparator: ">=", target: 1 },
    })) as FrameworkNode[];
    const result = safeParseFramework(
      frameworkOf(nodes, [{ id: "dat", title: title("dat"), conditions: [{ type: "allMet" }] }]),
    );
    expect(result.success && result.data.nodes.length).toBe(size);
    if (!result.success) return;
    const entries = Array.from({ length: size }, (_, i) => ({ node: `c${i}`, value: i % 2 }));
    const evaluation = evaluate(result.data, assessmentOf(entries));
    expect(evaluation.count).toMatchObject({ met: size / 2, notMet: size / 2, total: size });
    expect(compileFramework(result.data).summarize(assessmentOf(entries)).count).toEqual(
      evaluation.count,
    );
  }, 60_000);

  it("summarizes a criterion of 50 000 indicators the same with generated code and without", () => {
    // Generated code writes children as one expression; too long a one overflowed V8's compiler on
    // the first call. Such frameworks now stay with the interpreter.
    const kids = Array.from({ length: 50_000 }, (_, i) => ({
      id: `i${i}`,
      kind: "indicator",
      title: title(`i${i}`),
      value: { type: "boolean" },
      points: { max: 1 },
    }));
    const framework = parsed({
      ...frameworkOf([
        {
          id: "c",
          kind: "criterion",
          title: title("c"),
          rule: { type: "atLeast", count: 2 },
          children: kids,
          points: { max: 10, earn: { type: "sum" } },
        } as FrameworkNode,
      ]),
      scoring: { kind: "points" },
    });
    const assessment = assessmentOf(kids.map((kid, i) => ({ node: kid.id, value: i < 5 })));
    const summary = compileFramework(framework).summarize(assessment);
    expect(summary.points?.earned).toBe(5);
    expect(summary.count.met).toBe(1);
    expect(compileFramework(framework, { codegen: false }).summarize(assessment)).toEqual(summary);
  }, 60_000);

  it("evaluates a min-max normalised node over a cohort of 200 000 values", () => {
    const framework = parsed({
      ...frameworkOf([
        {
          id: "c1",
          kind: "criterion",
          title: title("c1"),
          value: { type: "number" },
          normalize: { type: "minMax" },
        } as FrameworkNode,
      ]),
      scoring: { kind: "weighted", aggregation: "flat" },
    });
    const cohort = Array.from({ length: 200_000 }, (_, i) => i);
    const evaluation = evaluate(framework, assessmentOf([{ node: "c1", value: 50_000 }]), {
      cohort: { c1: cohort },
    });
    expect(evaluation.nodes[0]!.score).toBe(50_000 / 199_999);
  }, 60_000);
});

describe("checkAssessment on a very long list", () => {
  it("reports 200 000 bad rule-results of an XCCDF verdict node without overflowing the stack", () => {
    const framework = parsed(
      JSON.parse(readFileSync("fixtures/frameworks/intl-xccdf-example-benchmark.json", "utf8")),
    );
    const verdict = walkNodes(framework.nodes).entries.find(
      (entry) => entry.node.value?.type === "verdict",
    )!.node;
    const assessment = {
      ...assessmentOf([{ node: verdict.id, value: Array.from({ length: 200_000 }, () => "x") }]),
      framework: { id: framework.id, version: framework.version },
    };
    const issues = checkAssessment(assessment, framework);
    expect(issues.filter((issue) => issue.code === "wrong_value_type")).toHaveLength(200_000);
  }, 60_000);
});

describe("safeParseFramework's last-resort catch", () => {
  it("does not call a RangeError that is not about depth 'too_deep'", () => {
    const result = safeParseFramework({ ...frameworkOf(twoCriteria()), id: "throws-range-error" });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.error.issues).toHaveLength(1);
    const issue = result.error.issues[0]!;
    expect(issue.code).not.toBe("too_deep");
    expect(issue.code).toBe("too_large");
    expect(issue.messages.en).toContain("RangeError: Invalid string length");
    expect(issue.messages.vi).toContain("RangeError: Invalid string length");
  });
});

describe("an empty framework (issue 6 item 11)", () => {
  it("is refused by safeParseFramework as by lintFramework, and `tieuchi validate` exits 1", async () => {
    const empty = frameworkOf([]);
    const result = safeParseFramework(empty);
    expect(!result.success && result.error.issues.map((issue) => issue.code)).toEqual([
      "empty_framework",
    ]);
    const { io, stdout } = memoryIo({ "/work/f.json": JSON.stringify(empty) });
    expect(await run(["validate", "f.json", "--lang", "en"], io)).toBe(1);
    expect(stdout()).toContain("empty_framework");
  });
});

describe("Count.applicable under the policy unknown: exclude (issue 6 item 11)", () => {
  const criterion = (id: string, extra: Partial<FrameworkNode> = {}): FrameworkNode =>
    ({ id, kind: "criterion", title: title(id), ...extra }) as FrameworkNode;
  const entries = assessmentOf([
    { node: "c1", status: "met" },
    { node: "c2", status: "notMet" },
    { node: "c3", status: "unknown" },
    { node: "c4", status: "met" },
  ]);
  const runners = (framework: Framework) => ({
    evaluate: evaluate(framework, entries),
    generated: compileFramework(framework).summarize(entries),
    interpreted: compileFramework(framework, { codegen: false }).summarize(entries),
  });

  it("leaves an unknown criterion out of applicable (framework policy), in every runner", () => {
    const framework = parsed({
      ...frameworkOf(
        [criterion("c1"), criterion("c2"), criterion("c3"), criterion("c4")],
        [{ id: "dat", title: title("dat"), conditions: [{ type: "minPercent", percent: 66 }] }],
      ),
      policies: { unknown: "exclude" },
    });
    expect(generateSummarize(planOf(framework))).toBeDefined(); // the generated runner is the one compared
    const expected = { met: 2, notMet: 1, notApplicable: 0, unknown: 1, error: 0, applicable: 3 };
    for (const result of Object.values(runners(framework))) {
      expect(result.count).toEqual({ ...expected, total: 4 });
      expect(result.score).toMatchObject({ status: "scored", value: 2, max: 3 });
      expect(result.tier).toBe("dat"); // 2/3 ≥ 66 %; 2/4 would not be
    }
  });

  it("follows each criterion's own policy, and the counts of the nodes above", () => {
    const framework = parsed(
      frameworkOf(
        [
          {
            id: "g",
            kind: "group",
            title: title("g"),
            children: [
              criterion("c1"),
              criterion("c3", { policies: { unknown: "exclude" } }),
              criterion("c4"),
            ],
          } as FrameworkNode,
          criterion("c2"),
        ],
        [{ id: "dat", title: title("dat"), conditions: [{ type: "allMet" }] }],
      ),
    );
    const { evaluate: evaluation, generated, interpreted } = runners(framework);
    expect(evaluation.count).toMatchObject({ unknown: 1, applicable: 3, total: 4 });
    expect(generated.count).toEqual(evaluation.count);
    expect(interpreted.count).toEqual(evaluation.count);
    expect(evaluation.nodes[0]!.count).toMatchObject({ met: 2, unknown: 1, applicable: 2 });
    expect(traceOf(evaluation, framework)[0]).toContain("[2/2 criteria met]");
    // allMet: c2 is not met; the excluded c3 is not listed as failing.
    expect(evaluation.tiers[0]!.conditions[0]!.actual).toEqual(["c2"]);
  });

  it("keeps an unknown criterion in applicable under the default policy (notMet)", () => {
    const framework = parsed(
      frameworkOf([criterion("c1"), criterion("c2"), criterion("c3"), criterion("c4")]),
    );
    for (const result of Object.values(runners(framework))) {
      expect(result.count).toMatchObject({ unknown: 1, applicable: 4 });
    }
  });
});
