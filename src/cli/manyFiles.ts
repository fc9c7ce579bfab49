import { resolve } from "node:path";
import {
  checkAssessment,
  type EvaluationContext,
  evaluate,
  type FrameworkIssue,
  lintFramework,
  type SafeParseFrameworkResult,
  safeParseContext,
  safeParseFramework,
  stepsToTier,
} from "../index.js";
import { safeParseFrameworkYaml } from "../io/yaml.js";
import { countCriteria } from "./countCriteria.js";
import { formatEvaluation } from "./formatEvaluation.js";
import { formatIssues } from "./formatIssues.js";
import { label } from "./label.js";
import { type LoadProblem, loadAssessmentSet } from "./loadAssessmentSet.js";
import type { CliArgs } from "./parseCliArgs.js";
import { displayPath, isYamlPath, readDataFile, readTextFile, STDIN } from "./readJsonFile.js";
import { cliText } from "./text.js";
import type { CliIo, CliLanguage } from "./types.js";

/*
 * validate, lint and score over many files at once: files, folders, `*` patterns and manifests
 * (JSON or YAML), each assessment paired with its framework by loadAssessmentSet.
 */

const TEXT = {
  vi: {
    assessmentOk: (file: string, framework: string) =>
      `${file}: hợp lệ, khớp với bộ tiêu chí ${framework}.`,
    assessmentWarnings: (file: string, count: number) => `${file}: hợp lệ, ${count} cảnh báo:`,
    summary: (files: number, bad: number) =>
      bad === 0 ? `${files} tệp, không có lỗi.` : `${files} tệp, ${bad} tệp có lỗi.`,
    nothing: "Không có tệp nào để xử lý.",
    progress: (done: number, total: number, file: string) => `[${done}/${total}] ${file}`,
    noAssessment: `"tieuchi score" cần ít nhất một kết quả đánh giá (tệp, thư mục, mẫu *.json hoặc danh mục).`,
  },
  en: {
    assessmentOk: (file: string, framework: string) =>
      `${file}: valid, fits framework ${framework}.`,
    assessmentWarnings: (file: string, count: number) =>
      `${file}: valid, ${count} ${count === 1 ? "warning" : "warnings"}:`,
    summary: (files: number, bad: number) =>
      bad === 0
        ? `${files} ${files === 1 ? "file" : "files"}, no errors.`
        : `${files} ${files === 1 ? "file" : "files"}, ${bad} with errors.`,
    nothing: "No file to process.",
    progress: (done: number, total: number, file: string) => `[${done}/${total}] ${file}`,
    noAssessment: `"tieuchi score" needs at least one assessment (a file, folder, *.json pattern or manifest).`,
  },
} as const;

/** Codes of problems that mean "cannot read" (exit 2) rather than "read, and wrong" (exit 1). */
const UNREADABLE = new Set(["file_not_found", "unreadable_file", "invalid_utf8", "no_match"]);

/**
 * A progress line on standard error, shown only when standard error is a terminal and the run has
 * taken more than a second; cleared at the end.
 *
 * @param io - The CLI's I/O (`isTerminal`, `now`).
 * @param lang - The language.
 * @returns `tick(done, total, file)` and `done()`.
 * @example
 * const progress = startProgress(io, "en");
 * progress.tick(1, 21, "a.json");
 * progress.done();
 * @category CLI
 */
export function startProgress(io: CliIo, lang: CliLanguage) {
  const now = io.now;
  const show = io.isTerminal?.stderr === true && now !== undefined;
  const start = show ? now() : 0;
  let shown = false;
  return {
    tick(done: number, total: number, file: string): void {
      if (!show || now() - start < 1000) return;
      shown = true;
      io.stderr(`\r\u001b[2K${TEXT[lang].progress(done, total, file)}`);
    },
    done(): void {
      if (shown) io.stderr("\r\u001b[2K");
    },
  };
}

function exitOfProblems(problems: readonly LoadProblem[]): number {
  if (problems.length === 0) return 0;
  return problems.some((p) => p.issues.some((issue) => UNREADABLE.has(issue.code))) ? 2 : 1;
}

