import {
  checkAssessment,
  type EvaluationContext,
  evaluate,
  safeParseAssessment,
  safeParseFramework,
  stepsToTier,
} from "../index.js";
import { formatEvaluation } from "./formatEvaluation.js";
import { formatIssues } from "./formatIssues.js";
import type { CliArgs } from "./parseCliArgs.js";
import { readJsonFile } from "./readJsonFile.js";
import { cliText } from "./text.js";
import type { CliIo } from "./types.js";

/**
 * Runs `tieuchi score <framework.json> <assessment.json>`: validates both files, checks that the
 * assessment fits the framework, evaluates it and prints the report (or the evaluation as JSON).
 *
 * @param args - Parsed arguments; two positionals, the framework file and the assessment file.
 * @param io - The CLI's I/O.
 * @returns The exit code: 0 scored, 1 invalid or mismatched files, 2 unreadable file or wrong usage.
 * @example
 * await scoreCommand({ command: "score", positionals: ["f.json", "a.json"], json: false, help: false, lang: "en" }, io)
 * //=> 0
 * @category CLI
 */
export async function scoreCommand(args: CliArgs, io: CliIo): Promise<number> {
  const text = cliText(args.lang);
  const [frameworkPath, assessmentPath, ...extra] = args.positionals;
  if (frameworkPath === undefined || assessmentPath === undefined || extra.length > 0) {
    io.stderr(
      `${text.wrongArgCount("score", args.lang === "vi" ? "hai tệp: <framework.json> <assessment.json>" : "two files: <framework.json> <assessment.json>")}\n`,
    );
    return 2;
  }
  const frameworkFile = await readJsonFile(io, frameworkPath, args.lang);
  if (!frameworkFile.ok) {
    io.stderr(`${frameworkFile.message}\n`);
    return 2;
  }
  const assessmentFile = await readJsonFile(io, assessmentPath, args.lang);
  if (!assessmentFile.ok) {
    io.stderr(`${assessmentFile.message}\n`);
    return 2;
  }
  let context: EvaluationContext | undefined;
  if (args.context !== undefined) {
    const contextFile = await readJsonFile(io, args.context, args.lang);
    if (!contextFile.ok) {
      io.stderr(`${contextFile.message}\n`);
      return 2;
    }
    const value = contextFile.value;
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      io.stderr(`${text.contextNotObject(args.context)}\n`);
      return 1;
    }
    // shape-checked by evaluate itself, which reports what it cannot use as unknown statuses
    context = value as EvaluationContext;
  }
  const framework = safeParseFramework(frameworkFile.value);
  if (!framework.success) {
    const issues = framework.error.issues;
    io.stderr(
      `${text.invalidFramework(frameworkPath, issues.length)}\n${formatIssues(issues, args.lang)}`,
    );
    return 1;
  }
  const assessment = safeParseAssessment(assessmentFile.value);
  if (!assessment.success) {
    const issues = assessment.error.issues;
    io.stderr(
      `${text.invalidAssessment(assessmentPath, issues.length)}\n${formatIssues(issues, args.lang)}`,
    );
    return 1;
  }
  const mismatches = checkAssessment(assessment.data, framework.data);
  const errors = mismatches.filter((issue) => issue.severity === "error");
  if (errors.length > 0) {
    io.stderr(
      `${text.assessmentMismatch(assessmentPath, errors.length)}\n${formatIssues(errors, args.lang)}`,
    );
    return 1;
  }
  const warnings = mismatches.filter((issue) => issue.severity === "warning");
  if (warnings.length > 0) io.stderr(formatIssues(warnings, args.lang));

  const evaluation = evaluate(framework.data, assessment.data, context);
  if (args.json) {
    io.stdout(`${JSON.stringify(evaluation, null, 2)}\n`);
    return 0;
  }
  const tierIds = (framework.data.tiers ?? []).map((tier) => tier.id);
  const nextTier = tierIds[evaluation.tier === null ? 0 : tierIds.indexOf(evaluation.tier) + 1];
  io.stdout(
    formatEvaluation(evaluation, framework.data, {
      lang: args.lang,
      example: assessment.data.example,
      steps:
        nextTier === undefined
          ? undefined
          : stepsToTier(framework.data, assessment.data, nextTier, context),
    }),
  );
  return 0;
}
