import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Entry, Value } from "../../src/assessment/schema.js";
import type { FrameworkNode } from "../../src/framework/schema.js";
import { compileFramework } from "../../src/scoring/compileFramework.js";
import { evaluate } from "../../src/scoring/evaluate.js";
import { assessment, deepFreeze, framework, node } from "./helpers.js";

/*
 * Whatever values an assessment records, evaluation never throws and stays plain finite JSON: bad
 * values become `error` statuses with reasons. One node per value type and rule.
 */

const events: FrameworkNode["value"] = {
  type: "events",
  events: [
    { id: "a", title: { vi: "a" } },
    { id: "b", title: { vi: "b" } },
  ],
};
const nodes: FrameworkNode[] = [
  node("g", "group", {
    children: [
      node("num", "criterion", {
        value: { type: "number" },
        rule: { type: "compare", comparator: ">=", target: { ref: "r" }, factor: 1.1 },
        points: { max: 2.5, earn: { type: "goalposts", low: 0, high: 10 } },
      }),
      node("pct", "criterion", {
        value: { type: "percent" },
        rule: { type: "compare", comparator: "<", target: { previous: true } },
        points: {
          max: 3,
          earn: {
            type: "bands",
            bands: [
              { min: 0, below: 50, points: 1 },
              { min: 50, points: 3 },
            ],
          },
        },
      }),
      node("cnt", "criterion", {
        value: { type: "count" },
        rule: { type: "compare", comparator: "<=", target: { baseline: "2019" }, factor: 0.95 },
      }),
      node("bool", "criterion", { value: { type: "boolean" }, disqualifying: true }),
      node("ord", "criterion", {
        value: { type: "ordinal", levels: [{ id: "lo" }, { id: "hi" }] },
        rule: { type: "compare", comparator: ">=", target: "hi" },
      }),
      node("date", "criterion", {
        value: { type: "date" },
        rule: { type: "compare", comparator: "<=", target: "2023-03-31" },
      }),
      node("ev", "criterion", {
        value: events,
        points: { max: 10, earn: { type: "entered" }, deductions: [{ points: 6 }], floor: null },
      }),
      node("tally", "criterion", {
        value: { type: "tally", categories: ["x", "y"] },
        rule: {
          type: "share",
          category: "y",
          comparator: ">=",
          percent: 70,
          requires: [{ category: "x", comparator: "=", percent: 100 }],
        },
      }),
      node("v", "criterion", { value: { type: "verdict" } }),
      node("fix", "criterion", {
        children: [
          node("fixpct", "indicator", {
            value: { type: "percent" },
            rule: { type: "compare", comparator: ">=", target: 92.5 },
          }),
          node("fixcnt", "indicator", {
            value: { type: "count" },
            rule: { type: "compare", comparator: "=", target: 0 },
          }),
          node("fixbool", "indicator", {
            value: { type: "boolean" },
            rule: { type: "compare", comparator: "!=", target: true },
          }),
          node("fixkind", "indicator", { appliesTo: ["phuong"], value: { type: "boolean" } }),
        ],
        points: { max: 4 },
      }),
    ],
  }),
  node("reuse", "criterion", { rule: { type: "atLeast", count: 2, of: ["num", "bool", "ev"] } }),
  node("other", "criterion", {
    rule: { type: "outcome", framework: "x", tier: "t" },
    points: { max: 1 },
  }),
];
const f = framework(nodes, {
  references: { r: 50 },
  scoring: { kind: "points" },
  tiers: [
    {
      id: "t1",
      title: { vi: "1" },
      conditions: [
        { type: "minPercent", percent: 40 },
        { type: "groupMinShare", percent: 50 },
      ],
    },
    {
      id: "t2",
      title: { vi: "2" },
      conditions: [{ type: "tier", tier: "t1" }, { type: "allMet" }, { type: "noDisqualifier" }],
    },
  ],
});
const ids = [
  "num",
  "pct",
  "cnt",
  "bool",
  "ord",
  "date",
  "ev",
  "tally",
  "v",
  "reuse",
  "other",
  "g",
  "nope",
];

const valueArb: fc.Arbitrary<Value> = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.integer({ min: -5, max: 200 }),
  fc.constantFrom(0, 92.5, 92.49, 1.5, -0),
  fc.boolean(),
  fc.constantFrom("hi", "lo", "2023-03-31", "2024-01-01", "", "x"),
  fc.array(fc.constantFrom("a", "b", "c"), { maxLength: 4 }),
  fc.record({
    total: fc.integer({ min: 0, max: 30 }),
    counts: fc.dictionary(fc.constantFrom("x", "y", "z"), fc.integer({ min: 0, max: 40 })),
  }),
);
const entryArb: fc.Arbitrary<Entry> = fc.record(
  {
    node: fc.constantFrom(...ids),
    value: valueArb,
    status: fc.constantFrom("met", "notMet", "notApplicable", "unknown", "error"),
    selfScore: fc.double({ min: -20, max: 20, noNaN: true }),
    verifiedScore: fc.double({ min: -20, max: 20, noNaN: true }),
  },
  { requiredKeys: ["node"] },
);

const nonFinite = (value: unknown): boolean =>
  typeof value === "number"
    ? !Number.isFinite(value)
    : typeof value === "object" && value !== null && Object.values(value).some(nonFinite);

describe("evaluate on arbitrary recorded values", () => {
  it("never throws, never yields NaN or Infinity, and summarize agrees with evaluate", () => {
    fc.assert(
      fc.property(
        fc.array(entryArb, { maxLength: 16 }),
        fc.boolean(),
        fc.constantFrom("xa", "phuong", undefined),
        (entries, withContext, kind) => {
          const a = assessment(entries, {
            subject: kind === undefined ? { id: "x1" } : { id: "x1", kind },
          });
          const context = withContext
            ? deepFreeze({
                previous: assessment([{ node: "pct", value: 40 }]),
                baselines: { "2019": assessment([{ node: "cnt", value: 20 }]) },
                outcomes: { x: { tier: "t" } },
              })
            : undefined;
          const result = evaluate(f, a, context);
          expect(nonFinite(result)).toBe(false);
          expect(
            result.nodes.every((n) =>
              ["met", "notMet", "notApplicable", "unknown", "error"].includes(n.status),
            ),
          ).toBe(true);
          const summary = compileFramework(f).summarize(a, context);
          expect(summary).toEqual({
            count: result.count,
            points: result.points,
            score: result.score,
            tier: result.tier,
          });
        },
      ),
      { numRuns: 150 },
    );
  });
});
