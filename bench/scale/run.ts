import { execFileSync } from "node:child_process";
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readSync,
  renameSync,
  statSync,
  writeSync,
} from "node:fs";
import { cpus } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkAssessment } from "../../src/assessment/checkAssessment.js";
import { compileAssessmentParser } from "../../src/assessment/compileAssessmentParser.js";
import { safeParseAssessment } from "../../src/assessment/safeParseAssessment.js";
import { parseFramework } from "../../src/framework/parseFramework.js";
import { compileFramework } from "../../src/scoring/compileFramework.js";
import { trend } from "../../src/trend/trend.js";
import { rank } from "../../src/units/rank.js";
import { reviewCohort } from "../../src/units/reviewCohort.js";
import type { UnitEvaluation } from "../../src/units/unitInput.js";
import { integerOption } from "../options.js";
import { generateLines, groupRecords, makeScaleFramework, SCALE_REVIEW } from "./workload.js";

/*
 * The national-scale benchmark (issue 10 item 6), run by `npm run bench:scale` (never by vitest):
 *
 *   npm run bench:scale                      # 1 000 units × 10 periods (the quick default)
 *   npm run bench:scale -- --units 10000     # the full workload: 100 000 assessments, ~270 MB
 *   npm run bench:scale -- --scaling         # 1k, 2k, 4k, 8k, 16k units, each in its own process
 *
 * It generates the JSON Lines text once per size (deterministic, under node_modules/.cache, never
 * committed), then times, from the text: reading, JSON.parse, validation (compileAssessmentParser:
 * the same result as safeParseAssessment + checkAssessment), summarize, then, on the kept light records
 * (summaries with framework, subject and period), trend per unit, rank per period and the year-end
 * review per period (reviewCohort with a quota) — and, as separate lines, the
 * full `evaluate` and the reference validator on a sample. The floor is JSON.parse of the same lines,
 * measured twice in the same run (before and after the pipeline); the lower of the two is used.
 */

const CACHE = join(process.cwd(), "node_modules", ".cache", "tieuchi-bench-scale");
const SEED = 20261202;

const argv = process.argv.slice(2);
const option = (name: string, fallback: number): number =>
  integerOption("bench:scale", name, fallback, 0);
const flag = (name: string): boolean => argv.includes(`--${name}`);

/** CPU ms (user + system, all threads of this process) and wall ms of one pass over the text. */
interface PassTime {
  readonly cpu: number;
  readonly wall: number;
}

interface RunResult {
  readonly units: number;
  readonly periods: number;
  readonly assessments: number;
  readonly bytes: number;
  readonly generateMs: number;
  readonly rounds: number;
  /** The fastest round of each pass; each pass does one more stage than the one before. */
  readonly passes: {
    readonly read: PassTime;
    readonly parse: PassTime;
    readonly validate: PassTime;
    readonly summarize: PassTime;
    readonly evaluate: PassTime | null;
  };
  /** The in-memory stages over the kept light records, fastest of the rounds each. */
  readonly after: {
    readonly trend: PassTime;
    readonly rank: PassTime;
    readonly review: PassTime;
  };
  /** What the later stages found, so that a run can be checked by eye and nothing is optimised away. */
  readonly found: {
    readonly trends: number;
    readonly regressions: number;
    readonly tables: number;
    readonly ranked: number;
    readonly reviewed: number;
    readonly ratings: Record<string, number>;
    readonly movedByQuota: number;
    readonly issues: number;
  };
  readonly reference: {
    readonly sample: number;
    readonly compiled: number;
    readonly reference: number;
  } | null;
  readonly maxRss: number;
  readonly tiers: Record<string, number>;
  readonly issues: number;
}

/**
 * Reads a file of lines in 8 MiB chunks, each decoded up to its last newline (a newline byte is never
 * part of a multi-byte UTF-8 character) and split; returns the wall ms spent reading, decoding and
 * splitting, without `onLine`'s.
 */
