import { readdirSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { makeAssessments, makeFramework } from "../../../bench/workload.js";
import type { Assessment, Entry, Value } from "../../../src/assessment/schema.js";
import type { Framework, FrameworkNode, TierCondition } from "../../../src/framework/schema.js";
import { walkNodes } from "../../../src/framework/walk.js";
import {
  codegenGap,
  generateSummarize,
  generateSummarizeSource,
} from "../../../src/scoring/compile/generateSummarize.js";
import { compileFramework } from "../../../src/scoring/compileFramework.js";
import { planOf } from "../../../src/scoring/engine/plan.js";
import { type Generated, generatedArb } from "../arbitraryFramework.js";
import { assessment, deepFreeze, framework, node } from "../helpers.js";
import { fixtureAssessment, fixtureContext, fixtureFramework } from "../loadFixtures.js";

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), "../../../fixtures");

/** The interpreter's summary: the reference the generated code must reproduce. */
const interpreted = (f: Framework, a: Assessment) =>
  compileFramework(f, { codegen: false }).summarize(a);

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Maps the generator's frameworks into the generated subset: judged leaves become numeric thresholds. */
function intoSubset(f: Framework): Framework {
  const rewrite = (n: FrameworkNode): FrameworkNode => {
    const copy: Mutable<FrameworkNode> = { ...n };
    if (n.rule?.type === "judged") {
      copy.value = { type: "number" };
      copy.rule = { type: "compare", comparator: ">=", target: 5 };
    }
    if (n.children !== undefined) copy.children = n.children.map(rewrite);
    return copy;
  };
  const scoring: Framework["scoring"] =
    f.scoring.kind === "weighted" ? { kind: "points", scale: 100 } : f.scoring;
  const tiers = f.tiers?.map((tier) => ({
    ...tier,
    conditions: tier.conditions.map(
      (condition): TierCondition =>
        condition.type === "groupMinShare" ? { type: "minCount", count: 2 } : condition,
    ),
  }));
  return deepFreeze({
    ...f,
    scoring,
    nodes: f.nodes.map(rewrite),
    ...(tiers === undefined ? {} : { tiers }),
  });
}

/** An entry for every leaf, with a value of its type drawn from `draw`, and no status. */
function answerEveryLeaf(f: Framework, draw: (k: number) => number): Assessment {
  const entries: Entry[] = [];
  walkNodes(f.nodes).entries.forEach((walked, k) => {
    if ((walked.node.children ?? []).length > 0) return;
    const type = walked.node.value?.type;
    const n = draw(k);
    const value: Value = type === "boolean" ? n % 2 === 0 : n;
    entries.push({ node: walked.id, value });
  });
  return assessment(entries, { framework: { id: f.id, version: f.version } });
}

