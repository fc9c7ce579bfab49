// trend (issue 9) on the Cửa Lò fixtures. Nghi Hương's 20/22 (26/4/2023) and 18/22 (2/11/2023) under
// QĐ 5764 and its 31/34 (26/4/2023) under QĐ 9745 are reported counts; which criteria are unmet, and
// every other period, is EXAMPLE DATA ("example": true in fixtures/assessments/index.json).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDaysIso } from "../../src/core/dates.js";
import { compileFramework } from "../../src/scoring/compileFramework.js";
import { evaluate } from "../../src/scoring/evaluate.js";
import type { Evaluation } from "../../src/scoring/types.js";
import { trend } from "../../src/trend/trend.js";
import type { TrendInput } from "../../src/trend/trendInput.js";
import { fixtureAssessment, fixtureFramework } from "../scoring/loadFixtures.js";

const qd5764 = fixtureFramework("vn-qd5764-2021-22");
const qd9745 = fixtureFramework("vn-qd9745-2022-34");
const cap2024 = fixtureFramework("vn-cap-kieu-mau-2024-20");

const ev = (name: string): Evaluation => {
  const assessment = fixtureAssessment(name);
  const framework = name.endsWith("qd5764") ? qd5764 : name.endsWith("qd9745") ? qd9745 : cap2024;
  return evaluate(framework, assessment);
};

const april5764 = ev("nghi-huong-2023-04-26-qd5764");
const november5764 = ev("nghi-huong-2023-11-02-qd5764");
const december5764 = ev("nghi-huong-2023-12-qd5764");
const huong2024 = ev("nghi-huong-2024-12-cap2024");
const huong9745 = ["2023-04-26", "2023-12", "2024-12"].map((p) => ev(`nghi-huong-${p}-qd9745`));
const thuy9745 = ["2023-04", "2023-12", "2024-12"].map((p) => ev(`nghi-thuy-${p}-qd9745`));

describe("trend on Nghi Hương, QĐ 5764 (reported 20/22 then 18/22)", () => {
  const t = trend([november5764, april5764]);

  it("orders the periods by their days and shows 20/22 → 18/22 as a regression", () => {
    expect(t.series.map((p) => [p.period.id, p.period.end, `${p.met}/${p.applicable}`])).toEqual([
      ["2023-04", "2023-04-26", "20/22"],
      ["2023-11", "2023-11-02", "18/22"],
    ]);
    expect(t.regressions).toEqual([
      {
        period: "2023-11",
        previous: "2023-04",
        kinds: ["count", "criteria"],
        met: { before: 20, after: 18 },
        criteriaLost: ["tc11", "tc21"],
        tier: { before: null, after: null },
      },
    ]);
    expect(t.changes[0]).toMatchObject({
      met: { before: 20, after: 18, delta: -2 },
      gained: [],
      lost: ["tc11", "tc21"],
    });
  });

  it("treats two reports from the same 1/1 as snapshots of one window: no overlap, no gap", () => {
    expect(t.series.map((p) => p.snapshot)).toEqual([false, true]);
    expect(t.series[1]!.daysSincePrevious).toBe(190);
    expect(t.gaps).toEqual([]);
    expect(t.issues).toEqual([]);
  });

  it("gives first-met periods and streaks per criterion", () => {
    const byId = new Map(t.criteria!.map((c) => [c.id, c]));
    expect(byId.get("tc1")).toMatchObject({ firstMet: "2023-04", streak: 2, lostIn: [] });
    expect(byId.get("tc11")).toMatchObject({
      statuses: ["met", "notMet"],
      firstMet: "2023-04",
      streak: 0,
      lostIn: ["2023-11"],
    });
    expect(byId.get("tc4")).toMatchObject({ firstMet: null, streak: 0 });
    expect(t.criteria!.map((c) => c.id).slice(0, 3)).toEqual(["tc1", "tc2", "tc3"]);
  });

  it("projects nothing on a falling count: not at this pace, with the numbers behind it", () => {
    const all = t.projection!.targets[0]!;
    expect(all).toMatchObject({ target: "all", count: 22, remaining: 4 });
    expect(all.criteriaPerPeriod).toEqual({ status: "notAtThisPace" });
    expect(all.leastSquares).toEqual({ status: "notAtThisPace" });
    expect(t.projection!.pace.criteriaPerPeriod).toEqual({ value: -2, exact: "-2" });
    expect(t.projection!.pace.leastSquaresPerDay).toEqual({ value: -1 / 95, exact: "-1/95" });
  });
});

