import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// Every function the package exports carries an `@example` in its TSDoc (issue 12, item 4): the test
// reads the entry points typedoc documents with the TypeScript compiler and lists the functions without one.

const ROOT = resolve(import.meta.dirname, "../..");

/** The entry points of the API reference: the same list as typedoc.json's `entryPoints`. */
const ENTRY_POINTS: readonly string[] = (
  (await import("../../typedoc.json", { with: { type: "json" } })).default as {
    entryPoints: string[];
  }
).entryPoints;

interface ExportedFunction {
  readonly entry: string;
  readonly name: string;
  readonly file: string;
  readonly hasExample: boolean;
  readonly hasCategory: boolean;
}

/** A declaration that is a function: `function f`, or `const f = (…) => …` / `function (…) {…}`. */
function isFunctionDeclaration(declaration: ts.Declaration): boolean {
  if (ts.isFunctionDeclaration(declaration)) return true;
  if (!ts.isVariableDeclaration(declaration) || declaration.initializer === undefined) return false;
  let initializer: ts.Expression = declaration.initializer;
  while (ts.isAsExpression(initializer) || ts.isSatisfiesExpression(initializer)) {
    initializer = initializer.expression;
  }
  return ts.isArrowFunction(initializer) || ts.isFunctionExpression(initializer);
}

function tagNames(declaration: ts.Declaration): string[] {
  return ts.getJSDocTags(declaration).map((tag) => tag.tagName.text);
}

/** The functions exported by `entryPoints` (paths relative to `root`, compiled with `root`'s tsconfig). */
function exportedFunctions(root: string, entryPoints: readonly string[]): ExportedFunction[] {
  const config = ts.readConfigFile(join(ROOT, "tsconfig.json"), ts.sys.readFile);
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const entries = entryPoints.map((entry) => join(root, entry));
  const program = ts.createProgram(entries, { ...parsed.options, noEmit: true });
  const checker = program.getTypeChecker();
  return entries.flatMap((entry) => {
    const source = program.getSourceFile(entry);
    if (source === undefined) throw new Error(`no source file ${entry}`);
    const module = checker.getSymbolAtLocation(source);
    if (module === undefined) return [];
    return checker.getExportsOfModule(module).flatMap((exported) => {
      const symbol =
        exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      const declarations = (symbol.declarations ?? []).filter(isFunctionDeclaration);
      if (declarations.length === 0) return [];
      const tags = declarations.flatMap(tagNames);
      return [
        {
          entry: relative(root, entry),
          name: exported.name,
          file: relative(root, declarations[0]!.getSourceFile().fileName),
          hasExample: tags.includes("example"),
          hasCategory: tags.includes("category"),
        },
      ];
    });
  });
}

describe("the check itself", () => {
  it("lists a re-exported arrow function without @example and accepts a documented declaration", () => {
    const dir = mkdtempSync(join(tmpdir(), "tieuchi-examples-"));
    try {
      writeFileSync(
        join(dir, "index.ts"),
        [
          'export { documented } from "./documented.js";',
          'export { bare as renamed } from "./bare.js";',
          "/** A constant, not a function. */",
          "export const LIMIT = 3;",
          "/** A type, not a function. */",
          "export type Id = string;",
        ].join("\n"),
      );
      writeFileSync(
        join(dir, "documented.ts"),
        "/**\n * Adds one.\n *\n * @example\n * documented(1) //=> 2\n * @category Demo\n */\nexport function documented(n: number): number {\n  return n + 1;\n}\n",
      );
      writeFileSync(
        join(dir, "bare.ts"),
        "/** Doubles, with no example. */\nexport const bare = (n: number): number => n * 2;\n",
      );
      expect(exportedFunctions(dir, ["index.ts"])).toEqual([
        {
          entry: "index.ts",
          name: "documented",
          file: "documented.ts",
          hasExample: true,
          hasCategory: true,
        },
        {
          entry: "index.ts",
          name: "renamed",
          file: "bare.ts",
          hasExample: false,
          hasCategory: false,
        },
      ]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the exported functions' TSDoc", () => {
  const functions = exportedFunctions(ROOT, ENTRY_POINTS);

  it("finds the functions of every entry point", () => {
    expect(ENTRY_POINTS).toContain("src/index.ts");
    expect(ENTRY_POINTS).toContain("src/testing/index.ts");
    const names = functions.map((fn) => fn.name);
    for (const name of ["evaluate", "parseFramework", "gapToTier", "assertValidFramework"]) {
      expect(names).toContain(name);
    }
    expect(functions.length).toBeGreaterThan(40);
  });

  it("every exported function has an @example", () => {
    expect(
      functions.filter((fn) => !fn.hasExample).map((fn) => `${fn.entry}: ${fn.name} (${fn.file})`),
    ).toEqual([]);
  });

  it("every exported function has a @category", () => {
    expect(
      functions.filter((fn) => !fn.hasCategory).map((fn) => `${fn.entry}: ${fn.name} (${fn.file})`),
    ).toEqual([]);
  });
}, 60_000);
