import { defineConfig } from "tsup";

export default defineConfig({
  entry: { index: "src/index.ts", testing: "src/testing/index.ts", cli: "src/cli/main.ts" },
  format: ["esm", "cjs"],
  dts: {
    entry: { index: "src/index.ts", testing: "src/testing/index.ts" },
    // tsup 8.5.1's dts step sets `baseUrl`, which TypeScript 6 rejects (TS5101) unless silenced
    compilerOptions: { ignoreDeprecations: "6.0" },
  },
  external: ["vitest"],
  target: "node20",
  platform: "node",
  sourcemap: true,
  clean: true,
});