describe("trend on Nghi Hương, QĐ 9745 (31/34 reported, then example data)", () => {
  const t = trend([...huong9745].reverse(), { frameworks: [qd9745] });

  it("shows the criteria won per period and the tier reached", () => {
    expect(t.series.map((p) => `${p.met}/${p.applicable}`)).toEqual(["31/34", "33/34", "34/34"]);
    expect(t.changes.map((c) => c.gained)).toEqual([["tc9", "tc17"], ["tc28"]]);
    expect(t.series.map((p) => p.tier)).toEqual([null, null, "dien_hinh"]);
    expect(t.regressions).toEqual([]);
  });

  it("says the target is reached, by both methods", () => {
    expect(t.projection!.targets).toEqual([
      {
        target: "all",
        count: 34,
        remaining: 0,
        criteriaPerPeriod: { status: "reached" },
        leastSquares: { status: "reached" },
      },
    ]);
  });
});

describe("projection on Nghi Thủy (example data, QĐ 9745: 22 → 27 → 31 of 34)", () => {
  const t = trend(thuy9745, { frameworks: [qd9745] });
  const p = t.projection!;

  it("states the method and its inputs: real day counts between the periods' ends", () => {
    expect(p.inputs).toEqual([
      { period: "2023-04", end: "2023-04-26", day: 0, met: 22 },
      { period: "2023-12", end: "2023-12-31", day: 249, met: 27 },
      { period: "2024-12", end: "2024-12-31", day: 615, met: 31 },
    ]);
    expect(p.pace.criteriaPerPeriod).toEqual({ value: 4.5, exact: "9/2" });
    expect(p.pace.daysPerPeriod).toEqual({ value: 307.5, exact: "615/2" });
  });

  it("projects all 34 (and tier dien_hinh, which needs all) one period after the last end", () => {
    const [all, tier] = p.targets;
    expect(all).toMatchObject({ target: "all", remaining: 3 });
    expect(all!.criteriaPerPeriod).toEqual({
      status: "projected",
      periods: 1,
      days: 308,
      date: "2025-11-04",
    });
    expect(tier).toMatchObject({ target: "tier", tier: "dien_hinh", count: 34, remaining: 3 });
    // Least squares: slope = (3·Σxy − Σx·Σy) / (3·Σxx − Σx²), exact; 3 / slope days, rounded up.
    const xs = [0, 249, 615];
    const ys = [22, 27, 31];
    const sx = xs.reduce((a, b) => a + b);
    const sy = ys.reduce((a, b) => a + b);
    const sxy = xs.reduce((a, x, i) => a + x * ys[i]!, 0);
    const sxx = xs.reduce((a, x) => a + x * x, 0);
    const num = 3 * sxy - sx * sy;
    const den = 3 * sxx - sx * sx;
    const days = Math.ceil((3 * den) / num);
    expect(all!.leastSquares).toMatchObject({ status: "projected", days });
    expect(all!.leastSquares).not.toHaveProperty("periods");
  });

  it("never gives a date on or before the last period's end", () => {
    for (const target of p.targets) {
      for (const e of [target.criteriaPerPeriod, target.leastSquares]) {
        if (e?.status === "projected") expect(e.date > "2024-12-31").toBe(true);
      }
    }
  });
});

