import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { AssessmentSchema } from "../../src/assessment/schema.js";
import {
  FrameworkSchema,
  NodeSchema,
  PointsSchema,
  PoliciesSchema,
  RuleSchema,
  ScoringModelSchema,
  TargetSchema,
  TierSchema,
  VariantSchema,
} from "../../src/framework/schema.js";

const ROOT = resolve(import.meta.dirname, "../..");

/** The schema each ```json block marker stands for. */
const SCHEMAS: Record<string, z.ZodType> = {
  framework: FrameworkSchema,
  node: NodeSchema,
  rule: RuleSchema,
  target: TargetSchema,
  points: PointsSchema,
  policies: PoliciesSchema,
  scoring: ScoringModelSchema,
  tier: TierSchema,
  variant: VariantSchema,
  assessment: AssessmentSchema,
};

/** Docs whose every JSON block must carry a marker (the guides this test was written with). */
const STRICT_DOCS = ["README.md", "docs/writing-a-framework.md", "docs/testing.md", "docs/cli.md"];

interface Snippet {
  readonly file: string;
  readonly line: number;
  readonly marker: string | undefined;
  readonly source: string;
}

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "api" ? [] : markdownFiles(path);
    return entry.name.endsWith(".md") ? [path] : [];
  });
}

function jsonSnippets(path: string): Snippet[] {
  const lines = readFileSync(path, "utf8").split("\n");
  const snippets: Snippet[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const open = /^```json(?:\s+(\S+))?\s*$/.exec(lines[index]!);
    if (open === null) continue;
    const start = index;
    const body: string[] = [];
    for (index += 1; index < lines.length && lines[index] !== "```"; index += 1) {
      body.push(lines[index]!);
    }
    snippets.push({
      file: relative(ROOT, path),
      line: start + 1,
      marker: open[1],
      source: body.join("\n"),
    });
  }
  return snippets;
}

const files = [
  ...STRICT_DOCS.map((file) => join(ROOT, file)),
  ...markdownFiles(join(ROOT, "docs")).filter(
    (path) => !STRICT_DOCS.includes(relative(ROOT, path)),
  ),
].filter((path, index, all) => all.indexOf(path) === index);
const snippets = files.flatMap((path) => {
  try {
    return jsonSnippets(path);
  } catch {
    return []; // a doc not written yet
  }
});
const strict = snippets.filter((snippet) => STRICT_DOCS.includes(snippet.file));

describe("JSON snippets in the docs", () => {
  it("finds the framework examples of the writing guide", () => {
    const guide = snippets.filter(
      (snippet) => snippet.file === "docs/writing-a-framework.md" && snippet.marker === "framework",
    );
    expect(guide.length).toBeGreaterThanOrEqual(5);
  });

  it("marks every JSON block in the guides with what it is", () => {
    const unmarked = strict
      .filter((snippet) => snippet.marker === undefined || SCHEMAS[snippet.marker] === undefined)
      .map((snippet) => `${snippet.file}:${snippet.line} (${snippet.marker ?? "no marker"})`);
    expect(unmarked).toEqual([]);
  });

  const checked = snippets.filter(
    (snippet) =>
      snippet.marker !== undefined &&
      SCHEMAS[snippet.marker] !== undefined &&
      (STRICT_DOCS.includes(snippet.file) || snippet.marker === "framework"),
  );
  it.each(
    checked.map((snippet) => [`${snippet.file}:${snippet.line} (${snippet.marker})`, snippet]),
  )("%s parses with its schema", (_name, snippet) => {
    const schema = SCHEMAS[snippet.marker!]!;
    const result = schema.safeParse(JSON.parse(snippet.source));
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });
});