/** Each file's verdict, for `--json`. */
interface FileReport {
  readonly file: string;
  readonly kind: "framework" | "assessment";
  readonly framework?: string | undefined;
  readonly valid: boolean;
  readonly issues: readonly FrameworkIssue[];
}

/**
 * `tieuchi validate` and `tieuchi lint` over many inputs: every framework among them validated (and
 * linted), every assessment parsed and checked against its framework (`checkAssessment`; `lint`
 * prints its warnings too).
 *
 * @param args - Parsed arguments (`--framework` pairs every assessment with one framework).
 * @param io - The CLI's I/O.
 * @param mode - `validate` or `lint`.
 * @returns 0 no errors, 1 errors, 2 an input cannot be read.
 * @example
 * await checkManyCommand({ ...args, positionals: ["fixtures/assessments/index.json"] }, io, "validate")
 * //=> 0
 * @category CLI
 */
export async function checkManyCommand(
  args: CliArgs,
  io: CliIo,
  mode: "validate" | "lint",
): Promise<number> {
  const text = TEXT[args.lang];
  const set = await loadAssessmentSet(io, args.positionals, {
    lang: args.lang,
    framework: args.framework,
  });
  const reports: FileReport[] = [];
  const lines: string[] = [];
  for (const { file, framework } of set.frameworks ?? []) {
    const issues = mode === "lint" ? lintFramework(framework) : [];
    const errors = issues.filter((issue) => issue.severity === "error").length;
    reports.push({ file, kind: "framework", valid: errors === 0, issues });
    if (mode === "validate") {
      lines.push(
        `${cliText(args.lang).valid(displayPath(file), framework.id, framework.version, countCriteria(framework.nodes))}\n`,
      );
    } else if (issues.length === 0) {
      lines.push(`${cliText(args.lang).lintClean(displayPath(file))}\n`);
    } else {
      lines.push(
        `${cliText(args.lang).lintSummary(displayPath(file), errors, issues.length - errors)}\n${formatIssues(issues, args.lang)}`,
      );
    }
  }
  const progress = startProgress(io, args.lang);
  set.items.forEach((item, index) => {
    progress.tick(index + 1, set.items.length, item.file);
    const found = checkAssessment(item.assessment, item.framework);
    const errors = found.filter((issue) => issue.severity === "error");
    const issues = mode === "lint" ? found : errors;
    const shown = displayPath(item.file);
    reports.push({
      file: item.file,
      kind: "assessment",
      framework: item.frameworkFile,
      valid: errors.length === 0,
      issues,
    });
    const name = `${item.framework.id} ${item.framework.version}`;
    if (errors.length > 0) {
      lines.push(
        `${cliText(args.lang).assessmentMismatch(shown, errors.length)}\n${formatIssues(issues, args.lang)}`,
      );
    } else if (issues.length > 0) {
      lines.push(
        `${text.assessmentWarnings(shown, issues.length)}\n${formatIssues(issues, args.lang)}`,
      );
    } else {
      lines.push(`${text.assessmentOk(shown, name)}\n`);
    }
  });
  progress.done();
  const bad = reports.filter((report) => !report.valid).length + set.problems.length;
  const total = reports.length + set.problems.length;
  const code = Math.max(exitOfProblems(set.problems), bad > 0 ? 1 : 0);
  if (args.json) {
    io.stdout(
      `${JSON.stringify(
        {
          valid: bad === 0,
          files: reports,
          problems: set.problems.map((p) => ({ file: p.file, issues: p.issues })),
        },
        null,
        2,
      )}\n`,
    );
    return code;
  }
  if (total === 0) {
    io.stderr(`${text.nothing}\n`);
    return 2;
  }
  io.stdout(lines.join(""));
  for (const problem of set.problems) io.stderr(`${problem.message}\n`);
  io.stdout(`${text.summary(total, bad)}\n`);
  return code;
}

