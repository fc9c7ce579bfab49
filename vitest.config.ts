import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    setupFiles: ["test/setup/failOnConsole.ts"],
    // a safety net for a loaded machine; long tests also carry their own explicit timeouts
    testTimeout: 30_000,
    coverage: { provider: "v8", include: ["src/**/*.ts"], reporter: ["text", "json-summary"] },
    benchmark: { include: ["bench/**/*.bench.ts"] },
  },
});
