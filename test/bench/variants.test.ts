import { mkdirSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  applyVariant,
  bundleEntry,
  loadBundle,
  ownGeneratedCode,
  VARIANTS,
} from "../../bench/variants/edits.js";

// `npm run bench:variants` edits a bundle of today's source by text: this keeps its anchors from going
// stale silently, and runs each edited bundle on a few assessments.
type Entry = typeof import("../../bench/variants/entry.js");

// Inside node_modules, so that the bundles' bare imports (zod, immer, date-fns) resolve.
const directory = resolve("node_modules/.cache/tieuchi-test/variants");
let base = "";

beforeAll(async () => {
  base = await bundleEntry();
  mkdirSync(directory, { recursive: true });
}, 60_000);

afterAll(() => rmSync(directory, { recursive: true, force: true }));

const load = (name: string, text: string): Promise<Entry> => loadBundle(directory, name, text);

describe("bench/variants", () => {
  it("finds every variant's anchors exactly once in today's bundle", () => {
    for (const variant of VARIANTS) {
      expect(() => applyVariant(base, variant), variant.name).not.toThrow();
      if (variant.edits.length > 0) expect(applyVariant(base, variant)).not.toBe(base);
    }
  });

  it("refuses an anchor that is missing or found twice", () => {
    const missing = { name: "missing", edits: [{ anchor: /no such text here/g, replacement: "" }] };
    expect(() => applyVariant(base, missing)).toThrow(/found 0 times/);
    const twice = { name: "twice", edits: [{ anchor: /ab/g, replacement: "" }] };
    expect(() => applyVariant("ab ab", twice)).toThrow(/found 2 times/);
    expect(() => ownGeneratedCode("no generated code", "x")).toThrow(/header/);
  });

  it("runs the unedited bundle and every variant on the same assessments", async () => {
    const reference = await load("base", base);
    const inputs = reference.assessments(20);
    const expected = reference.evaluateRound(inputs)();
    // count.met + nodes + tiers per assessment: 81 nodes and 3 tiers each, plus the met counts.
    expect(expected).toBeGreaterThan(20 * 84);
    expect(reference.handRound(inputs)()).toBe(expected - 20 * 84);
    for (const [i, variant] of VARIANTS.entries()) {
      const round = (await load(`variant-${i}`, applyVariant(base, variant))).evaluateRound(inputs);
      // The variants change reasons and condition results, not the statuses: the met counts stay.
      // (Only "tiers decided, not explained" drops the three tier results.)
      const tiersDropped = variant.name.startsWith("tiers decided") ? 20 * 3 : 0;
      expect(round(), variant.name).toBe(expected - tiersDropped);
    }
  }, 60_000);
});
