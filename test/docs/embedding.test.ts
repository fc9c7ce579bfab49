import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { build } from "esbuild";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  type Assessment,
  compileFramework,
  evaluate,
  type Framework,
  parseAssessment,
  parseFramework,
  summaryOf,
} from "../../src/index.js";

// What docs/embedding.md promises, checked: the `tieuchi` entry point bundles for a browser with no
// Node module, and `compileFramework(f, { codegen: false })` never calls the Function constructor
// (what a Content Security Policy without 'unsafe-eval' forbids), giving the same summaries; with
// code generation on, a refusal falls back to the interpreter with the same result.

const ROOT = resolve(import.meta.dirname, "../..");
const read = (path: string): unknown => JSON.parse(readFileSync(join(ROOT, path), "utf8"));

describe("the core in a browser bundle", () => {
  it("bundles src/index.ts for the browser without any Node built-in module", async () => {
    const result = await build({
      entryPoints: [join(ROOT, "src/index.ts")],
      bundle: true,
      write: false,
      format: "esm",
      platform: "browser",
      external: ["zod", "zod/*"],
      metafile: true,
      logLevel: "silent",
    });
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs.some((input) => input.endsWith("src/scoring/evaluate.ts"))).toBe(true);
    const imports = Object.values(result.metafile.inputs).flatMap((input) =>
      input.imports.map((imported) => imported.path),
    );
    expect(imports.filter((path) => path.startsWith("node:") || path === "fs")).toEqual([]);
    const code = result.outputFiles[0]!.text;
    expect(code).not.toMatch(/\bprocess\.(env|cwd|argv)\b/);
    expect(code).not.toMatch(/\bBuffer\.from\b/);
  }, 30_000);
});

describe("codegen: false under a Content Security Policy without 'unsafe-eval'", () => {
  const framework: Framework = parseFramework(read("fixtures/frameworks/vn-qd9745-2022-34.json"));
  const wards: Assessment[] = ["nghi-huong-2023-04-26", "nghi-thu-2023-04", "nghi-hoa-2023-04"].map(
    (ward) => parseAssessment(read(`fixtures/assessments/${ward}-qd9745.json`)),
  );
  const expected = wards.map((ward) => JSON.stringify(summaryOf(evaluate(framework, ward))));

  /** Replaces the global Function constructor with one that refuses, as the browser does under CSP. */
  function forbidFunctionConstructor() {
    const refused = vi.fn(function refuse(): never {
      throw new EvalError("Refused to evaluate a string as JavaScript (Content Security Policy)");
    });
    vi.stubGlobal("Function", refused);
    return refused;
  }
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it("never calls Function with codegen: false, and gives evaluate's summaries", () => {
    // a fresh framework object: compiled frameworks are cached per object
    const fresh = structuredClone(framework);
    const refused = forbidFunctionConstructor();
    const compiled = compileFramework(fresh, { codegen: false });
    const summaries = wards.map((ward) => JSON.stringify(compiled.summarize(ward)));
    vi.unstubAllGlobals();
    expect(refused).not.toHaveBeenCalled();
    expect(summaries).toEqual(expected);
    expect(wards.map((ward) => compiled.summarize(ward).count.met)).toEqual([31, 26, 24]);
  });

  it("never calls Function from evaluate, nor from a compiled evaluate with codegen: false", () => {
    const reference = compileFramework(structuredClone(framework));
    const generated = wards.map((ward) => JSON.stringify(reference.evaluate(ward)));
    const fresh = structuredClone(framework);
    const refused = forbidFunctionConstructor();
    const plain = wards.map((ward) => JSON.stringify(evaluate(fresh, ward)));
    const compiled = compileFramework(structuredClone(framework), { codegen: false });
    const interpreted = wards.map((ward) => JSON.stringify(compiled.evaluate(ward)));
    vi.unstubAllGlobals();
    expect(refused).not.toHaveBeenCalled();
    expect(plain).toEqual(generated);
    expect(interpreted).toEqual(generated);
  });

  it("falls back to the interpreter when a compiled evaluate's code generation is refused", () => {
    const reference = wards.map((ward) => JSON.stringify(evaluate(framework, ward)));
    const refused = forbidFunctionConstructor();
    const compiled = compileFramework(structuredClone(framework));
    const evaluations = wards.map((ward) => JSON.stringify(compiled.evaluate(ward)));
    vi.unstubAllGlobals();
    expect(refused).toHaveBeenCalled();
    expect(evaluations).toEqual(reference);
  });

  it("falls back to the interpreter when code generation is refused, with the same summaries", () => {
    const fresh = structuredClone(framework);
    const refused = forbidFunctionConstructor();
    const compiled = compileFramework(fresh);
    const summaries = wards.map((ward) => JSON.stringify(compiled.summarize(ward)));
    vi.unstubAllGlobals();
    expect(refused).toHaveBeenCalled();
    expect(summaries).toEqual(expected);
  });
});
