import { readdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { makeAssessments, makeFramework } from "../../../bench/workload.js";
import type { Assessment, Entry, Value } from "../../../src/assessment/schema.js";
import type { Framework, FrameworkNode, TierCondition } from "../../../src/framework/schema.js";
import { walkNodes } from "../../../src/internal/walk.js";
import {
  generateSummarize,
  generateSummarizeSource,
} from "../../../src/scoring/compile/generateSummarize.js";
import { compileFramework } from "../../../src/scoring/compileFramework.js";
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
    const generated = generateSummarize(f);
    expect(generated).toBeDefined();
    let handled = 0;
    for (const a of makeAssessments(2000, 11)) {
      const summary = generated!(a);
      if (summary !== undefined) handled++;
      expect(JSON.stringify(summary ?? interpreted(f, a))).toBe(JSON.stringify(interpreted(f, a)));
    }
    // Every benchmark indicator is answered, so none should need the interpreter.
    expect(handled).toBe(2000);
  });

  it("gives the interpreter's summary on generated frameworks and fully answered assessments", () => {
    let handled = 0;
    fc.assert(
      fc.property(
        generatedArb,
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 1, maxLength: 40 }),
        (g: Generated, draws) => {
          const f = intoSubset(g.framework);
          const a = answerEveryLeaf(f, (k) => draws[k % draws.length]!);
          const generated = generateSummarize(f);
          const reference = interpreted(f, a);
          const summary = generated?.(a);
          if (summary !== undefined) handled++;
          expect(JSON.stringify(compileFramework(f).summarize(a))).toBe(JSON.stringify(reference));
          if (summary !== undefined) expect(summary).toEqual(reference);
        },
      ),
      { numRuns: 300 },
    );
    // The property is about generated code: most runs must reach it.
    expect(handled).toBeGreaterThan(150);
  });

  it("hands recorded statuses and missing values to the interpreter, with the same summary", () => {
    fc.assert(
      fc.property(generatedArb, (g: Generated) => {
        const f = intoSubset(g.framework);
        const a = deepFreeze({ ...g.assessment });
        expect(JSON.stringify(compileFramework(f).summarize(a))).toBe(
          JSON.stringify(interpreted(f, a)),
        );
      }),
      { numRuns: 200 },
    );
  });

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
      if (generateSummarize(f) === undefined) continue;
      for (let seed = 0; seed < 20; seed++) {
        const a = answerEveryLeaf(f, (k) => (k * 7 + seed * 13) % 101);
        expect(JSON.stringify(compileFramework(f).summarize(a))).toBe(
          JSON.stringify(interpreted(f, a)),
        );
      }
    }
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
    const source = generateSummarizeSource(f).body;
    expect(source).toContain("cx(x, 0) >= 0");
    expect(source).toContain("x > (55)");
    const near = 1.1 * 12.345678901234567;
    for (const x of [near - 2e-15, near, near + 2e-15, 13.580246791358023, 13.58024679135803]) {
      for (const y of [55, 55.00000000000001, 54.99999999999999]) {
        const a = assessment([
          { node: "a", value: x },
          { node: "b", value: y },
        ]);
        expect(generateSummarize(f)!(a)).toEqual(interpreted(f, a));
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
    const source = generateSummarizeSource(f);
    for (const text of hostile) expect(source.body).not.toContain(text);
    const a = assessment(hostile.map((id, k) => ({ node: `${id}#${k}`, value: 3 })));
    const generated = generateSummarize(f);
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
    expect(generateSummarize(f)).toBeUndefined();
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
    const withAppliesTo = framework([
      node("a", "criterion", { value: { type: "boolean" }, appliesTo: ["xa"] }),
    ]);
    const weighted = framework([node("a", "criterion", { value: { type: "boolean" } })], {
      scoring: { kind: "weighted", aggregation: "flat" },
    });
    expect(generateSummarize(withAppliesTo)).toBeUndefined();
    expect(generateSummarize(weighted)).toBeUndefined();
  });
});
