import type { Evaluation, EvaluationSummary } from "./types.js";

/**
 * The totals of an evaluation — counts, points, score and tier — as `CompiledFramework.summarize` gives
 * them, with the same keys (no `points` key when the evaluation has none).
 *
 * @param evaluation - An evaluation.
 * @returns Its summary.
 * @example
 * summaryOf(evaluate(framework, assessment))
 * //=> { count: { met: 31, … }, score: { status: "scored", … }, tier: null }
 * @category Scoring
 */
export function summaryOf(evaluation: Evaluation): EvaluationSummary {
  return evaluation.points === undefined
    ? { count: evaluation.count, score: evaluation.score, tier: evaluation.tier }
    : {
        count: evaluation.count,
        points: evaluation.points,
        score: evaluation.score,
        tier: evaluation.tier,
      };
}
