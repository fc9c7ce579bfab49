import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { type Assessment, AssessmentSchema } from "../../src/assessment/schema.js";
import { type Framework, FrameworkSchema } from "../../src/framework/schema.js";
import type { EvaluationContext } from "../../src/scoring/types.js";
import { deepFreeze } from "./helpers.js";

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), "../../fixtures");

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, "utf8"));
}

interface ManifestEntry {
  readonly file: string;
  readonly framework: string;
  readonly context?: EvaluationContext;
}

/** A fixture framework (`fixtures/frameworks/<name>.json`), parsed and frozen. */
export function fixtureFramework(name: string): Framework {
  return deepFreeze(FrameworkSchema.parse(readJson(join(FIXTURES, "frameworks", `${name}.json`))));
}

/** A fixture assessment (`fixtures/assessments/<name>.json`), parsed and frozen. */
export function fixtureAssessment(name: string): Assessment {
  return deepFreeze(
    AssessmentSchema.parse(readJson(join(FIXTURES, "assessments", `${name}.json`))),
  );
}

/** The context the manifest gives for an assessment, frozen; undefined when it needs none. */
export function fixtureContext(name: string): EvaluationContext | undefined {
  const manifest = readJson(join(FIXTURES, "assessments", "index.json")) as {
    readonly assessments: readonly ManifestEntry[];
  };
  const context = manifest.assessments.find((entry) => entry.file === `${name}.json`)?.context;
  return context === undefined ? undefined : deepFreeze(context);
}
