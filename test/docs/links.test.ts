import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import * as core from "../../src/index.js";
import * as ioEntry from "../../src/io/index.js";
import * as report from "../../src/report/index.js";
import * as testing from "../../src/testing/index.js";
import * as vitestEntry from "../../src/vitest/index.js";

// The docs check (issue 6, item 18): links and file citations resolve, the README lists every guide,
// and every ```ts sample is valid TypeScript that imports only what the package exports.

const ROOT = resolve(import.meta.dirname, "../..");

function markdownFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "api" ? [] : markdownFiles(path);
    return entry.name.endsWith(".md") ? [path] : [];
  });
}

/** The documents checked: the README, the changelog, the guides and the fixtures' README. */
const DOCS = ["README.md", "CHANGELOG.md", "fixtures/README.md", ...markdownFiles("docs")];

interface Located {
  readonly file: string;
  readonly line: number;
  readonly text: string;
}

/** The lines of a markdown file outside fenced code blocks, with their 1-based numbers. */
function proseLines(file: string): { line: number; text: string }[] {
  const lines = readFileSync(join(ROOT, file), "utf8").split("\n");
  const prose: { line: number; text: string }[] = [];
  let fenced = false;
  lines.forEach((text, index) => {
    if (/^\s*```/.test(text)) fenced = !fenced;
    else if (!fenced) prose.push({ line: index + 1, text });
  });
  return prose;
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function anchorsOf(file: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const { text } of proseLines(file)) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(text);
    if (heading === null) continue;
    const base = heading[1]!
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\s_-]/gu, "")
      .replace(/\s/g, "-");
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

function links(file: string): Located[] {
  return proseLines(file).flatMap(({ line, text }) =>
    [...text.replace(/`[^`]*`/g, "").matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)].map((match) => ({
      file,
      line,
      text: match[1]!,
    })),
  );
}

const PACKAGE = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as {
  repository?: { url?: string };
};
/** Links to this repository's files on GitHub, as the README writes them so that they work on npm too. */
const BLOB = `${(PACKAGE.repository?.url ?? "").replace(/^git\+/, "").replace(/\.git$/, "")}/blob/main/`;

/** Where a relative link (or a link to this repository on GitHub) points, or why it does not resolve. */
function brokenLink(link: Located): string | undefined {
  const inRepo = link.text.startsWith(BLOB);
  if (!inRepo && /^[a-z]+:/i.test(link.text)) return undefined;
  const [path, anchor] = (inRepo ? link.text.slice(BLOB.length) : link.text).split("#") as [
    string,
    string | undefined,
  ];
  const target = inRepo
    ? path
    : path === ""
      ? link.file
      : relative(ROOT, resolve(ROOT, dirname(link.file), path));
  if (!existsSync(join(ROOT, target)))
    return `${link.file}:${link.line}: ${link.text} (no such file)`;
  if (anchor !== undefined && target.endsWith(".md") && !anchorsOf(target).has(anchor)) {
    return `${link.file}:${link.line}: ${link.text} (no heading #${anchor} in ${target})`;
  }
  return undefined;
}

const REPO_DIRS = "(?:fixtures|docs|src|schema|test|scripts|bench|\\.ci)";

/** Backticked paths that are not files of this repository, each for a stated reason. */
const NOT_REPO_PATHS: Readonly<Record<string, string>> = {
  "docs/api/": "written by `npm run docs` (typedoc), not committed",
  "src/XCCDF/result_scoring.c": "OpenSCAP's source file, cited by docs/models/xccdf.md",
};

function globMatches(pattern: string): boolean {
  const dir = dirname(pattern);
  if (!existsSync(join(ROOT, dir))) return false;
  const name = new RegExp(
    `^${pattern
      .slice(dir.length + 1)
      .replace(/[.+^${}()|[\]\\]/g, "\\$&")
      .replace(/\*/g, ".*")}$`,
  );
  return readdirSync(join(ROOT, dir)).some((entry) => name.test(entry));
}

