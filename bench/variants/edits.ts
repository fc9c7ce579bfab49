import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

/*
 * The edits `run.ts` makes to a bundle of `entry.ts`: each variant is a prototype of one change to
 * the result contract or the engine, written as text replacements in the bundle. A prototype, not a
 * correct implementation: a variant's results differ from the library's on purpose.
 * test/bench/variants.test.ts checks that every anchor is still found once in today's bundle.
 */

/** One replacement: `anchor` (a global regular expression) must match exactly once. */
export interface Edit {
  readonly anchor: RegExp;
  readonly replacement: string;
}

/** A named set of edits. */
export interface Variant {
  readonly name: string;
  readonly edits: readonly Edit[];
}

/** The variants, each timed against the unedited bundle. */
export const VARIANTS: readonly Variant[] = [
  // The same code, to show the noise of the pairing itself (about 1.00).
  { name: "unedited copy", edits: [] },
  {
    // The contract option: a comparison's reason without the compared value (which the node result
    // already holds as `value`), so that a rule with a fixed target has one frozen reason per status.
    name: "compare reasons shared per node and status (no value in params)",
    edits: [
      {
        anchor: /reason: \(status, value\) => reasonFor\(status, value, fixed\)/g,
        replacement:
          "reason: (() => { const kept = [void 0, void 0, void 0, void 0, void 0]; return (status) => { let r = kept[status]; if (r === void 0) { r = reasonFor(status, null, fixed); Object.freeze(r.params); kept[status] = Object.freeze(r); } return r; }; })()",
      },
    ],
  },
  {
    // The lower bound: no comparison reason built at all (one constant object for every leaf).
    name: "no compare reasons (one constant)",
    edits: [
      {
        anchor: /reason: \(status, value\) => reasonFor\(status, value, fixed\)/g,
        replacement:
          'reason: (() => { const constant = Object.freeze({ code: "compare_met", params: Object.freeze({}) }); return () => constant; })()',
      },
    ],
  },
  {
    // Tiers decided as `summarize` decides them, without condition results (`tiers: []`).
    name: "tiers decided, not explained",
    edits: [
      {
        anchor: /const tiers = tiersFor\(r, (\w+), context, true\);/g,
        replacement: "const tiers = tiersFor(r, $1, context, false);",
      },
    ],
  },
];

/**
 * Applies a variant's edits to a bundle.
 *
 * @param source - The bundle's text.
 * @param variant - The variant.
 * @returns The edited text.
 * @throws Error when an anchor is not found exactly once (the source changed: write the variant again).
 */
export function applyVariant(source: string, variant: Variant): string {
  let text = source;
  for (const edit of variant.edits) {
    const found = text.match(edit.anchor)?.length ?? 0;
    if (found !== 1) {
      throw new Error(
        `variants: "${variant.name}": ${edit.anchor} found ${found} times in the bundle, not once; the source changed, write the variant again`,
      );
    }
    text = text.replace(edit.anchor, edit.replacement);
  }
  return text;
}

/**
 * Makes the code each bundle generates (`new Function`) its own. V8 caches code compiled from a string
 * by its source text, so bundles that generate the same source could share compiled code and type
 * feedback, and the timings of one would depend on the others. A comment naming the bundle keeps the
 * sources apart (a precaution: its effect was not measured on its own).
 *
 * @param text - The bundle's text.
 * @param name - A name unique to this bundle.
 * @returns The text with the comment written into every generated source.
 * @throws Error when the generated code's header is not found.
 */
export function ownGeneratedCode(text: string, name: string): string {
  const generated = /const body = `\n"use strict";/g;
  if ((text.match(generated)?.length ?? 0) === 0) {
    throw new Error("variants: the generated code's header is not in the bundle; update edits.ts");
  }
  return text.replace(generated, `const body = \`/* bundle ${name} */\n"use strict";`);
}

/**
 * Bundles `bench/variants/entry.ts` with today's source, as one ES module text (bare imports left
 * to resolve from node_modules).
 *
 * @returns The bundle's text.
 */
export async function bundleEntry(): Promise<string> {
  const bundled = await build({
    entryPoints: [resolve("bench/variants/entry.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    write: false,
    logLevel: "warning",
  });
  return bundled.outputFiles[0]!.text;
}

/**
 * Writes a bundle (with its generated code made its own, `ownGeneratedCode`) as `name.mjs` in
 * `directory` and imports it. The directory must lie inside node_modules, so that the bundle's bare
 * imports (zod, immer, date-fns) resolve.
 *
 * @param directory - Where to write it.
 * @param name - A name unique to this bundle.
 * @param text - The bundle's text.
 * @returns The module.
 */
export async function loadBundle(
  directory: string,
  name: string,
  text: string,
): Promise<typeof import("./entry.js")> {
  const file = join(directory, `${name}.mjs`);
  writeFileSync(file, ownGeneratedCode(text, name));
  return (await import(pathToFileURL(file).href)) as typeof import("./entry.js");
}
