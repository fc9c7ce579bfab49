import { resolve } from "node:path";
import { build } from "esbuild";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");

async function inputsOf(contents: string): Promise<string[]> {
  const result = await build({
    stdin: { contents, resolveDir: ROOT, loader: "ts" },
    bundle: true,
    write: false,
    format: "esm",
    platform: "node",
    external: ["zod", "zod/*"],
    metafile: true,
    logLevel: "silent",
  });
  return Object.keys(result.metafile.inputs);
}

describe("tieuchi/io is its own entry point", () => {
  it("the core entry pulls in neither csv-parse, csv-stringify nor yaml; tieuchi/io does", async () => {
    const libraries = (inputs: string[]) =>
      ["csv-parse", "csv-stringify", "yaml"].filter((name) =>
        inputs.some((path) => path.includes(`node_modules/${name}/`)),
      );
    expect(libraries(await inputsOf('export * from "./src/index.ts";'))).toEqual([]);
    expect(libraries(await inputsOf('export * from "./src/io/index.ts";'))).toEqual([
      "csv-parse",
      "csv-stringify",
      "yaml",
    ]);
  }, 30_000);
});
