import { dirname, join } from "node:path";
import { z } from "zod";
import {
  type Assessment,
  type EvaluationContext,
  evaluate,
  type Framework,
  safeParseAssessment,
  safeParseFramework,
} from "../index.js";
import { formatIssues } from "./formatIssues.js";
import { readJsonFile } from "./readJsonFile.js";
import { cliText } from "./text.js";
import type { CliIo, CliLanguage } from "./types.js";

/** Where the demo's assessments are listed, relative to the package root. */
export const DEMO_MANIFEST = "fixtures/assessments/index.json";
/** The parent unit whose wards the demo shows. */
export const DEMO_PARENT = "cua-lo";

const ManifestSchema = /* @__PURE__ */ (() =>
  z.object({
    assessments: z.array(
      z.object({
        file: z.string().min(1),
        framework: z.string().min(1),
        example: z.boolean().optional(),
        context: z.record(z.string(), z.unknown()).optional(),
        contextNote: z.string().optional(),
      }),
    ),
  }))();

/** One line of the demo: a ward, a framework, a period and the evaluation's headline figures. */
export interface DemoRow {
  readonly framework: Framework;
  readonly assessment: Assessment;
  readonly file: string;
  readonly example: boolean;
  readonly met: number;
  readonly applicable: number;
  readonly points?: { readonly earned: number; readonly possible: number } | undefined;
  readonly score?: { readonly value: number; readonly max: number } | undefined;
  readonly tier: string | null;
  /** Criteria not met, unknown or in error, in framework order. */
  readonly unmet: readonly string[];
}

/** The demo rows, or a message naming the file that could not be used. */
export type LoadDemoRowsResult =
  | { readonly ok: true; readonly rows: readonly DemoRow[] }
  | { readonly ok: false; readonly message: string };

/**
 * Reads the sample manifest and evaluates each assessment of a ward of Cửa Lò against its framework.
 *
 * @param io - The CLI's I/O; paths resolve against `io.packageRoot`, so any working directory works.
 * @param lang - Language of failure messages.
 * @returns The rows in manifest order, or a message.
 * @example
 * (await loadDemoRows(io, "en")).ok
 * //=> true
 * @category CLI
 */
export async function loadDemoRows(io: CliIo, lang: CliLanguage): Promise<LoadDemoRowsResult> {
  const text = cliText(lang);
  const rootIo: CliIo = { ...io, cwd: io.packageRoot };
  const manifestFile = await readJsonFile(rootIo, DEMO_MANIFEST, lang);
  if (!manifestFile.ok) return manifestFile;
  const manifest = ManifestSchema.safeParse(manifestFile.value);
  if (!manifest.success) return { ok: false, message: text.manifestInvalid(DEMO_MANIFEST) };

  const frameworks = new Map<string, Framework>();
  const rows: DemoRow[] = [];
  const base = dirname(DEMO_MANIFEST);
  for (const entry of manifest.data.assessments) {
    const assessmentPath = join(base, entry.file);
    const assessmentFile = await readJsonFile(rootIo, assessmentPath, lang);
    if (!assessmentFile.ok) return assessmentFile;
    const assessment = safeParseAssessment(assessmentFile.value);
    if (!assessment.success) {
      const issues = assessment.error.issues;
      return {
        ok: false,
        message: `${text.invalidAssessment(assessmentPath, issues.length)}\n${formatIssues(issues, lang)}`,
      };
    }
    if (assessment.data.subject.parent !== DEMO_PARENT) continue;

    const frameworkPath = join(base, entry.framework);
    let framework = frameworks.get(frameworkPath);
    if (framework === undefined) {
      const frameworkFile = await readJsonFile(rootIo, frameworkPath, lang);
      if (!frameworkFile.ok) return frameworkFile;
      const parsed = safeParseFramework(frameworkFile.value);
      if (!parsed.success) {
        const issues = parsed.error.issues;
        return {
          ok: false,
          message: `${text.invalidFramework(frameworkPath, issues.length)}\n${formatIssues(issues, lang)}`,
        };
      }
      framework = parsed.data;
      frameworks.set(frameworkPath, framework);
    }

    const context = entry.context as EvaluationContext | undefined;
    const evaluation = evaluate(framework, assessment.data, context);
    const score = evaluation.score;
    rows.push({
      framework,
      assessment: assessment.data,
      file: assessmentPath,
      example: assessment.data.example === true,
      met: evaluation.count.met,
      applicable: evaluation.count.applicable,
      points:
        evaluation.points === undefined
          ? undefined
          : { earned: evaluation.points.earned, possible: evaluation.points.possible },
      score:
        framework.scoring.kind === "count" || score.status !== "scored"
          ? undefined
          : { value: score.value, max: score.max },
      tier: evaluation.tier,
      unmet: evaluation.nodes
        .filter(
          (node) =>
            node.kind === "criterion" &&
            (node.status === "notMet" || node.status === "unknown" || node.status === "error"),
        )
        .map((node) => node.id),
    });
  }
  return { ok: true, rows };
}
