// Nasty input for trend and rollup: junk records, NaN and Infinity, impossible days, `__proto__` ids,
// random hierarchies. Neither throws; what is left out is an issue.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Assessment } from "../../src/assessment/schema.js";
import { evaluate } from "../../src/scoring/evaluate.js";
import { rollup } from "../../src/trend/rollup.js";
import { trend } from "../../src/trend/trend.js";
import type { TrendInput } from "../../src/trend/trendInput.js";
import { fixtureAssessment, fixtureFramework } from "../scoring/loadFixtures.js";

const qd5764 = fixtureFramework("vn-qd5764-2021-22");
const tt124 = fixtureFramework("vn-tt124-2021");
const april = evaluate(qd5764, fixtureAssessment("nghi-huong-2023-04-26-qd5764"));

const junk = fc.oneof(
  fc.constant(null),
  fc.constant(Number.NaN),
  fc.constant(Number.POSITIVE_INFINITY),
  fc.constant("2023-02-30"),
  fc.constant("__proto__"),
  fc.integer(),
  fc.string({ maxLength: 4 }),
  fc.constant([]),
  fc.constant({}),
  fc.constant(JSON.parse('{"__proto__":{"x":1}}')),
);

/** The April evaluation with one field (or one field of its period, count or score) replaced by junk. */
const damaged = fc
  .record({
    where: fc.constantFrom(
      "framework",
      "subject",
      "period",
      "count",
      "score",
      "tier",
      "points",
      "nodes",
      "period.id",
      "period.start",
      "period.end",
      "count.met",
      "count.applicable",
      "score.value",
      "subject.id",
    ),
    value: junk,
  })
  .map(({ where, value }) => {
    const copy = structuredClone(april) as unknown as Record<string, Record<string, unknown>>;
    const [a, b] = where.split(".");
    if (b === undefined) (copy as Record<string, unknown>)[a!] = value;
    else copy[a!]![b] = value;
    return copy as unknown as TrendInput;
  });

describe("trend on nasty input", () => {
  it("never throws, and every record it does not use is reported", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(damaged, junk as fc.Arbitrary<unknown>), { maxLength: 6 }),
        (records) => {
          const t = trend([april, ...(records as TrendInput[])]);
          const used = t.series.length;
          const reported = t.issues.filter(
            (i) => i.severity === "error" || i.code === "trend_duplicate_period",
          );
          expect(used + reported.length).toBe(records.length + 1);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("takes a `__proto__` period id and subject id as plain strings", () => {
    const odd = {
      ...april,
      subject: { ...april.subject, id: "__proto__" },
      period: { ...april.period, id: "__proto__" },
    };
    const t = trend([odd]);
    expect(t.subject).toBe("__proto__");
    expect(t.series.map((p) => p.period.id)).toEqual(["__proto__"]);
  });

  it("is not an array: an empty trend", () => {
    expect(trend("nope" as unknown as TrendInput[]).series).toEqual([]);
  });

  it("handles a long series (2 000 periods) in order", () => {
    const long = Array.from({ length: 2000 }, (_, i) => {
      const year = 2000 + Math.floor(i / 12);
      const month = String((i % 12) + 1).padStart(2, "0");
      return {
        ...april,
        nodes: undefined,
        period: {
          id: `${year}-${month}`,
          start: `${year}-${month}-01`,
          end: `${year}-${month}-27`,
        },
      };
    }).reverse();
    const t = trend(long);
    expect(t.series).toHaveLength(2000);
    expect(t.gaps).toHaveLength(1999);
    expect(t.projection?.targets[0]?.criteriaPerPeriod).toEqual({ status: "notAtThisPace" });
  }, 30_000);
});

describe("rollup on nasty input", () => {
  const base = fixtureAssessment("kdc-a1-2023-tt124");
  const unitArb = fc.record({
    id: fc.constantFrom("a", "b", "c", "d", "__proto__", "constructor"),
    parent: fc.option(fc.constantFrom("a", "b", "c", "d", "__proto__", "zz"), { nil: undefined }),
    kind: fc.constantFrom("kdc", "xa"),
    version: fc.constantFrom("2021", "2021", "2020"),
    period: fc.constantFrom("2023", "2023", "2024"),
  });

  it("never throws on random hierarchies (cycles, duplicates, other versions and periods)", () => {
    fc.assert(
      fc.property(fc.array(unitArb, { maxLength: 10 }), fc.boolean(), (units, declare) => {
        const assessments: Assessment[] = units.map((u) => ({
          ...base,
          framework: { id: "vn-tt124-2021", version: u.version },
          subject: {
            id: u.id,
            kind: u.kind,
            ...(u.parent === undefined ? {} : { parent: u.parent }),
          },
          period: { ...base.period, id: u.period },
        }));
        const options = {
          categories: {
            "xa.4": { registered: { assessed: true as const }, recognised: { tier: "dat" } },
          },
          ...(declare
            ? { units: units.map((u) => ({ id: u.id, parent: u.parent, kind: u.kind })) }
            : {}),
        };
        const r = rollup(tt124, [...assessments, null as unknown as Assessment], options);
        expect(r.issues.some((i) => i.code === "rollup_invalid_assessment")).toBe(true);
        const ids = new Set(units.map((u) => u.id));
        expect(new Set(r.units.map((u) => u.unit))).toEqual(ids);
        expect(JSON.stringify(rollup(tt124, [...assessments].reverse(), options).units)).toBe(
          JSON.stringify(rollup(tt124, assessments, options).units),
        );
      }),
      { numRuns: 100 },
    );
  }, 30_000);
});
