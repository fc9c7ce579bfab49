import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { integerOption } from "../options.js";
import { applyVariant, bundleEntry, loadBundle, VARIANTS } from "./edits.js";

/*
 * What would a change to the result contract buy? Bundles `entry.ts` once, writes edited copies of the
 * bundle (each edit a prototype of one change, not a correct implementation: the variants' results
 * differ from the library's on purpose), and times them in the same process, round by round, each
 * round of a variant next to a round of the unedited bundle. The figure per variant is the median of
 * those per-round ratios: drift on a shared machine moves both halves of a pair together, so it is
 * steadier than a ratio of medians taken minutes apart (`ratios.ts`). The unedited bundle against the
 * hand loop, paired the same way, is printed first.
 *
 *   npm run bench:variants -- [--count 10000] [--rounds 30]
 *
 * An edit whose anchor is not found exactly once stops the run: the source changed, and the variant
 * must be written again.
 */

const option = (name: string, fallback: number): number =>
  integerOption("variants", name, fallback);

const count = option("count", 10_000);
const rounds = option("rounds", 30);
const gc = (globalThis as { gc?: () => void }).gc;
if (gc === undefined)
  throw new Error("variants: run node with --expose-gc (npm run bench:variants)");

const directory = resolve("node_modules/.cache/tieuchi-bench/variants");
mkdirSync(directory, { recursive: true });
const base = await bundleEntry();
const load = (name: string, text: string) => loadBundle(directory, name, text);

const baseModule = await load("base", base);
// One set of assessment objects for every implementation, as in ratios.ts: while each bundle made and
// read its own, an unedited copy measured 0.6–0.7× the original (cause not isolated; bench/README.md).
const inputs = baseModule.assessments(count);
const variants = await Promise.all(
  VARIANTS.map(async (variant, i) => ({
    variant,
    round: (await load(`variant-${i}`, applyVariant(base, variant))).evaluateRound(inputs),
  })),
);
const hand = baseModule.handRound(inputs);
const evaluate = baseModule.evaluateRound(inputs);

const time = async (round: () => number): Promise<number> => {
  gc();
  // As in measure.ts: the sweeping that follows a full collection runs on other threads, and
  // `cpuUsage` counts every thread; it must not be billed to the round.
  await new Promise((resolve) => setTimeout(resolve, 50));
  const start = process.cpuUsage();
  round();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
};

// Warm-up: every bundle optimised (and its code generated) before timing.
for (let i = 0; i < 3; i++)
  for (const round of [hand, evaluate, ...variants.map((v) => v.round)]) round();

/** Times `a` and `b` back to back, `a` first when `aFirst`; returns `[a, b]`. */
const pair = async (
  a: () => number,
  b: () => number,
  aFirst: boolean,
): Promise<[number, number]> => {
  if (aFirst) {
    const x = await time(a);
    return [x, await time(b)];
  }
  const y = await time(b);
  return [await time(a), y];
};

const handTimes: number[] = [];
const evaluateTimes: number[] = [];
const handRatios: number[] = [];
const ratios = variants.map(() => [] as number[]);
for (let r = 0; r < rounds; r++) {
  // Alternate which half of a pair runs first.
  const [h, e] = await pair(hand, evaluate, r % 2 === 0);
  handTimes.push(h);
  evaluateTimes.push(e);
  handRatios.push(e / h);
  for (const [i, { round }] of variants.entries()) {
    const [b, v] = await pair(evaluate, round, r % 2 === 1);
    ratios[i]!.push(v / b);
  }
}

const quantile = (values: readonly number[], q: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))]!;
};
const describe = (values: readonly number[]): string =>
  `${quantile(values, 0.5).toFixed(3)} (quartiles ${quantile(values, 0.25).toFixed(3)}–${quantile(values, 0.75).toFixed(3)})`;

console.log(`node ${process.version}, ${count} assessments, ${rounds} paired rounds, CPU time`);
console.log(
  `CPU ms per round (median): hand loop ${quantile(handTimes, 0.5).toFixed(1)}, explained evaluate ${quantile(evaluateTimes, 0.5).toFixed(1)}`,
);
console.log(`explained evaluate (compiled) / hand loop: ${describe(handRatios)}`);
console.log("variant / explained evaluate:");
for (const [i, { variant }] of variants.entries()) {
  console.log(`  ${describe(ratios[i]!)}  ${variant.name}`);
}
