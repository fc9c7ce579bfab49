import { defineConfig, type Options } from "tsup";

const common: Options = {
  external: ["vitest"],
  target: "node20",
  platform: "node",
  // no source maps in the tarball (issue 6, item 16)
  sourcemap: false,
};

export default defineConfig([
  {
    ...common,
    entry: {
      index: "src/index.ts",
      testing: "src/testing/index.ts",
      vitest: "src/vitest/index.ts",
      io: "src/io/index.ts",
      report: "src/report/index.ts",
    },
    format: ["esm", "cjs"],
    dts: {
      entry: {
        index: "src/index.ts",
        testing: "src/testing/index.ts",
        vitest: "src/vitest/index.ts",
        io: "src/io/index.ts",
        report: "src/report/index.ts",
      },
      // tsup 8.5.1's dts step sets `baseUrl`, which TypeScript 6 rejects (TS5101) unless silenced
      compilerOptions: { ignoreDeprecations: "6.0" },
    },
    clean: true,
  },
  {
    ...common,
    // the CLI is ESM only: no dist/cli.cjs
    entry: { cli: "src/cli/main.ts" },
    format: ["esm"],
    clean: false,
  },
]);