/** Backticked paths into the repository (`fixtures/…`, `docs/…`, `src/…`, `schema/…` …) that do not exist. */
function missingPaths(file: string): string[] {
  return proseLines(file).flatMap(({ line, text }) =>
    [...text.matchAll(new RegExp(`\`(${REPO_DIRS}/[^\`\\s]+)\``, "g"))]
      .map((match) => match[1]!.replace(/[#:].*$/, ""))
      .filter((path) => !path.includes("<") && !path.includes("…") && !(path in NOT_REPO_PATHS))
      .filter((path) => (path.includes("*") ? !globMatches(path) : !existsSync(join(ROOT, path))))
      .map((path) => `${file}:${line}: ${path}`),
  );
}

function repoMarkdownNames(dir = ""): Set<string> {
  const names = new Set<string>();
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    if (entry.name === "node_modules" || entry.name.startsWith(".") || entry.name === "dist")
      continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) for (const name of repoMarkdownNames(path)) names.add(name);
    else if (entry.name.endsWith(".md")) names.add(entry.name);
  }
  return names;
}

/** Markdown file names mentioned in the prose (not as links) that are nowhere in the repository. */
function unknownMarkdownMentions(file: string, known: Set<string>): string[] {
  return proseLines(file).flatMap(({ line, text }) =>
    [...text.replace(/\]\([^)]*\)/g, "]").matchAll(/(?<![\w./-])([\w-]+\.md)\b/g)]
      .map((match) => match[1]!)
      .filter((name) => !known.has(name))
      .map((name) => `${file}:${line}: ${name}`),
  );
}

describe("links and file citations in the docs", () => {
  it("checks the README, the changelog, the fixtures' README and every guide", () => {
    expect(DOCS).toContain("docs/gaps-and-what-if.md");
    expect(DOCS).toContain("docs/models/count.md");
    expect(DOCS.length).toBeGreaterThan(12);
  });

  it("every relative link names an existing file (and heading)", () => {
    const all = DOCS.flatMap(links);
    expect(all.length).toBeGreaterThan(20);
    expect(all.map(brokenLink).filter((broken) => broken !== undefined)).toEqual([]);
  });

  it("every backticked repository path names an existing file or folder", () => {
    expect(DOCS.flatMap(missingPaths)).toEqual([]);
  });

  it("every markdown file mentioned by name is in the repository", () => {
    const known = repoMarkdownNames();
    expect(known.has("writing-a-framework.md")).toBe(true);
    expect(DOCS.flatMap((file) => unknownMarkdownMentions(file, known))).toEqual([]);
  });

  it("every fixture file named in fixtures/README.md exists", () => {
    const names = proseLines("fixtures/README.md").flatMap(({ line, text }) =>
      [...text.matchAll(/`([\w.-]+\.json)`/g)].map((match) => ({ line, name: match[1]! })),
    );
    expect(names.length).toBeGreaterThan(20);
    const missing = names
      .filter(({ name }) =>
        ["frameworks", "assessments", "."].every(
          (dir) => !existsSync(join(ROOT, "fixtures", dir, name)),
        ),
      )
      .map(({ line, name }) => `fixtures/README.md:${line}: ${name}`);
    expect(missing).toEqual([]);
  });

  it("the README's documentation list links every guide in docs/", () => {
    const linked = new Set(
      links("README.md").map((link) => link.text.replace(BLOB, "").split("#")[0]),
    );
    const guides = markdownFiles("docs").filter((path) => statSync(join(ROOT, path)).isFile());
    expect(guides.filter((guide) => !linked.has(guide))).toEqual([]);
  });

  it("the README links to the repository's files by absolute GitHub URLs, which work on npm too", () => {
    // npm's renderer does not reliably rewrite relative links (files outside the tarball break there)
    expect(BLOB).toMatch(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\/blob\/main\/$/);
    const readme = links("README.md");
    expect(readme.filter((link) => link.text.startsWith(BLOB)).length).toBeGreaterThan(10);
    expect(
      readme.filter((link) => !/^[a-z]+:/i.test(link.text) && !link.text.startsWith("#")),
    ).toEqual([]);
  });
});

// ---- TypeScript samples ----

interface Sample {
  readonly file: string;
  readonly line: number;
  /** `ts fragment`: a piece of code with free variables or a result shape; not type-checked. */
  readonly fragment: boolean;
  readonly source: string;
}

function tsSamples(file: string): Sample[] {
  const lines = readFileSync(join(ROOT, file), "utf8").split("\n");
  const samples: Sample[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const open = /^```(?:ts|typescript)(?:\s+(.*))?$/.exec(lines[index]!);
    if (open === null) continue;
    const start = index;
    const body: string[] = [];
    for (index += 1; index < lines.length && !/^```\s*$/.test(lines[index]!); index += 1) {
      body.push(lines[index]!);
    }
    const markers = (open[1] ?? "").split(/\s+/);
    const previous = samples.at(-1);
    if (markers.includes("continued") && previous !== undefined && !previous.fragment) {
      // `ts continued`: the page's previous block goes on (its names are in scope), checked as one
      samples[samples.length - 1] = {
        ...previous,
        source: `${previous.source}\n${body.join("\n")}`,
      };
      continue;
    }
    samples.push({
      file,
      line: start + 1,
      fragment: markers.includes("fragment"),
      source: body.join("\n"),
    });
  }
  return samples;
}