function readLines(file: string, onLine: (line: string, index: number) => void): number {
  const fd = openSync(file, "r");
  let buffer = Buffer.allocUnsafe(8 * 1024 * 1024);
  let own = 0;
  let filled = 0;
  let index = 0;
  try {
    for (;;) {
      const t0 = performance.now();
      if (filled === buffer.length) {
        // a line longer than the buffer: grow it
        const larger = Buffer.allocUnsafe(buffer.length * 2);
        buffer.copy(larger, 0, 0, filled);
        buffer = larger;
      }
      const n = readSync(fd, buffer, filled, buffer.length - filled, null);
      const end = filled + n;
      if (n === 0) {
        const last = buffer.toString("utf8", 0, end);
        own += performance.now() - t0;
        if (last.length > 0) onLine(last, index++);
        break;
      }
      const newline = buffer.lastIndexOf(10, end - 1);
      if (newline < 0) {
        filled = end;
        own += performance.now() - t0;
        continue;
      }
      const lines = buffer.toString("utf8", 0, newline).split("\n");
      buffer.copy(buffer, 0, newline + 1, end);
      filled = end - newline - 1;
      own += performance.now() - t0;
      for (const line of lines) if (line.length > 0) onLine(line, index++);
    }
  } finally {
    closeSync(fd);
  }
  return own;
}

function ensureFile(units: number, periods: number): { file: string; generateMs: number } {
  mkdirSync(CACHE, { recursive: true });
  const file = join(CACHE, `scale-100-${units}x${periods}-seed${SEED}.jsonl`);
  if (existsSync(file)) return { file, generateMs: 0 };
  const t0 = performance.now();
  const partial = `${file}.partial`;
  const fd = openSync(partial, "w");
  let pending: string[] = [];
  let size = 0;
  const flush = () => {
    writeSync(fd, pending.join(""));
    pending = [];
    size = 0;
  };
  generateLines(
    units,
    periods,
    (line) => {
      pending.push(line, "\n");
      size += line.length;
      if (size > 4_000_000) flush();
    },
    SEED,
  );
  flush();
  closeSync(fd);
  renameSync(partial, file);
  return { file, generateMs: performance.now() - t0 };
}

const cpuMs = (usage: NodeJS.CpuUsage): number => (usage.user + usage.system) / 1000;

const collectGarbage = (): void => (globalThis as { gc?: () => void }).gc?.();

/** Times one pass over the file, after a full collection (with --expose-gc). */
function pass(file: string, onLine: (line: string, index: number) => void): PassTime {
  collectGarbage();
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  readLines(file, onLine);
  return { wall: performance.now() - wall0, cpu: cpuMs(process.cpuUsage(cpu0)) };
}

const fastest = (times: readonly PassTime[]): PassTime =>
  times.reduce((best, time) => (time.cpu < best.cpu ? time : best));

/** Times `work` by CPU (after a full collection). */
function timed(work: () => void): PassTime {
  collectGarbage();
  const cpu0 = process.cpuUsage();
  const wall0 = performance.now();
  work();
  return { wall: performance.now() - wall0, cpu: cpuMs(process.cpuUsage(cpu0)) };
}

