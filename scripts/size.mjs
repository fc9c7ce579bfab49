#!/usr/bin/env node
// Bundle-size check (issue 6, item 16): bundles a few typical imports of the built package with
// esbuild (minified, zod left external as a peer dependency), gzips them with node:zlib and fails when
// one is over its limit. Run `npm run build` first; `npm run size` prints the table.
//
// The limits are the sizes measured when they were set plus about 1 kB of slack (evaluate +
// parseFramework: 33.5 kB after messages moved out of evaluate, issue 7). The aim for
// `evaluate` + `parseFramework` is 25 kB; it is over that today (the scoring compiler, the linter
// that parseFramework runs and the bilingual message tables make up most of it).
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "esbuild";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "..");

/** What a consumer imports, and the most its min+gzip bundle may weigh, in bytes (1 kB = 1000 bytes); zod is external unless `bundleZod`. */
export const BUNDLES = [
  {
    name: "evaluate + parseFramework",
    contents: 'export { evaluate, parseFramework } from "./dist/index.js";',
    // 34.4 kB before issue 10; the outcome rule's `node` (a criterion of another framework by reference) adds 0.3 kB
    // issue 7: the generated explained run (generateExplain: about 40 % less CPU per evaluate) with compiled tiers
    // and shared points adds 2.6 kB: 37.4 kB measured
    limit: 38_000,
  },
  {
    // the committed JSON only: no zod, none of the scoring code (top-level statements must be pure)
    name: "frameworkJsonSchema (zod bundled)",
    contents: 'export { frameworkJsonSchema } from "./dist/index.js";',
    bundleZod: true,
    limit: 3_600,
  },
  {
    // 59.2 kB before issue 8; diffAssessments, diffEvaluations, diffFrameworks and migrateAssessment add 7.8 kB
    // issue 10: composite indices (normalizeCohort … compositeIndex) and compileAssessmentParser add 6.5 kB;
    // issue 9: trend, projectCounts and rollup (with their vi/en issue messages and date-fns's year arithmetic) add 7.9 kB
    // issue 10: rank, compareUnits, reviewCohort and rankSensitivity add 9.8 kB: 91.1 kB measured with all of them
    // issue 7: the generated explained run adds 2.6 kB: 94.5 kB measured
    name: "tieuchi (everything)",
    contents: 'export * from "./dist/index.js";',
    limit: 95_100,
  },
  // issue 7: the generated explained run adds 2.6 kB: 46.3 kB measured
  { name: "tieuchi/testing", contents: 'export * from "./dist/testing.js";', limit: 46_900 },
  // issue 11: CSV (csv-parse, csv-stringify) and YAML (yaml, ~30 kB) with the parsers they call; 70.5 kB measured
  { name: "tieuchi/io", contents: 'export * from "./dist/io.js";', limit: 71_500 },
  // issue 12: 32.0 kB, d3-scale + d3-shape + the explain code; a separate entry, never in the core one
  // 43.0 kB measured: the report now runs trend, rank, unitMatrix and reads reviewCohort results (issue 12)
  { name: "tieuchi/report", contents: 'export * from "./dist/report.js";', limit: 44_000 },
];

/**
 * Bundles `contents` (an ES module resolved from the package root) the way an application bundler
 * would, with zod external unless `bundleZod`, and returns the minified and the gzipped size in bytes.
 */
export async function measure(contents, { bundleZod = false } = {}) {
  const result = await build({
    stdin: { contents, resolveDir: ROOT, loader: "js" },
    bundle: true,
    write: false,
    minify: true,
    format: "esm",
    platform: "neutral",
    mainFields: ["module", "main"],
    external: bundleZod ? ["vitest"] : ["zod", "zod/*", "vitest"],
    logLevel: "silent",
  });
  const code = result.outputFiles[0].contents;
  return { minified: code.length, gzipped: gzipSync(code, { level: 9 }).length };
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!existsSync(resolve(ROOT, "dist/index.js"))) {
    console.error("dist/index.js not found: run npm run build first");
    process.exit(1);
  }
  let over = 0;
  console.log("bundle                                 min     min+gz      limit");
  for (const bundle of BUNDLES) {
    const { minified, gzipped } = await measure(bundle.contents, bundle);
    const ok = gzipped <= bundle.limit;
    if (!ok) over += 1;
    console.log(
      `${bundle.name.padEnd(34)} ${kB(minified).padStart(9)}  ${kB(gzipped).padStart(9)}  ${kB(bundle.limit).padStart(9)}${ok ? "" : "  OVER THE LIMIT"}`,
    );
  }
  if (over > 0) {
    console.error(`${over} bundle(s) over the limit: see scripts/size.mjs`);
    process.exit(1);
  }
}