/**
 * `tieuchi score` over many assessments: each evaluated against its framework (with the manifest's
 * context, else `--context`), one report after another, or a JSON list of `{ file, framework,
 * evaluation }`.
 *
 * @param args - Parsed arguments.
 * @param io - The CLI's I/O.
 * @returns 0 all scored, 1 an assessment is invalid, does not fit its framework or misses
 *   `--require-tier`, 2 an input cannot be read or wrong usage.
 * @example
 * await scoreManyCommand({ ...args, positionals: ["fixtures/assessments/*-qd9745.json"] }, io)
 * //=> 0
 * @category CLI
 */
export async function scoreManyCommand(args: CliArgs, io: CliIo): Promise<number> {
  const text = TEXT[args.lang];
  const t = cliText(args.lang);
  let context: EvaluationContext | undefined;
  if (args.context !== undefined) {
    const read = await readDataFile(io, args.context, args.lang);
    if (!read.ok) {
      io.stderr(`${read.message}\n`);
      return 2;
    }
    const parsed = safeParseContext(read.value);
    if (!parsed.success) {
      io.stderr(
        `${t.invalidContext(displayPath(args.context), parsed.issues.length)}\n${formatIssues(parsed.issues, args.lang)}`,
      );
      return 2;
    }
    context = parsed.data;
  }
  if (args.positionals.filter((p) => p === STDIN).length > 1) {
    io.stderr(`${t.stdinOnce}\n`);
    return 2;
  }
  const set = await loadAssessmentSet(io, args.positionals, {
    lang: args.lang,
    framework: args.framework,
  });
  for (const problem of set.problems) io.stderr(`${problem.message}\n`);
  if (set.items.length === 0 && set.problems.length === 0) {
    io.stderr(`${text.noAssessment}\n`);
    return 2;
  }
  let code = exitOfProblems(set.problems);
  const results: unknown[] = [];
  const progress = startProgress(io, args.lang);
  const out: string[] = [];
  set.items.forEach((item, index) => {
    progress.tick(index + 1, set.items.length, item.file);
    const shown = displayPath(item.file);
    const found = checkAssessment(item.assessment, item.framework);
    const errors = found.filter((issue) => issue.severity === "error");
    if (errors.length > 0) {
      code = Math.max(code, 1);
      io.stderr(
        `${t.assessmentMismatch(shown, errors.length)}\n${formatIssues(errors, args.lang)}`,
      );
      results.push({
        file: item.file,
        framework: item.frameworkFile,
        valid: false,
        issues: errors,
      });
      return;
    }
    const framework = item.framework;
    const used = item.context ?? context;
    const evaluation = evaluate(framework, item.assessment, used);
    const tiers = framework.tiers ?? [];
    const required =
      args.requireTier === undefined
        ? undefined
        : tiers.find((tier) => tier.id === args.requireTier);
    if (args.requireTier !== undefined && required === undefined) {
      const known = tiers.map((tier) => tier.id).join(", ");
      io.stderr(`${shown}: ${t.unknownTier(args.requireTier, known === "" ? "–" : known)}\n`);
      code = 2;
    } else if (
      required !== undefined &&
      evaluation.tiers.find((tier) => tier.id === required.id)?.achieved !== true
    ) {
      io.stderr(`${shown}: ${t.tierNotReached(label(required.title, args.lang), required.id)}\n`);
      code = Math.max(code, 1);
    }
    if (args.json) {
      results.push({ file: item.file, framework: item.frameworkFile, valid: true, evaluation });
      return;
    }
    const tierIds = tiers.map((tier) => tier.id);
    const nextTier = tierIds[evaluation.tier === null ? 0 : tierIds.indexOf(evaluation.tier) + 1];
    out.push(
      `== ${shown} ==\n${formatEvaluation(evaluation, framework, {
        lang: args.lang,
        example: item.assessment.example,
        source: item.assessment.source,
        steps:
          nextTier === undefined
            ? undefined
            : stepsToTier(framework, item.assessment, nextTier, used),
      })}`,
    );
  });
  progress.done();
  io.stdout(args.json ? `${JSON.stringify(results, null, 2)}\n` : out.join("\n"));
  return code;
}