describe("generateSummarize", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("covers the benchmark framework and agrees with the interpreter on 2 000 of its assessments", () => {
    const f = deepFreeze(makeFramework());
    const generated = generateSummarize(planOf(f));
    expect(generated).toBeDefined();
    let handled = 0;
    for (const a of makeAssessments(2000, 11)) {
      const summary = generated!(a);
      if (summary !== undefined) handled++;
      expect(JSON.stringify(summary ?? interpreted(f, a))).toBe(JSON.stringify(interpreted(f, a)));
    }
    // Every benchmark indicator is answered, so none should need the interpreter.
    expect(handled).toBe(2000);
  }, 30_000);

  it("gives the interpreter's summary on generated frameworks and fully answered assessments", () => {
    let handled = 0;
    fc.assert(
      fc.property(
        generatedArb,
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 40 }),
        (g: Generated, draws) => {
          const f = intoSubset(g.framework);
          const a = answerEveryLeaf(f, (k) => draws[k % draws.length]!);
          const generated = generateSummarize(planOf(f));
          const reference = interpreted(f, a);
          const summary = generated?.(a);
          if (summary !== undefined) handled++;
          expect(JSON.stringify(compileFramework(f).summarize(a))).toBe(JSON.stringify(reference));
          if (summary !== undefined) expect(summary).toEqual(reference);
        },
      ),
      { numRuns: 200 },
    );
    // The property is about generated code: most runs must reach it.
    expect(handled).toBeGreaterThan(100);
  }, 30_000);

  it("gives the interpreter's summary on assessments with recorded statuses and missing values", () => {
    fc.assert(
      fc.property(generatedArb, (g: Generated) => {
        const f = intoSubset(g.framework);
        const a = deepFreeze({ ...g.assessment });
        expect(JSON.stringify(compileFramework(f).summarize(a))).toBe(
          JSON.stringify(interpreted(f, a)),
        );
      }),
      { numRuns: 80 },
    );
  }, 30_000);

  it("agrees with the interpreter on every fixture assessment and on fully answered fixture frameworks", () => {
    const names = readdirSync(resolve(FIXTURES, "assessments"))
      .filter((file) => file.endsWith(".json") && file !== "index.json")
      .map((file) => file.slice(0, -".json".length));
    const frameworks = readdirSync(resolve(FIXTURES, "frameworks"))
      .filter((file) => file.endsWith(".json"))
      .map((file) => fixtureFramework(file.slice(0, -".json".length)));
    let compared = 0;
    for (const name of names) {
      const a = fixtureAssessment(name);
      const context = fixtureContext(name);
      for (const f of frameworks) {
        if (f.id !== a.framework.id) continue;
        expect(JSON.stringify(compileFramework(f).summarize(a, context))).toBe(
          JSON.stringify(compileFramework(f, { codegen: false }).summarize(a, context)),
        );
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(10);
    for (const f of frameworks) {
      if (generateSummarize(planOf(f)) === undefined) continue;
      for (let seed = 0; seed < 20; seed++) {
        const a = answerEveryLeaf(f, (k) => (k * 7 + seed * 13) % 101);
        expect(JSON.stringify(compileFramework(f).summarize(a))).toBe(
          JSON.stringify(interpreted(f, a)),
        );
      }
    }
  }, 30_000);

  it("leaves to the interpreter a tier condition that names more nodes than one expression holds", () => {
    const leaf = node("a", "criterion", {
      value: { type: "number" },
      rule: { type: "compare", comparator: ">=", target: 5 },
    });
    const withCondition = (condition: TierCondition) =>
      planOf(
        framework([leaf], {
          tiers: [{ id: "t", title: { vi: "T", en: "T" }, conditions: [condition] }],
        }),
      );
    const ids = (n: number) => Array.from({ length: n }, () => "a");
    expect(
      generateSummarize(withCondition({ type: "minCount", count: 1, of: ids(1000) })),
    ).toBeDefined();
    expect(
      generateSummarize(withCondition({ type: "minCount", count: 1, of: ids(1001) })),
    ).toBeUndefined();
    expect(generateSummarize(withCondition({ type: "nodesMet", nodes: ids(1000) }))).toBeDefined();
    expect(
      generateSummarize(withCondition({ type: "nodesMet", nodes: ids(1001) })),
    ).toBeUndefined();
  });

  it("compares a factor × target that no double represents exactly as the interpreter does", () => {
    // 1.1 × 12.345678901234567 = 13.5802467913580237 has 18 significant digits: no double prints as it.
    const f = framework([
      node("a", "criterion", {
        value: { type: "number" },
        rule: { type: "compare", comparator: ">=", target: 12.345678901234567, factor: 1.1 },
      }),
      node("b", "criterion", {
        value: { type: "number" },
        rule: { type: "compare", comparator: ">", target: 50, factor: 1.1 },
      }),
    ]);
    const source = generateSummarizeSource(planOf(f)).body;
    expect(source).toContain("cx(x, 0) >= 0");
    expect(source).toContain("x > (55)");
    const near = 1.1 * 12.345678901234567;
    for (const x of [near - 2e-15, near, near + 2e-15, 13.580246791358023, 13.58024679135803]) {
      for (const y of [55, 55.00000000000001, 54.99999999999999]) {
        const a = assessment([
          { node: "a", value: x },
          { node: "b", value: y },
        ]);
        expect(generateSummarize(planOf(f))!(a)).toEqual(interpreted(f, a));
      }
    }
  });

  it("writes no id or tier name into the generated code, so a hostile id cannot inject code", () => {
    const hostile = [
      'a"b',
      "__proto__",
      "constructor",
      '"); globalThis.injected = 1; ("',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: the placeholder is the attack being tested
      "`${globalThis.injected = 2}`",
      "*/ globalThis.injected = 3; /*",
      "\u2028globalThis.injected = 4",
    ];
    // Built by hand, not parsed: the schema would refuse most of these ids, the generator must not care.
    const f = deepFreeze({
      id: "hostile",
      version: "1",
      status: "draft",
      title: { vi: "Thử", en: "Test" },
      example: true,
      scoring: { kind: "points" },
      nodes: [
        {
          id: hostile[3]!,
          kind: "group",
          title: { vi: hostile[4]!, en: hostile[5]! },
          children: hostile.map((id, k) => ({
            id: `${id}#${k}`,
            kind: "criterion",
            title: { vi: id, en: id },
            value: { type: "number" },
            rule: { type: "compare", comparator: ">=", target: k },
            points: { max: 1 },
          })),
        },
      ],
      tiers: hostile.map((id) => ({
        id,
        title: { vi: id, en: id },
        conditions: [{ type: "minCount", count: 1 }],
      })),
    } as unknown as Framework);
    const source = generateSummarizeSource(planOf(f));
    for (const text of hostile) expect(source.body).not.toContain(text);
    const a = assessment(hostile.map((id, k) => ({ node: `${id}#${k}`, value: 3 })));
    const generated = generateSummarize(planOf(f));
    expect(generated).toBeDefined();
    expect(generated!(a)).toEqual(interpreted(f, a));
    expect(generated!(a)?.tier).toBe(hostile[hostile.length - 1]);
    expect((globalThis as { injected?: unknown }).injected).toBeUndefined();
  });

  it("falls back to the interpreter when the runtime forbids new Function", () => {
    vi.stubGlobal(
      "Function",
      class {
        constructor() {
          throw new EvalError("Code generation from strings disallowed for this context");
        }
      },
    );
    const f = deepFreeze(makeFramework());
    expect(generateSummarize(planOf(f))).toBeUndefined();
    const compiled = compileFramework(f);
    for (const a of makeAssessments(20, 3)) {
      expect(compiled.summarize(a)).toEqual(interpreted(f, a));
    }
  });

  it("is switched off by codegen: false, which compiles separately and gives the same summaries", () => {
    const f = deepFreeze(makeFramework());
    const plain = compileFramework(f, { codegen: false });
    expect(plain).not.toBe(compileFramework(f));
    expect(plain).toBe(compileFramework(f, { codegen: false }));
    for (const a of makeAssessments(50, 5)) {
      expect(plain.summarize(a)).toEqual(compileFramework(f).summarize(a));
    }
  });

  it("leaves frameworks outside the subset to the interpreter", () => {
    // A node read through an `of` list is judged even where it does not apply: not generated.
    const withOf = framework([
      node("a", "criterion", { value: { type: "boolean" }, appliesTo: ["xa"] }),
      node("b", "criterion", { rule: { type: "all", of: ["a"] } }),
    ]);
    const withEvents = framework([
      node("a", "criterion", {
        value: { type: "events", events: [{ id: "e", title: { vi: "Sự cố", en: "Incident" } }] },
      }),
    ]);
    const weighted = framework([node("a", "criterion", { value: { type: "boolean" } })], {
      scoring: { kind: "weighted", aggregation: "flat" },
    });
    expect(generateSummarize(planOf(withOf))).toBeUndefined();
    expect(generateSummarize(planOf(withEvents))).toBeUndefined();
    expect(generateSummarize(planOf(weighted))).toBeUndefined();
    // codegenGap names what is handed back; a covered framework has no gap.
    expect(codegenGap(planOf(withOf))).toBe("rule all with an `of` list");
    expect(codegenGap(planOf(withEvents))).toBe("an events value without a rule");
    expect(codegenGap(planOf(weighted))).toBe("the weighted scoring model");
    const covered = framework([node("a", "criterion", { value: { type: "boolean" } })]);
    expect(codegenGap(planOf(covered))).toBeUndefined();
  });
});

