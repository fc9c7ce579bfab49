import { compileFramework } from "../src/scoring/compileFramework.js";
import { evaluate } from "../src/scoring/evaluate.js";
import type { PointsResult } from "../src/scoring/types.js";
import type { Implementation, Outcome } from "./outcome.js";

/*
 * The library's three ways of scoring, as benchmark implementations. Compiling is set-up (untimed) for
 * the compiled paths; plain `evaluate(framework, assessment)` is timed with whatever per-call work it
 * does, since that is what a caller who never compiles pays.
 */

interface Scored {
  readonly count: { readonly met: number };
  readonly points?: PointsResult | undefined;
  readonly tier: string | null;
}

const outcomeOf = (result: Scored): Outcome => ({
  met: result.count.met,
  points: result.points?.earned ?? Number.NaN,
  tier: result.tier,
});

/** `compileFramework(framework).summarize(assessment)`: counts, points and tier, no traces (generated code). */
export const librarySummarize: Implementation<Scored> = {
  name: "tieuchi summarize (compiled)",
  prepare: (framework) => {
    const compiled = compileFramework(framework);
    return (assessment) => compiled.summarize(assessment);
  },
  outcome: outcomeOf,
};

/** The same with `{ codegen: false }`: the interpreter alone, for frameworks outside the generated subset. */
export const librarySummarizeInterpreted: Implementation<Scored> = {
  name: "tieuchi summarize (interpreter)",
  prepare: (framework) => {
    const compiled = compileFramework(framework, { codegen: false });
    return (assessment) => compiled.summarize(assessment);
  },
  outcome: outcomeOf,
};

/** `compileFramework(framework).evaluate(assessment)`: the full evaluation with reasons (no sentences). */
export const libraryCompiledEvaluate: Implementation<Scored> = {
  name: "tieuchi evaluate (compiled)",
  prepare: (framework) => {
    const compiled = compileFramework(framework);
    return (assessment) => compiled.evaluate(assessment);
  },
  outcome: outcomeOf,
};

/** The same with `{ codegen: false }`: the interpreter's loops alone, no generated code. */
export const libraryCompiledEvaluateInterpreted: Implementation<Scored> = {
  name: "tieuchi evaluate (interpreter)",
  prepare: (framework) => {
    const compiled = compileFramework(framework, { codegen: false });
    return (assessment) => compiled.evaluate(assessment);
  },
  outcome: outcomeOf,
};

/** Plain `evaluate(framework, assessment)`, compiling nothing ahead. */
export const libraryEvaluate: Implementation<Scored> = {
  name: "tieuchi evaluate (plain)",
  prepare: (framework) => (assessment) => evaluate(framework, assessment),
  outcome: outcomeOf,
};
