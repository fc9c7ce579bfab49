// rollup (issue 9). Xã H and its 25 residential areas are EXAMPLE DATA (fixtures/assessments/xa-h-*,
// "example": true), built by scripts/rollupFixtures.mjs to reproduce TT 124's share rule: 18 of 25
// recognised (2022) passes, 16 of 25 = 64 % (2023) fails ≥ 70 %, 20 of 25 (2024) passes.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Assessment } from "../../src/assessment/schema.js";
import { parseFramework } from "../../src/framework/parseFramework.js";
import { rollup } from "../../src/trend/rollup.js";
import { trend } from "../../src/trend/trend.js";
import { fixtureAssessment, fixtureFramework } from "../scoring/loadFixtures.js";
import { tt124Framework } from "../support/tt124.js";

const tt124 = fixtureFramework("vn-tt124-2021");
const categories = {
  "xa.4": { registered: { assessed: true as const }, recognised: { tier: "dat" } },
};
const pad = (n: number) => String(n).padStart(2, "0");
const areas = (year: number): Assessment[] =>
  Array.from({ length: 25 }, (_, i) => fixtureAssessment(`xa-h-kdc${pad(i + 1)}-${year}-tt124`));
const commune = (year: number): Assessment => fixtureAssessment(`xa-h-${year}-tt124`);

describe("rollup of Xã H's 25 residential areas (TT 124, example data)", () => {
  const r2023 = rollup(tt124, [commune(2023), ...areas(2023)], { categories });
  const r2024 = rollup(tt124, [commune(2024), ...areas(2024)], { categories });

  it("16 of 25 recognised = 64 %: xa.4 fails and the commune misses tier dat", () => {
    const xa = r2023.units[0]!;
    expect(xa).toMatchObject({
      unit: "xa-h",
      depth: 0,
      met: 3,
      applicable: 4,
      tier: null,
      unusable: [],
    });
    expect(xa.children).toHaveLength(25);
    expect(xa.values).toEqual([
      {
        node: "xa.4",
        tally: { total: 25, counts: { recognised: 16, registered: 25 } },
        shares: [
          { category: "recognised", count: 16, percent: { value: 64, exact: "64" } },
          { category: "registered", count: 25, percent: { value: 100, exact: "100" } },
        ],
        status: "notMet",
      },
    ]);
    expect(xa.childTiers).toEqual({ dat: 16 });
    expect(r2023.issues).toEqual([]);
    const reason = r2023.evaluations
      .find((e) => e.subject.id === "xa-h")!
      .nodes.find((n) => n.id === "xa.4")!.reason;
    expect(reason).toMatchObject({
      code: "share_not_met",
      params: { count: 16, total: 25, leastPassing: 18 },
    });
  });

  it("20 of 25 passes, and so does 18 of 25 (2022): the commune reaches tier dat", () => {
    expect(r2024.units[0]).toMatchObject({ met: 4, applicable: 4, tier: "dat" });
    const r2022 = rollup(tt124, [commune(2022), ...areas(2022)], { categories });
    expect(r2022.units[0]!.values[0]!.tally.counts).toEqual({ recognised: 18, registered: 25 });
    expect(r2022.units[0]).toMatchObject({ tier: "dat" });
  });

  it("gives the mean of the children's score percent, exactly", () => {
    // count model: 16 areas at 5/5 and 9 at 4/5 → (16 × 100 + 9 × 80) / 25 = 92.8
    expect(r2023.units[0]!.meanChildPercent).toEqual({ value: 92.8, exact: "464/5" });
  });

  it("feeds trend: the commune's series shows xa.4 lost in 2023 and won back in 2024", () => {
    const evaluations = [2022, 2023, 2024].map(
      (year) =>
        rollup(tt124, [commune(year), ...areas(year)], { categories }).evaluations.find(
          (e) => e.subject.id === "xa-h",
        )!,
    );
    const t = trend(evaluations, { frameworks: [tt124] });
    expect(t.series.map((p) => [p.period.id, p.period.start, p.period.end, p.tier])).toEqual([
      ["2022", "2021-11-16", "2022-11-15", "dat"],
      ["2023", "2022-11-16", "2023-11-15", null],
      ["2024", "2023-11-16", "2024-11-15", "dat"],
    ]);
    expect(t.regressions).toEqual([
      {
        period: "2023",
        previous: "2022",
        kinds: ["count", "criteria", "tier"],
        met: { before: 4, after: 3 },
        criteriaLost: ["xa.4"],
        tier: { before: "dat", after: null },
      },
    ]);
    expect(t.gaps).toEqual([]);
    const models = t.growth!.find((g) => g.node === "xa.1.c")!;
    expect(models).toMatchObject({ absolute: 2, relative: 2, days: 731 });
    expect(models.years).toEqual({ whole: 2, days: 0, yearDays: 365, value: 2 });
    expect(models.annualRate).toBeCloseTo(Math.sqrt(3) - 1, 12);
  });
});

