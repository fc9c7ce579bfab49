import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { lintFramework, safeParseFramework } from "../../src/index.js";
import { AssessmentManifestSchema } from "../../src/io/index.js";

// Every guide's code runs (issue 12, item 4). Each ```ts block of the README and of docs/ is run as a
// module with "tieuchi" and "tieuchi/<entry>" resolved to the sources, and every
// `//=>` comment is checked against the value of the statement it follows. Blocks that must not run
// say so in their fence (```ts no-run, or ```ts fragment for a piece with free variables) and are
// counted below. test/docs/links.test.ts type-checks every block that is not a fragment, and
// test/docs/snippets.test.ts parses the ```json blocks; the ```yaml framework blocks are checked here.

const ROOT = resolve(import.meta.dirname, "../..");
/** Where the runnable copies go: one level below the root, so `../fixtures/…` resolves as in the guides. */
const RUN_DIR = join(ROOT, ".docs-run");

function markdownFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "api" ? [] : markdownFiles(path);
    return entry.name.endsWith(".md") ? [path] : [];
  });
}

const GUIDES = ["README.md", ...markdownFiles("docs")];

interface Block {
  readonly file: string;
  readonly line: number;
  readonly language: string;
  readonly markers: readonly string[];
  readonly source: string;
}

function blocks(file: string): Block[] {
  const lines = readFileSync(join(ROOT, file), "utf8").split("\n");
  const found: Block[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const open = /^```(\w+)(?:\s+(.*))?$/.exec(lines[index]!);
    if (open === null) continue;
    const start = index;
    const body: string[] = [];
    for (index += 1; index < lines.length && !/^```\s*$/.test(lines[index]!); index += 1) {
      body.push(lines[index]!);
    }
    found.push({
      file,
      line: start + 1,
      language: open[1]!,
      markers: (open[2] ?? "").split(/\s+/).filter((marker) => marker !== ""),
      source: body.join("\n"),
    });
  }
  return found;
}

/**
 * The blocks with each ```ts continued block appended to the block before it on the same page: a page
 * may set up its fixtures once and go on in later blocks, which then run (and type-check) as one module.
 */
function joinContinued(found: readonly Block[]): Block[] {
  const joined: Block[] = [];
  for (const block of found) {
    const previous = joined.at(-1);
    if (block.markers.includes("continued")) {
      if (previous === undefined || previous.file !== block.file || previous.language !== "ts") {
        throw new Error(`${block.file}:${block.line}: "continued" with no ts block before it`);
      }
      joined[joined.length - 1] = { ...previous, source: `${previous.source}\n\n${block.source}` };
    } else joined.push(block);
  }
  return joined;
}

const ALL = joinContinued(GUIDES.flatMap(blocks));
const TS = ALL.filter((block) => block.language === "ts" || block.language === "typescript");
const NOT_RUN = TS.filter(
  (block) => block.markers.includes("no-run") || block.markers.includes("fragment"),
);
const RUN = TS.filter((block) => !NOT_RUN.includes(block));
const where = (block: Block) => `${block.file}:${block.line}`;

// ---- `//=>` comments ----

/** Stands for `…` in an expected value: any value, more keys of an object, more items of a list. */
const ANY: unique symbol = Symbol("…");

interface Check {
  /** The statement's position in the block, for messages. */
  readonly line: number;
  readonly expected: string;
}

/**
 * The block's source with each statement followed by a `//=>` comment (on its line, or on the next
 * line, continued by `//` lines while its brackets are open) wrapped as `__check(n, (statement))`, and
 * the checks in that order.
 */