function runOnce(
  units: number,
  periods: number,
  rounds: number,
  evaluateAll: boolean,
  referenceSample: number,
): RunResult {
  const { file, generateMs } = ensureFile(units, periods);
  const bytes = statSync(file).size;
  const framework = parseFramework(makeScaleFramework());
  const compiled = compileFramework(framework);
  const parse = compileAssessmentParser(framework);

  // untimed: the file into the page cache, and every function through its first calls
  readLines(file, (line, i) => {
    if (i < 300) {
      const result = parse(JSON.parse(line));
      if (result.success) compiled.summarize(result.data);
    }
  });

  let kept: UnitEvaluation[] = [];
  let issues = 0;
  const times = {
    read: [] as PassTime[],
    parse: [] as PassTime[],
    validate: [] as PassTime[],
    summarize: [] as PassTime[],
  };
  for (let round = 0; round < rounds; round++) {
    times.read.push(pass(file, () => {}));
    times.parse.push(pass(file, (line) => JSON.parse(line)));
    times.validate.push(pass(file, (line) => parse(JSON.parse(line))));
    // the whole pipeline, keeping what later stages (trend, rank, review) would read
    kept = [];
    issues = 0;
    times.summarize.push(
      pass(file, (line) => {
        const checked = parse(JSON.parse(line));
        if (!checked.success || checked.issues.length > 0) {
          issues += checked.issues.length;
          return;
        }
        // the light record that trend, rank and reviewCohort read: the summary with framework,
        // subject and period attached (the entries are not kept)
        const { framework: key, subject, period } = checked.data;
        kept.push({ framework: key, subject, period, ...compiled.summarize(checked.data) });
      }),
    );
  }
  // trend per unit over its periods, rank per period (one league table of every unit, by score, with
  // ranks within the province), the year-end review per period with its quota by province
  const found = {
    trends: 0,
    regressions: 0,
    tables: 0,
    ranked: 0,
    reviewed: 0,
    ratings: {} as Record<string, number>,
    movedByQuota: 0,
    issues: 0,
  };
  const after = { trend: [] as PassTime[], rank: [] as PassTime[], review: [] as PassTime[] };
  for (let round = 0; round < rounds; round++) {
    const last = round === rounds - 1;
    after.trend.push(
      timed(() => {
        let trends = 0;
        let regressions = 0;
        let issues = 0;
        for (const series of groupRecords(kept, (record) => record.subject.id)) {
          const result = trend(series);
          trends++;
          regressions += result.regressions.length;
          issues += result.issues.length;
        }
        if (last) Object.assign(found, { trends, regressions, issues: found.issues + issues });
      }),
    );
    after.rank.push(
      timed(() => {
        let tables = 0;
        let ranked = 0;
        let issues = 0;
        for (const cohort of groupRecords(kept, (record) => record.period.id)) {
          const table = rank(cohort, { by: "score", groupBy: "parent" });
          tables++;
          ranked += table.rows.length;
          issues += table.issues.length;
        }
        if (last) Object.assign(found, { tables, ranked, issues: found.issues + issues });
      }),
    );
    after.review.push(
      timed(() => {
        let reviewed = 0;
        let moved = 0;
        let issues = 0;
        const ratings: Record<string, number> = {};
        for (const cohort of groupRecords(kept, (record) => record.period.id)) {
          const review = reviewCohort(cohort, SCALE_REVIEW);
          reviewed += review.units.length;
          issues += review.issues.length;
          for (const quota of review.quotas) moved += quota.moved.length;
          for (const unit of review.units) {
            const key = String(unit.rating);
            ratings[key] = (ratings[key] ?? 0) + 1;
          }
        }
        if (last)
          Object.assign(found, {
            reviewed,
            movedByQuota: moved,
            ratings,
            issues: found.issues + issues,
          });
      }),
    );
  }
  if (found.issues > 0)
    throw new Error(`bench:scale: the later stages report ${found.issues} issues`);

  const tiers: Record<string, number> = {};
  for (const summary of kept) {
    const key = String(summary.tier);
    tiers[key] = (tiers[key] ?? 0) + 1;
  }

  // evaluate instead of summarize (reasons and traces that nothing in the pipeline reads), checked
  // against the summaries
  let evaluate: PassTime | null = null;
  if (evaluateAll) {
    evaluate = pass(file, (line, i) => {
      const checked = parse(JSON.parse(line));
      if (!checked.success) return;
      const evaluation = compiled.evaluate(checked.data);
      const summary = kept[i];
      if (
        summary === undefined ||
        evaluation.tier !== summary.tier ||
        evaluation.count.met !== summary.count.met
      ) {
        throw new Error(`bench:scale: evaluate and summarize disagree on line ${i + 1}`);
      }
    });
  }

  // the reference validator and the compiled one on the first lines: same results, CPU time of each
  let reference: RunResult["reference"] = null;
  if (referenceSample > 0) {
    const lines: unknown[] = [];
    readLines(file, (line) => {
      if (lines.length < referenceSample) lines.push(JSON.parse(line));
    });
    for (const json of lines) {
      const parsed = safeParseAssessment(json);
      const expected = parsed.success
        ? { success: true, data: parsed.data, issues: checkAssessment(parsed.data, framework) }
        : { success: false, issues: parsed.error.issues };
      if (JSON.stringify(expected) !== JSON.stringify(parse(json))) {
        throw new Error("bench:scale: compileAssessmentParser disagrees with the reference");
      }
    }
    collectGarbage();
    let cpu0 = process.cpuUsage();
    for (const json of lines) parse(json);
    const compiledCpu = cpuMs(process.cpuUsage(cpu0));
    collectGarbage();
    cpu0 = process.cpuUsage();
    for (const json of lines) {
      const parsed = safeParseAssessment(json);
      if (parsed.success) checkAssessment(parsed.data, framework);
    }
    reference = {
      sample: lines.length,
      compiled: compiledCpu,
      reference: cpuMs(process.cpuUsage(cpu0)),
    };
  }

  return {
    units,
    periods,
    assessments: kept.length,
    bytes,
    generateMs,
    rounds,
    passes: {
      read: fastest(times.read),
      parse: fastest(times.parse),
      validate: fastest(times.validate),
      summarize: fastest(times.summarize),
      evaluate,
    },
    after: {
      trend: fastest(after.trend),
      rank: fastest(after.rank),
      review: fastest(after.review),
    },
    found,
    reference,
    maxRss: process.resourceUsage().maxRSS * 1024,
    tiers,
    issues,
  };
}

