import { readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import type { z } from "zod";
import { AssessmentSchema } from "../../src/assessment/schema.js";
import { run } from "../../src/cli/run.js";
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
import {
  evaluate,
  gapToTier,
  lintFramework,
  parseAssessment,
  parseFramework,
  resolveVariant,
  safeParseFramework,
  setValue,
  stepsToTier,
} from "../../src/index.js";
import { messagesOf } from "../scoring/messagesOf.js";

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

const guide = snippets.filter((snippet) => snippet.file === "docs/writing-a-framework.md");
const guideFrameworks = guide
  .filter((snippet) => snippet.marker === "framework")
  .map((snippet) => [`line ${snippet.line}`, JSON.parse(snippet.source) as unknown] as const);

describe("framework examples of the writing guide", () => {
  it.each(guideFrameworks)(
    "%s passes safeParseFramework and lints without errors",
    (_line, json) => {
      const parsed = safeParseFramework(json);
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
      if (!parsed.success) return;
      expect(lintFramework(parsed.data).filter((issue) => issue.severity === "error")).toEqual([]);
    },
  );
});

describe("the TT 124/2021 worked example", () => {
  const frameworkSnippet = guide.find(
    (snippet) => snippet.marker === "framework" && snippet.source.includes('"vn-tt124-2021-xa"'),
  );
  const assessmentSnippet = guide.find((snippet) => snippet.marker === "assessment");
  const framework = parseFramework(JSON.parse(frameworkSnippet!.source));
  const commune = parseAssessment(JSON.parse(assessmentSnippet!.source));
  const withTally = (registered: number, recognised: number) =>
    evaluate(framework, setValue(commune, "4", { total: 25, counts: { registered, recognised } }));

  it("has no lint issues at all", () => {
    expect(lintFramework(framework)).toEqual([]);
  });

  it("fails criterion 4 with 16 of 25 recognised (64 %): 3/4 met, no tier", () => {
    const evaluation = evaluate(framework, commune);
    expect(evaluation.nodes.find((node) => node.id === "4")?.status).toBe("notMet");
    expect([evaluation.count.met, evaluation.count.applicable]).toEqual([3, 4]);
    expect(evaluation.tier).toBeNull();
  });

  it("still fails with 17 of 25 (68 %)", () => {
    expect(withTally(25, 17).tier).toBeNull();
  });

  it("passes with 18 of 25, the least that reaches 70 %: 4/4 met, tier 'dat'", () => {
    const evaluation = withTally(25, 18);
    expect([evaluation.count.met, evaluation.count.applicable]).toEqual([4, 4]);
    expect(evaluation.tier).toBe("dat");
  });

  it("fails whatever the recognised count when not every unit registered", () => {
    expect(withTally(24, 24).nodes.find((node) => node.id === "4")?.status).toBe("notMet");
  });

  it("reuses khoản 2, 3 and 4 of Điều 4 in criterion 2: one event fails it", () => {
    const evaluation = evaluate(framework, setValue(commune, "d4.3", ["disputes"]));
    expect(evaluation.nodes.find((node) => node.id === "2")?.status).toBe("notMet");
  });

  it("counts only the four criteria, not the reused Điều 4 indicators", () => {
    expect(evaluate(framework, commune).count.total).toBe(4);
  });
});

describe("the README API tour", () => {
  const read = (path: string): unknown => JSON.parse(readFileSync(join(ROOT, path), "utf8"));
  const framework = parseFramework(read("fixtures/frameworks/vn-tt124-2021.json"));
  const assessment = parseAssessment(read("fixtures/assessments/xa-a-2023-tt124.json"));
  const evaluation = evaluate(framework, assessment);

  it("gives the results the README shows", () => {
    expect(lintFramework(framework)).toEqual([]);
    expect(evaluation.count).toEqual({
      met: 3,
      notMet: 1,
      notApplicable: 5,
      unknown: 0,
      error: 0,
      applicable: 4,
      total: 9,
    });
    expect(evaluation.tier).toBeNull();
    expect(messagesOf(evaluation.nodes.find((node) => node.id === "xa.4")!.reason).en).toBe(
      "recognised: 16 of 25 = 64%, required ≥ 70% (at least 18 needed)",
    );
  });

  it("gives the gap and the steps the README shows", () => {
    const gap = gapToTier(evaluation, "dat");
    expect(gap).toEqual({
      tier: "dat",
      achieved: false,
      nodes: ["xa.4"],
      prerequisites: [],
      conditions: [{ type: "allMet", met: false, actual: ["xa.4"], shortBy: 1 }],
    });
    expect(stepsToTier(framework, assessment, "dat")).toMatchObject({
      status: "reachable",
      tier: "dat",
      nodes: ["xa.4"],
      exact: true,
    });
  });

  it("quotes those results in README.md", () => {
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    expect(readme).toContain(
      "//=> { met: 3, notMet: 1, notApplicable: 5, unknown: 0, error: 0, applicable: 4, total: 9 }",
    );
    expect(readme).toContain(
      '//=> "recognised: 16 of 25 = 64%, required ≥ 70% (at least 18 needed)"',
    );
    expect(readme).toContain(
      '//=> { tier: "dat", achieved: false, nodes: ["xa.4"], prerequisites: [],',
    );
    expect(readme).toContain(
      '//=> { status: "reachable", tier: "dat", nodes: ["xa.4"], exact: true, before: {…}, after: {…} }',
    );
  });
});

describe("the README demo sample", () => {
  it("is lines of the real `tieuchi demo` output", async () => {
    let output = "";
    const code = await run(["demo"], {
      readFile: async (path) => readFileSync(path, "utf8"),
      stdout: (text) => {
        output += text;
      },
      stderr: () => undefined,
      cwd: ROOT,
      packageRoot: ROOT,
    });
    expect(code).toBe(0);
    const readme = readFileSync(join(ROOT, "README.md"), "utf8");
    const quickStart = readme.slice(readme.indexOf("## Quick start"));
    const sample = quickStart.slice(
      quickStart.indexOf("```text\n") + 8,
      quickStart.indexOf("\n```", quickStart.indexOf("```text\n")),
    );
    const lines = sample.split("\n").filter((line) => line.trim() !== "…");
    expect(lines.length).toBeGreaterThan(10);
    const actual = output.split("\n");
    expect(lines.filter((line) => !actual.includes(line))).toEqual([]);
  });
});

describe("the variant example of the writing guide", () => {
  it("resolves against the TT 124 worked example into a plain framework", () => {
    const base = parseFramework(
      JSON.parse(
        guide.find(
          (snippet) =>
            snippet.marker === "framework" && snippet.source.includes('"vn-tt124-2021-xa"'),
        )!.source,
      ),
    );
    const variant = VariantSchema.parse(
      JSON.parse(guide.find((snippet) => snippet.marker === "variant")!.source),
    );
    const resolved = resolveVariant(base, variant);
    expect(resolved.success ? [] : resolved.error.issues).toEqual([]);
    if (!resolved.success) return;
    expect(resolved.data.variantOf).toEqual({ id: "vn-tt124-2021-xa", version: "2021" });
    expect(resolved.data.nodes.map((node) => node.id)).toEqual(["1", "2", "3", "4", "d4", "5"]);
    expect(resolved.data.nodes.find((node) => node.id === "4")?.rule).toMatchObject({
      percent: 80,
    });
  });
});

describe("the command examples of docs/cli.md", () => {
  const badFramework = JSON.stringify({
    id: "vi-du",
    version: "1",
    status: "tam-thoi",
    title: { vi: "Ví dụ" },
    scoring: { kind: "count" },
    nodes: [{ id: "1", kind: "criterion", tittle: { vi: "Một" } }],
  });
  // the bad spreadsheet of the import section: a day not in the calendar and a word that is no status
  const wardsBad = [
    "unit;period;period_start;period_end;tc1;tc2",
    "nghi-hai;2023;01/01/2023;31/12/2023;đạt;x",
    "nghi-thu;2023;01/01/2023;30/02/2023;dat;có lẽ",
    "",
  ].join("\n");
  const text = readFileSync(join(ROOT, "docs/cli.md"), "utf8");
  const examples = [...text.matchAll(/^\$ tieuchi (.+)\n([\s\S]*?)(?=^\$ |^```)/gm)].map(
    (match) => [match[1]!, match[2]!.replace(/\n+$/, "")] as const,
  );

  it("finds the examples", () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
  });

  it.each(examples)("$ tieuchi %s prints what the page shows", async (command, shown) => {
    let output = "";
    await run(command.split(" "), {
      readFile: async (path) =>
        path === join(ROOT, "bad-framework.json")
          ? badFramework
          : path === join(ROOT, "wards-bad.csv")
            ? wardsBad
            : readFileSync(path, "utf8"),
      // folders and patterns (issue 11) read the real folders; written files are dropped
      readDir: async (path) => readdirSync(path),
      writeFile: async () => {},
      stdout: (chunk) => {
        output += chunk;
      },
      stderr: (chunk) => {
        output += chunk;
      },
      cwd: ROOT,
      packageRoot: ROOT,
    });
    const lines = shown.split("\n");
    if (lines.at(-1) === "…") {
      expect(output.startsWith(`${lines.slice(0, -1).join("\n")}\n`)).toBe(true);
    } else {
      expect(output).toBe(`${shown}\n`);
    }
  });
});