function instrument(source: string): { code: string; checks: Check[] } {
  const file = ts.createSourceFile("block.ts", source, ts.ScriptTarget.ES2022, true);
  const lines = source.split("\n");
  const edits: { start: number; end: number; text: string }[] = [];
  const checks: Check[] = [];
  for (const statement of file.statements) {
    if (!ts.isExpressionStatement(statement)) continue;
    const endLine = file.getLineAndCharacterOfPosition(statement.end).line;
    const rest = lines[endLine]!.slice(file.getLineAndCharacterOfPosition(statement.end).character);
    const parts: string[] = [];
    let next = endLine + 1;
    const sameLine = /^\s*\/\/=>(.*)$/.exec(rest);
    if (sameLine !== null) parts.push(sameLine[1]!);
    else if (rest.trim() === "" && /^\s*\/\/=>/.test(lines[next] ?? "")) {
      parts.push(lines[next]!.replace(/^\s*\/\/=>/, ""));
      next += 1;
    } else continue;
    while (open(parts.join("\n")) && next < lines.length && /^\s*\/\/(?!=>)/.test(lines[next]!)) {
      parts.push(lines[next]!.replace(/^\s*\/\//, ""));
      next += 1;
    }
    const expression = statement.expression.getText(file);
    edits.push({
      start: statement.getStart(file),
      end: statement.end,
      text: `__check(${checks.length}, (${expression}));`,
    });
    checks.push({ line: endLine + 1, expected: parts.join("\n").trim() });
  }
  let code = source;
  for (const edit of [...edits].reverse()) {
    code = code.slice(0, edit.start) + edit.text + code.slice(edit.end);
  }
  return { code, checks };
}

/** Whether `text` has more opening brackets than closing ones (outside strings): the value goes on. */
function open(text: string): boolean {
  let depth = 0;
  let quote: string | undefined;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (quote !== undefined) {
      if (char === "\\") index += 1;
      else if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'" || char === "`") quote = char;
    else if ("{[(".includes(char)) depth += 1;
    else if ("}])".includes(char)) depth -= 1;
  }
  return depth > 0;
}

/**
 * An expected value written in a `//=>` comment, as a value: JavaScript literal syntax, with `…` for
 * "anything" (`score: …`), "more keys" (`{ met: 3, … }`) or "more items" (`["a", …]`). A note in
 * parentheses after the value (`//=> [] (no issues)`) is ignored.
 */
function expectedValue(text: string): unknown {
  const read = (candidate: string): unknown =>
    new Function("__ANY__", `return (${candidate.replace(/…/g, "__ANY__")});`)(ANY);
  try {
    return read(text);
  } catch (error) {
    const note = text.lastIndexOf(" (");
    if (note > 0) return expectedValue(text.slice(0, note));
    throw error;
  }
}

/** Where `actual` differs from `expected` (empty when it matches), as `path: why` lines. */
function mismatches(actual: unknown, expected: unknown, path = "value"): string[] {
  if (expected === ANY) return [];
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return [`${path}: expected a list, got ${show(actual)}`];
    const open = expected.at(-1) === ANY;
    const items = open ? expected.slice(0, -1) : expected;
    if (open ? actual.length < items.length : actual.length !== items.length) {
      return [
        `${path}: expected ${items.length}${open ? " or more" : ""} items, got ${actual.length}`,
      ];
    }
    return items.flatMap((item, index) => mismatches(actual[index], item, `${path}[${index}]`));
  }
  if (typeof expected === "object" && expected !== null) {
    if (typeof actual !== "object" || actual === null || Array.isArray(actual)) {
      return [`${path}: expected an object, got ${show(actual)}`];
    }
    const record = actual as Record<string, unknown>;
    const open = Object.hasOwn(expected, "__ANY__");
    const keys = Object.keys(expected).filter((key) => key !== "__ANY__");
    const extra = open
      ? []
      : Object.keys(record).filter((key) => record[key] !== undefined && !keys.includes(key));
    return [
      ...extra.map((key) => `${path}.${key}: not expected (add it, or "…")`),
      ...keys.flatMap((key) =>
        mismatches(record[key], (expected as Record<string, unknown>)[key], `${path}.${key}`),
      ),
    ];
  }
  return Object.is(actual, expected)
    ? []
    : [`${path}: expected ${show(expected)}, got ${show(actual)}`];
}

function show(value: unknown): string {
  return typeof value === "string" ? JSON.stringify(value) : String(JSON.stringify(value));
}

// ---- running a block ----

/** `tieuchi` is src/index.ts, `tieuchi/<entry>` is src/<entry>/index.ts (testing, vitest, io, report). */
function entryPath(specifier: string): string {
  return specifier === "tieuchi"
    ? join(ROOT, "src/index.ts")
    : join(ROOT, "src", specifier.slice("tieuchi/".length), "index.ts");
}

interface Recorded {
  readonly checks: { index: number; value: unknown }[];
  readonly output: string[];
}

declare global {
  var __tieuchiGuide: Recorded | undefined;
}

async function run(block: Block, id: number): Promise<{ checks: Check[]; recorded: Recorded }> {
  const { code, checks } = instrument(block.source);
  const resolved = code.replace(
    /(from\s+|import\()"(tieuchi(?:\/[\w-]+)?)"/g,
    (_, keyword: string, entry: string) => `${keyword}${JSON.stringify(entryPath(entry))}`,
  );
  const prelude = [
    "const __recorded = globalThis.__tieuchiGuide!;",
    "const __check = (index: number, value: unknown): void => { __recorded.checks.push({ index, value }); };",
    "const console = { log: (...args: unknown[]) => { __recorded.output.push(args.map(String).join(' ')); } };",
  ].join("\n");
  // imports are hoisted, so the prelude may come first; `export {}` keeps the file a module
  const path = join(RUN_DIR, `${block.file.replace(/[/.]/g, "_")}_${block.line}_${id}.ts`);
  writeFileSync(path, `${prelude}\n${resolved}\nexport {};\n`);
  const recorded: Recorded = { checks: [], output: [] };
  globalThis.__tieuchiGuide = recorded;
  try {
    await import(path);
  } finally {
    globalThis.__tieuchiGuide = undefined;
  }
  return { checks, recorded };
}

describe("the TypeScript blocks of the guides", () => {
  it("finds the guides' blocks, and runs most of them", () => {
    for (const guide of [
      "docs/choosing-a-model.md",
      "docs/embedding.md",
      "docs/vietnamese-frameworks.md",
      "docs/analyst-cookbook.md",
    ]) {
      expect(RUN.some((block) => block.file === guide)).toBe(true);
    }
    expect(RUN.length).toBeGreaterThan(NOT_RUN.length);
  });

  it("counts the blocks that do not run, each marked in its fence", () => {
    // a block that must not run is a decision: change this list with the reason in the guide
    const firstLine = (block: Block) => block.source.split("\n").find((line) => line.trim() !== "");
    expect(
      NOT_RUN.map((block) => `${block.file} ${block.markers.join(" ")}: ${firstLine(block)}`),
    ).toEqual([
      'docs/assessments.md fragment: import { compileAssessmentParser, compileFramework } from "tieuchi";',
      'docs/compare-wards.md fragment: import { evaluate, rank } from "tieuchi";',
      'docs/compare-wards.md fragment: systemicGaps(wards, { groupBy: "parent", threshold: 40 }).gaps.map((g) => [g.criterion, g.share.fraction, g.units]);',
      'docs/contributing.md fragment: type RuleKinds = { readonly [K in Rule["type"]]: RuleKind<Extract<Rule, { type: K }>> };',
      'docs/embedding.md no-run: /// <reference lib="webworker" />',
      "docs/testing.md no-run: // test/frameworks.test.ts",
      'docs/testing.md no-run: import { readFileSync } from "node:fs";',
      'docs/writing-a-framework.md fragment: import { evaluate, parseAssessment, parseFramework } from "tieuchi";',
    ]);
  });

  afterAll(() => rmSync(RUN_DIR, { recursive: true, force: true }));
  mkdirSync(RUN_DIR, { recursive: true });

  it.each(RUN.map((block, index) => [where(block), block, index] as const))(
    "%s runs, and each //=> value is what it computes",
    async (_name, block, index) => {
      const { checks, recorded } = await run(block, index);
      expect(recorded.checks.map((check) => check.index)).toEqual(checks.map((_, i) => i));
      const problems = checks.flatMap((check, i) =>
        mismatches(recorded.checks[i]?.value, expectedValue(check.expected)).map(
          (problem) => `line ${check.line}: ${problem}`,
        ),
      );
      expect(problems).toEqual([]);
    },
    60_000,
  );
});

describe("the //=> checker", () => {
  it("reads values with … and notes", () => {
    expect(mismatches({ met: 3, total: 9 }, expectedValue("{ met: 3, … }"))).toEqual([]);
    expect(mismatches({ met: 3, total: 9 }, expectedValue("{ met: 3 }"))).toEqual([
      'value.total: not expected (add it, or "…")',
    ]);
    expect(mismatches([1, 2, 3], expectedValue("[1, …]"))).toEqual([]);
    expect(mismatches([1, 2, 3], expectedValue("[1, 2]"))).toEqual([
      "value: expected 2 items, got 3",
    ]);
    expect(mismatches({ a: { b: 1 } }, expectedValue("{ a: {…} }"))).toEqual([]);
    expect(mismatches([], expectedValue("[] (no issues, each with a code)"))).toEqual([]);
    expect(mismatches(null, expectedValue("null"))).toEqual([]);
    expect(mismatches("64%", expectedValue('"65%"'))).toEqual(['value: expected "65%", got "64%"']);
    expect(mismatches({ x: undefined, y: 1 }, expectedValue("{ y: 1 }"))).toEqual([]);
  });

  it("wraps the statements a //=> follows, on their line or below, with // continuations", () => {
    const { code, checks } = instrument(
      [
        "const a = 1;",
        "a + 1; //=> 2",
        "// a comment, not a continuation",
        "a;",
        "//=> { x: 1,",
        "//     y: 2 }",
        "a;",
      ].join("\n"),
    );
    expect(code.split("\n")).toEqual([
      "const a = 1;",
      "__check(0, (a + 1)); //=> 2",
      "// a comment, not a continuation",
      "__check(1, (a));",
      "//=> { x: 1,",
      "//     y: 2 }",
      "a;",
    ]);
    expect(checks).toEqual([
      { line: 2, expected: "2" },
      { line: 4, expected: "{ x: 1,\n     y: 2 }" },
    ]);
  });
});

// ---- YAML framework blocks ----

const YAML = ALL.filter((block) => block.language === "yaml");

describe("the YAML blocks of the guides", () => {
  it("finds the YAML framework of the writing guide, with its schema comment", () => {
    const guide = YAML.filter((block) => block.file === "docs/writing-a-framework.md");
    expect(guide.length).toBeGreaterThanOrEqual(1);
    expect(guide[0]!.source.split("\n")[0]).toBe(
      "# yaml-language-server: $schema=./node_modules/tieuchi/schema/framework.schema.json",
    );
  });

  // ```yaml manifest blocks are manifests; ```yaml fragment blocks show a few lines of a larger file
  const FRAMEWORKS = YAML.filter((block) => block.markers.length === 0);

  it("marks every YAML block that is not a whole framework", () => {
    expect(
      YAML.filter((block) => block.markers.length > 0).map(
        (block) => `${block.file} ${block.markers.join(" ")}: ${block.source.split("\n")[0]}`,
      ),
    ).toEqual([
      "docs/cli.md manifest: # yaml-language-server: $schema=…   (optional: any JSON Schema of the manifest)",
      "docs/spreadsheets.md fragment: # yaml-language-server: $schema=../../schema/framework.schema.json",
    ]);
  });

  it.each(
    YAML.filter((block) => block.markers.includes("manifest")).map(
      (block) => [where(block), block] as const,
    ),
  )("%s is a manifest", (_name, block) => {
    const parsed = AssessmentManifestSchema.safeParse(parseYaml(block.source));
    expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
  });

  it.each(FRAMEWORKS.map((block) => [where(block), block] as const))(
    "%s is a framework that parses and lints without errors",
    (_name, block) => {
      const parsed = safeParseFramework(parseYaml(block.source));
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
      if (!parsed.success) return;
      expect(lintFramework(parsed.data).filter((issue) => issue.severity === "error")).toEqual([]);
    },
  );
});

// ---- the index page and the site's navigation ----

describe("the documentation index", () => {
  const guides = markdownFiles("docs").filter((path) => path !== "docs/README.md");
  const index = readFileSync(join(ROOT, "docs/README.md"), "utf8");
  const linked = new Set(
    [...index.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((match) => join("docs", match[1]!)),
  );

  it("has the guides issue 12 asks for", () => {
    for (const guide of [
      "docs/writing-a-framework.md",
      "docs/choosing-a-model.md",
      "docs/analyst-cookbook.md",
      "docs/testing.md",
      "docs/embedding.md",
      "docs/vietnamese-frameworks.md",
    ]) {
      expect(guides).toContain(guide);
    }
  });

  it("docs/README.md links every guide in docs/", () => {
    expect(guides.filter((guide) => !linked.has(guide))).toEqual([]);
  });

  it("typedoc's project documents take in every guide", () => {
    const config = JSON.parse(readFileSync(join(ROOT, "typedoc.json"), "utf8")) as {
      projectDocuments: string[];
    };
    const covered = (guide: string) =>
      config.projectDocuments.some((pattern) => {
        const dir = pattern.slice(0, pattern.lastIndexOf("/"));
        return pattern.endsWith("/*.md") && guide.slice(0, guide.lastIndexOf("/")) === dir;
      });
    expect([...guides, "docs/README.md"].filter((guide) => !covered(guide))).toEqual([]);
  });
});
