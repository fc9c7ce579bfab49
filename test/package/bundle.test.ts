import { resolve } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");

describe("a bundle that only parses and evaluates", () => {
  it("leaves immer out (the private immer instance is created lazily)", async () => {
    const result = await build({
      stdin: {
        contents: 'export { evaluate, parseFramework } from "./src/index.ts";',
        resolveDir: ROOT,
        loader: "ts",
      },
      bundle: true,
      write: false,
      minify: true,
      format: "esm",
      platform: "neutral",
      mainFields: ["module", "main"],
      external: ["zod", "zod/*"],
      metafile: true,
      logLevel: "silent",
    });
    const output = Object.values(result.metafile.outputs)[0]!;
    const kept = Object.entries(output.inputs)
      .filter(([path, use]) => path.includes("node_modules/immer") && use.bytesInOutput > 0)
      .map(([path]) => path);
    expect(kept).toEqual([]);
  }, 30_000);
});

describe("a bundle that only asks for a JSON Schema", () => {
  it("carries the committed JSON, not zod's JSON Schema converter (zod bundled in)", async () => {
    const result = await build({
      stdin: {
        contents:
          'export { frameworkJsonSchema, variantJsonSchema, assessmentJsonSchema } from "./src/index.ts";',
        resolveDir: ROOT,
        loader: "ts",
      },
      bundle: true,
      write: false,
      minify: true,
      format: "esm",
      platform: "neutral",
      mainFields: ["module", "main"],
      metafile: true,
      logLevel: "silent",
    });
    const output = Object.values(result.metafile.outputs)[0]!;
    const kept = Object.entries(output.inputs)
      .filter(([path, use]) => path.includes("node_modules/zod") && use.bytesInOutput > 0)
      .map(([path]) => path);
    expect(kept).toEqual([]);
    expect(Object.keys(output.inputs)).toContain("schema/assessment.schema.json");
  }, 30_000);
});
