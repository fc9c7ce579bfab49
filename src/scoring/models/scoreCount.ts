import type { Score } from "../types.js";
import type { ModelInput } from "./score.js";

/**
 * Scores by counting: criteria met out of criteria applicable ("31/34").
 *
 * @param input - The model input; only `count` is read.
 * @returns `value` = met, `max` = applicable, or unscorable when nothing is applicable.
 * @example
 * scoreCount({ ...input, count: { met: 31, notMet: 3, notApplicable: 0, unknown: 0, error: 0, applicable: 34, total: 34 } })
 * //=> { status: "scored", value: 31, max: 34, percent: 91.17647058823529 }
 * @category Scoring
 */
export function scoreCount(input: ModelInput): Score {
  const { met, applicable } = input.count;
  if (applicable === 0) return { status: "unscorable", reason: "no_applicable_criteria" };
  return { status: "scored", value: met, max: applicable, percent: (met * 100) / applicable };
}
