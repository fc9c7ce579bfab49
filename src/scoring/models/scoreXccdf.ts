import type { ScoringModel } from "../../framework/schema.js";
import type { Score } from "../types.js";
import type { ModelInput } from "./score.js";

type XccdfModel = Extract<ScoringModel, { kind: "xccdf" }>;

/**
 * Scores with one of the four XCCDF 1.2 models.
 *
 * @param input - The model input.
 * @param model - The `xccdf` scoring model.
 * @returns The score.
 * @example
 * scoreXccdf(input, { kind: "xccdf", model: "default" })
 * //=> { status: "scored", value: 50, max: 100, percent: 50 }
 * @category Scoring
 */
export function scoreXccdf(_input: ModelInput, _model: XccdfModel): Score {
  return { status: "unscorable", reason: "not_implemented" };
}