describe("trend across framework versions: QĐ 5764 (2021) → the 2024 set", () => {
  const t = trend([huong2024, december5764, november5764, april5764], {
    frameworks: [cap2024, qd5764],
  });

  it("continues the series with a visible break where the framework changed", () => {
    expect(
      t.series.map((p) => [p.period.id, p.framework.id, `${p.met}/${p.applicable}`, p.break]),
    ).toEqual([
      ["2023-04", "vn-qd5764-2021-22", "20/22", false],
      ["2023-11", "vn-qd5764-2021-22", "18/22", false],
      ["2023-12", "vn-qd5764-2021-22", "18/22", false],
      ["2024-12", "vn-cap-kieu-mau-2024-20", "20/20", true],
    ]);
    expect(t.frameworks).toEqual([
      { id: "vn-qd5764-2021-22", version: "2021" },
      { id: "vn-cap-kieu-mau-2024-20", version: "2024" },
    ]);
    expect(t.issues).toEqual([]);
  });

  it("follows criteria through the node map: tc1–tc20 go on, tc21 and tc22 end in 2023", () => {
    const byId = new Map(t.criteria!.map((c) => [`${c.framework.id}#${c.id}`, c]));
    expect(byId.get("vn-cap-kieu-mau-2024-20#tc11")).toMatchObject({
      statuses: ["met", "notMet", "notMet", "met"],
      firstMet: "2023-04",
      streak: 1,
      lostIn: ["2023-11"],
    });
    expect(byId.get("vn-qd5764-2021-22#tc21")).toMatchObject({
      statuses: ["met", "notMet", "notMet", null],
    });
    expect(t.changes.at(-1)).toMatchObject({
      break: true,
      gained: ["tc4", "tc11", "tc15"],
      lost: [],
    });
  });

  it("projects only from the periods since the break: one period, no projection", () => {
    expect(t.projection).toBeNull();
    expect(t.projectionReason).toBe("one_period_since_break");
  });

  it("without the frameworks, keeps to the latest framework id and says why the others are left out", () => {
    const bare = trend([huong2024, april5764]);
    expect(bare.series.map((p) => p.period.id)).toEqual(["2024-12"]);
    expect(bare.issues.map((i) => i.code)).toEqual(["trend_other_framework"]);
  });
});

describe("issues", () => {
  it("reports another subject, another framework, duplicates and invalid records, and drops none silently", () => {
    const other = ev("nghi-thu-2023-04-qd9745");
    const bad = { ...april5764, period: { id: "x", start: "2023-02-30", end: "2023-03-01" } };
    const t = trend(
      [
        april5764,
        november5764,
        november5764,
        other,
        huong9745[0]!,
        bad as TrendInput,
        null as unknown as TrendInput,
      ],
      {
        frameworks: [qd5764],
      },
    );
    expect(t.series.map((p) => p.period.id)).toEqual(["2023-04", "2023-11"]);
    expect(t.issues.map((i) => i.code).sort()).toEqual([
      "trend_duplicate_period",
      "trend_invalid_input",
      "trend_invalid_input",
      "trend_other_framework",
      "trend_other_subject",
    ]);
    for (const issue of t.issues) {
      expect(issue.messages.vi.length).toBeGreaterThan(0);
      expect(issue.messages.en.length).toBeGreaterThan(0);
    }
  });

  it("reports gaps between TT 124 windows (16/11 → 15/11) and never interpolates them", () => {
    const tt124 = fixtureFramework("vn-tt124-2021");
    const base = evaluate(tt124, fixtureAssessment("xa-a-2023-tt124"));
    const at = (year: number) => ({
      ...base,
      period: { id: String(year), start: `${year - 1}-11-16`, end: `${year}-11-15` },
    });
    const t = trend([at(2024), at(2021), at(2022)]);
    expect(t.series.map((p) => p.period.id)).toEqual(["2021", "2022", "2024"]);
    expect(t.gaps).toEqual([
      { after: "2022", before: "2024", start: "2022-11-16", end: "2023-11-15", days: 365 },
    ]);
    expect(t.series.map((p) => p.daysSincePrevious)).toEqual([null, 365, 731]);
    // Given the framework, the gap names the missing window: the commune window ending in 2023.
    const named = trend([at(2024), at(2021), at(2022)], { frameworks: [tt124] });
    expect(named.gaps[0]!.windows).toEqual([
      { year: 2023, start: "2022-11-16", end: "2023-11-15" },
    ]);
  });

  it("reports overlapping periods and ids that sort against their dates", () => {
    const mk = (id: string, start: string, end: string) => ({
      ...april5764,
      period: { id, start, end },
    });
    const t = trend([
      mk("2023", "2023-01-01", "2023-12-31"),
      mk("2022", "2023-06-01", "2024-05-31"),
    ]);
    expect(t.issues.map((i) => i.code)).toEqual([
      "trend_overlapping_periods",
      "trend_period_out_of_order",
    ]);
    expect(t.issues[0]!.messages.vi).toContain("01/06/2023");
  });

  it("handles empty input", () => {
    const t = trend([]);
    expect(t).toMatchObject({
      series: [],
      changes: [],
      projection: null,
      projectionReason: "no_period",
      issues: [],
    });
  });
});

