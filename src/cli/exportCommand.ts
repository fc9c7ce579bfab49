import { resolve } from "node:path";
import { exportCsv } from "../io/exportCsv.js";
import { formatIssues } from "./formatIssues.js";
import { loadAssessmentSet } from "./loadAssessmentSet.js";
import type { CliArgs } from "./parseCliArgs.js";
import type { CliIo } from "./types.js";

const TEXT = {
  vi: {
    usage: `"tieuchi export" cần ít nhất một tệp, thư mục, mẫu (*.json) hoặc danh mục kết quả đánh giá. Xem "tieuchi export --help".`,
    badOption: (option: string, value: string, allowed: string) =>
      `${option} chỉ nhận ${allowed} (nhận được "${value}").`,
    problems: (count: number) => `${count} tệp không dùng được; không xuất gì:`,
    mixed: (list: string) =>
      `Các kết quả đánh giá thuộc nhiều bộ tiêu chí (${list}); mỗi tệp CSV chỉ chứa một bộ. Hãy xuất từng bộ riêng.`,
    none: "Không có kết quả đánh giá nào để xuất.",
    notWritten: (count: number) => `${count} mục không ghi được vào CSV:`,
    written: (count: number, path: string) => `Đã ghi ${count} kết quả đánh giá vào ${path}.`,
    noWriting: "Không ghi được tệp trong môi trường này.",
    writeFailed: (path: string, detail: string) => `${path}: không ghi được tệp (${detail}).`,
  },
  en: {
    usage: `"tieuchi export" needs at least one assessment file, folder, pattern (*.json) or manifest. See "tieuchi export --help".`,
    badOption: (option: string, value: string, allowed: string) =>
      `${option} takes ${allowed} (got "${value}").`,
    problems: (count: number) =>
      `${count} ${count === 1 ? "file" : "files"} cannot be used; nothing exported:`,
    mixed: (list: string) =>
      `The assessments are of several frameworks (${list}); a CSV file holds one. Export each framework on its own.`,
    none: "No assessment to export.",
    notWritten: (count: number) =>
      `${count} ${count === 1 ? "item" : "items"} cannot be written to CSV:`,
    written: (count: number, path: string) =>
      `Wrote ${count} ${count === 1 ? "assessment" : "assessments"} to ${path}.`,
    noWriting: "Files cannot be written here.",
    writeFailed: (path: string, detail: string) => `${path}: cannot write the file (${detail}).`,
  },
} as const;

/**
 * Runs `tieuchi export <assessments…> [--framework f] [--long] [--headers id|title] [--style
 * plain|excel] [--out file.csv]`: reads assessments (files, folders, `*` patterns, manifests; JSON or
 * YAML), all of one framework, and writes them as one CSV (see `exportCsv`) to stdout or `--out`.
 *
 * @param args - Parsed arguments.
 * @param io - The CLI's I/O.
 * @returns 0 written, 1 something could not be written to CSV (reported; the CSV is still written),
 *   2 wrong usage, an unusable input file, or assessments of several frameworks.
 * @example
 * await exportCommand({ command: "export", positionals: ["fixtures/assessments/*-qd9745.json"], form: "long", json: false, help: false, lang: "en", context: undefined }, io)
 * //=> 0
 * @category CLI
 */
export async function exportCommand(args: CliArgs, io: CliIo): Promise<number> {
  const text = TEXT[args.lang];
  if (args.positionals.length === 0) {
    io.stderr(`${text.usage}\n`);
    return 2;
  }
  const checks: [string, string | undefined, readonly string[]][] = [
    ["--form", args.form, ["wide", "long"]],
    ["--headers", args.headers, ["id", "title"]],
    ["--style", args.style, ["plain", "excel"]],
  ];
  for (const [option, value, allowed] of checks) {
    if (value !== undefined && !allowed.includes(value)) {
      io.stderr(`${text.badOption(option, value, allowed.map((a) => `"${a}"`).join(", "))}\n`);
      return 2;
    }
  }
  const set = await loadAssessmentSet(io, args.positionals, {
    lang: args.lang,
    framework: args.framework,
  });
  if (set.problems.length > 0) {
    io.stderr(`${text.problems(set.problems.length)}\n`);
    for (const problem of set.problems) io.stderr(`${problem.message}\n`);
    if (args.json) {
      io.stdout(
        `${JSON.stringify({ ok: false, problems: set.problems.map((p) => ({ file: p.file, issues: p.issues })) }, null, 2)}\n`,
      );
    }
    return 2;
  }
  const frameworks = [
    ...new Set(set.items.map((item) => `${item.framework.id} ${item.framework.version}`)),
  ];
  if (frameworks.length > 1) {
    io.stderr(`${text.mixed(frameworks.join(", "))}\n`);
    return 2;
  }
  const first = set.items[0];
  if (first === undefined) {
    io.stderr(`${text.none}\n`);
    return 2;
  }
  const result = exportCsv(
    first.framework,
    set.items.map((item) => item.assessment),
    {
      form: (args.form as "wide" | "long" | undefined) ?? "wide",
      headers: (args.headers as "id" | "title" | undefined) ?? "id",
      style: (args.style as "plain" | "excel" | undefined) ?? "plain",
      lang: args.lang,
    },
  );
  const errors = result.issues.filter((issue) => issue.severity === "error");
  if (result.issues.length > 0) {
    io.stderr(
      `${text.notWritten(result.issues.length)}\n${formatIssues(result.issues, args.lang)}`,
    );
  }
  if (args.out === undefined) {
    io.stdout(
      args.json
        ? `${JSON.stringify({ ok: errors.length === 0, csv: result.text, assessments: set.items.length, issues: result.issues }, null, 2)}\n`
        : result.text,
    );
  } else {
    if (io.writeFile === undefined) {
      io.stderr(`${text.noWriting}\n`);
      return 2;
    }
    try {
      await io.writeFile(resolve(io.cwd, args.out), result.text);
    } catch (error) {
      const detail = (error as { code?: unknown } | null)?.code ?? String(error);
      io.stderr(`${text.writeFailed(args.out, String(detail))}\n`);
      return 2;
    }
    if (args.json) {
      io.stdout(
        `${JSON.stringify({ ok: errors.length === 0, file: args.out, assessments: set.items.length, issues: result.issues }, null, 2)}\n`,
      );
    } else {
      io.stdout(`${text.written(set.items.length, args.out)}\n`);
    }
  }
  return errors.length > 0 ? 1 : 0;
}
