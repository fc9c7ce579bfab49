import type { ScoringModel } from "../../framework/schema.js";
import type { Score } from "../types.js";
import type { ModelInput } from "./score.js";

type WeightedModel = Extract<ScoringModel, { kind: "weighted" }>;

/**
 * Scores by a weighted arithmetic mean of node scores in [0, 1].
 *
 * @param input - The model input.
 * @param model - The `weighted` scoring model.
 * @returns The score.
 * @example
 * scoreWeighted(input, { kind: "weighted", aggregation: "flat" })
 * //=> { status: "scored", value: 75, max: 100, percent: 75 }
 * @category Scoring
 */
export function scoreWeighted(_input: ModelInput, _model: WeightedModel): Score {
  return { status: "unscorable", reason: "not_implemented" };
}
