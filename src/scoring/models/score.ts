import type { Assessment } from "../../assessment/schema.js";
import type { Framework } from "../../framework/schema.js";
import type { Count, NodeResult, PointsResult, Score } from "../types.js";
import { scoreCount } from "./scoreCount.js";
import { scorePoints } from "./scorePoints.js";
import { scoreWeighted } from "./scoreWeighted.js";
import { scoreXccdf } from "./scoreXccdf.js";

/** What every scoring model receives: the framework, the record, and the node results already computed. */
export interface ModelInput {
  readonly framework: Framework;
  readonly assessment: Assessment;
  /** Node results keyed by node id (from the evaluation engine). */
  readonly results: ReadonlyMap<string, NodeResult>;
  /** Criteria counts over the whole framework ("31/34"). */
  readonly count: Count;
  /** Points over the whole framework, when the framework has points. */
  readonly points?: PointsResult | undefined;
}

/**
 * Scores an evaluated assessment with the framework's scoring model.
 *
 * @param input - The framework, the assessment, the node results and the totals computed by the engine.
 * @returns The score, or `{ status: "unscorable", reason }` when the model has nothing to score.
 * @example
 * score({ framework, assessment, results, count }) // framework.scoring = { kind: "count" }, 31 of 34 met
 * //=> { status: "scored", value: 31, max: 34, percent: 91.17647058823529 }
 * @category Scoring
 */
export function score(input: ModelInput): Score {
  const scoring = input.framework.scoring;
  // Exhaustive by construction: a new model is one new file plus one case here.
  switch (scoring.kind) {
    case "count":
      return scoreCount(input);
    case "points":
      return scorePoints(input, scoring);
    case "weighted":
      return scoreWeighted(input, scoring);
    case "xccdf":
      return scoreXccdf(input, scoring);
    default: {
      const unreachable: never = scoring;
      throw new TypeError(`score: unknown scoring model ${JSON.stringify(unreachable)}`);
    }
  }
}
