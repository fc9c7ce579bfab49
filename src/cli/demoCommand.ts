import { formatDemo } from "./formatDemo.js";
import { loadDemoRows } from "./loadDemoRows.js";
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
    return 0;
  }
  io.stdout(formatDemo(loaded.rows, args.lang));
  return 0;
}
