// Structure-aware fuzzing of the documented non-throwing functions.
// Run: npm run fuzz -- [runs] [seed]   (default 100 000 runs, seed 20261202)
import fc from "fast-check";
import { safeParseAssessment } from "../src/assessment/safeParseAssessment.js";
import { safeParseFramework } from "../src/framework/safeParseFramework.js";
import { compileFramework } from "../src/scoring/compileFramework.js";
import { safeParseContext } from "../src/scoring/context.js";
import { gapToTier } from "../src/scoring/gapToTier.js";
import { rankChanges } from "../src/scoring/rankChanges.js";
import { stepsToTier } from "../src/scoring/stepsToTier.js";
import type { EvaluationContext } from "../src/scoring/types.js";
import { whatIf } from "../src/scoring/whatIf.js";
import { generatedArb } from "../test/scoring/arbitraryFramework.js";

const runs = Number(process.argv[2] ?? 100_000);
const seed = Number(process.argv[3] ?? 20261202);

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
const dict = fc.dictionary(fc.string({ maxLength: 3 }), junk, { maxKeys: 2 });
const contextArb = fc.option(
  fc.record(
    {
      subject: junk,
      outcomes: fc.oneof(junk, dict),
      references: fc.oneof(junk, dict),
      date: junk,
      cohort: fc.oneof(junk, dict),
      children: junk,
      previous: junk,
      baselines: junk,
    },
    { requiredKeys: [] },
  ),
  { nil: undefined },
);

let exceptions = 0;
let nonFinite = 0;
let mismatches = 0;
const failures: string[] = [];
const check = (name: string, f: () => unknown): void => {
  let out: unknown;
  try {
    out = f();
  } catch (error) {
    exceptions++;
    if (failures.length < 10) failures.push(`${name} threw ${String(error)}`);
    return;
  }
  JSON.stringify(out, (_key, value) => {
    if (typeof value === "number" && !Number.isFinite(value)) {
      nonFinite++;
      if (failures.length < 10) failures.push(`${name} output ${value}`);
    }
    return value;
  });
};

// Inputs are generated one at a time (fc.sample would hold all of them, and their compiled frameworks).
let count = 0;
const fuzzOne = ([{ framework, assessment, judgedIds }, raw]: [
  import("../test/scoring/arbitraryFramework.js").Generated,
  unknown,
]): void => {
  count++;
  const context = raw as EvaluationContext | undefined;
  check("safeParseFramework", () => safeParseFramework(framework).success);
  check("safeParseAssessment", () => safeParseAssessment(assessment).success);
  check("safeParseContext", () => safeParseContext(raw));
  const compiled = compileFramework(framework);
  let evaluation: ReturnType<typeof compiled.evaluate> | undefined;
  check("evaluate", () => {
    evaluation = compiled.evaluate(assessment, context);
    return evaluation;
  });
  // The generated explained run against the interpreter's: the same JSON, byte for byte.
  if (evaluation !== undefined) {
    const generated = JSON.stringify(evaluation);
    check("evaluate (interpreter)", () => {
      const interpreted = compileFramework(framework, { codegen: false }).evaluate(
        assessment,
        context,
      );
      if (JSON.stringify(interpreted) !== generated) {
        mismatches++;
        if (failures.length < 10) failures.push("evaluate: generated and interpreted differ");
      }
      return interpreted;
    });
  }
  check("summarize", () => compiled.summarize(assessment, context));
  const tier = framework.tiers?.[0]?.id ?? "none";
  if (evaluation !== undefined) {
    const e = evaluation;
    check("gapToTier", () => gapToTier(e, tier));
  }
  check("stepsToTier", () => stepsToTier(framework, assessment, tier, context));
  check("rankChanges", () => rankChanges(framework, assessment, context));
  const first = judgedIds[0];
  if (first !== undefined) {
    check("whatIf", () => whatIf(framework, assessment, [{ node: first, status: "met" }], context));
  }
};
fc.check(
  fc.property(fc.tuple(generatedArb, contextArb), (input) => {
    fuzzOne(input);
    return true;
  }),
  { numRuns: runs, seed },
);
console.log(
  `fuzz: ${count} inputs, seed ${seed}: ${exceptions} exceptions, ${nonFinite} non-finite numbers, ${mismatches} runner mismatches`,
);
for (const failure of failures) console.log(`  ${failure}`);
process.exitCode = exceptions + nonFinite + mismatches === 0 ? 0 : 1;
