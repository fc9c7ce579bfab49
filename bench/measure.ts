import type { Assessment } from "../src/assessment/schema.js";
import type { Framework } from "../src/framework/schema.js";
import { type Implementation, runAll } from "./outcome.js";

export interface MeasureOptions {
  /** Untimed rounds first (at most 1 for asynchronous ones), so every implementation is optimised before timing. */
  readonly warmup: number;
  readonly rounds: number;
  /** Rounds for asynchronous (slow) implementations, which take seconds per round. */
  readonly slowRounds: number;
}

export interface Measurement {
  readonly name: string;
  /** Milliseconds per round (one round = every assessment once), in the order measured. */
  readonly times: readonly number[];
  readonly median: number;
  readonly min: number;
}

const median = (values: readonly number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

const collectGarbage = (): void => {
  // only when node runs with --expose-gc: a collection owed by one implementation is not billed to the next
  (globalThis as { gc?: () => void }).gc?.();
};

/**
 * Times each implementation over all assessments: `warmup` untimed rounds, then `rounds` timed rounds
 * interleaved across implementations (round 1 of each, then round 2 of each…) so that drift on a shared
 * machine spreads evenly. Set-up (`prepare`) is never timed; results are kept so nothing is optimised away.
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
    times: [] as number[],
  }));
  // the last round's results stay reachable, so no engine can have its work optimised away
  const kept: unknown[][] = [];
  for (const entry of prepared) {
    const warmup = entry.async ? Math.min(1, options.warmup) : options.warmup;
    for (let i = 0; i < warmup; i++) kept.push(await runAll(entry.score, assessments, entry.async));
  }
  for (let round = 0; round < options.rounds; round++) {
    for (const entry of prepared) {
      if (entry.async && round >= options.slowRounds) continue;
      collectGarbage();
      const start = performance.now();
      const results = await runAll(entry.score, assessments, entry.async);
      entry.times.push(performance.now() - start);
      kept.push(results);
      if (kept.length > prepared.length) kept.shift();
    }
  }
  return prepared.map(({ implementation, times }) => ({
    name: implementation.name,
    times,
    median: median(times),
    min: Math.min(...times),
  }));
}

const pad = (text: string, width: number, right = false): string =>
  right ? text.padStart(width) : text.padEnd(width);

/** A Markdown table of medians, per-assessment cost and the ratio to the first measurement. */
export function formatTable(measurements: readonly Measurement[], count: number): string {
  const reference = measurements[0]?.median ?? Number.NaN;
  const header = [
    "implementation",
    `median ms / ${count}`,
    "min ms",
    "µs / assessment",
    "× hand loop",
    "rounds",
  ];
  const rows = measurements.map((m) => [
    m.name,
    m.median.toFixed(1),
    m.min.toFixed(1),
    ((m.median * 1000) / count).toFixed(2),
    (m.median / reference).toFixed(2),
    String(m.times.length),
  ]);
  const widths = header.map((cell, i) =>
    Math.max(cell.length, ...rows.map((row) => row[i]!.length)),
  );
  const line = (cells: readonly string[]): string =>
    `| ${cells.map((cell, i) => pad(cell, widths[i]!, i > 0)).join(" | ")} |`;
  const rule = `|${widths.map((width, i) => (i > 0 ? `${"-".repeat(width + 1)}:` : "-".repeat(width + 2))).join("|")}|`;
  return [line(header), rule, ...rows.map(line)].join("\n");
}
