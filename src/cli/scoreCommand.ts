import {
  checkAssessment,
  type EvaluationContext,
  evaluate,
  type FrameworkIssue,
  safeParseAssessment,
  safeParseContext,
  safeParseFramework,
  stepsToTier,
} from "../index.js";
import { formatEvaluation } from "./formatEvaluation.js";
import { formatIssues } from "./formatIssues.js";
import { label } from "./label.js";
import { isManyScore, scoreManyCommand } from "./manyFiles.js";
import type { CliArgs } from "./parseCliArgs.js";
import { displayPath, readJsonFile, STDIN } from "./readJsonFile.js";
import { cliText } from "./text.js";
import type { CliIo } from "./types.js";

/** Which input `score` rejected, as named in its `--json` output. */
type Input = "framework" | "assessment" | "context";

/**
 * Runs `tieuchi score <framework.json> <assessment.json>`: validates both files (and the
 * `--context` file), checks that the assessment fits the framework, evaluates it and prints the
 * report (or the evaluation as JSON). Any one of the files may be `-` for standard input.
 *
 * With `--json`, a rejected input prints `{ "valid": false, "input", "file", "issues" }` on stdout
 * (same exit code as the text output). With `--require-tier <id>`, the exit code is 1 when that
 * tier is not achieved.
 *
 * @param args - Parsed arguments; two positionals, the framework file and the assessment file.
 * @param io - The CLI's I/O.
 * @returns The exit code: 0 scored, 1 invalid or mismatched files or a required tier not reached,
 *   2 unreadable file, invalid context or wrong usage.
 * @example
 * await scoreCommand({ command: "score", positionals: ["f.json", "a.json"], json: false, help: false, lang: "en", context: undefined }, io)
 * //=> 0
 * @category CLI
 */
export async function scoreCommand(args: CliArgs, io: CliIo): Promise<number> {
  const text = cliText(args.lang);
  // anything but "<framework> <assessment>": many assessments, each with its framework (issue 11)
  if (await isManyScore(io, args)) return scoreManyCommand(args, io);
  const [frameworkPath, assessmentPath, ...extra] = args.positionals;
  if (frameworkPath === undefined || assessmentPath === undefined || extra.length > 0) {
    io.stderr(
      `${text.wrongArgCount("score", args.lang === "vi" ? "hai tệp: <framework.json> <assessment.json>" : "two files: <framework.json> <assessment.json>")}\n`,
    );
    return 2;
  }
  if ([frameworkPath, assessmentPath, args.context].filter((path) => path === STDIN).length > 1) {
    io.stderr(`${text.stdinOnce}\n`);
    return 2;
  }

  /** Prints a rejected input: text on stderr, or JSON with the issues on stdout. */
  const reject = (
    input: Input,
    path: string,
    issues: readonly FrameworkIssue[],
    heading: string | undefined,
    code: number,
  ): number => {
    if (args.json) {
      io.stdout(
        `${JSON.stringify({ valid: false, input, file: displayPath(path), issues }, null, 2)}\n`,
      );
    } else {
      io.stderr(
        heading === undefined
          ? issues.map((issue) => `${issue.messages[args.lang]}\n`).join("")
          : `${heading}\n${formatIssues(issues, args.lang)}`,
      );
    }
    return code;
  };

  const frameworkFile = await readJsonFile(io, frameworkPath, args.lang);
  if (!frameworkFile.ok)
    return reject("framework", frameworkPath, [frameworkFile.issue], undefined, 2);
  const assessmentFile = await readJsonFile(io, assessmentPath, args.lang);
  if (!assessmentFile.ok) {
    return reject("assessment", assessmentPath, [assessmentFile.issue], undefined, 2);
  }
  let context: EvaluationContext | undefined;
  if (args.context !== undefined) {
    const contextFile = await readJsonFile(io, args.context, args.lang);
    if (!contextFile.ok) return reject("context", args.context, [contextFile.issue], undefined, 2);
    const parsed = safeParseContext(contextFile.value);
    if (!parsed.success) {
      const shown = displayPath(args.context);
      return reject(
        "context",
        args.context,
        parsed.issues,
        text.invalidContext(shown, parsed.issues.length),
        2,
      );
    }
    context = parsed.data;
  }
  const framework = safeParseFramework(frameworkFile.value);
  if (!framework.success) {
    const issues = framework.error.issues;
    const heading = text.invalidFramework(displayPath(frameworkPath), issues.length);
    return reject("framework", frameworkPath, issues, heading, 1);
  }
  const assessment = safeParseAssessment(assessmentFile.value);
  if (!assessment.success) {
    const issues = assessment.error.issues;
    const heading = text.invalidAssessment(displayPath(assessmentPath), issues.length);
    return reject("assessment", assessmentPath, issues, heading, 1);
  }
  const mismatches = checkAssessment(assessment.data, framework.data);
  const errors = mismatches.filter((issue) => issue.severity === "error");
  if (errors.length > 0) {
    const heading = text.assessmentMismatch(displayPath(assessmentPath), errors.length);
    return reject("assessment", assessmentPath, errors, heading, 1);
  }
  const tiers = framework.data.tiers ?? [];
  const required =
    args.requireTier === undefined ? undefined : tiers.find((tier) => tier.id === args.requireTier);
  if (args.requireTier !== undefined && required === undefined) {
    const known = tiers.map((tier) => tier.id).join(", ");
    io.stderr(`${text.unknownTier(args.requireTier, known === "" ? "–" : known)}\n`);
    return 2;
  }
  const warnings = mismatches.filter((issue) => issue.severity === "warning");
  if (warnings.length > 0) io.stderr(formatIssues(warnings, args.lang));

  const evaluation = evaluate(framework.data, assessment.data, context);
  const shortOfRequired =
    required !== undefined &&
    evaluation.tiers.find((tier) => tier.id === required.id)?.achieved !== true;
  if (args.json) {
    io.stdout(`${JSON.stringify(evaluation, null, 2)}\n`);
  } else {
    const tierIds = tiers.map((tier) => tier.id);
    const nextTier = tierIds[evaluation.tier === null ? 0 : tierIds.indexOf(evaluation.tier) + 1];
    io.stdout(
      formatEvaluation(evaluation, framework.data, {
        lang: args.lang,
        example: assessment.data.example,
        source: assessment.data.source,
        steps:
          nextTier === undefined
            ? undefined
            : stepsToTier(framework.data, assessment.data, nextTier, context),
      }),
    );
  }
  if (shortOfRequired) {
    io.stderr(`${text.tierNotReached(label(required.title, args.lang), required.id)}\n`);
    return 1;
  }
  return 0;
}
