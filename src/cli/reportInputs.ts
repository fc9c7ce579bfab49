import { compareIsoDates } from "../core/dates.js";
import { codeUnitOrder } from "../core/plainJson.js";
import {
  type Framework,
  reviewCohort,
  safeParseReviewDefinition,
  type UnitFacts,
} from "../index.js";
import { importCsv } from "../io/importCsv.js";
import type { ReportCohortReview, ReportEvaluation } from "../report/index.js";
import { formatIssues } from "./formatIssues.js";
import { readFrameworkOption } from "./importCommand.js";
import type { LoadedAssessment } from "./loadAssessmentSet.js";
import { displayPath, readJsonFile, readTextFile } from "./readJsonFile.js";
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

const REVIEW_TEXT = {
  vi: {
    invalid: (path: string) => `${path}: định nghĩa bình xét không hợp lệ:`,
    facts: (path: string) =>
      `${path}: cần một đối tượng { "<mã đơn vị>": { "operatingSince", "underComplaint", "newlyTransferred" } }.`,
    nothing: (path: string, framework: string) =>
      `${path}: không có kết quả đánh giá nào theo bộ tiêu chí ${framework} để bình xét.`,
  },
  en: {
    invalid: (path: string) => `${path}: invalid review definition:`,
    facts: (path: string) =>
      `${path}: expected an object { "<subject id>": { "operatingSince", "underComplaint", "newlyTransferred" } }.`,
    nothing: (path: string, framework: string) =>
      `${path}: no evaluations of framework ${framework} to review.`,
  },
} as const;

/**
 * Runs the review of `tieuchi report --review <review.json>` as `tieuchi review` does (`reviewCohort`
 * with `--facts`), on the evaluations of the definition's framework (id, and version when it names one)
 * in their latest period (by end day, then period id), and returns it for the report. Prints why it
 * cannot run.
 *
 * @param io - The CLI's I/O.
 * @param evaluations - The report's evaluations.
 * @param args - `review`, `facts` and `lang`.
 * @returns The review for `buildReportData`, or the exit code (1 an invalid definition or nothing to
 *   review, 2 an unreadable file or facts that are not an object).
 * @example
 * (await runReportReview(io, evaluations, { review: "fixtures/reviews/example-cua-lo-wards-hd01-rules.json", facts: undefined, lang: "en" }))
 * //=> { result: { counts: [...], quotas: [...], ... }, definition: {...}, period: "2024-12" }
 * @category CLI
 */
export async function runReportReview(
  io: CliIo,
  evaluations: readonly ReportEvaluation[],
  args: { readonly review: string; readonly facts: string | undefined; readonly lang: CliLanguage },
): Promise<ReportCohortReview | { readonly code: number }> {
  const text = REVIEW_TEXT[args.lang];
  const shown = displayPath(args.review);
  const file = await readJsonFile(io, args.review, args.lang);
  if (!file.ok) {
    io.stderr(`${file.message}\n`);
    return { code: 2 };
  }
  const parsed = safeParseReviewDefinition(file.value);
  if (!parsed.success) {
    io.stderr(`${text.invalid(shown)}\n${formatIssues(parsed.issues, args.lang)}`);
    return { code: 1 };
  }
  const definition = parsed.data;
  let facts: Readonly<Record<string, UnitFacts>> | undefined;
  if (args.facts !== undefined) {
    const factsFile = await readJsonFile(io, args.facts, args.lang);
    if (!factsFile.ok) {
      io.stderr(`${factsFile.message}\n`);
      return { code: 2 };
    }
    const value = factsFile.value;
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      io.stderr(`${text.facts(displayPath(args.facts))}\n`);
      return { code: 2 };
    }
    facts = value as Record<string, UnitFacts>;
  }
  const wanted = definition.framework;
  const mine = evaluations.filter(
    ({ framework }) =>
      wanted === undefined ||
      (framework.id === wanted.id &&
        (wanted.version === undefined || framework.version === wanted.version)),
  );
  // the latest period: greatest end day, then period id (code-unit order)
  let latest: ReportEvaluation | undefined;
  for (const item of mine) {
    const period = item.evaluation.period;
    if (
      latest === undefined ||
      compareIsoDates(period.end, latest.evaluation.period.end) > 0 ||
      (period.end === latest.evaluation.period.end &&
        codeUnitOrder(period.id, latest.evaluation.period.id) > 0)
    ) {
      latest = item;
    }
  }
  if (latest === undefined) {
    io.stderr(`${text.nothing(shown, wanted === undefined ? "" : wanted.id)}\n`);
    return { code: 1 };
  }
  const { framework, evaluation } = latest;
  const cohort = mine
    .filter(
      (item) => item.framework === framework && item.evaluation.period.id === evaluation.period.id,
    )
    .map((item) => item.evaluation);
  const result = reviewCohort(cohort, definition, { facts, framework });
  return { result, definition, period: evaluation.period.id };
}
