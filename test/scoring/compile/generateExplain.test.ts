import { readFileSync } from "node:fs";
import { basename, dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeAssessments, makeFramework } from "../../../bench/workload.js";
import type { Assessment, Entry } from "../../../src/assessment/schema.js";
import type { Framework } from "../../../src/framework/schema.js";
import {
  type ExplainParts,
  generateExplain,
  generateExplainSource,
} from "../../../src/scoring/compile/generateExplain.js";
import { compileFramework } from "../../../src/scoring/compileFramework.js";
import { planOf } from "../../../src/scoring/engine/plan.js";
import { compileRule } from "../../../src/scoring/rules/compileRule.js";
import type { EvaluationContext } from "../../../src/scoring/types.js";
import { assessment, framework, node } from "../helpers.js";
import { fixtureAssessment, fixtureFramework } from "../loadFixtures.js";

/*
 * The generated explained run (src/scoring/compile/generateExplain.ts) against the interpreter's loops:
 * the same Evaluation, byte for byte (JSON, so key order counts), on the benchmark workload, on every
 * shipped fixture, and on hand-made assessments that take each way out of the inlined code (a recorded
 * status, a missing value, a value of another type, a count that is not whole, entered scores, nodes
 * that do not apply, `normalize`).
 */

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), "../../../fixtures");

/** Evaluates `assessments` with one compiled framework per runner, in order (runs share scratch arrays). */
function both(f: Framework, assessments: readonly Assessment[]): [string[], string[]] {
  const generated = compileFramework(structuredClone(f));
  const interpreted = compileFramework(structuredClone(f), { codegen: false });
  return [
    assessments.map((a) => JSON.stringify(generated.evaluate(a))),
    assessments.map((a) => JSON.stringify(interpreted.evaluate(a))),
  ];
}

const parts = (size: number): ExplainParts =>
  ({
    criteriaBelow: new Int32Array(size),
    simplePoints: () => undefined,
  }) as unknown as ExplainParts;

