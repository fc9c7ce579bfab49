import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { evaluate, type Framework, parseAssessment, parseFramework } from "../../src/index.js";
import type { ReportEvaluation } from "../../src/report/index.js";

const ASSESSMENTS = resolve(import.meta.dirname, "../../fixtures/assessments");

const frameworks = new Map<string, Framework>();

function frameworkAt(path: string): Framework {
  let framework = frameworks.get(path);
  if (framework === undefined) {
    framework = parseFramework(JSON.parse(readFileSync(path, "utf8")));
    frameworks.set(path, framework);
  }
  return framework;
}

/**
 * The evaluations of the wards of Cửa Lò listed in fixtures/assessments/index.json (QĐ 9745, QĐ 5764
 * and the 2024 framework), each with its framework and the assessment's example flag.
 */
export function cuaLoEvaluations(
  filter: (file: string) => boolean = () => true,
): ReportEvaluation[] {
  const manifest = JSON.parse(readFileSync(join(ASSESSMENTS, "index.json"), "utf8")) as {
    assessments: { file: string; framework: string }[];
  };
  const out: ReportEvaluation[] = [];
  for (const entry of manifest.assessments) {
    if (!filter(entry.file)) continue;
    const assessment = parseAssessment(
      JSON.parse(readFileSync(join(ASSESSMENTS, entry.file), "utf8")),
    );
    if (assessment.subject.parent !== "cua-lo") continue;
    const framework = frameworkAt(resolve(dirname(join(ASSESSMENTS, entry.file)), entry.framework));
    out.push({
      framework,
      evaluation: evaluate(framework, assessment),
      example: assessment.example === true,
    });
  }
  return out;
}