describe("nothing skipped silently", () => {
  const base = [commune(2023), ...areas(2023)];

  it("a child counted twice is counted once, with an issue", () => {
    const r = rollup(tt124, [...base, areas(2023)[3]!], { categories });
    expect(r.units[0]!.values[0]!.tally).toEqual({
      total: 25,
      counts: { recognised: 16, registered: 25 },
    });
    expect(r.issues.map((i) => i.code)).toEqual(["rollup_duplicate_unit"]);
  });

  it("a missing child counts in the total and in no category", () => {
    const declared = [
      { id: "xa-h", kind: "xa" },
      ...Array.from({ length: 26 }, (_, i) => ({
        id: `xa-h-kdc${pad(i + 1)}`,
        parent: "xa-h",
        kind: "kdc",
      })),
    ];
    const r = rollup(tt124, base, { categories, units: declared });
    expect(r.units[0]!.values[0]!.tally).toEqual({
      total: 26,
      counts: { recognised: 16, registered: 25 },
    });
    expect(r.units[0]!.unusable).toEqual(["xa-h-kdc26"]);
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ["rollup_missing_child", ["units", "xa-h-kdc26"]],
    ]);
  });

  it("a child of another framework version, or another period, is an issue and not counted in a category", () => {
    const [xa, first, second, ...rest] = base;
    const old = { ...first!, framework: { id: "vn-tt124-2021", version: "2020" } };
    const late = { ...second!, period: { id: "2024", start: "2023-11-01", end: "2024-10-31" } };
    const r = rollup(tt124, [late, ...rest, old, xa!], { categories });
    expect(r.issues.map((i) => i.code)).toEqual([
      "rollup_other_framework",
      "rollup_period_mismatch",
    ]);
    expect(r.units[0]!.values[0]!.tally.total).toBe(25);
    expect(r.units[0]!.unusable).toEqual(["xa-h-kdc01", "xa-h-kdc02"]);
  });

  it("a share node with no way to count its categories is an issue", () => {
    const r = rollup(tt124, base);
    expect(r.issues.map((i) => i.code)).toEqual(["rollup_no_predicate"]);
    expect(r.units[0]!.values).toEqual([]);
  });
});

// A four-level hierarchy: province → town → ward → residential area, each level a share rule on the
// level below (a test framework in the manner of TT 124, not a published one).
const chain = parseFramework(
  tt124Framework({
    id: "test-rollup-chain",
    example: true,
    subjectKinds: [
      { id: "tinh", title: { vi: "Tỉnh" } },
      { id: "huyen", title: { vi: "Huyện" } },
      { id: "xa", title: { vi: "Xã" } },
      { id: "kdc", title: { vi: "Khu dân cư" } },
    ],
    nodes: [
      {
        id: "kdc",
        kind: "group",
        title: { vi: "Khu dân cư" },
        appliesTo: ["kdc"],
        children: [
          {
            id: "kdc.1",
            kind: "criterion",
            title: { vi: "Tiêu chí 1" },
            value: { type: "verdict" },
            rule: { type: "judged" },
          },
        ],
      },
      ...(["xa", "huyen", "tinh"] as const).map((kind, i) => ({
        id: kind,
        kind: "group" as const,
        title: { vi: kind },
        appliesTo: [kind],
        children: [
          {
            id: `${kind}.1`,
            kind: "criterion" as const,
            title: { vi: "≥ 70% đơn vị cấp dưới đạt" },
            rule: {
              type: "share" as const,
              category: "dat",
              comparator: ">=" as const,
              percent: 70,
              children: { dat: { tier: "dat" } },
              childKind: ["kdc", "xa", "huyen"][i]!,
            },
          },
        ],
      })),
    ],
    tiers: [{ id: "dat", title: { vi: "Đạt" }, conditions: [{ type: "allMet" }] }],
  }),
);

