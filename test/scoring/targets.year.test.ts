import { describe, expect, it } from "vitest";
import { safeParseFramework } from "../../src/framework/safeParseFramework.js";
import type { FrameworkNode, Target } from "../../src/framework/schema.js";
import { compileFramework } from "../../src/scoring/compileFramework.js";
import { evaluate } from "../../src/scoring/evaluate.js";
import type { NodeResult } from "../../src/scoring/types.js";
import { assessment, framework, node } from "./helpers.js";

/*
 * Issue 6 item 10: year-keyed target tables. `yearLookup: "exact"` (the default) matches the evaluation
 * year only; `"latestNotAfter"` uses the latest row whose year is not after it, as NTM thresholds
 * published for a few years apply until replaced. evaluate and summarize must agree.
 */

// BNN&PTNT guidance (example figures): income 21 M (2013) → 23 M (2014) nationally, TDMN phía Bắc 14 / 16.
const table = (yearLookup?: "exact" | "latestNotAfter"): Target => ({
  cases: [
    { year: 2013, value: 21 },
    { year: 2014, value: 23 },
    { region: "tdmnpb", year: 2013, value: 14 },
    { region: "tdmnpb", year: 2014, value: 16 },
  ],
  ...(yearLookup === undefined ? {} : { yearLookup }),
});

const income = (target: Target): FrameworkNode =>
  node("10.1", "indicator", {
    value: { type: "number", unit: "triệu đồng/người/năm" },
    rule: { type: "compare", comparator: ">=", target },
  });

const regions = {
  regions: [
    { id: "tdmnpb", title: { vi: "Trung du miền núi phía Bắc" } },
    { id: "dbsh", title: { vi: "Đồng bằng sông Hồng" } },
  ],
};

/** The node's result when it records `value` in the year `year` (period end 31/12). */
function judge(target: Target, value: number, year: number, region = "dbsh"): NodeResult {
  const f = framework([income(target)], regions);
  const a = assessment([{ node: "10.1", value }], {
    subject: { id: "x1", kind: "xa", region },
    period: { id: String(year), start: `${year}-01-01`, end: `${year}-12-31` },
  });
  const result = evaluate(f, a).nodes[0]!;
  // The compiled summary reads the same table the same way.
  expect(compileFramework(f).summarize(a).count).toEqual(evaluate(f, a).count);
  return result;
}

describe("year-keyed targets, exact (the default)", () => {
  it("uses only the row of the evaluation year", () => {
    expect(judge(table(), 22, 2013)).toMatchObject({ status: "met", target: 21 });
    expect(judge(table("exact"), 22, 2014)).toMatchObject({ status: "notMet", target: 23 });
  });

  it("has no target in a year without a row (2016), before or after the table", () => {
    expect(judge(table(), 30, 2016)).toMatchObject({
      status: "unknown",
      reason: { code: "no_target" },
    });
    expect(judge(table("exact"), 30, 2012)).toMatchObject({ status: "unknown" });
  });
});

describe("year-keyed targets, latestNotAfter", () => {
  it("keeps the 2014 row in force in 2016 (it was the evaluation year's latest)", () => {
    expect(judge(table("latestNotAfter"), 22, 2016)).toMatchObject({
      status: "notMet",
      target: 23,
    });
    expect(judge(table("latestNotAfter"), 23, 2016)).toMatchObject({ status: "met", target: 23 });
  });

  it("uses each year's own row when there is one", () => {
    expect(judge(table("latestNotAfter"), 22, 2013)).toMatchObject({ status: "met", target: 21 });
    expect(judge(table("latestNotAfter"), 22, 2014)).toMatchObject({
      status: "notMet",
      target: 23,
    });
  });

  it("never applies a row from a later year", () => {
    expect(judge(table("latestNotAfter"), 30, 2012)).toMatchObject({
      status: "unknown",
      reason: { code: "no_target" },
    });
  });

  it("keeps the region's latest row ahead of the national one (specificity first)", () => {
    expect(judge(table("latestNotAfter"), 15, 2020, "tdmnpb")).toMatchObject({
      status: "notMet",
      target: 16,
    });
  });

  it("does not depend on the order of the rows", () => {
    const reversed: Target = {
      cases: [
        { year: 2021, value: 40 },
        { year: 2015, value: 30 },
        { year: 2018, value: 35 },
      ],
      yearLookup: "latestNotAfter",
    };
    expect(judge(reversed, 36, 2019)).toMatchObject({ status: "met", target: 35 });
    expect(judge(reversed, 36, 2022)).toMatchObject({ status: "notMet", target: 40 });
    expect(judge(reversed, 36, 2016)).toMatchObject({ status: "met", target: 30 });
  });

  it("falls back to the default before the first row", () => {
    const withDefault: Target = {
      cases: [{ year: 2021, value: 40 }],
      default: 10,
      yearLookup: "latestNotAfter",
    };
    expect(judge(withDefault, 20, 2020)).toMatchObject({ status: "met", target: 10 });
    expect(judge(withDefault, 20, 2021)).toMatchObject({ status: "notMet", target: 40 });
  });
});

describe("yearLookup in the schema", () => {
  const input = (yearLookup: unknown) => ({
    id: "y",
    version: "1",
    status: "draft",
    title: { vi: "Năm" },
    example: true,
    scoring: { kind: "count" },
    nodes: [
      {
        id: "n",
        kind: "indicator",
        title: { vi: "N" },
        value: { type: "number" },
        rule: {
          type: "compare",
          comparator: ">=",
          target: { cases: [{ year: 2021, value: 1 }], yearLookup },
        },
      },
    ],
  });

  it("accepts exact and latestNotAfter and refuses anything else", () => {
    expect(safeParseFramework(input("latestNotAfter")).success).toBe(true);
    expect(safeParseFramework(input("exact")).success).toBe(true);
    const refused = safeParseFramework(input("nearest"));
    expect(refused.success).toBe(false);
  });
});