const SAMPLES = DOCS.flatMap(tsSamples);
const where = (sample: Sample) => `${sample.file}:${sample.line}`;

const ENTRIES: Record<string, Record<string, unknown>> = {
  tieuchi: core,
  "tieuchi/testing": testing,
  "tieuchi/report": report,
  "tieuchi/vitest": vitestEntry,
  "tieuchi/io": ioEntry,
};

describe("TypeScript samples in the docs", () => {
  it("finds the samples", () => {
    expect(SAMPLES.length).toBeGreaterThan(10);
    expect(SAMPLES.some((sample) => !sample.fragment)).toBe(true);
  });

  it("parse, and none is an object literal written as a block (a label where a property was meant)", () => {
    const problems: string[] = [];
    for (const sample of SAMPLES) {
      const source = ts.createSourceFile("sample.ts", sample.source, ts.ScriptTarget.ES2022, true);
      const parsed = (source as unknown as { parseDiagnostics: readonly ts.Diagnostic[] })
        .parseDiagnostics;
      for (const diagnostic of parsed) {
        problems.push(
          `${where(sample)}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`,
        );
      }
      const visit = (node: ts.Node): void => {
        if (ts.isLabeledStatement(node))
          problems.push(`${where(sample)}: label "${node.label.text}:"`);
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(problems).toEqual([]);
  });

  it("import only names the package's entries export", () => {
    const problems: string[] = [];
    for (const sample of SAMPLES) {
      for (const match of sample.source.matchAll(
        /import\s+(type\s+)?\{([^}]*)\}\s+from\s+"(tieuchi[^"]*)"/g,
      )) {
        const entry = ENTRIES[match[3]!];
        if (entry === undefined) {
          problems.push(`${where(sample)}: no entry "${match[3]}"`);
          continue;
        }
        for (const item of match[2]!.split(",")) {
          const name = item
            .trim()
            .replace(/^type\s+/, "")
            .split(/\s+as\s+/)[0]!;
          const typeOnly = match[1] !== undefined || /^\s*type\s/.test(item);
          if (name !== "" && !typeOnly && !(name in entry))
            problems.push(`${where(sample)}: ${match[3]} has no ${name}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it("type-check, unless marked `ts fragment`, with tieuchi resolved to the sources", () => {
    const samples = SAMPLES.filter((sample) => !sample.fragment);
    const names = samples.map((_, index) => join(ROOT, `.docs-samples/sample${index}.ts`));
    const options: ts.CompilerOptions = {
      target: ts.ScriptTarget.ES2022,
      lib: ["lib.es2022.d.ts"],
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      types: ["node"],
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      resolveJsonModule: true,
      paths: {
        tieuchi: [join(ROOT, "src/index.ts")],
        "tieuchi/*": [join(ROOT, "src/*/index.ts")],
      },
    };
    const host = ts.createCompilerHost(options);
    const readFile = host.readFile.bind(host);
    const fileExists = host.fileExists.bind(host);
    const getSourceFile = host.getSourceFile.bind(host);
    const byName = new Map(names.map((name, index) => [name, samples[index]!.source]));
    host.readFile = (name) => byName.get(name) ?? readFile(name);
    host.fileExists = (name) => byName.has(name) || fileExists(name);
    host.getSourceFile = (name, language, ...rest) => {
      const text = byName.get(name);
      return text === undefined
        ? getSourceFile(name, language, ...rest)
        : ts.createSourceFile(name, text, language);
    };
    const program = ts.createProgram(names, options, host);
    const problems = names.flatMap((name, index) =>
      [
        ...program.getSyntacticDiagnostics(program.getSourceFile(name)),
        ...program.getSemanticDiagnostics(program.getSourceFile(name)),
      ].map((diagnostic) => {
        const line =
          diagnostic.start === undefined
            ? 0
            : ts.getLineAndCharacterOfPosition(diagnostic.file!, diagnostic.start).line + 1;
        return `${where(samples[index]!)} +${line}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, "\n")}`;
      }),
    );
    expect(problems).toEqual([]);
  }, 60_000);
});
