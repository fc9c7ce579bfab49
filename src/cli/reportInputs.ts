import type { Framework } from "../index.js";
import { importCsv } from "../io/importCsv.js";
import { readFrameworkOption } from "./importCommand.js";
import type { LoadedAssessment } from "./loadAssessmentSet.js";
import { displayPath, readTextFile } from "./readJsonFile.js";
import { cliText } from "./text.js";
import type { CliIo, CliLanguage } from "./types.js";

const TEXT = {
  vi: {
    needsFramework: (path: string) =>
      `${path}: tệp CSV cần --framework <tệp bộ tiêu chí> để đọc các cột.`,
    rejected: (path: string, count: number) =>
      `${path}: ${count} lỗi trong tệp CSV; không lập báo cáo. Sửa các ô dưới đây rồi chạy lại:`,
    warnings: (path: string, count: number) => `${path}: ${count} cảnh báo:`,
  },
  en: {
    needsFramework: (path: string) =>
      `${path}: a CSV file needs --framework <framework file> to read its columns.`,
    rejected: (path: string, count: number) =>
      `${path}: ${count} ${count === 1 ? "error" : "errors"} in the CSV file; no report written. Fix the cells below and run again:`,
    warnings: (path: string, count: number) =>
      `${path}: ${count} ${count === 1 ? "warning" : "warnings"}:`,
  },
} as const;

/**
 * True for an input of `tieuchi report` read as CSV: a path ending in `.csv` (any case).
 *
 * @param path - The input as typed.
 * @returns Whether it is read with `importCsv`.
 * @example
 * isCsvPath("fixtures/csv/cua-lo-wards-qd9745-wide.csv")
 * //=> true
 * @category CLI
 */
export function isCsvPath(path: string): boolean {
  return /\.csv$/i.test(path);
}

/**
 * Reads the CSV inputs of `tieuchi report` with `importCsv` against `--framework`, printing every issue
 * with its line and column on standard error. Nothing is returned for a file with an error in any cell:
 * the exit code says why (1 a cell, column or row is wrong; 2 no `--framework`, an unreadable file or an
 * invalid framework).
 *
 * @param io - The CLI's I/O.
 * @param paths - The CSV inputs as typed.
 * @param framework - `--framework` as typed.
 * @param lang - The language of messages.
 * @returns The assessments with their framework, or the exit code after printing the problems.
 * @example
 * (await loadReportCsv(io, ["fixtures/csv/cua-lo-wards-qd9745-wide.csv"], "fixtures/frameworks/vn-qd9745-2022-34.json", "en")).items?.length
 * //=> 21
 * @category CLI
 */
export async function loadReportCsv(
  io: CliIo,
  paths: readonly string[],
  framework: string | undefined,
  lang: CliLanguage,
): Promise<{ readonly items: readonly LoadedAssessment[] } | { readonly code: number }> {
  const text = TEXT[lang];
  if (paths.length === 0) return { items: [] };
  if (framework === undefined) {
    for (const path of paths) io.stderr(`${text.needsFramework(displayPath(path))}\n`);
    return { code: 2 };
  }
  const loaded = await readFrameworkOption(io, framework, lang);
  if (!("framework" in loaded)) return { code: loaded.code };
  const parsed: Framework = loaded.framework;
  const items: LoadedAssessment[] = [];
  let code = 0;
  const line = (severity: "error" | "warning", code: string, message: string) =>
    `  ${severity === "error" ? cliText(lang).error : cliText(lang).warning} [${code}] ${message}\n`;
  for (const path of paths) {
    const shown = displayPath(path);
    const read = await readTextFile(io, path, lang);
    if (!read.ok) {
      io.stderr(`${read.message}\n`);
      code = Math.max(code, 2);
      continue;
    }
    const result = importCsv(parsed, read.text);
    const errors = result.issues.filter((issue) => issue.severity === "error");
    const warnings = result.issues.filter((issue) => issue.severity !== "error");
    if (errors.length > 0) {
      io.stderr(
        `${text.rejected(shown, errors.length)}\n${errors.map((i) => line("error", i.code, i.messages[lang])).join("")}`,
      );
      code = Math.max(code, 1);
    }
    if (warnings.length > 0) {
      io.stderr(
        `${text.warnings(shown, warnings.length)}\n${warnings.map((i) => line("warning", i.code, i.messages[lang])).join("")}`,
      );
    }
    if (errors.length > 0) continue;
    for (const assessment of result.assessments) {
      items.push({
        file: `${shown}#${assessment.subject.id}/${assessment.period.id}`,
        assessment,
        framework: parsed,
        frameworkFile: displayPath(framework),
      });
    }
  }
  return code === 0 ? { items } : { code };
}