const KINDS = ["xa", "phuong", "kdc"] as const;

const policiesArb = fc.option(
  fc.record(
    {
      notApplicable: fc.constantFrom("exclude" as const, "met" as const),
      unknown: fc.constantFrom("exclude" as const, "notMet" as const),
      error: fc.constantFrom("notMet" as const, "exclude" as const, "null" as const),
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);
const appliesToArb = fc.option(
  fc.uniqueArray(fc.constantFrom(...KINDS), { minLength: 1, maxLength: 2 }),
  { nil: undefined, freq: 3 },
);
const statusArb = fc.constantFrom(
  undefined,
  "met" as const,
  "notMet" as const,
  "notApplicable" as const,
  "unknown" as const,
  "error" as const,
);

interface LeafPlan {
  readonly type: "judged" | "verdict" | "none" | "number" | "boolean";
  readonly target: number;
  readonly appliesTo: readonly string[] | undefined;
  readonly policies: Framework["policies"];
  readonly points: number | undefined;
  readonly mandatory: boolean;
  readonly disqualifying: boolean;
  /** 0 no entry, 1 a value only, 2 a status (and a value when it has one). */
  readonly entry: 0 | 1 | 2;
  readonly status: (typeof STATUS_VALUES)[number];
  readonly value: number;
}
const STATUS_VALUES = [undefined, "met", "notMet", "notApplicable", "unknown", "error"] as const;

const leafPlanArb: fc.Arbitrary<LeafPlan> = fc.record({
  type: fc.constantFrom(
    "judged" as const,
    "verdict" as const,
    "none" as const,
    "number" as const,
    "boolean" as const,
  ),
  target: fc.integer({ min: 0, max: 10 }),
  appliesTo: appliesToArb,
  policies: policiesArb,
  points: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
  mandatory: fc.boolean(),
  disqualifying: fc.boolean(),
  entry: fc.constantFrom(0 as const, 1 as const, 2 as const, 2 as const),
  status: statusArb,
  value: fc.integer({ min: 0, max: 10 }),
});

interface InnerPlan {
  readonly rule: "default" | "all" | "any" | "atLeast" | "judged";
  readonly atLeast: number;
  readonly appliesTo: readonly string[] | undefined;
  readonly policies: Framework["policies"];
  readonly points: "none" | "sum" | "met";
  readonly max: number;
  readonly status: (typeof STATUS_VALUES)[number];
  readonly leaves: readonly LeafPlan[];
}

const innerPlanArb: fc.Arbitrary<InnerPlan> = fc.record({
  rule: fc.constantFrom(
    "default" as const,
    "all" as const,
    "any" as const,
    "atLeast" as const,
    "judged" as const,
  ),
  atLeast: fc.integer({ min: 0, max: 4 }),
  appliesTo: appliesToArb,
  policies: policiesArb,
  points: fc.constantFrom("none" as const, "sum" as const, "met" as const),
  max: fc.integer({ min: 0, max: 8 }),
  // Mostly no status on the inner node, so that its rule decides.
  status: fc.oneof(
    { weight: 4, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: statusArb },
  ),
  leaves: fc.array(leafPlanArb, { minLength: 1, maxLength: 4 }),
});

interface StatusCase {
  readonly framework: Framework;
  readonly assessment: Assessment;
  readonly context: { readonly subject?: { readonly kind?: string } } | undefined;
}

/**
 * Frameworks inside the widened subset (verdicts, recorded statuses, appliesTo, policies) with
 * assessments whose judged leaves have random statuses or none, and compare leaves always answered.
 */
const statusCaseArb: fc.Arbitrary<StatusCase> = fc
  .record({
    scoring: fc.constantFrom("count" as const, "points" as const, "pointsScaled" as const),
    policies: policiesArb,
    groups: fc.array(
      fc.record({
        grouped: fc.boolean(),
        criteria: fc.array(innerPlanArb, { minLength: 1, maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 3 },
    ),
    subjectKind: fc.option(fc.constantFrom(...KINDS), { nil: undefined }),
    contextKind: fc.constantFrom(undefined, "none", ...KINDS),
    tiers: fc.array(
      fc.record({
        type: fc.constantFrom(
          "minCount",
          "minCountOf",
          "minPoints",
          "minScore",
          "minPercent",
          "allMet",
          "mandatoryMet",
          "nodesMet",
          "nodesMetNa",
          "noDisqualifier",
          "tier",
        ),
        a: fc.integer({ min: 0, max: 100 }),
        b: fc.integer({ min: 0, max: 1000 }),
      }),
      { maxLength: 4 },
    ),
    order: fc.boolean(),
  })
  .map((plan): StatusCase => {
    const entries: Entry[] = [];
    const ids: string[] = [];
    let counter = 0;
    const leafNode = (leaf: LeafPlan, kind: FrameworkNode["kind"]): FrameworkNode => {
      const id = `l${counter++}`;
      ids.push(id);
      const n: Mutable<FrameworkNode> = { id, kind, title: { vi: id, en: id } };
      if (leaf.type === "judged") n.rule = { type: "judged" };
      else if (leaf.type === "verdict") n.value = { type: "verdict" };
      else if (leaf.type === "number") {
        n.value = { type: "number" };
        n.rule = { type: "compare", comparator: ">=", target: leaf.target };
      } else if (leaf.type === "boolean") n.value = { type: "boolean" };
      if (leaf.appliesTo !== undefined) n.appliesTo = leaf.appliesTo;
      if (leaf.policies !== undefined) n.policies = leaf.policies;
      if (leaf.points !== undefined) n.points = { max: leaf.points };
      if (leaf.mandatory) n.mandatory = true;
      if (leaf.disqualifying) n.disqualifying = true;
      const answered = leaf.type === "number" || leaf.type === "boolean";
      const value: Value = leaf.type === "boolean" ? leaf.value % 2 === 0 : leaf.value;
      // Compare and boolean leaves always have a value (else the interpreter is used, tested above).
      if (answered || leaf.entry > 0) {
        const entry: Mutable<Entry> = { node: id };
        if (answered) entry.value = value;
        if (leaf.entry === 2 && leaf.status !== undefined) entry.status = leaf.status;
        if (entry.value !== undefined || entry.status !== undefined) entries.push(entry);
      }
      return n;
    };
    const innerNode = (inner: InnerPlan): FrameworkNode => {
      const id = `c${counter++}`;
      ids.push(id);
      const kids = inner.leaves.map((leaf) => leafNode(leaf, "indicator"));
      const n: Mutable<FrameworkNode> = { id, kind: "criterion", title: { vi: id, en: id } };
      n.children = kids;
      if (inner.rule === "all") n.rule = { type: "all" };
      else if (inner.rule === "any") n.rule = { type: "any" };
      else if (inner.rule === "atLeast") n.rule = { type: "atLeast", count: inner.atLeast };
      else if (inner.rule === "judged") n.rule = { type: "judged" };
      if (inner.appliesTo !== undefined) n.appliesTo = inner.appliesTo;
      if (inner.policies !== undefined) n.policies = inner.policies;
      if (inner.points === "sum") n.points = { max: inner.max, earn: { type: "sum" } };
      else if (inner.points === "met") n.points = { max: inner.max };
      if (inner.status !== undefined) entries.push({ node: id, status: inner.status });
      return n;
    };
    const nodes: FrameworkNode[] = plan.groups.flatMap((group, g) => {
      const criteria = group.criteria.map(innerNode);
      if (!group.grouped) return criteria;
      const id = `g${g}`;
      return [{ id, kind: "group" as const, title: { vi: id, en: id }, children: criteria }];
    });
    const maxPoints = 60;
    const tiers = plan.tiers.map((t, position) => {
      const pick = ids[t.b % ids.length]!;
      const conditions: TierCondition[] = [];
      switch (t.type) {
        case "minCount":
          conditions.push({ type: "minCount", count: t.a % 12 });
          break;
        case "minCountOf":
          conditions.push({ type: "minCount", count: t.a % 3, of: [pick, ids[t.a % ids.length]!] });
          break;
        case "minPoints":
          conditions.push({ type: "minPoints", points: (t.b % maxPoints) / 2 });
          break;
        case "minScore":
          conditions.push({ type: "minScore", score: t.a % 15 });
          break;
        case "minPercent":
          conditions.push({ type: "minPercent", percent: t.a });
          break;
        case "nodesMet":
          conditions.push({ type: "nodesMet", nodes: [pick] });
          break;
        case "nodesMetNa":
          conditions.push({ type: "nodesMet", nodes: [pick], notApplicable: "met" });
          break;
        case "tier":
          if (position > 0) conditions.push({ type: "tier", tier: `t${t.a % position}` });
          break;
        default:
          conditions.push({ type: t.type } as TierCondition);
      }
      return {
        id: `t${position}`,
        title: { vi: `Mức ${position}`, en: `Tier ${position}` },
        conditions,
      };
    });
    const scoring: Framework["scoring"] =
      plan.scoring === "count"
        ? { kind: "count" }
        : plan.scoring === "points"
          ? { kind: "points" }
          : { kind: "points", scale: 100 };
    const f = framework(nodes, {
      scoring,
      ...(plan.policies === undefined ? {} : { policies: plan.policies }),
      ...(tiers.length === 0 ? {} : { tiers }),
    });
    const a = assessment(plan.order ? entries : [...entries].reverse(), {
      subject: plan.subjectKind === undefined ? { id: "s" } : { id: "s", kind: plan.subjectKind },
    });
    const context =
      plan.contextKind === undefined
        ? undefined
        : plan.contextKind === "none"
          ? { subject: {} }
          : { subject: { kind: plan.contextKind } };
    return {
      framework: f,
      assessment: a,
      context: context === undefined ? undefined : deepFreeze(context),
    };
  });

describe("generateSummarize with verdicts, recorded statuses, appliesTo and policies", () => {
  it("gives the interpreter's summary on random frameworks, statuses, subject kinds and policies", () => {
    let handled = 0;
    let runs = 0;
    fc.assert(
      fc.property(statusCaseArb, ({ framework: f, assessment: a, context }) => {
        runs++;
        const generated = generateSummarize(planOf(f));
        expect(generated).toBeDefined();
        const reference = compileFramework(f, { codegen: false }).summarize(a, context);
        const summary = generated!(a, context);
        if (summary !== undefined) {
          handled++;
          expect(JSON.stringify(summary)).toBe(JSON.stringify(reference));
        }
        expect(JSON.stringify(compileFramework(f).summarize(a, context))).toBe(
          JSON.stringify(reference),
        );
      }),
      { numRuns: 150 },
    );
    // Every compare leaf is answered, so the generated code must decide every run.
    expect(handled).toBe(runs);
  }, 30_000);

  it("reads a missing verdict as unknown, a recorded one as given, and appliesTo after context.subject", () => {
    const f = framework(
      [
        node("a", "criterion", { value: { type: "verdict" } }),
        node("b", "criterion", { rule: { type: "judged" } }),
        node("c", "criterion", { value: { type: "verdict" }, appliesTo: ["phuong"] }),
        node("d", "criterion", {
          value: { type: "number" },
          rule: { type: "compare", comparator: ">=", target: 5 },
        }),
      ],
      {
        tiers: [{ id: "dat", title: { vi: "Đạt", en: "Pass" }, conditions: [{ type: "allMet" }] }],
      },
    );
    const generated = generateSummarize(planOf(f))!;
    // d is overridden by its recorded status although its value would meet the threshold.
    const a = assessment([
      { node: "b", status: "met" },
      { node: "c", status: "notMet" },
      { node: "d", value: 9, status: "error" },
    ]);
    expect(generated(a)?.count).toEqual({
      met: 1,
      notMet: 0,
      notApplicable: 1,
      unknown: 1,
      error: 1,
      applicable: 3,
      total: 4,
    });
    // As a phường, c applies and its recorded notMet counts.
    expect(generated(a, { subject: { kind: "phuong" } })?.count).toMatchObject({
      notMet: 1,
      notApplicable: 0,
    });
    const allMet = assessment([
      { node: "a", status: "met" },
      { node: "b", status: "met" },
      { node: "d", value: 5 },
    ]);
    expect(generated(allMet)?.tier).toBe("dat");
    expect(generated(allMet)).toEqual(interpreted(f, allMet));
  });

  it("applies notApplicable: met and unknown: exclude to points as the interpreter does", () => {
    const f = framework(
      [
        node("a", "criterion", {
          value: { type: "verdict" },
          points: { max: 3 },
          appliesTo: ["kdc"],
        }),
        node("b", "criterion", { value: { type: "verdict" }, points: { max: 4 } }),
        node("c", "criterion", { value: { type: "verdict" }, points: { max: 5 } }),
      ],
      { scoring: { kind: "points" }, policies: { notApplicable: "met", unknown: "exclude" } },
    );
    const a = assessment([{ node: "b", status: "met" }]);
    // a does not apply to a xã and counts as met (3); b is met (4); c is unknown and left out.
    expect(generateSummarize(planOf(f))!(a)?.points).toEqual({
      earned: 7,
      possible: 7,
      bonus: 0,
      deducted: 0,
    });
    expect(generateSummarize(planOf(f))!(a)).toEqual(interpreted(f, a));
  });
});

interface ManifestEntry {
  readonly file: string;
  readonly framework: string;
}

describe("generateSummarize on the shipped fixtures", () => {
  const manifest = JSON.parse(
    readFileSync(resolve(FIXTURES, "assessments", "index.json"), "utf8"),
  ) as { readonly assessments: readonly ManifestEntry[] };

  it("gives identical summaries with and without codegen for every manifest assessment", () => {
    let compared = 0;
    for (const item of manifest.assessments) {
      const name = item.file.slice(0, -".json".length);
      const f = fixtureFramework(
        item.framework.replace("../frameworks/", "").slice(0, -".json".length),
      );
      const a = fixtureAssessment(name);
      const context = fixtureContext(name);
      expect(JSON.stringify(compileFramework(f).summarize(a, context))).toBe(
        JSON.stringify(compileFramework(f, { codegen: false }).summarize(a, context)),
      );
      const generated = generateSummarize(planOf(f));
      if (generated !== undefined) {
        // The generated code decides these itself: verdicts need no value.
        const summary = generated(a, context);
        expect(summary).toBeDefined();
        expect(JSON.stringify(summary)).toBe(
          JSON.stringify(compileFramework(f, { codegen: false }).summarize(a, context)),
        );
      }
      compared++;
    }
    expect(compared).toBe(manifest.assessments.length);
  });

  it("runs QĐ 9745, QĐ 5764, the 2024 kiểu mẫu criteria and WCAG 2.1/2.2 as generated code", () => {
    const generated = readdirSync(resolve(FIXTURES, "frameworks"))
      .filter((file) => file.endsWith(".json"))
      .map((file) => file.slice(0, -".json".length))
      .filter((name) => generateSummarize(planOf(fixtureFramework(name))) !== undefined);
    expect(generated).toEqual([
      "intl-wcag-2.1",
      "intl-wcag-2.2",
      "vn-cap-kieu-mau-2024-20",
      "vn-qd5764-2021-22",
      "vn-qd9745-2022-34",
    ]);
  });
});