/** Stage costs in CPU ms: each pass minus the one before it. */
function stagesOf(r: RunResult) {
  const { read, parse, validate, summarize, evaluate } = r.passes;
  const floor = parse.cpu - read.cpu;
  return {
    read: read.cpu,
    parse: floor,
    validate: validate.cpu - parse.cpu,
    summarize: summarize.cpu - validate.cpu,
    trend: r.after.trend.cpu,
    rank: r.after.rank.cpu,
    review: r.after.review.cpu,
    total: summarize.cpu + r.after.trend.cpu + r.after.rank.cpu + r.after.review.cpu,
    wall: summarize.wall + r.after.trend.wall + r.after.rank.wall + r.after.review.wall,
    floor,
    evaluate: evaluate === null ? null : evaluate.cpu - validate.cpu,
  };
}

const fmt = (ms: number): string =>
  ms >= 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms)} ms`;
const mib = (bytes: number): string => `${Math.round(bytes / 1024 / 1024)} MiB`;
const perItem = (ms: number, n: number): string => `${((ms * 1000) / n).toFixed(1)} µs`;

function report(r: RunResult): string {
  const n = r.assessments;
  const st = stagesOf(r);
  const rows: string[][] = [
    ["read the file, decode, split lines", fmt(st.read), perItem(st.read, n), ""],
    ["JSON.parse", fmt(st.parse), perItem(st.parse, n), "the floor"],
    ["validate (compileAssessmentParser)", fmt(st.validate), perItem(st.validate, n), ""],
    ["summarize (compileFramework)", fmt(st.summarize), perItem(st.summarize, n), ""],
    [
      "trend, per unit over its periods",
      fmt(st.trend),
      perItem(st.trend, n),
      `${r.found.trends} trends, ${r.found.regressions} regressions`,
    ],
    [
      "rank, per period (by score, within the province too)",
      fmt(st.rank),
      perItem(st.rank, n),
      `${r.found.tables} tables, ${r.found.ranked} rows`,
    ],
    [
      "reviewCohort, per period (20 % quota by province)",
      fmt(st.review),
      perItem(st.review, n),
      `${r.found.reviewed} reviewed (${Object.entries(r.found.ratings)
        .map(([rating, count]) => `${rating} ${count}`)
        .join(", ")}), ${r.found.movedByQuota} moved down by the quota`,
    ],
    [
      "**total, from the file**",
      fmt(st.total),
      perItem(st.total, n),
      `**${(st.total / st.floor).toFixed(2)}× the floor** (${((st.total - st.read) / st.floor).toFixed(2)}× without reading the file); wall ${fmt(st.wall)}`,
    ],
  ];
  if (st.evaluate !== null) {
    rows.push([
      "not in the total: evaluate instead of summarize",
      fmt(st.evaluate),
      perItem(st.evaluate, n),
      "the full Evaluation with reasons; same tiers and counts as summarize",
    ]);
  }
  if (r.reference !== null) {
    const { sample, compiled, reference } = r.reference;
    rows.push([
      "not in the total: safeParseAssessment + checkAssessment",
      `~${fmt((reference / sample) * n)}`,
      perItem(reference, sample),
      `measured on ${sample} (compiled: ${perItem(compiled, sample)}, same results)`,
    ]);
  }
  return [
    `${r.units} units × ${r.periods} periods = ${n} assessments of 100 criteria, ${mib(r.bytes)} of JSON Lines` +
      (r.generateMs > 0 ? ` (generated in ${fmt(r.generateMs)}, not timed)` : " (cached)"),
    `node ${process.version}, ${cpus()[0]?.model ?? "unknown cpu"} × ${cpus().length}; CPU time, fastest of ${r.rounds} rounds`,
    "",
    "| stage | CPU time | per assessment | note |",
    "| --- | ---: | ---: | --- |",
    ...rows.map((row) => `| ${row.join(" | ")} |`),
    "",
    `Peak memory (maxRSS): ${mib(r.maxRss)}. Tiers: ${Object.entries(r.tiers)
      .map(([tier, count]) => `${tier} ${count}`)
      .join(", ")}; issues: ${r.issues}.`,
  ].join("\n");
}

if (flag("scaling")) {
  const periods = option("periods", 10);
  const script = fileURLToPath(import.meta.url);
  const results: RunResult[] = [];
  for (const units of [1000, 2000, 4000, 8000, 16000]) {
    const out = execFileSync(
      process.execPath,
      [
        "--expose-gc",
        script,
        "--units",
        String(units),
        "--periods",
        String(periods),
        "--rounds",
        String(option("rounds", 2)),
        "--json",
        "--no-evaluate",
        "--reference",
        "0",
      ],
      { encoding: "utf8", maxBuffer: 1 << 24, stdio: ["ignore", "pipe", "inherit"] },
    );
    results.push(JSON.parse(out) as RunResult);
    process.stderr.write(`${units} units done\n`);
  }
  console.log(
    `node ${process.version}, ${cpus()[0]?.model ?? "unknown cpu"} × ${cpus().length}; ${periods} periods per unit; CPU time, fastest of ${option("rounds", 2)} rounds`,
  );
  console.log("");
  console.log(
    "| units | assessments | text | JSON.parse floor | total | ratio | µs per assessment: read / parse / validate / summarize / trend / rank / review / total | maxRSS |",
  );
  console.log("| ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |");
  for (const r of results) {
    const n = r.assessments;
    const st = stagesOf(r);
    const per = [
      st.read,
      st.parse,
      st.validate,
      st.summarize,
      st.trend,
      st.rank,
      st.review,
      st.total,
    ].map((ms) => perItem(ms, n));
    console.log(
      `| ${r.units} | ${n} | ${mib(r.bytes)} | ${fmt(st.floor)} | ${fmt(st.total)} | ${(st.total / st.floor).toFixed(2)}× | ${per.join(" / ")} | ${mib(r.maxRss)} |`,
    );
  }
} else {
  const result = runOnce(
    option("units", 1000),
    option("periods", 10),
    Math.max(1, option("rounds", 2)),
    !flag("no-evaluate"),
    option("reference", 2000),
  );
  console.log(flag("json") ? JSON.stringify(result) : report(result));
}