describe("the bulk path: summaries without nodes", () => {
  const compiled = compileFramework(qd9745);
  const summaries: TrendInput[] = ["2023-04", "2023-12", "2024-12"].map((p) => {
    const assessment = fixtureAssessment(`nghi-thuy-${p}-qd9745`);
    return {
      ...compiled.summarize(assessment),
      framework: assessment.framework,
      subject: assessment.subject,
      period: assessment.period,
    };
  });

  it("keeps the series, changes and projection, and marks the per-criterion parts unavailable", () => {
    const full = trend(thuy9745, { frameworks: [qd9745] });
    const light = trend(summaries, { frameworks: [qd9745] });
    expect(light.series).toEqual(full.series);
    expect(light.projection).toEqual(full.projection);
    expect(light.criteria).toBeNull();
    expect(light.growth).toBeNull();
    expect(light.changes.map((c) => [c.met.delta, c.gained])).toEqual([
      [5, null],
      [4, null],
    ]);
  });
});

describe("properties", () => {
  const inputs = [april5764, november5764, december5764, huong2024];

  it("is independent of the input order", () => {
    const reference = JSON.stringify(trend(inputs, { frameworks: [qd5764, cap2024] }));
    fc.assert(
      fc.property(fc.shuffledSubarray(inputs, { minLength: 4, maxLength: 4 }), (shuffled) => {
        expect(JSON.stringify(trend(shuffled, { frameworks: [cap2024, qd5764] }))).toBe(reference);
      }),
      { numRuns: 50 },
    );
  });

  it("has no projection with one period, whatever it is", () => {
    fc.assert(
      fc.property(fc.constantFrom(...inputs, ...thuy9745, ...huong9745), (one) => {
        const t = trend([one]);
        expect(t.projection).toBeNull();
        expect(t.projectionReason).toBe("one_period");
      }),
      { numRuns: 50 },
    );
  });

  it("never projects a date on or before the last end, and never one with a pace ≤ 0", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            gap: fc.integer({ min: 1, max: 800 }),
            met: fc.integer({ min: 0, max: 22 }),
          }),
          {
            minLength: 2,
            maxLength: 6,
          },
        ),
        (steps) => {
          let end = "2020-01-01";
          const series = steps.map(({ gap, met }, i) => {
            const start = addDaysIso(end, 1);
            end = addDaysIso(end, gap);
            return {
              ...april5764,
              count: { ...april5764.count, met },
              nodes: undefined,
              period: { id: `p${String(i).padStart(2, "0")}`, start, end },
            };
          });
          const t = trend(series);
          for (const target of t.projection!.targets) {
            for (const e of [target.criteriaPerPeriod, target.leastSquares]) {
              if (e?.status === "projected") expect(e.date > end).toBe(true);
            }
          }
          if (t.projection!.pace.criteriaPerPeriod.value <= 0 && (target0(t) ?? 0) > 0) {
            expect(t.projection!.targets[0]!.criteriaPerPeriod).toEqual({
              status: "notAtThisPace",
            });
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  it("does not mutate its inputs", () => {
    const frozen = structuredClone(inputs);
    trend(inputs, { frameworks: [qd5764, cap2024] });
    expect(inputs).toEqual(frozen);
  });
});

function target0(t: ReturnType<typeof trend>): number | null {
  return t.projection?.targets[0]?.remaining ?? null;
}
