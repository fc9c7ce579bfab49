import { join, relative, resolve } from "node:path";
import { type Framework, type FrameworkIssue, safeParseFramework } from "../index.js";
import { importCsv } from "../io/importCsv.js";
import { formatIssues } from "./formatIssues.js";
import type { CliArgs } from "./parseCliArgs.js";
import { displayPath, readDataFile, readTextFile, STDIN } from "./readJsonFile.js";
import { cliText } from "./text.js";
import type { CliIo, CliLanguage } from "./types.js";

const TEXT = {
  vi: {
    usage: `"tieuchi import" cần một tệp CSV và --framework <tệp bộ tiêu chí>. Xem "tieuchi import --help".`,
    badForm: (value: string) => `--form chỉ nhận "wide" hoặc "long" (nhận được "${value}").`,
    noWriting: "Không ghi được tệp trong môi trường này.",
    rejected: (path: string, count: number) =>
      `${path}: ${count} lỗi; không ghi tệp nào. Sửa các ô dưới đây rồi chạy lại:`,
    warnings: (path: string, count: number) => `${path}: ${count} cảnh báo:`,
    written: (count: number, folder: string) =>
      `Đã ghi ${count} kết quả đánh giá và danh mục index.json vào ${folder}.`,
    none: (path: string) => `${path}: không có dòng dữ liệu nào.`,
    writeFailed: (path: string, detail: string) => `${path}: không ghi được tệp (${detail}).`,
  },
  en: {
    usage: `"tieuchi import" needs one CSV file and --framework <framework file>. See "tieuchi import --help".`,
    badForm: (value: string) => `--form takes "wide" or "long" (got "${value}").`,
    noWriting: "Files cannot be written here.",
    rejected: (path: string, count: number) =>
      `${path}: ${count} ${count === 1 ? "error" : "errors"}; no file written. Fix the cells below and run again:`,
    warnings: (path: string, count: number) =>
      `${path}: ${count} ${count === 1 ? "warning" : "warnings"}:`,
    written: (count: number, folder: string) =>
      `Wrote ${count} ${count === 1 ? "assessment" : "assessments"} and the manifest index.json to ${folder}.`,
    none: (path: string) => `${path}: no data rows.`,
    writeFailed: (path: string, detail: string) => `${path}: cannot write the file (${detail}).`,
  },
} as const;

/**
 * Reads `--framework` (JSON or YAML) for `import` and `export`, printing why it cannot be used.
 *
 * @param io - The CLI's I/O.
 * @param path - The path as typed.
 * @param lang - The language of messages.
 * @returns The framework, or undefined after printing the problem on stderr.
 * @example
 * (await readFrameworkOption(io, "fixtures/frameworks/vn-qd9745-2022-34.json", "en"))?.id
 * //=> "vn-qd9745-2022-34"
 * @category CLI
 */
export async function readFrameworkOption(
  io: CliIo,
  path: string,
  lang: CliLanguage,
): Promise<{ framework: Framework } | { code: number; issues: readonly FrameworkIssue[] }> {
  const read = await readDataFile(io, path, lang);
  if (!read.ok) {
    io.stderr(`${read.message}\n`);
    return { code: 2, issues: [read.issue] };
  }
  const parsed = safeParseFramework(read.value);
  if (!parsed.success) {
    const issues = parsed.error.issues;
    io.stderr(
      `${cliText(lang).invalidFramework(displayPath(path), issues.length)}\n${formatIssues(issues, lang)}`,
    );
    return { code: 2, issues };
  }
  return { framework: parsed.data };
}

/** CSV issues one per line: severity, code, and the message, which begins with the line and column. */
function formatCsvIssues(issues: readonly FrameworkIssue[], lang: CliLanguage): string {
  const text = cliText(lang);
  return issues
    .map((issue) => {
      const severity = issue.severity === "error" ? text.error : text.warning;
      return `  ${severity} [${issue.code}] ${issue.messages[lang]}\n`;
    })
    .join("");
}

/** The file name of an imported assessment: `<unit>-<period>.json`, period characters outside ids made `_`. */
function fileName(unit: string, period: string): string {
  return `${unit}-${period.replace(/[^A-Za-z0-9_.-]/g, "_")}.json`;
}

/**
 * Runs `tieuchi import <file.csv> --framework <framework> [--out <folder>]`: reads a wide or long CSV
 * (see `importCsv`) and writes one assessment JSON file per unit and period into the folder, with an
 * `index.json` manifest pairing them with the framework (so `tieuchi rank <folder>` finds it), or
 * prints the assessments as a JSON list without `--out`. A file with an error writes nothing.
 *
 * @param args - Parsed arguments: one positional (the CSV or `-`), `--framework`, `--out`, `--form`.
 * @param io - The CLI's I/O (`writeFile` is needed for `--out`).
 * @returns 0 imported (warnings allowed), 1 a cell, column or row has an error, 2 wrong usage or an
 *   unreadable file.
 * @example
 * await importCommand({ command: "import", positionals: ["fixtures/csv/cua-lo-wards-qd9745-wide.csv"], framework: "fixtures/frameworks/vn-qd9745-2022-34.json", out: "assessments", json: false, help: false, lang: "en", context: undefined }, io)
 * //=> 0
 * @category CLI
 */
