import { describe, expect, it } from "vitest";
import {
  CRITERIA,
  generateLines,
  groupRecords,
  makeScaleFramework,
  SCALE_REVIEW,
} from "../../bench/scale/workload.js";
import { checkAssessment } from "../../src/assessment/checkAssessment.js";
import { compileAssessmentParser } from "../../src/assessment/compileAssessmentParser.js";
import { safeParseAssessment } from "../../src/assessment/safeParseAssessment.js";
import { lintFramework } from "../../src/framework/lintFramework.js";
import { safeParseFramework } from "../../src/framework/safeParseFramework.js";
import { compileFramework } from "../../src/scoring/compileFramework.js";
import { trend } from "../../src/trend/trend.js";
import { rank } from "../../src/units/rank.js";
import { reviewCohort } from "../../src/units/reviewCohort.js";
import {
  lintReviewDefinition,
  safeParseReviewDefinition,
} from "../../src/units/reviewDefinition.js";

// The national-scale benchmark (bench/scale, `npm run bench:scale`) is only meaningful if its text is
// what it claims and the stages it times compute the same thing as the reference functions: this
// checks it on 30 units × 10 periods instead of 10 000 × 10.

const lines: string[] = [];
generateLines(30, 10, (line) => lines.push(line));

describe("the national-scale workload", () => {
  const parsed = safeParseFramework(makeScaleFramework());

  it("is a valid framework of 100 criteria that lints clean", () => {
    expect(parsed.success).toBe(true);
    if (!parsed.success) return;
    expect(CRITERIA).toHaveLength(100);
    expect(lintFramework(parsed.data).filter((issue) => issue.severity === "error")).toEqual([]);
  });

  it("is deterministic: the same arguments give the same text", () => {
    const again: string[] = [];
    generateLines(30, 10, (line) => again.push(line));
    expect(again).toEqual(lines);
    expect(lines).toHaveLength(300);
    // about 2.8 kB per assessment, as bench/README.md says
    const bytes = lines.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0);
    expect(bytes / lines.length).toBeGreaterThan(2500);
    expect(bytes / lines.length).toBeLessThan(3100);
  });

  it("validates by compileAssessmentParser exactly as by the reference functions, without issues", () => {
    if (!parsed.success) throw new Error("framework");
    const framework = parsed.data;
    const parse = compileAssessmentParser(framework);
    for (const line of lines) {
      const json: unknown = JSON.parse(line);
      const reference = safeParseAssessment(json);
      expect(reference.success).toBe(true);
      if (!reference.success) return;
      expect(checkAssessment(reference.data, framework)).toEqual([]);
      expect(JSON.stringify(parse(json))).toBe(
        JSON.stringify({ success: true, data: reference.data, issues: [] }),
      );
    }
  });

  it("summarizes as evaluate does, and spreads over the tiers", () => {
    if (!parsed.success) throw new Error("framework");
    const compiled = compileFramework(parsed.data);
    const parse = compileAssessmentParser(parsed.data);
    const tiers = new Set<string | null>();
    for (const line of lines) {
      const checked = parse(JSON.parse(line));
      if (!checked.success) throw new Error("invalid line");
      const summary = compiled.summarize(checked.data);
      const evaluation = compiled.evaluate(checked.data);
      expect([summary.tier, summary.count.met]).toEqual([evaluation.tier, evaluation.count.met]);
      tiers.add(summary.tier);
    }
    expect(tiers.has("kha") && tiers.has("trung_binh")).toBe(true);
  });

  // The later stages read the light records (summaries with framework, subject and period): on this
  // sample they must give what the full evaluations give.
  it("trends, ranks and reviews the light records as the full evaluations", () => {
    if (!parsed.success) throw new Error("framework");
    const compiled = compileFramework(parsed.data);
    const parse = compileAssessmentParser(parsed.data);
    const lightRecords: ReturnType<typeof lightOf>[] = [];
    const full: ReturnType<typeof compiled.evaluate>[] = [];
    function lightOf(data: Parameters<typeof compiled.summarize>[0]) {
      const { framework, subject, period } = data;
      return { framework, subject, period, ...compiled.summarize(data) };
    }
    // 320 units, so that each of the 63 provinces has 5 or 6 and the 20 % quota lets one keep xuat_sac
    generateLines(320, 10, (line) => {
      const checked = parse(JSON.parse(line));
      if (!checked.success) throw new Error("invalid line");
      lightRecords.push(lightOf(checked.data));
      full.push(compiled.evaluate(checked.data));
    });

    // trend: series, changes and regressions agree; only the per-criterion parts need nodes
    const lightSeries = groupRecords(lightRecords, (r) => r.subject.id);
    const fullSeries = groupRecords(full, (e) => e.subject.id);
    expect(lightSeries).toHaveLength(320);
    let regressions = 0;
    for (const [i, series] of lightSeries.entries()) {
      const a = trend(series);
      const b = trend(fullSeries[i]!);
      expect(a.issues).toEqual([]);
      expect(a.subject).toBe(b.subject);
      expect(a.series).toEqual(b.series);
      // a change names the criteria gained and lost only from full evaluations (null on summaries)
      const withoutCriteria = (changes: typeof a.changes) =>
        changes.map(({ gained, lost, ...rest }) => rest);
      expect(a.changes.every((c) => c.gained === null && c.lost === null)).toBe(true);
      expect(withoutCriteria(a.changes)).toEqual(withoutCriteria(b.changes));
      // regressions of count and tier are the same; "a criterion lost" needs node results
      const withoutLost = (regressions: typeof a.regressions) =>
        regressions
          .map(({ criteriaLost, kinds, ...rest }) => ({
            ...rest,
            kinds: kinds.filter((kind) => kind !== "criteria"),
          }))
          .filter((r) => r.kinds.length > 0);
      expect(a.regressions.every((r) => r.criteriaLost === null)).toBe(true);
      expect(a.regressions).toEqual(
        withoutLost(a.regressions).map((r) => ({ ...r, criteriaLost: null })),
      );
      expect(withoutLost(a.regressions)).toEqual(withoutLost(b.regressions));
      expect(a.criteria).toBeNull();
      expect(b.criteria).not.toBeNull();
      regressions += a.regressions.length;
    }
    expect(regressions).toBeGreaterThan(0);

    // rank and review per period: identical results
    const lightPeriods = groupRecords(lightRecords, (r) => r.period.id);
    const fullPeriods = groupRecords(full, (e) => e.period.id);
    expect(lightPeriods.map((cohort) => cohort.length)).toEqual(Array(10).fill(320));
    let moved = 0;
    let kept = 0;
    for (const [i, cohort] of lightPeriods.entries()) {
      const a = rank(cohort, { by: "score", groupBy: "parent" });
      expect(a.issues).toEqual([]);
      expect(a.rows).toHaveLength(320);
      expect(a).toEqual(rank(fullPeriods[i]!, { by: "score", groupBy: "parent" }));
      const r = reviewCohort(cohort, SCALE_REVIEW);
      expect(r.issues).toEqual([]);
      expect(r).toEqual(reviewCohort(fullPeriods[i]!, SCALE_REVIEW));
      moved += r.quotas.reduce((sum, quota) => sum + quota.moved.length, 0);
      for (const quota of r.quotas) {
        // floor(20 % of the province's rated units) keep xuat_sac, the rest moved down
        expect(quota.allowed).toBe(Math.floor((quota.base * 20) / 100));
        expect(quota.count).toBeLessThanOrEqual(quota.allowed);
      }
      kept += r.units.filter((unit) => unit.rating === "xuat_sac").length;
    }
    // the quota binds, and still leaves some units their xuat_sac
    expect(moved).toBeGreaterThan(0);
    expect(kept).toBeGreaterThan(0);
  }, 30_000);

  it("has a valid review definition that lints clean", () => {
    const review = safeParseReviewDefinition(
      SCALE_REVIEW,
      parsed.success ? parsed.data : undefined,
    );
    expect(review.success).toBe(true);
    if (!review.success) return;
    expect(review.issues).toEqual([]);
    expect(lintReviewDefinition(review.data, parsed.success ? parsed.data : undefined)).toEqual([]);
  });
});
