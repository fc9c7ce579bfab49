import { cpus } from "node:os";
import { IMPLEMENTATIONS } from "./implementations.js";
import { formatTable, measure } from "./measure.js";
import { integerOption } from "./options.js";
import { assertAgreement } from "./outcome.js";
import { makeAssessments, makeFramework } from "./workload.js";

/*
 * Scores the benchmark workload with every implementation, checks that they agree on every assessment,
 * then prints median times and the ratio to the hand loop. Build and run (Node 20 cannot strip types):
 *
 *   npx esbuild bench/ratios.ts --bundle --platform=node --format=esm --packages=external \
 *     --outfile=node_modules/.cache/tieuchi-bench/ratios.mjs && \
 *   node --expose-gc node_modules/.cache/tieuchi-bench/ratios.mjs [--count 10000] [--rounds 7] [--slow-rounds 3]
 */

const option = (name: string, fallback: number): number => integerOption("ratios", name, fallback);

const count = option("count", 10_000);
const options = {
  warmup: option("warmup", 2),
  rounds: option("rounds", 7),
  slowRounds: option("slow-rounds", 3),
};
const only = process.argv.includes("--only")
  ? process.argv[process.argv.indexOf("--only") + 1]?.split(",")
  : undefined;
const implementations = IMPLEMENTATIONS.filter(
  (implementation, i) =>
    i === 0 || only === undefined || only.some((part) => implementation.name.includes(part)),
);

const framework = makeFramework();
const assessments = makeAssessments(count);

const outcomes = await assertAgreement(implementations, framework, assessments);
const tiers = new Map<string, number>();
for (const outcome of outcomes) {
  tiers.set(String(outcome.tier), (tiers.get(String(outcome.tier)) ?? 0) + 1);
}
console.log(
  `${implementations.length} implementations agree on met count, points and tier for all ${count} assessments`,
);
console.log(`tiers: ${[...tiers].map(([tier, n]) => `${tier} ${n}`).join(", ")}`);
console.log(
  `node ${process.version}, ${cpus()[0]?.model ?? "unknown cpu"} × ${cpus().length}, ` +
    `warm-up ${options.warmup}, rounds ${options.rounds} (async ${options.slowRounds}), ` +
    `gc between rounds: ${typeof (globalThis as { gc?: unknown }).gc === "function"}`,
);
console.log("");
console.log(formatTable(await measure(implementations, framework, assessments, options), count));