describe("generateExplain", () => {
  it("writes the benchmark framework out, inlining its 57 comparisons and 24 combinators, and no text of it", () => {
    const f = makeFramework();
    const plan = planOf(f);
    const judges = plan.nodes.map((n, i) => compileRule(n, i, plan.scope));
    const inlined = (type: string) => judges.filter((judge) => judge.inline?.type === type).length;
    expect(inlined("number") + inlined("count") + inlined("boolean")).toBe(57);
    expect(inlined("combinator")).toBe(24); // 19 criteria and 5 groups
    const source = generateExplainSource(plan, judges, parts(plan.size));
    expect(source.body.match(/\.reason\(s, x\)/g)).toHaveLength(57);
    expect(source.body.match(/\.cachedReason\(k\)/g)).toHaveLength(24);
    // Every node is written inline: `step` appears only on the ways out.
    expect(source.body).not.toMatch(/^\s*step\(/m);
    // Ids, kinds and titles are passed in as arrays, never written into the code.
    for (const n of plan.nodes) {
      expect(source.body).not.toContain(JSON.stringify(n.id));
      expect(source.body).not.toContain(n.title.vi);
    }
    expect(generateExplain(plan, judges, parts(plan.size))).toBeDefined();
  });

  it("gives the interpreter's evaluations on 300 benchmark assessments", () => {
    const [generated, interpreted] = both(makeFramework(), makeAssessments(300, 20261202));
    expect(generated).toEqual(interpreted);
  });

  it("gives the interpreter's evaluation of every shipped fixture assessment", () => {
    const manifest = JSON.parse(
      readFileSync(resolve(FIXTURES, "assessments", "index.json"), "utf8"),
    ) as { assessments: { file: string; framework: string; context?: EvaluationContext }[] };
    for (const entry of manifest.assessments) {
      const a = fixtureAssessment(entry.file.replace(/\.json$/, ""));
      const f = fixtureFramework(basename(entry.framework, ".json"));
      const run = (codegen: boolean) =>
        JSON.stringify(
          compileFramework(structuredClone(f), { codegen }).evaluate(a, entry.context ?? {}),
        );
      expect({ file: entry.file, json: run(true) }).toEqual({ file: entry.file, json: run(false) });
    }
    expect(manifest.assessments.length).toBeGreaterThan(20);
  });

  it("splits a framework of 300 nodes into functions of 24 and leaves one of 3 001 to the interpreter", () => {
    const build = (criteria: number, indicators: number) =>
      framework(
        [
          node("g", "group", {
            children: Array.from({ length: criteria }, (_, c) =>
              node(`c${c}`, "criterion", {
                points: { max: 2 },
                children: Array.from({ length: indicators }, (_, k) =>
                  node(`c${c}.${k}`, "indicator", {
                    value: { type: "number" },
                    rule: { type: "compare", comparator: k % 2 === 0 ? ">=" : "<", target: 50 },
                  }),
                ),
              }),
            ),
          }),
        ],
        {
          scoring: { kind: "points" },
          tiers: [
            { id: "t", title: { vi: "t", en: "t" }, conditions: [{ type: "minCount", count: 20 }] },
          ],
        },
      );
    const f = build(50, 5); // 301 nodes
    const plan = planOf(f);
    const judges = plan.nodes.map((n, i) => compileRule(n, i, plan.scope));
    const source = generateExplainSource(plan, judges, parts(plan.size));
    // Children and their parent land in different functions: statuses pass through the run's arrays.
    expect(source.body.match(/^function judgeChunk\d+\(/gm)).toHaveLength(Math.ceil(301 / 24));
    expect(source.body.match(/^function resultChunk\d+\(/gm)).toHaveLength(Math.ceil(301 / 24));
    const assessments = [10, 50, 90].map((base) =>
      assessment(
        plan.nodes
          .filter((n) => n.kind === "indicator")
          .map((n, position) => ({ node: n.id, value: (base + position * 7) % 100 })),
      ),
    );
    const [generated, interpreted] = both(f, assessments);
    expect(generated).toEqual(interpreted);
    const large = planOf(build(1000, 2)); // 3 001 nodes
    const largeJudges = large.nodes.map((n, i) => compileRule(n, i, large.scope));
    expect(generateExplain(large, largeJudges, parts(large.size))).toBeUndefined();
  });

  it("takes the interpreter's way for every value the inlined code does not handle", () => {
    const f = framework(
      [
        node("g", "group", {
          points: { max: 10 },
          children: [
            node("n", "criterion", {
              value: { type: "number", unit: "m²" },
              rule: { type: "compare", comparator: ">=", target: 50, factor: 1.1 },
              points: { max: 4 },
            }),
            node("k", "criterion", {
              value: { type: "count" },
              rule: { type: "compare", comparator: "<", target: 3 },
              points: { max: 3 },
            }),
            node("b", "criterion", {
              value: { type: "boolean" },
              rule: { type: "compare", comparator: "!=", target: false },
              points: { max: 3 },
            }),
            node("p", "criterion", {
              value: { type: "percent" },
              rule: { type: "compare", comparator: "=", target: 100 },
              appliesTo: ["phuong"],
            }),
            node("z", "criterion", {
              value: { type: "number" },
              normalize: { type: "goalposts", low: 0, high: 10 },
              rule: { type: "compare", comparator: "<=", target: 5 },
            }),
          ],
        }),
      ],
      { scoring: { kind: "points" } },
    );
    const valueArb = fc.oneof(
      fc.constant(undefined),
      fc.integer({ min: -2, max: 60 }),
      fc.double({ min: -10, max: 100, noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
      fc.constantFrom("text", 54.99999999999999, 55, 55.00000000000001),
    );
    const entryArb = (id: string) =>
      fc
        .record(
          {
            value: valueArb,
            status: fc.constantFrom(
              undefined,
              "met",
              "notMet",
              "notApplicable",
              "unknown",
              "error",
            ),
            selfScore: fc.constantFrom(undefined, 2),
          },
          { requiredKeys: [] },
        )
        .map((raw) => {
          const entry: Record<string, unknown> = { node: id };
          for (const [key, value] of Object.entries(raw))
            if (value !== undefined) entry[key] = value;
          return entry as unknown as Entry;
        });
    const assessmentArb = fc
      .tuple(
        fc.subarray(["n", "k", "b", "p", "z"]),
        fc.constantFrom(undefined, "xa", "phuong"),
        fc.array(fc.constantFrom("n", "k", "b", "p", "z"), { maxLength: 5 }),
      )
      .chain(([ids, kind]) =>
        fc.tuple(...ids.map(entryArb)).map((entries) =>
          assessment(entries, {
            subject: kind === undefined ? { id: "x1" } : { id: "x1", kind },
          }),
        ),
      );
    fc.assert(
      fc.property(fc.array(assessmentArb, { minLength: 1, maxLength: 4 }), (list) => {
        const [generated, interpreted] = both(f, list);
        expect(generated).toEqual(interpreted);
      }),
      { numRuns: 150 },
    );
  });
});
