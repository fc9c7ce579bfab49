import type { Assessment } from "../../src/assessment/schema.js";
import { compileFramework } from "../../src/index.js";
import { handScore } from "../baselines/handLoop.js";
import { makeAssessments, makeFramework } from "../workload.js";

/*
 * What `bench/variants/run.ts` bundles once and then edits: the compiled explained `evaluate` and the
 * hand loop, each returning a number that depends on its whole result, so no work can be skipped.
 */

/**
 * One round of the compiled explained `evaluate` over `assessments`. Each implementation has its own
 * loop: a loop shared by several would call them through one megamorphic call site.
 */
export function evaluateRound(assessments: readonly Assessment[]): () => number {
  const compiled = compileFramework(makeFramework());
  return () => {
    let sum = 0;
    for (const assessment of assessments) {
      const evaluation = compiled.evaluate(assessment);
      sum += evaluation.count.met + evaluation.nodes.length + evaluation.tiers.length;
    }
    return sum;
  };
}

/** One round of the hand-written loop over `assessments`. */
export function handRound(assessments: readonly Assessment[]): () => number {
  return () => {
    let sum = 0;
    for (const assessment of assessments) sum += handScore(assessment).met;
    return sum;
  };
}

/** The benchmark assessments: made once, and given to every implementation (see run.ts). */
export function assessments(count: number): Assessment[] {
  return makeAssessments(count);
}