export async function importCommand(args: CliArgs, io: CliIo): Promise<number> {
  const text = TEXT[args.lang];
  const [path, ...extra] = args.positionals;
  if (path === undefined || extra.length > 0 || args.framework === undefined) {
    io.stderr(`${text.usage}\n`);
    return 2;
  }
  if (args.form !== undefined && args.form !== "wide" && args.form !== "long") {
    io.stderr(`${text.badForm(args.form)}\n`);
    return 2;
  }
  if (args.framework === STDIN && path === STDIN) {
    io.stderr(`${cliText(args.lang).stdinOnce}\n`);
    return 2;
  }
  const loaded = await readFrameworkOption(io, args.framework, args.lang);
  if (!("framework" in loaded)) {
    if (args.json) {
      io.stdout(
        `${JSON.stringify({ ok: false, input: "framework", issues: loaded.issues }, null, 2)}\n`,
      );
    }
    return loaded.code;
  }
  const framework = loaded.framework;
  const read = await readTextFile(io, path, args.lang);
  if (!read.ok) {
    io.stderr(`${read.message}\n`);
    if (args.json) {
      io.stdout(`${JSON.stringify({ ok: false, input: "csv", issues: [read.issue] }, null, 2)}\n`);
    }
    return 2;
  }
  const shown = displayPath(path);
  const result = importCsv(framework, read.text, {
    form: (args.form as "wide" | "long" | undefined) ?? "auto",
  });
  const errors = result.issues.filter((issue) => issue.severity === "error");
  const warnings = result.issues.filter((issue) => issue.severity === "warning");
  if (errors.length > 0) {
    if (args.json) {
      io.stdout(
        `${JSON.stringify({ ok: false, form: result.form, delimiter: result.delimiter, issues: result.issues }, null, 2)}\n`,
      );
    } else {
      io.stderr(`${text.rejected(shown, errors.length)}\n${formatCsvIssues(errors, args.lang)}`);
      if (warnings.length > 0) {
        io.stderr(
          `${text.warnings(shown, warnings.length)}\n${formatCsvIssues(warnings, args.lang)}`,
        );
      }
    }
    return 1;
  }
  if (warnings.length > 0 && !args.json) {
    io.stderr(`${text.warnings(shown, warnings.length)}\n${formatCsvIssues(warnings, args.lang)}`);
  }
  if (result.assessments.length === 0 && !args.json) io.stderr(`${text.none(shown)}\n`);

  if (args.out === undefined) {
    io.stdout(
      args.json
        ? `${JSON.stringify({ ok: true, form: result.form, delimiter: result.delimiter, assessments: result.assessments, issues: result.issues }, null, 2)}\n`
        : `${JSON.stringify(result.assessments, null, 2)}\n`,
    );
    return 0;
  }
  if (io.writeFile === undefined) {
    io.stderr(`${text.noWriting}\n`);
    return 2;
  }
  const folder = resolve(io.cwd, args.out);
  const frameworkPath =
    args.framework === STDIN ? undefined : relative(folder, resolve(io.cwd, args.framework));
  const files: string[] = [];
  try {
    for (const assessment of result.assessments) {
      const name = fileName(assessment.subject.id, assessment.period.id);
      await io.writeFile(join(folder, name), `${JSON.stringify(assessment, null, 2)}\n`);
      files.push(name);
    }
    if (frameworkPath !== undefined) {
      const manifest = {
        note: `Imported from ${shown} by tieuchi import; paths are relative to this file.`,
        assessments: result.assessments.map((assessment, index) => ({
          file: files[index]!,
          framework: frameworkPath.split("\\").join("/"),
          ...(assessment.example === undefined ? {} : { example: assessment.example }),
        })),
      };
      await io.writeFile(join(folder, "index.json"), `${JSON.stringify(manifest, null, 2)}\n`);
    }
  } catch (error) {
    const detail = (error as { code?: unknown } | null)?.code ?? String(error);
    io.stderr(`${text.writeFailed(args.out, String(detail))}\n`);
    return 2;
  }
  if (args.json) {
    io.stdout(
      `${JSON.stringify({ ok: true, form: result.form, delimiter: result.delimiter, files: files.map((name) => join(args.out!, name)), issues: result.issues }, null, 2)}\n`,
    );
  } else {
    io.stdout(`${text.written(files.length, args.out)}\n`);
  }
  return 0;
}
