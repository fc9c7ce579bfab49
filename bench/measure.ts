import type { Assessment } from "../src/assessment/schema.js";
import type { Framework } from "../src/framework/schema.js";
import { consumeAll, type Implementation } from "./outcome.js";

export interface MeasureOptions {
  /** Untimed rounds first (at most 1 for asynchronous ones), so every implementation is optimised before timing. */
  readonly warmup: number;
  readonly rounds: number;
  /** Rounds for asynchronous (slow) implementations, which take seconds per round. */
  readonly slowRounds: number;
}

export interface Measurement {
  readonly name: string;
  /** CPU milliseconds (user + system, this process) per round, in the order measured. */
  readonly cpu: readonly number[];
  /** Wall-clock milliseconds per round. */
  readonly wall: readonly number[];
  readonly median: number;
  readonly min: number;
  readonly wallMedian: number;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const collectGarbage = async (): Promise<void> => {
  // only when node runs with --expose-gc: a collection owed by one implementation is not billed to the next
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) return;
  gc();
  // background sweeping after a full collection would otherwise count as the next round's CPU time
  await new Promise((resolve) => setTimeout(resolve, 50));
};

/**
 * Times each implementation over all assessments: `warmup` untimed rounds, then `rounds` timed rounds
 * interleaved across implementations (round 1 of each, then round 2 of each…) so that drift on a shared
 * machine spreads evenly. Set-up (`prepare`) is never timed; each result is consumed and dropped (`consumeAll`).
 * Both CPU time (`process.cpuUsage`, which on a shared machine leaves out the time spent waiting for a
 * core) and wall time are recorded; ratios use CPU time.
 */
export async function measure(
  implementations: readonly Implementation<unknown>[],
  framework: Framework,
  assessments: readonly Assessment[],
  options: MeasureOptions,
): Promise<Measurement[]> {
  const prepared = implementations.map((implementation) => ({
    implementation,
    score: implementation.prepare(framework),
    async: implementation.async === true,
    cpu: [] as number[],
    wall: [] as number[],
  }));
  let produced = 0;
  for (const entry of prepared) {
    const warmup = entry.async ? Math.min(1, options.warmup) : options.warmup;
    for (let i = 0; i < warmup; i++) {
      produced += await consumeAll(entry.score, assessments, entry.async);
    }
  }
  for (let round = 0; round < options.rounds; round++) {
    for (const entry of prepared) {
      if (entry.async && round >= options.slowRounds) continue;
      await collectGarbage();
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      produced += await consumeAll(entry.score, assessments, entry.async);
      const wall = performance.now() - start;
      const cpu = process.cpuUsage(cpuStart);
      entry.cpu.push((cpu.user + cpu.system) / 1000);
      entry.wall.push(wall);
    }
  }
  if (produced === 0) throw new Error("measure: no results");
  return prepared.map(({ implementation, cpu, wall }) => ({
    name: implementation.name,
    cpu,
    wall,
    median: median(cpu),
    min: Math.min(...cpu),
    wallMedian: median(wall),
  }));
}

const pad = (text: string, width: number, right = false): string =>
  right ? text.padStart(width) : text.padEnd(width);

/** A Markdown table of medians, per-assessment cost and the CPU-time ratio to the first measurement. */
export function formatTable(measurements: readonly Measurement[], count: number): string {
  const reference = measurements[0]?.median ?? Number.NaN;
  const header = [
    "implementation",
    `CPU ms / ${count} (median)`,
    "CPU ms (min)",
    "wall ms (median)",
    "µs / assessment",
    "× hand loop",
    "rounds",
  ];
  const rows = measurements.map((m) => [
    m.name,
    m.median.toFixed(1),
    m.min.toFixed(1),
    m.wallMedian.toFixed(1),
    ((m.median * 1000) / count).toFixed(2),
    (m.median / reference).toFixed(2),
    String(m.cpu.length),
  ]);
  const widths = header.map((cell, i) =>
    Math.max(cell.length, ...rows.map((row) => row[i]!.length)),
  );
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((cell, i) => pad(cell, widths[i]!, i > 0)).join(" | ")} |`;
  const rule = `|${widths.map((width, i) => (i > 0 ? `${"-".repeat(width + 1)}:` : "-".repeat(width + 2))).join("|")}|`;
  return [line(header), rule, ...rows.map(line)].join("\n");
}
