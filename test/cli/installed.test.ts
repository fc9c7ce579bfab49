import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { build } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PACKAGE_ROOT } from "./memoryIo.js";

/*
 * `npx tieuchi demo` after `npm install`: the package holds only what package.json "files" ships, and
 * the command runs from the user's own folder. This lays out such an installed copy in a temporary
 * folder (the files `npm pack` would ship, plus dist/cli.js bundled from the current source the way
 * tsup builds it: ESM, Node 20) and runs it from there.
 */
let root = "";
let cli = "";

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), "tieuchi-installed-"));
  const installed = join(root, "node_modules", "tieuchi");
  const packed = JSON.parse(
    execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
      cwd: PACKAGE_ROOT,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "ignore"],
    }),
  ) as { files: { path: string }[] }[];
  for (const { path } of packed[0]!.files) {
    if (path.startsWith("dist/")) continue;
    mkdirSync(dirname(join(installed, path)), { recursive: true });
    copyFileSync(join(PACKAGE_ROOT, path), join(installed, path));
  }
  cli = join(installed, "dist", "cli.js");
  await build({
    entryPoints: [join(PACKAGE_ROOT, "src/cli/main.ts")],
    outfile: cli,
    bundle: true,
    format: "esm",
    platform: "node",
    target: "node20",
    // the dependencies are bundled here; csv-parse and csv-stringify (issue 11) require node's own modules
    banner: {
      js: 'import { createRequire } from "node:module"; const require = createRequire(import.meta.url);',
    },
    logLevel: "silent",
  });
}, 60_000);

afterAll(() => {
  if (root !== "") rmSync(root, { recursive: true, force: true });
});

function tieuchi(...args: string[]) {
  // run from the temporary folder, nowhere near the repository's fixtures/
  return spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "" },
  });
}

describe("the installed CLI, run from another folder", () => {
  it("runs the demo from the fixtures shipped in the package", { timeout: 30_000 }, () => {
    const result = tieuchi("demo", "--lang", "en");
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^tieuchi demo: the wards of Cửa Lò town/);
    expect(result.stdout).toMatch(/\n {2}Phường Nghi Hương +31\/34 /);
  });

  it("prints the version of its own package.json", { timeout: 30_000 }, () => {
    const { version } = JSON.parse(readFileSync(join(PACKAGE_ROOT, "package.json"), "utf8")) as {
      version: string;
    };
    const result = tieuchi("--version");
    expect(result.stdout).toBe(`${version}\n`);
    expect(result.status).toBe(0);
  });

  it("reads a file from standard input", { timeout: 30_000 }, () => {
    const framework = readFileSync(join(PACKAGE_ROOT, "fixtures/frameworks/vn-tt124-2021.json"));
    const result = spawnSync(process.execPath, [cli, "validate", "-", "--lang", "en"], {
      cwd: root,
      input: framework,
      encoding: "utf8",
      env: { PATH: process.env.PATH ?? "" },
    });
    expect(result.stdout).toMatch(/^\(stdin\): valid \(vn-tt124-2021 /);
    expect(result.status).toBe(0);
  });
});
