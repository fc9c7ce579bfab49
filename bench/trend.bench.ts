import { bench, describe } from "vitest";
import type { Count } from "../src/scoring/types.js";
import { type TrendInput, trend } from "../src/trend/index.js";

/*
 * `npx vitest bench --run bench/trend.bench.ts`: `trend` over 10 000 units × 10 yearly periods of the
 * bulk path's records (`summarize` results with framework, subject and period attached, no node
 * results), as a province-wide dashboard would. Counts come from a seeded mulberry32 (no Math.random):
 * each unit starts between 10 and 19 of 22 criteria and moves by −2…+3 per period.
 */

const UNITS = 10_000;
const PERIODS = 10;

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = mulberry32(20261202);
const series: TrendInput[][] = [];
for (let u = 0; u < UNITS; u++) {
  let met = 10 + Math.floor(random() * 10);
  const periods: TrendInput[] = [];
  for (let p = 0; p < PERIODS; p++) {
    met = Math.max(0, Math.min(22, met + Math.floor(random() * 6) - 2));
    const year = 2015 + p;
    const count: Count = {
      met,
      notMet: 22 - met,
      notApplicable: 0,
      unknown: 0,
      error: 0,
      applicable: 22,
      total: 22,
    };
    periods.push({
      framework: { id: "vn-qd5764-2021-22", version: "2021" },
      subject: { id: `u${u}` },
      period: { id: String(year), start: `${year - 1}-11-16`, end: `${year}-11-15` },
      count,
      score: { status: "scored", value: met, max: 22, percent: (met * 100) / 22 },
      tier: met === 22 ? "dien_hinh_kieu_mau" : null,
    });
  }
  series.push(periods.reverse());
}

describe(`trend: ${UNITS} units × ${PERIODS} periods (summaries, no node results)`, () => {
  bench(
    "trend per unit",
    () => {
      let regressions = 0;
      for (const periods of series) regressions += trend(periods).regressions.length;
      if (regressions === 0) throw new Error("the workload should have regressions");
    },
    { time: 0, iterations: 3, warmupTime: 0, warmupIterations: 1 },
  );
});