function unit(id: string, kind: string, parent: string | undefined, met?: boolean): Assessment {
  return {
    framework: { id: "test-rollup-chain", version: "2021" },
    subject: { id, kind, ...(parent === undefined ? {} : { parent }) },
    period: { id: "2023", start: "2023-01-01", end: "2023-12-31" },
    entries: met === undefined ? [] : [{ node: "kdc.1", status: met ? "met" : "notMet" }],
  };
}

// Province P: towns H1 (wards X1: 4/5 areas, X2: 3/5) and H2 (ward X3: 5/5).
const hierarchy: Assessment[] = [
  unit("p", "tinh", undefined),
  unit("h1", "huyen", "p"),
  unit("h2", "huyen", "p"),
  unit("x1", "xa", "h1"),
  unit("x2", "xa", "h1"),
  unit("x3", "xa", "h2"),
  ...[4, 3, 5].flatMap((metCount, w) =>
    Array.from({ length: 5 }, (_, k) =>
      unit(`x${w + 1}-k${k + 1}`, "kdc", `x${w + 1}`, k < metCount),
    ),
  ),
];

describe("a hierarchy of any depth", () => {
  const r = rollup(chain, hierarchy);

  it("rolls residential areas into wards, wards into towns and towns into the province", () => {
    const byId = new Map(r.units.map((u) => [u.unit, u]));
    expect([...byId.keys()].slice(0, 6)).toEqual(["p", "h1", "h2", "x1", "x2", "x3"]);
    expect(byId.get("x1")).toMatchObject({ depth: 2, tier: "dat" }); // 4/5 = 80 %
    expect(byId.get("x2")).toMatchObject({ depth: 2, tier: null }); // 3/5 = 60 %
    expect(byId.get("h1")!.values[0]!.tally).toEqual({ total: 2, counts: { dat: 1 } }); // 50 %
    expect(byId.get("h1")).toMatchObject({ tier: null });
    expect(byId.get("h2")).toMatchObject({ tier: "dat" });
    expect(byId.get("p")!.values[0]!.tally).toEqual({ total: 2, counts: { dat: 1 } });
    expect(byId.get("p")).toMatchObject({ depth: 0, tier: null });
    expect(r.issues).toEqual([]);
  });

  it("is identical for any permutation of the input", () => {
    const reference = JSON.stringify(r);
    fc.assert(
      fc.property(
        fc.shuffledSubarray(hierarchy, {
          minLength: hierarchy.length,
          maxLength: hierarchy.length,
        }),
        (shuffled) => {
          expect(JSON.stringify(rollup(chain, shuffled))).toBe(reference);
        },
      ),
      { numRuns: 50 },
    );
  });

  it("reports a cycle instead of looping", () => {
    const looped = hierarchy.map((a) =>
      a.subject.id === "p" ? { ...a, subject: { ...a.subject, parent: "x3" } } : a,
    );
    const out = rollup(chain, looped);
    expect(out.issues.map((i) => i.code)).toEqual(["rollup_cycle"]);
  });

  it("does not mutate its inputs", () => {
    const copy = structuredClone(hierarchy);
    rollup(chain, hierarchy);
    expect(hierarchy).toEqual(copy);
  });
});
