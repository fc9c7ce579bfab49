import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { evaluate } from "../index.js";
import { renderHtmlReport } from "../report/index.js";
import { formatDemo } from "./formatDemo.js";
import { loadAssessmentSet } from "./loadAssessmentSet.js";
import { DEMO_MANIFEST, DEMO_PARENT, loadDemoRows } from "./loadDemoRows.js";
import type { CliArgs } from "./parseCliArgs.js";
import { cliText } from "./text.js";
import type { CliIo } from "./types.js";

/**
 * Runs `tieuchi demo`: scores the sample assessments of the wards of Cửa Lò and prints one block per
 * framework and period (or the rows as JSON with `--json`).
 *
 * @param args - Parsed arguments; no positionals.
 * @param io - The CLI's I/O; the fixtures are found under `io.packageRoot`.
 * @returns The exit code: 0, 1 when a fixture is invalid, 2 when one cannot be read or on wrong usage.
 * @example
 * await demoCommand({ command: "demo", positionals: [], json: false, help: false, lang: "vi" }, io)
 * //=> 0
 * @category CLI
 */
export async function demoCommand(args: CliArgs, io: CliIo): Promise<number> {
  if (args.positionals.length > 0) {
    const text = cliText(args.lang);
    io.stderr(
      `${text.wrongArgCount("demo", args.lang === "vi" ? "không có tham số" : "no arguments")}\n`,
    );
    return 2;
  }
  const loaded = await loadDemoRows(io, args.lang);
  if (!loaded.ok) {
    io.stderr(`${loaded.message}\n`);
    return loaded.message.includes("\n") ? 1 : 2;
  }
  if (args.json) {
    const rows = loaded.rows.map((row) => ({
      file: row.file,
      subject: row.assessment.subject,
      framework: { id: row.framework.id, version: row.framework.version },
      period: row.assessment.period,
      date: row.assessment.date ?? null,
      example: row.example,
      met: row.met,
      applicable: row.applicable,
      points: row.points ?? null,
      score: row.score ?? null,
      tier: row.tier,
      unmet: row.unmet,
    }));
    io.stdout(`${JSON.stringify({ rows }, null, 2)}\n`);
    return writeDemoReport(args, io);
  }
  io.stdout(formatDemo(loaded.rows, args.lang));
  return writeDemoReport(args, io);
}

/**
 * Ends the demo with the HTML report of the wards of Cửa Lò, written to `--out` or to
 * `tieuchi-report.html` in the OS temporary folder, and its path printed (on standard error with
 * `--json`, so that standard output stays JSON). Without a file writer (tests), nothing is written.
 *
 * @param args - Parsed arguments (`--out`, `--lang`, `--json`).
 * @param io - The CLI's I/O.
 * @returns 0, or 2 when the report cannot be written.
 * @example
 * await writeDemoReport({ command: "demo", positionals: [], json: false, help: false, lang: "en", context: undefined }, io)
 * //=> 0
 * @category CLI
 */
export async function writeDemoReport(args: CliArgs, io: CliIo): Promise<number> {
  const write = io.writeFile;
  if (write === undefined) return 0;
  const set = await loadAssessmentSet({ ...io, cwd: io.packageRoot }, [DEMO_MANIFEST], {
    lang: args.lang,
  });
  if (set.problems.length > 0) {
    for (const problem of set.problems) io.stderr(`${problem.message}\n`);
    return 1;
  }
  const evaluations = set.items
    .filter((item) => item.assessment.subject.parent === DEMO_PARENT)
    .map((item) => ({
      framework: item.framework,
      evaluation: evaluate(item.framework, item.assessment, item.context),
      example: item.assessment.example === true,
    }));
  const path =
    args.out === undefined ? join(tmpdir(), "tieuchi-report.html") : resolve(io.cwd, args.out);
  const html = renderHtmlReport({ evaluations }, { language: args.lang });
  const print = args.json ? io.stderr : io.stdout;
  try {
    await write(path, html);
  } catch (error) {
    io.stderr(`${path}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  print(
    `\n${args.lang === "vi" ? "Báo cáo HTML các phường của Cửa Lò" : "HTML report of the wards of Cửa Lò"}: ${path}\n`,
  );
  return 0;
}
