import { describe, expect, it } from "vitest";
import { IMPLEMENTATIONS } from "../../bench/implementations.js";
import { disagreements, outcomesOf } from "../../bench/outcome.js";
import { generateSummarize } from "../../bench/prototypes/generatedSummarize.js";
import {
  CRITERIA,
  exactThreshold,
  INDICATORS,
  type IndicatorSpec,
  makeAssessments,
  makeFramework,
} from "../../bench/workload.js";
import type { Assessment } from "../../src/assessment/schema.js";
import { AssessmentSchema } from "../../src/assessment/schema.js";
import { lintFramework } from "../../src/framework/lintFramework.js";
import { safeParseFramework } from "../../src/framework/safeParseFramework.js";
import { compileFramework } from "../../src/scoring/compileFramework.js";

// The benchmark is only meaningful if every implementation computes the same thing: this proves it on a
// smaller workload than the 10 000 assessments that bench/ times.
const framework = makeFramework();
const assessments = makeAssessments(500);

/** A value that meets `spec`, on its threshold where the comparator allows it. */
const meeting = (spec: IndicatorSpec): number | boolean => {
  const threshold = exactThreshold(spec);
  if (typeof threshold === "boolean") return threshold;
  if (spec.comparator === ">") return threshold + 1;
  if (spec.comparator === "<" || spec.comparator === "!=") return threshold - 1;
  return threshold;
};

const assessmentWith = (values: Readonly<Record<string, number | boolean>>): Assessment => ({
  framework: { id: framework.id, version: framework.version },
  subject: { id: "unit-boundary" },
  period: { id: "2025", start: "2024-11-16", end: "2025-11-15" },
  example: true,
  entries: INDICATORS.map((spec) => ({ node: spec.id, value: values[spec.id] ?? meeting(spec) })),
});

describe("the benchmark workload", () => {
  it("is a valid framework without lint issues, of 19 criteria, 57 indicators and 100 points", () => {
    expect(safeParseFramework(framework).success).toBe(true);
    expect(lintFramework(framework)).toEqual([]);
    expect(CRITERIA).toHaveLength(19);
    expect(INDICATORS).toHaveLength(57);
    expect(CRITERIA.reduce((sum, criterion) => sum + criterion.points, 0)).toBe(100);
    for (const criterion of CRITERIA) {
      expect(INDICATORS.filter((spec) => spec.criterion === criterion.id)).toHaveLength(3);
    }
  });

  it("generates valid assessments, the same ones for the same seed", () => {
    for (const assessment of assessments) {
      expect(AssessmentSchema.safeParse(assessment).success).toBe(true);
      expect(assessment.entries).toHaveLength(57);
    }
    expect(makeAssessments(500)).toEqual(assessments);
    expect(makeAssessments(500, 7)).not.toEqual(assessments);
  });

  it("puts values exactly on the thresholds often, including 1.1 × 50 = 55", () => {
    const on = (id: string, value: number) =>
      assessments.filter((a) => a.entries.find((entry) => entry.node === id)?.value === value)
        .length;
    expect(on("3.1", 55)).toBeGreaterThan(50);
    expect(on("11.1", 77)).toBeGreaterThan(50);
    expect(on("2.2", 92.5)).toBeGreaterThan(50);
    expect(on("2.3", 0.3)).toBeGreaterThan(50);
  });

  it("computes 1.1 × 50 as exactly 55, where floating point gives 55.00000000000001", () => {
    const spec = INDICATORS.find((indicator) => indicator.id === "3.1")!;
    expect(1.1 * 50).not.toBe(55);
    expect(exactThreshold(spec)).toBe(55);
  });
});

describe("every implementation", () => {
  it.each(IMPLEMENTATIONS.map((implementation) => [implementation.name, implementation]))(
    "%s meets all 19 criteria when every value sits on its threshold",
    async (_, implementation) => {
      const [outcome] = await outcomesOf(implementation, framework, [assessmentWith({})]);
      expect(outcome).toEqual({ met: 19, points: 100, tier: "dat" });
    },
  );

  it.each(IMPLEMENTATIONS.map((implementation) => [implementation.name, implementation]))(
    "%s fails criterion 3 (6 points) when 3.1 is 54.99, just under 1.1 × 50",
    async (_, implementation) => {
      const [outcome] = await outcomesOf(implementation, framework, [
        assessmentWith({ "3.1": 54.99 }),
      ]);
      expect(outcome).toEqual({ met: 18, points: 94, tier: "kha" });
    },
  );

  // a long timeout: six implementations × 500 assessments take seconds on a loaded CI machine
  it("agrees with the hand loop on met count, points and tier for 500 assessments", async () => {
    const [reference, ...others] = IMPLEMENTATIONS;
    const expected = await outcomesOf(reference!, framework, assessments);
    // all four tiers occur, so the comparison covers every branch of the tier rules
    expect(new Set(expected.map((outcome) => outcome.tier))).toEqual(
      new Set([null, "trung_binh", "kha", "dat"]),
    );
    for (const implementation of others) {
      const actual = await outcomesOf(implementation, framework, assessments);
      expect({ [implementation.name]: disagreements(expected, actual, assessments) }).toEqual({
        [implementation.name]: [],
      });
    }
  }, 60_000);
});

describe("the generated-summarize prototype", () => {
  it("returns exactly what summarize returns, also with missing values, wrong types and statuses", () => {
    const compiled = compileFramework(framework);
    const generated = generateSummarize(framework, (assessment, context) =>
      compiled.summarize(assessment, context),
    );
    expect(generated).toBeDefined();
    const variants = assessments.map((assessment, i) => ({
      ...assessment,
      entries: assessment.entries.flatMap((entry, k) => {
        if (k !== i % 57) return [entry];
        if (i % 4 === 0) return [];
        if (i % 4 === 1) return [{ ...entry, value: "không rõ" }];
        if (i % 4 === 2) return [{ ...entry, status: "notApplicable" as const }];
        return [entry];
      }),
    }));
    for (const assessment of [...assessments, ...variants]) {
      expect(generated!(assessment)).toEqual(compiled.summarize(assessment));
    }
  });
});
