// The Cửa Lò wards' QĐ 9745 evaluations (fixtures/assessments/*-2023-12-qd9745.json). THE DECEMBER 2023
// ASSESSMENTS ARE EXAMPLE DATA ("example": true in fixtures/assessments/index.json), not reported
// figures: the tests check what the cross-unit functions do with them, not what the wards did.
import type { Framework } from "../../src/framework/schema.js";
import { evaluate } from "../../src/scoring/evaluate.js";
import type { Evaluation } from "../../src/scoring/types.js";
import type { UnitEvaluation } from "../../src/units/unitInput.js";
import { fixtureAssessment, fixtureFramework } from "../scoring/loadFixtures.js";

export const WARDS = [
  "nghi-hai",
  "nghi-hoa",
  "nghi-huong",
  "nghi-tan",
  "nghi-thu",
  "nghi-thuy",
  "thu-thuy",
] as const;

export const qd9745: Framework = fixtureFramework("vn-qd9745-2022-34");

/** The seven wards' evaluations of December 2023 (example data). */
export function cuaLoWards(period = "2023-12"): Evaluation[] {
  return WARDS.map((ward) => evaluate(qd9745, fixtureAssessment(`${ward}-${period}-qd9745`)));
}

/** The bulk path's light record of an evaluation: its totals with framework, subject and period. */
export function light(evaluation: Evaluation): UnitEvaluation {
  return {
    framework: evaluation.framework,
    subject: evaluation.subject,
    period: evaluation.period,
    count: evaluation.count,
    score: evaluation.score,
    tier: evaluation.tier,
    ...(evaluation.points === undefined ? {} : { points: evaluation.points }),
  };
}

/** A light record with the given criteria met (of `total`) and optional attributes. */
export function unit(
  id: string,
  met: number,
  extra: { total?: number; parent?: string; region?: string; tier?: string | null } = {},
): UnitEvaluation {
  const total = extra.total ?? 10;
  return {
    framework: { id: "test", version: "1" },
    subject: {
      id,
      ...(extra.parent === undefined ? {} : { parent: extra.parent }),
      ...(extra.region === undefined ? {} : { region: extra.region }),
    },
    period: { id: "2023", start: "2023-01-01", end: "2023-12-31" },
    count: {
      met,
      notMet: total - met,
      notApplicable: 0,
      unknown: 0,
      error: 0,
      applicable: total,
      total,
    },
    score: { status: "scored", value: met, max: total, percent: (met / total) * 100 },
    tier: extra.tier ?? null,
  };
}
