import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compileFramework } from "../../src/scoring/compileFramework.js";
import { safeParseContext } from "../../src/scoring/context.js";
import { gapToTier } from "../../src/scoring/gapToTier.js";
import { rankChanges } from "../../src/scoring/rankChanges.js";
import { stepsToTier } from "../../src/scoring/stepsToTier.js";
import { summaryOf } from "../../src/scoring/summaryOf.js";
import type { EvaluationContext } from "../../src/scoring/types.js";
import { whatIf } from "../../src/scoring/whatIf.js";
import { generatedArb } from "./arbitraryFramework.js";

const junk = fc.oneof(
  fc.constant(null),
  fc.constant(Number.NaN),
  fc.constant(Number.POSITIVE_INFINITY),
  fc.constant(1e308),
  fc.integer(),
  fc.string({ maxLength: 5 }),
  fc.boolean(),
  fc.constant("2023-02-30"),
  fc.constant("2024-02-29"),
  fc.constant([]),
  fc.constant({}),
  fc.constant(JSON.parse('{"__proto__":{"x":1}}')),
  fc.array(fc.oneof(fc.double(), fc.constant(null)), { maxLength: 3 }),
);
const contextArb = fc.option(
  fc.record(
    {
      subject: junk,
      outcomes: fc.oneof(junk, fc.dictionary(fc.string({ maxLength: 3 }), junk, { maxKeys: 2 })),
      references: fc.oneof(junk, fc.dictionary(fc.string({ maxLength: 3 }), junk, { maxKeys: 2 })),
      date: junk,
      cohort: fc.oneof(junk, fc.dictionary(fc.string({ maxLength: 3 }), junk, { maxKeys: 2 })),
      children: junk,
      previous: junk,
      baselines: junk,
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

const FINITE = (_key: string, value: unknown): unknown => {
  if (typeof value === "number" && !Number.isFinite(value)) throw new Error(`non-finite ${value}`);
  return value;
};

describe("fuzzed contexts", () => {
  it("no documented non-throwing function throws, and no NaN/Infinity reaches the output", {
    timeout: 60_000,
  }, () => {
    fc.assert(
      fc.property(generatedArb, contextArb, ({ framework, assessment, judgedIds }, raw) => {
        const context = raw as EvaluationContext | undefined;
        const parsed = safeParseContext(raw);
        const compiled = compileFramework(framework);
        const evaluation = compiled.evaluate(assessment, context);
        JSON.stringify(evaluation, FINITE);
        // An invalid context is reported, a valid one is not; its bad members are ignored alike by
        // both runners, so the bulk path agrees with the explained one.
        expect(evaluation.contextIssues === undefined).toBe(parsed.success);
        const summary = compiled.summarize(assessment, context);
        JSON.stringify(summary, FINITE);
        expect(summary).toEqual(summaryOf(evaluation));
        const tier = framework.tiers?.[0]?.id ?? "none";
        JSON.stringify(gapToTier(evaluation, tier), FINITE);
        JSON.stringify(stepsToTier(framework, assessment, tier, context), FINITE);
        JSON.stringify(rankChanges(framework, assessment, context), FINITE);
        const first = judgedIds[0];
        if (first !== undefined) {
          JSON.stringify(
            whatIf(framework, assessment, [{ node: first, status: "met" }], context),
            FINITE,
          );
        }
      }),
      { numRuns: 300, seed: 20261202 },
    );
  });
});
