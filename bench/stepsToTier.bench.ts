// Scaling of stepsToTier on a points tier: N one-point criteria, none met, minPoints N/2.
// Run: npx vitest bench --run bench/stepsToTier.bench.ts
import { bench, describe } from "vitest";
import type { Assessment } from "../src/assessment/schema.js";
import type { Framework } from "../src/framework/schema.js";
import { stepsToTier } from "../src/scoring/stepsToTier.js";

function pointsFramework(n: number): Framework {
  return {
    id: "bench",
    version: "1",
    title: { vi: "Bench" },
    scoring: { kind: "points" },
    nodes: Array.from({ length: n }, (_, i) => ({
      id: `c${i}`,
      kind: "criterion",
      title: { vi: `c${i}` },
      value: { type: "verdict" },
      rule: { type: "judged" },
      points: { max: 1 },
    })),
    tiers: [{ id: "t", title: { vi: "Mức" }, conditions: [{ type: "minPoints", points: n / 2 }] }],
  } as unknown as Framework;
}

const empty: Assessment = {
  framework: { id: "bench", version: "1" },
  subject: { id: "s" },
  period: { id: "2024", start: "2024-01-01", end: "2024-12-31" },
  entries: [],
} as unknown as Assessment;

for (const n of [100, 400, 1000, 4000]) {
  const framework = pointsFramework(n);
  describe(`stepsToTier, ${n} one-point criteria, minPoints ${n / 2}`, () => {
    bench(
      `N = ${n}`,
      () => {
        stepsToTier(framework, empty, "t");
      },
      { iterations: 1, time: 0, warmupIterations: 0 },
    );
  });
}