/** Whether a path is a folder, or has a `*` or `?` in its last segment. */
async function isFolderOrPattern(io: CliIo, path: string): Promise<boolean> {
  if (path === STDIN) return false;
  if (/[*?]/.test(path.slice(path.lastIndexOf("/") + 1))) return true;
  if (io.readDir === undefined) return false;
  try {
    await io.readDir(resolve(io.cwd, path));
    return true;
  } catch {
    return false;
  }
}

/** What a JSON or YAML value is, by its keys. */
function kindOfValue(value: unknown): "framework" | "assessment" | "manifest" | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  if (Array.isArray(record.assessments)) return "manifest";
  if (Array.isArray(record.nodes) || Object.hasOwn(record, "operations")) return "framework";
  if (Array.isArray(record.entries) || typeof record.subject === "object") return "assessment";
  return undefined;
}

/**
 * Whether `validate` or `lint` takes the many-files way: more than one input, `--framework`, a folder,
 * a pattern, or one file that is an assessment or a manifest. One framework file keeps the one-file
 * output.
 *
 * @param io - The CLI's I/O.
 * @param args - Parsed arguments.
 * @returns `true` for the many-files way.
 * @example
 * await isManyInput(io, { ...args, positionals: ["fixtures/frameworks/vn-tt124-2021.json"] })
 * //=> false
 * @category CLI
 */
export async function isManyInput(io: CliIo, args: CliArgs): Promise<boolean> {
  const [path, ...rest] = args.positionals;
  if (path === undefined) return false;
  if (rest.length > 0 || args.framework !== undefined) return true;
  if (path === STDIN) return false;
  if (await isFolderOrPattern(io, path)) return true;
  const read = await readDataFile(io, path, args.lang);
  if (!read.ok) return false;
  const kind = kindOfValue(read.value);
  return kind === "assessment" || kind === "manifest";
}

/**
 * Whether `score` takes the many-files way: anything but exactly `<framework> <assessment>` (two
 * files, the first a framework).
 *
 * @param io - The CLI's I/O.
 * @param args - Parsed arguments.
 * @returns `true` for the many-files way.
 * @example
 * await isManyScore(io, { ...args, positionals: ["fixtures/assessments/"] })
 * //=> true
 * @category CLI
 */
export async function isManyScore(io: CliIo, args: CliArgs): Promise<boolean> {
  const [first, second, ...rest] = args.positionals;
  if (first === undefined) return false;
  if (second === undefined || rest.length > 0 || args.framework !== undefined) {
    return !(second === undefined && (first === STDIN || !(await exists(io, first))));
  }
  if (await isFolderOrPattern(io, first)) return true;
  if (await isFolderOrPattern(io, second)) return true;
  if (first === STDIN) return false;
  const read = await readDataFile(io, first, args.lang);
  if (!read.ok) return false;
  const kind = kindOfValue(read.value);
  return kind === "assessment" || kind === "manifest";
}

async function exists(io: CliIo, path: string): Promise<boolean> {
  if (await isFolderOrPattern(io, path)) return true;
  try {
    await io.readFile(resolve(io.cwd, path));
    return true;
  } catch {
    return false;
  }
}

/**
 * Parses a framework read from a file: for YAML, each issue with its line and column.
 *
 * @param io - The CLI's I/O.
 * @param path - The path as typed.
 * @param value - The value already read.
 * @param lang - The language.
 * @returns `safeParseFramework`'s result.
 * @example
 * (await parseFrameworkWithPositions(io, "f.json", {}, "en")).success
 * //=> false
 * @category CLI
 */
export async function parseFrameworkWithPositions(
  io: CliIo,
  path: string,
  value: unknown,
  lang: CliLanguage,
): Promise<SafeParseFrameworkResult> {
  const parsed = safeParseFramework(value);
  if (parsed.success || !isYamlPath(path)) return parsed;
  const read = await readTextFile(io, path, lang);
  if (!read.ok) return parsed;
  const located = safeParseFrameworkYaml(read.text);
  return located.success ? parsed : { success: false, error: { issues: located.error.issues } };
}
