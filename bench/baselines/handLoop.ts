import type { Assessment, Value } from "../../src/assessment/schema.js";
import type { Implementation, Outcome } from "../outcome.js";
import { INDICATORS } from "../workload.js";

/*
 * The baseline to beat: what a developer would write by hand for this one framework. It reads the
 * entries into an array by indicator position, then compares against literal thresholds, counts met
 * criteria, sums points and picks the tier. Thresholds are typed in by hand from the table in
 * workload.ts (3.1: 1.1 × 50 = 55, 11.1: 1.1 × 70 = 77, exactly); the agreement check proves they match.
 */

const POSITION: ReadonlyMap<string, number> = new Map(INDICATORS.map((spec, i) => [spec.id, i]));

/** Scores one assessment of the benchmark framework with straight-line code. */
export function handScore(assessment: Assessment): Outcome {
  const v = new Array<Value | undefined>(57);
  for (const entry of assessment.entries) {
    const i = POSITION.get(entry.node);
    if (i !== undefined) v[i] = entry.value;
  }
  // a missing value compares false (undefined >= 90), i.e. not met, as the library's `unknown` policy
  const n = v as unknown as number[];
  let met = 0;
  let points = 0;
  if (n[0]! >= 90 && n[1]! <= 6.5 && v[2] === true) {
    met++;
    points += 5;
  }
  if (n[3]! >= 3 && n[4]! >= 92.5 && n[5]! >= 0.3) {
    met++;
    points += 5;
  }
  if (n[6]! >= 55 && n[7]! > 95 && n[8] === 0) {
    met++;
    points += 6;
  }
  if (v[9] === true && n[10]! >= 70 && n[11]! <= 2) {
    met++;
    points += 5;
  }
  if (n[12] === 100 && v[13] === true && n[14]! >= 1) {
    met++;
    points += 5;
  }
  if (n[15]! >= 80 && n[16]! >= 0.3 && n[17]! <= 5) {
    met++;
    points += 5;
  }
  if (n[18]! >= 92.5 && n[19]! >= 2 && v[20] === true) {
    met++;
    points += 6;
  }
  if (n[21]! > 50 && n[22] === 0 && n[23]! >= 95) {
    met++;
    points += 5;
  }
  if (v[24] === true && n[25]! <= 1.5 && n[26]! >= 85) {
    met++;
    points += 5;
  }
  if (n[27]! >= 98 && n[28] === 100 && n[29]! <= 1) {
    met++;
    points += 5;
  }
  if (n[30]! >= 77 && v[31] === true && n[32]! >= 60) {
    met++;
    points += 6;
  }
  if (n[33]! >= 90 && n[34]! < 2.5 && v[35] === true) {
    met++;
    points += 5;
  }
  if (n[36]! >= 4 && n[37]! <= 3.5 && n[38]! >= 75) {
    met++;
    points += 5;
  }
  if (n[39] === 0 && v[40] === true && n[41]! >= 99.5) {
    met++;
    points += 5;
  }
  if (n[42]! > 90 && n[43]! <= 3 && v[44] === true) {
    met++;
    points += 6;
  }
  if (n[45]! >= 70 && n[46] === 0 && n[47]! >= 0.3) {
    met++;
    points += 5;
  }
  if (v[48] === true && n[49]! >= 92.5 && n[50]! >= 1) {
    met++;
    points += 5;
  }
  if (n[51] === 100 && n[52]! >= 80 && v[53] === true) {
    met++;
    points += 5;
  }
  if (n[54]! >= 2 && n[55]! > 95 && v[56] === true) {
    met++;
    points += 6;
  }
  const tier =
    met === 19 ? "dat" : met >= 15 && points >= 78 ? "kha" : met >= 10 ? "trung_binh" : null;
  return { met, points, tier };
}

/** The hand loop as a benchmark implementation (nothing to prepare). */
export const handLoop: Implementation<Outcome> = {
  name: "hand loop",
  prepare: () => handScore,
  outcome: (result) => result,
};
