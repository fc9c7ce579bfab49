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
