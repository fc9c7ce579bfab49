import { describe, expect, it } from "vitest";
import { rank } from "../../src/units/rank.js";
import { rankSensitivity, seededRandom } from "../../src/units/sensitivity.js";
import type { UnitEvaluation } from "../../src/units/unitInput.js";
import { deepFreeze } from "../scoring/helpers.js";
import { cuaLoWards, light } from "./cuaLo.js";

const wards = deepFreeze(cuaLoWards());

/** The league table by share of criteria met when criterion `left` is left out, computed with rank(). */
function leaveOutByRank(units: readonly UnitEvaluation[], left: string): Map<string, number> {
  const records = units.map((unit) => {
    const status = unit.nodes!.find((n) => n.id === left)!.status;
    const met = unit.count.met - (status === "met" ? 1 : 0);
    const applicable = unit.count.applicable - (status === "notApplicable" ? 0 : 1);
    return {
      ...light(unit as never),
      score: { status: "scored", value: met, max: applicable, percent: (met / applicable) * 100 },
    } as UnitEvaluation;
  });
  return new Map(rank(records, { by: "score" }).rows.map((row) => [row.subject, row.rank]));
}

describe("rankSensitivity: the Cửa Lò wards (example data)", () => {
  const result = rankSensitivity(wards, { random: seededRandom(2026), runs: 200 });

  it("starts from the league table by share of criteria met", () => {
    expect(result.issues).toEqual([]);
    expect(result.criteria).toHaveLength(34);
    const table = rank(wards, { by: "count" }).rows;
    expect(result.units.map((u) => [u.subject, u.rank])).toEqual(
      table.map((row) => [row.subject, row.rank]),
    );
  });

  it("matches leave-one-out league tables computed with rank()", () => {
    const byUnit = new Map(result.units.map((u) => [u.subject, u]));
    const min = new Map<string, number>();
    const max = new Map<string, number>();
    for (const criterion of result.criteria) {
      for (const [subject, r] of leaveOutByRank(wards, criterion)) {
        const base = byUnit.get(subject)!.rank;
        min.set(subject, Math.min(min.get(subject) ?? base, r));
        max.set(subject, Math.max(max.get(subject) ?? base, r));
      }
    }
    for (const unit of result.units) {
      expect([unit.subject, unit.leaveOneOut.min, unit.leaveOneOut.max]).toEqual([
        unit.subject,
        min.get(unit.subject),
        max.get(unit.subject),
      ]);
    }
    // Without tc11 (unmet in Nghi Hải, met in Nghi Hương and Thu Thủy), Nghi Hải (32/33) ties them
    // for first; without tc28 (unmet in both of them) they reach 33/33 and Nghi Hải stays third.
    const hai = byUnit.get("nghi-hai")!;
    expect(hai.rank).toBe(3);
    expect(leaveOutByRank(wards, "tc11").get("nghi-hai")).toBe(1);
    expect(leaveOutByRank(wards, "tc28").get("nghi-hai")).toBe(3);
    expect(hai.leaveOneOut).toEqual({ min: 1, max: 3, bestWithout: "tc11", worstWithout: null });
    // Without tc5 (unmet in Nghi Tân, met in Nghi Hải), Nghi Tân (31/33) ties Nghi Hải for third.
    expect(leaveOutByRank(wards, "tc5").get("nghi-tan")).toBe(3);
    // Unequal counts among the wards (33, 33, 32, 31, 30, 29, 27) differ by at least one criterion; leaving one
    // out narrows a gap by at most one: it can make a tie, never a pass, and a tie keeps the better
    // rank (competition). So no ward ranks worse without a criterion.
    for (const unit of result.units) {
      expect([unit.subject, unit.leaveOneOut.max, unit.leaveOneOut.worstWithout]).toEqual([
        unit.subject,
        unit.rank,
        null,
      ]);
    }
  });

  it("reports intervals that contain the base rank, and is reproducible from the seed", () => {
    for (const unit of result.units) {
      expect(unit.min).toBeLessThanOrEqual(unit.rank);
      expect(unit.max).toBeGreaterThanOrEqual(unit.rank);
      expect(unit.min).toBe(Math.min(unit.leaveOneOut.min, unit.perturbed.min));
      expect(unit.max).toBe(Math.max(unit.leaveOneOut.max, unit.perturbed.max));
    }
    expect(rankSensitivity(wards, { random: seededRandom(2026), runs: 200 })).toEqual(result);
    expect(
      rankSensitivity([...wards].reverse(), { random: seededRandom(2026), runs: 200 }),
    ).toEqual(result);
    // Weights within ±25% (the default spread) reorder nobody in these 200 runs. For the leaders it
    // cannot happen: Nghi Hải would pass them only if w(tc11) + w(tc19) < w(tc28), at least
    // 0.75 + 0.75 against at most 1.25. Nghi Hương and Thu Thủy miss the same criterion, so every
    // draw ties them.
    for (const unit of result.units)
      expect(unit.perturbed).toEqual({ min: unit.rank, max: unit.rank });
    // Within ±50%, perturbed weights reorder units whose counts differ by little: w(tc28) can reach 1.5
    // while w(tc11) + w(tc19) can fall to 1, so Nghi Hải can pass the leaders.
    const wide = rankSensitivity(wards, { random: seededRandom(2026), runs: 200, spread: 0.5 });
    const wideBy = new Map(wide.units.map((u) => [u.subject, u]));
    expect(wideBy.get("nghi-hai")!.perturbed).toEqual({ min: 1, max: 4 });
    expect(wideBy.get("nghi-huong")!.perturbed).toEqual({ min: 1, max: 2 });
    expect(wideBy.get("thu-thuy")!.perturbed).toEqual({ min: 1, max: 2 });
    for (const unit of wide.units) {
      expect(unit.min).toBeLessThanOrEqual(unit.rank);
      expect(unit.max).toBeGreaterThanOrEqual(unit.rank);
    }
  });

  it("says which criteria move the table most", () => {
    expect(result.influence).toHaveLength(34);
    const top = result.influence[0]!;
    expect(top.unitsMoved).toBeGreaterThan(0);
    const counts = result.influence.map((entry) => entry.unitsMoved);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it("a zero spread leaves the perturbed interval at the base rank", () => {
    const still = rankSensitivity(wards, { random: seededRandom(1), runs: 20, spread: 0 });
    for (const unit of still.units)
      expect(unit.perturbed).toEqual({ min: unit.rank, max: unit.rank });
  });
});

describe("rankSensitivity: the random source and bad options", () => {
  it("runs no perturbation without a random function, and says so", () => {
    const result = rankSensitivity(wards, { runs: 10 });
    expect(result.runs).toBe(0);
    expect(result.issues.map((i) => [i.code, i.severity])).toEqual([["missing_random", "warning"]]);
  });

  it("stops on a random function that leaves [0, 1)", () => {
    for (const bad of [() => 1, () => Number.NaN, () => -0.5]) {
      const result = rankSensitivity(wards, { random: bad, runs: 3 });
      expect(result.issues.map((i) => i.code)).toEqual(["invalid_random"]);
      expect(result.units).toEqual([]);
    }
  });

  it("rejects a bad spread, run count or weight", () => {
    expect(rankSensitivity(wards, { spread: 2 }).issues[0]!.code).toBe("invalid_option");
    expect(rankSensitivity(wards, { random: Math.random, runs: 1.5 }).issues[0]!.code).toBe(
      "invalid_option",
    );
    expect(rankSensitivity(wards, { weights: { tc1: -1 } }).issues[0]!.path).toEqual([
      "options",
      "weights",
      "tc1",
    ]);
  });

  it("needs full evaluations", () => {
    const result = rankSensitivity(wards.map(light));
    expect(result.units).toEqual([]);
    expect(result.issues.map((i) => i.code)).toEqual(["needs_full_evaluation"]);
  });

  it("gives the same numbers for the same seed on every call (mulberry32)", () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const draws = Array.from({ length: 5 }, () => a());
    expect(Array.from({ length: 5 }, () => b())).toEqual(draws);
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(seededRandom(43)()).not.toBe(draws[0]);
  });
});
