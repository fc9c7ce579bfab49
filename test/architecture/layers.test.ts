import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, normalize, relative, sep } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/*
 * The folders of src/ depend one way, lowest first (docs/contributing.md, "Layers"). A folder may import
 * its own layer and the layers below it, never one above; and no two folders may import each other,
 * even through others. `index` is src/index.ts, the public barrel.
 */
const LAYERS: Readonly<Record<string, number>> = {
  core: 0,
  framework: 1,
  assessment: 2,
  scoring: 3,
  // over time (trend, rollup) and across units (rank, review, composite indices); units may use trend
  trend: 4,
  units: 4,
  index: 5,
  testing: 5,
  vitest: 5,
  // the separate entry points tieuchi/io and tieuchi/report
  io: 5,
  report: 6,
  cli: 7,
};

interface Import {
  readonly from: string;
  readonly to: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") ? [path] : [];
  });
}

/** The folder of a file under src/: its first path segment, or `index` for files at the top. */
function folderOf(file: string): string {
  const parts = relative("src", file).split(sep);
  return parts.length === 1 ? "index" : parts[0]!;
}

/** Every relative import, `export … from` and `import()` of src/, as file → file (comments are not read). */
function srcImports(): Import[] {
  return sourceFiles("src").flatMap((file) =>
    ts
      .preProcessFile(readFileSync(file, "utf8"), true, true)
      .importedFiles.map((ref) => ref.fileName)
      .filter((name) => name.startsWith("."))
      .map((name) => ({ from: file, to: normalize(join(dirname(file), name)) }))
      .filter((link) => !relative("src", link.to).startsWith("..")),
  );
}

/** Imports that go from a lower layer to a higher one, or touch a folder that has no layer. */
function upwardImports(imports: readonly Import[]): string[] {
  return imports.flatMap(({ from, to }) => {
    const [a, b] = [folderOf(from), folderOf(to)];
    const [low, high] = [LAYERS[a], LAYERS[b]];
    if (low === undefined || high === undefined) return [`${from} → ${to}: folder without a layer`];
    return low < high ? [`${from} → ${to}: ${a} (layer ${low}) imports ${b} (layer ${high})`] : [];
  });
}

/** Cycles between folders (a → b → … → a), each once, as `a → b → a`. */
function folderCycles(imports: readonly Import[]): string[] {
  const edges = new Map<string, Set<string>>();
  for (const { from, to } of imports) {
    const [a, b] = [folderOf(from), folderOf(to)];
    if (a === b) continue;
    if (!edges.has(a)) edges.set(a, new Set());
    edges.get(a)!.add(b);
  }
  const cycles = new Set<string>();
  const visit = (node: string, trail: string[]): void => {
    const at = trail.indexOf(node);
    if (at >= 0) {
      const loop = trail.slice(at);
      // name each cycle from its smallest folder so it is reported once
      const start = loop.indexOf([...loop].sort()[0]!);
      const turned = [...loop.slice(start), ...loop.slice(0, start)];
      cycles.add([...turned, turned[0]].join(" → "));
      return;
    }
    for (const next of edges.get(node) ?? []) visit(next, [...trail, node]);
  };
  for (const node of edges.keys()) visit(node, []);
  return [...cycles].sort();
}

describe("layers of src/", () => {
  const imports = srcImports();

  it("reads the imports of every folder", () => {
    // every folder that exists (a layer may be declared before its folder is written)
    const present = Object.keys(LAYERS).filter(
      (folder) => folder === "index" || existsSync(join("src", folder)),
    );
    expect(new Set(imports.map((link) => folderOf(link.from)))).toEqual(new Set(present));
  });

  it("imports only its own layer or lower ones", () => {
    expect(upwardImports(imports)).toEqual([]);
  });

  it("has no cycles between folders", () => {
    expect(folderCycles(imports)).toEqual([]);
  });

  it("has no folder outside the layers (no src/internal drawer)", () => {
    const folders = readdirSync("src", { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name);
    expect(folders.filter((folder) => LAYERS[folder] === undefined)).toEqual([]);
  });

  it("catches an upward import and a cycle when there is one", () => {
    const core = join("src", "core", "exact.ts");
    const scoring = join("src", "scoring", "points.ts");
    const testing = join("src", "testing", "index.ts");
    const vitest = join("src", "vitest", "index.ts");
    expect(upwardImports([{ from: core, to: scoring }])).toEqual([
      `${core} → ${scoring}: core (layer 0) imports scoring (layer 3)`,
    ]);
    expect(upwardImports([{ from: join("src", "internal", "x.ts"), to: core }])).toHaveLength(1);
    expect(
      folderCycles([
        { from: testing, to: vitest },
        { from: vitest, to: testing },
      ]),
    ).toEqual(["testing → vitest → testing"]);
  });
});
