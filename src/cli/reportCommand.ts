import { resolve } from "node:path";
import { evaluate } from "../index.js";
import {
  buildReportData,
  type ReportCohortReview,
  type ReportEvaluation,
  renderHtmlReport,
  renderMarkdownReport,
} from "../report/index.js";
import { loadAssessmentSet } from "./loadAssessmentSet.js";
import type { CliArgs } from "./parseCliArgs.js";
import { isCsvPath, loadReportCsv, runReportReview } from "./reportInputs.js";
import { cliText } from "./text.js";
import type { CliIo, CliLanguage } from "./types.js";

/** The lines of `tieuchi report`, in Vietnamese and English. */
const TEXT = {
  vi: {
    inputs: "ít nhất một tệp, thư mục hoặc danh mục kết quả đánh giá",
    badFormat: (value: string) => `--format chỉ nhận "html" hoặc "md" (nhận được "${value}").`,
    problems: (count: number) => `Không lập báo cáo: ${count} tệp không dùng được.`,
    noWriter: "Không ghi được tệp ở môi trường này; bỏ --out để in báo cáo ra màn hình.",
    written: (path: string, units: number, evaluations: number) =>
      `Đã ghi báo cáo (${units} đơn vị, ${evaluations} kết quả đánh giá): ${path}`,
    writeFailed: (path: string, detail: string) => `${path}: không ghi được tệp (${detail}).`,
  },
  en: {
    inputs: "at least one assessment file, folder or manifest",
    badFormat: (value: string) => `--format takes "html" or "md" (got "${value}").`,
    problems: (count: number) => `No report written: ${count} file(s) could not be used.`,
    noWriter: "Files cannot be written here; leave out --out to print the report.",
    written: (path: string, units: number, evaluations: number) =>
      `Report written (${units} units, ${evaluations} evaluations): ${path}`,
    writeFailed: (path: string, detail: string) => `${path}: cannot write the file (${detail}).`,
  },
} as const;

/** The report format: `--format`, else `md` for an `--out` ending in `.md`, else `html`. */
function formatOf(args: CliArgs): "html" | "md" | undefined {
  if (args.format !== undefined) {
    return args.format === "html" || args.format === "md" ? args.format : undefined;
  }
  return args.out !== undefined && /\.(md|markdown)$/i.test(args.out) ? "md" : "html";
}

/**
 * Writes `text` to `out` (resolved against the working directory) and prints the path, or prints
 * the text when there is no `out`. Returns the exit code.
 *
 * @param io - The CLI's I/O (`writeFile` is needed with `out`).
 * @param out - The output path as typed, or undefined for standard output.
 * @param text - The report.
 * @param lang - The language of messages.
 * @param counts - Units and evaluations in the report, for the message.
 * @returns 0 when written, 2 when the file cannot be written.
 * @example
 * await writeReport(io, "report.html", html, "en", { units: 7, evaluations: 48 })
 * //=> 0
 * @category CLI
 */
export async function writeReport(
  io: CliIo,
  out: string | undefined,
  text: string,
  lang: CliLanguage,
  counts: { readonly units: number; readonly evaluations: number },
): Promise<number> {
  if (out === undefined) {
    io.stdout(text);
    return 0;
  }
  if (io.writeFile === undefined) {
    io.stderr(`${TEXT[lang].noWriter}\n`);
    return 2;
  }
  const path = resolve(io.cwd, out);
  try {
    await io.writeFile(path, text);
  } catch (error) {
    io.stderr(
      `${TEXT[lang].writeFailed(path, error instanceof Error ? error.message : String(error))}\n`,
    );
    return 2;
  }
  io.stdout(`${TEXT[lang].written(path, counts.units, counts.evaluations)}\n`);
  return 0;
}

/**
 * Runs `tieuchi report <files | folder | manifest>…`: evaluates every assessment against its framework
 * (`--framework`, the manifest's, a listed one or the bundled one) and writes a self-contained HTML
 * report (`--format html`, the default) or a Markdown report (`--format md`, or an `--out` ending in
 * `.md`) to `--out`, or to standard output without it. No report is written when any input cannot be
 * used: every problem is printed instead.
 *
 * @param args - Parsed arguments: the inputs, `--framework`, `--out`, `--format`, `--lang`.
 * @param io - The CLI's I/O.
 * @returns The exit code: 0 written, 1 an input could not be used, 2 wrong usage or an unwritable file.
 * @example
 * await reportCommand({ command: "report", positionals: ["fixtures/assessments/index.json"], out: "report.html", json: false, help: false, lang: "en", context: undefined }, io)
 * //=> 0
 * @category CLI
 */
export async function reportCommand(args: CliArgs, io: CliIo): Promise<number> {
  const lang = args.lang;
  const text = TEXT[lang];
  if (args.positionals.length === 0) {
    io.stderr(`${cliText(lang).wrongArgCount("report", text.inputs)}\n`);
    return 2;
  }
  const format = formatOf(args);
  if (format === undefined) {
    io.stderr(`${text.badFormat(args.format ?? "")}\n`);
    return 2;
  }
  // CSV inputs are imported against --framework; the rest are assessment files, folders, manifests
  const csv = await loadReportCsv(io, args.positionals.filter(isCsvPath), args.framework, lang);
  if (!("items" in csv)) return csv.code;
  const others = args.positionals.filter((path) => !isCsvPath(path));
  const set =
    others.length === 0
      ? { items: [], problems: [] }
      : await loadAssessmentSet(io, others, { lang, framework: args.framework });
  if (set.problems.length > 0) {
    for (const problem of set.problems) io.stderr(`${problem.message}\n`);
    io.stderr(`${text.problems(set.problems.length)}\n`);
    return 1;
  }
  const evaluations: ReportEvaluation[] = [...csv.items, ...set.items].map((item) => ({
    framework: item.framework,
    evaluation: evaluate(item.framework, item.assessment, item.context),
    example: item.assessment.example === true,
  }));
  let review: ReportCohortReview | undefined;
  if (args.review !== undefined) {
    const ran = await runReportReview(io, evaluations, {
      review: args.review,
      facts: args.facts,
      lang,
    });
    if (!("result" in ran)) return ran.code;
    review = ran;
  }
  const input = { evaluations, review };
  // evaluations left out of the report (duplicates) are said here too, not only inside the report
  for (const issue of buildReportData(input, { language: lang }).issues) {
    io.stderr(`${issue.code}: ${issue.messages[lang]}\n`);
  }
  const report =
    format === "md"
      ? renderMarkdownReport(input, { language: lang })
      : renderHtmlReport(input, { language: lang });
  const units = new Set(evaluations.map((item) => item.evaluation.subject.id)).size;
  return writeReport(io, args.out, report, lang, { units, evaluations: evaluations.length });
}
