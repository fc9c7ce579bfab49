import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rank } from "../../src/units/rank.js";
import { deepFreeze } from "../scoring/helpers.js";
import { cuaLoWards, light, unit } from "./cuaLo.js";

describe("rank: the Cửa Lò wards (QĐ 9745, December 2023, example data)", () => {
  const wards = deepFreeze(cuaLoWards());

  it("gives a league table by criteria met, ties by the competition rule", () => {
    const table = rank(wards, { by: "count" });
    expect(table.issues).toEqual([]);
    expect(table.rows.map((row) => [row.subject, row.value, row.rank])).toEqual([
      // Nghi Hương and Thu Thủy tie at 33: both 1st, listed by subject id; the next is 3rd.
      ["nghi-huong", 33, 1],
      ["thu-thuy", 33, 1],
      ["nghi-hai", 32, 3],
      ["nghi-tan", 31, 4],
      ["nghi-thu", 30, 5],
      ["nghi-hoa", 29, 6],
      ["nghi-thuy", 27, 7],
    ]);
    expect(table.framework).toEqual({ id: "vn-qd9745-2022-34", version: "2022" });
    expect(table.secondaryOrder).toBe("subject.id (UTF-16 code-unit order)");
  });

  it("applies the dense and fractional tie rules", () => {
    expect(rank(wards, { by: "count", ties: "dense" }).rows.map((r) => r.rank)).toEqual([
      1, 1, 2, 3, 4, 5, 6,
    ]);
    // The tied pair holds positions 1 and 2: each gets their mean, 1.5; the ranks still sum to 28.
    expect(rank(wards, { by: "count", ties: "fractional" }).rows.map((r) => r.rank)).toEqual([
      1.5, 1.5, 3, 4, 5, 6, 7,
    ]);
  });

  it("states percentiles exactly (mean definition)", () => {
    const rows = rank(wards, { by: "count" }).rows;
    // nghi-huong and thu-thuy: 5 below, 2 equal (themselves): 100 × (5 + 2/2) / 7 = 600/7.
    expect(rows[0]!.percentile).toEqual({ value: 600 / 7, exact: "600/7" });
    expect(rows[1]!.percentile).toEqual(rows[0]!.percentile);
    // nghi-hai: 4 below, 1 equal: 100 × 4.5 / 7 = 450/7.
    expect(rows[2]!.percentile.exact).toBe("450/7");
    // nghi-tan: 3 below, 1 equal: 100 × 3.5 / 7 = 50 exactly, in lowest terms.
    expect(rows[3]!.percentile).toEqual({ value: 50, exact: "50" });
    // nghi-thuy: nothing below: 100 × 0.5 / 7.
    expect(rows[6]!.percentile.exact).toBe("50/7");
    expect(rank([wards[0]!]).rows[0]!.percentile.exact).toBe("50");
  });

  it("ranks by score (the count model's score) and within the parent town", () => {
    const table = rank(wards, { by: "score", groupBy: "parent" });
    expect(table.rows.map((r) => r.group)).toEqual(Array(7).fill("cua-lo"));
    expect(table.rows.map((r) => r.groupRank)).toEqual(table.rows.map((r) => r.rank));
    expect(table.rows[0]!.value).toBeCloseTo((33 / 34) * 100, 10);
  });

  it("ranks by tier with the framework's tier order; no tier is position 0", () => {
    const table = rank(wards, { by: "tier" });
    expect(table.rows.every((row) => row.value === 0 && row.rank === 1)).toBe(true);
    expect(rank(wards.map(light), { by: "tier" }).unranked).toHaveLength(7);
    expect(rank(wards.map(light), { by: "tier", tierOrder: ["dien_hinh"] }).rows).toHaveLength(7);
  });

  it("ranks the bulk path's light records exactly as full evaluations", () => {
    expect(rank(wards.map(light), { by: "count" }).rows).toEqual(rank(wards, { by: "count" }).rows);
  });

  it("leaves out units without points, with the reason", () => {
    const table = rank(wards, { by: "points" });
    expect(table.rows).toEqual([]);
    expect(table.unranked.map((u) => u.reason)).toEqual(Array(7).fill("no_points"));
  });
});

