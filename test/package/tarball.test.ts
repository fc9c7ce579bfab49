import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");

describe("the published package", () => {
  it("declares repository, homepage, bugs and keywords so README links work on the npm page", () => {
    const pkg = JSON.parse(readFileSync(resolve(ROOT, "package.json"), "utf8"));
    expect(pkg.repository?.url).toMatch(/^git\+https:\/\//);
    expect(typeof pkg.homepage).toBe("string");
    expect(typeof pkg.bugs?.url).toBe("string");
    expect(pkg.keywords.length).toBeGreaterThan(0);
  });

  it("ships LICENSE, CHANGELOG, the demo fixtures and the JSON Schemas, and no source maps or CommonJS CLI", () => {
    const out = execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    const files: string[] = JSON.parse(out)[0].files.map((f: { path: string }) => f.path);
    expect(files).toContain("LICENSE");
    expect(files).toContain("CHANGELOG.md");
    expect(files).toContain("fixtures/assessments/index.json");
    expect(files.some((f) => f.startsWith("fixtures/frameworks/"))).toBe(true);
    expect(files.filter((f) => f.endsWith(".map"))).toEqual([]);
    expect(files).not.toContain("dist/cli.cjs");
    // the JSON Schemas the docs point "$schema" at
    for (const kind of ["framework", "variant", "assessment"]) {
      expect(files).toContain(`schema/${kind}.schema.json`);
    }
  }, 30_000);
});
