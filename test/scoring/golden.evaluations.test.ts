import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { AssessmentSchema } from "../../src/assessment/schema.js";
import { FrameworkSchema } from "../../src/framework/schema.js";
import { compileFramework } from "../../src/scoring/compileFramework.js";
import { evaluate } from "../../src/scoring/evaluate.js";
import type { EvaluationContext } from "../../src/scoring/types.js";
import { deepFreeze } from "./helpers.js";

/*
 * Golden evaluations: the exact JSON of `evaluate` (and of the compiled `summarize`, with and without
 * generated code) on every assessment of fixtures/assessments/index.json with its framework and
 * context. Written before the engine was split into a plan and its runners, so that any change to the
 * output shows up here as a diff to read. To accept new output after reading it, regenerate with
 * `UPDATE_GOLDEN=1 npx vitest run test/scoring/golden.evaluations.test.ts`, run
 * `npx biome format --write test/scoring/golden` and review the diff.
 */
const HERE = dirname(fileURLToPath(import.meta.url));
const ASSESSMENTS = resolve(HERE, "../../fixtures/assessments");
const GOLDEN = join(HERE, "golden", "evaluations.json");
const UPDATE = process.env.UPDATE_GOLDEN === "1";

interface ManifestEntry {
  readonly file: string;
  readonly framework: string;
  readonly context?: EvaluationContext;
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));
const manifest = readJson(join(ASSESSMENTS, "index.json")) as {
  readonly assessments: readonly ManifestEntry[];
};

function outputs(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const item of manifest.assessments) {
    const framework = deepFreeze(
      FrameworkSchema.parse(readJson(join(ASSESSMENTS, item.framework))),
    );
    const assessment = deepFreeze(AssessmentSchema.parse(readJson(join(ASSESSMENTS, item.file))));
    const context = item.context === undefined ? undefined : deepFreeze(item.context);
    const key = `${basename(item.file, ".json")} × ${basename(item.framework, ".json")}`;
    const evaluation = evaluate(framework, assessment, context);
    const generated = compileFramework(framework).summarize(assessment, context);
    const interpreted = compileFramework(framework, { codegen: false }).summarize(
      assessment,
      context,
    );
    // Both runners must give one summary; it is stored once.
    expect(JSON.stringify(generated), key).toBe(JSON.stringify(interpreted));
    out[key] = { evaluation, summary: interpreted };
  }
  return out;
}

describe("golden evaluations of the fixtures", () => {
  it("covers every pair of the manifest", () => {
    expect(manifest.assessments.length).toBeGreaterThan(50);
  });

  it("evaluate and summarize give the stored JSON, byte for byte", () => {
    const data = outputs();
    if (UPDATE) {
      mkdirSync(dirname(GOLDEN), { recursive: true });
      writeFileSync(GOLDEN, `${JSON.stringify(data, null, 2)}\n`);
    }
    // The stored file is laid out by the formatter (biome); what is compared is the compact JSON, whose
    // bytes fix every key, its order and every number as JSON.stringify writes it.
    const golden = JSON.parse(readFileSync(GOLDEN, "utf8"));
    expect(JSON.stringify(data) === JSON.stringify(golden)).toBe(true);
    // The parsed comparison after, for a readable diff when the bytes differ.
    expect(JSON.parse(JSON.stringify(data))).toEqual(golden);
  });
});