describe("rank: bad input", () => {
  it("reports another framework, another version, duplicates and non-evaluations", () => {
    const other = { ...unit("b", 3), framework: { id: "test", version: "2" } };
    const table = rank(
      [unit("a", 5), other, unit("c", 4), unit("c", 6), null, { subject: { id: "__proto__" } }],
      { by: "count" },
    );
    expect(table.rows.map((r) => r.subject)).toEqual(["a"]);
    expect(table.issues.map((i) => [i.code, i.path.join(".")])).toEqual([
      ["framework_mismatch", "units.1.framework"],
      ["invalid_unit", "units.4"],
      ["invalid_unit", "units.5"],
      ["duplicate_subject", "units.2.subject.id"],
      ["duplicate_subject", "units.3.subject.id"],
    ]);
    for (const issue of table.issues) {
      expect(issue.messages.vi).not.toBe("");
      expect(issue.messages.en).toBe(issue.message);
    }
  });

  it("rejects NaN and Infinity scores, and a non-list, without throwing", () => {
    const nan = {
      ...unit("x", 1),
      score: { status: "scored", value: Number.NaN, max: 10, percent: 0 },
    };
    const inf = {
      ...unit("y", 1),
      count: { ...unit("y", 1).count, met: Number.POSITIVE_INFINITY },
    };
    expect(rank([nan, inf]).issues.map((i) => i.code)).toEqual(["invalid_unit", "invalid_unit"]);
    expect(rank("nope" as unknown as unknown[]).issues[0]!.code).toBe("invalid_unit");
    expect(rank([]).rows).toEqual([]);
  });

  it("compares scores of different maxima exactly", () => {
    const a = { ...unit("a", 1), score: { status: "scored", value: 1, max: 3, percent: 100 / 3 } };
    const b = { ...unit("b", 1), score: { status: "scored", value: 2, max: 6, percent: 200 / 6 } };
    const c = {
      ...unit("c", 1),
      score: { status: "scored", value: 0.1, max: 0.3, percent: 100 / 3 },
    };
    const rows = rank([c, b, a], { by: "score" }).rows;
    expect(rows.map((r) => [r.subject, r.rank])).toEqual([
      ["a", 1],
      ["b", 1],
      ["c", 1],
    ]);
  });

  it("warns about units without the peer-group attribute and ranks them together", () => {
    const table = rank([unit("a", 1, { region: "r1" }), unit("b", 2)], {
      by: "count",
      groupBy: "region",
    });
    expect(table.rows.map((r) => [r.subject, r.group, r.groupRank])).toEqual([
      ["b", null, 1],
      ["a", "r1", 1],
    ]);
    expect(table.issues.map((i) => [i.code, i.severity])).toEqual([["missing_group", "warning"]]);
  });

  it("does not mutate its input", () => {
    const units = deepFreeze([unit("a", 1), unit("b", 2)]);
    expect(() => rank(units, { by: "count", groupBy: "parent" })).not.toThrow();
  });
});

describe("rank: properties", () => {
  const cohort = fc.uniqueArray(
    fc.record({ id: fc.stringMatching(/^[a-z]{1,4}$/), met: fc.integer({ min: 0, max: 10 }) }),
    { selector: (u) => u.id, maxLength: 40 },
  );
  const tieRule = fc.constantFrom("competition", "dense", "fractional") as fc.Arbitrary<
    "competition" | "dense" | "fractional"
  >;

  it("is independent of the input order", () => {
    fc.assert(
      fc.property(cohort, tieRule, fc.integer(), (specs, ties, seed) => {
        const units = specs.map((s) => unit(s.id, s.met, { parent: s.id.length % 2 ? "p" : "q" }));
        const shuffled = fc.sample(fc.shuffledSubarray(units, { minLength: units.length }), {
          seed,
          numRuns: 1,
        })[0]!;
        const options = { by: "count", ties, groupBy: "parent" } as const;
        expect(JSON.stringify(rank(shuffled, options))).toBe(JSON.stringify(rank(units, options)));
      }),
      { numRuns: 100 },
    );
  });

  it("handles ties per rule: equal values share a rank; competition skips, dense does not", () => {
    fc.assert(
      fc.property(cohort, (specs) => {
        const units = specs.map((s) => unit(s.id, s.met));
        const competition = rank(units, { by: "count" }).rows;
        const dense = rank(units, { by: "count", ties: "dense" }).rows;
        const fractional = rank(units, { by: "count", ties: "fractional" }).rows;
        let distinctAbove = 0;
        for (let i = 0; i < competition.length; i++) {
          const row = competition[i]!;
          const above = competition.filter((r) => r.value > row.value).length;
          const equal = competition.filter((r) => r.value === row.value).length;
          if (i > 0 && competition[i - 1]!.value !== row.value) distinctAbove++;
          expect(row.rank).toBe(above + 1);
          expect(dense[i]!.rank).toBe(distinctAbove + 1);
          expect(fractional[i]!.rank).toBe(above + (equal + 1) / 2);
        }
        // Fractional ranks always sum to 1 + 2 + … + n.
        const n = fractional.length;
        expect(fractional.reduce((sum, r) => sum + r.rank, 0)).toBe((n * (n + 1)) / 2);
      }),
      { numRuns: 100 },
    );
  });
});

describe("rank: a large cohort", () => {
  it("ranks 500 000 units (no spread into Math.max)", () => {
    const units = Array.from({ length: 500_000 }, (_, i) =>
      unit(`u${i}`, (i * 7919) % 101, { total: 100, parent: `d${i % 700}` }),
    );
    const table = rank(units, { by: "score", groupBy: "parent" });
    expect(table.rows).toHaveLength(500_000);
    expect(table.rows[0]!.value).toBe(100);
    expect(table.rows[499_999]!.value).toBe(0);
  }, 120_000);
});
