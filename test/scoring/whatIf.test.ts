import { describe, expect, it } from "vitest";
import type { FrameworkNode } from "../../src/framework/schema.js";
import { whatIf } from "../../src/scoring/whatIf.js";
import { shareOfUnits } from "../support/tt124.js";
import { assessment, framework, node } from "./helpers.js";

// TT 124 xã (simplified): criterion 4 is the share of recognised units; "dat" needs every criterion.
const tt124 = framework(
  [
    node("xa", "group", {
      children: [
        node("xa.1", "criterion", { value: { type: "boolean" } }),
        shareOfUnits() as FrameworkNode,
      ],
    }),
  ],
  { tiers: [{ id: "dat", title: { vi: "Đạt" }, conditions: [{ type: "allMet" }] }] },
);
const communeA = assessment([
  { node: "xa.1", value: true },
  { node: "xa.4", value: { total: 25, counts: { registered: 25, recognised: 16 } } },
]);

describe("whatIf", () => {
  it("shows that recognising two more residential areas (18 of 25) reaches the tier", () => {
    const result = whatIf(tt124, communeA, [
      { node: "xa.4", value: { total: 25, counts: { registered: 25, recognised: 18 } } },
    ]);
    expect(result.before).toMatchObject({ tier: null, count: { met: 1, applicable: 2 } });
    expect(result.after).toMatchObject({ tier: "dat", count: { met: 2, applicable: 2 } });
    expect(result.changed).toEqual([
      { node: "xa", before: "notMet", after: "met" },
      { node: "xa.4", before: "notMet", after: "met" },
    ]);
  });

  it("shows that one more is not enough (17 of 25)", () => {
    const result = whatIf(tt124, communeA, [
      { node: "xa.4", value: { total: 25, counts: { registered: 25, recognised: 17 } } },
    ]);
    expect(result.after.tier).toBeNull();
    expect(result.changed).toEqual([]);
  });

  it("adds an entry for a node that had none, and takes verdicts", () => {
    const result = whatIf(tt124, assessment([]), [
      { node: "xa.1", status: "met" },
      { node: "xa.4", status: "met" },
    ]);
    expect(result.before.count.unknown).toBe(2);
    expect(result.after.tier).toBe("dat");
  });

  it("leaves the assessment untouched (it is frozen)", () => {
    expect(() => whatIf(tt124, communeA, [{ node: "xa.1", value: false }])).not.toThrow();
    expect(communeA.entries[0]).toEqual({ node: "xa.1", value: true });
  });
});
