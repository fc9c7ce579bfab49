import type { ScoringModel } from "../../framework/schema.js";
import type { Score } from "../types.js";
import type { ModelInput } from "./score.js";

type PointsModel = Extract<ScoringModel, { kind: "points" }>;

/**
 * Scores by points: the points earned against the nominal scale, or against the points possible.
 *
 * @param input - The model input; only `points` is read.
 * @param model - The `points` scoring model (its optional `scale`, e.g. 100).
 * @returns `value` = points earned (bonus included), `max` = `scale` ?? points possible; unscorable when
 *   the framework has no points (`no_points`) or nothing is possible (`no_possible_points`).
 * @example
 * scorePoints({ ...input, points: { earned: 82.5, possible: 100, bonus: 0, deducted: 0 } }, { kind: "points" })
 * //=> { status: "scored", value: 82.5, max: 100, percent: 82.5 }
 * @category Scoring
 */
export function scorePoints(input: ModelInput, model: PointsModel): Score {
  const points = input.points;
  if (points === undefined) return { status: "unscorable", reason: "no_points" };
  const max = model.scale ?? points.possible;
  if (max <= 0) return { status: "unscorable", reason: "no_possible_points" };
  return { status: "scored", value: points.earned, max, percent: (points.earned * 100) / max };
}
