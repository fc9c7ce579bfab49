import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  type Assessment,
  removeEntry,
  safeParseAssessment,
  setEntry,
  setStatus,
} from "../../../src/assessment/index.js";
import { type Framework, safeParseFramework } from "../../../src/framework/index.js";
import { evaluate } from "../../../src/scoring/evaluate.js";
import { deepFreeze } from "./modelInput.js";

function load(name: string): { framework: Framework; assessment: Assessment } {
  const root = new URL("../../../fixtures/", import.meta.url);
  const framework = safeParseFramework(
    JSON.parse(readFileSync(new URL(`frameworks/${name}.json`, root), "utf8")),
  );
  const assessment = safeParseAssessment(
    JSON.parse(readFileSync(new URL(`assessments/${name}-example.json`, root), "utf8")),
  );
  if (!framework.success) throw new Error(JSON.stringify(framework.error.issues, null, 1));
  if (!assessment.success) throw new Error(JSON.stringify(assessment.error.issues, null, 1));
  return deepFreeze({ framework: framework.data, assessment: assessment.data });
}

function withScoring(framework: Framework, scoring: Framework["scoring"]): Framework {
  return { ...framework, scoring };
}

describe("the scoring models through evaluate, on the international fixtures", () => {
  it("scores the XCCDF example benchmark 625/18 (default) and 11 of 23 (flat), as the recorded scan", () => {
    const { framework, assessment } = load("intl-xccdf-example-benchmark");
    const evaluation = evaluate(framework, assessment);
    expect(evaluation.score).toMatchObject({ status: "scored", max: 100 });
    expect(evaluation.score.status === "scored" && evaluation.score.value).toBeCloseTo(
      625 / 18,
      12,
    );
    expect(
      evaluate(withScoring(framework, { kind: "xccdf", model: "flat" }), assessment).score,
    ).toEqual({
      status: "scored",
      value: 11,
      max: 23,
      percent: 1100 / 23,
    });
    expect(
      evaluate(withScoring(framework, { kind: "xccdf", model: "absolute" }), assessment).score,
    ).toMatchObject({
      value: 0,
    });
  });

  it("reads a multi-check rule's results from its entry value, averaging under the spec and taking the first under OpenSCAP", () => {
    const { framework, assessment } = load("intl-xccdf-example-benchmark");
    // system.a.r1 was a fail; as a multi-check pass, pass, fail it scores 2/3 under the spec.
    const multi = setEntry(assessment, "system.a.r1", { value: ["pass", "pass", "fail"] });
    const spec = evaluate(withScoring(framework, { kind: "xccdf", model: "flat" }), multi).score;
    const openscap = evaluate(
      withScoring(framework, { kind: "xccdf", model: "flat", compat: "openscap" }),
      multi,
    ).score;
    expect(spec).toMatchObject({ value: expect.closeTo(11 + 2 / 3, 12), max: 23 });
    expect(openscap).toMatchObject({ value: 12, max: 23 });
  });

  it("skips an XCCDF rule with no entry, but counts an entry whose result is unknown", () => {
    const { framework, assessment } = load("intl-xccdf-example-benchmark");
    const flat = withScoring(framework, { kind: "xccdf", model: "flat" });
    // system.a.r1 is a fail: removing its entry leaves 11 of 22; recording unknown keeps 11 of 23.
    expect(evaluate(flat, removeEntry(assessment, "system.a.r1")).score).toMatchObject({
      value: 11,
      max: 22,
    });
    expect(evaluate(flat, setStatus(assessment, "system.a.r1", "unknown")).score).toMatchObject({
      value: 11,
      max: 23,
    });
  });

  it("scores the LEED-style example 60 points, Gold exactly at its threshold", () => {
    const { framework, assessment } = load("intl-leed-v4-bdc-style");
    const evaluation = evaluate(framework, assessment);
    expect(evaluation.points).toMatchObject({ earned: 60, possible: 100, bonus: 6 });
    expect(evaluation.score).toEqual({
      status: "scored",
      value: 60,
      max: 110,
      percent: 6000 / 110,
    });
    expect(evaluation.tier).toBe("gold");
    expect(evaluation.nodes.find((n) => n.id === "EA-c2")).toMatchObject({
      status: "met",
      points: { earned: 9 },
    });
  });

  it("denies every LEED tier when one prerequisite is not met", () => {
    const { framework, assessment } = load("intl-leed-v4-bdc-style");
    const evaluation = evaluate(framework, setStatus(assessment, "EA-p2", "notMet"));
    expect(evaluation.points?.earned).toBe(60);
    expect(evaluation.tier).toBeNull();
  });

  it("scores the Lighthouse example 85, tier average", () => {
    const { framework, assessment } = load("intl-lighthouse-performance");
    const evaluation = evaluate(framework, assessment);
    expect(evaluation.score).toEqual({ status: "scored", value: 85, max: 100, percent: 85 });
    expect(evaluation.tier).toBe("average");
    // Beside the score, the count reads as metrics in the green (≥ 0.90); INP is not applicable in a lab run.
    expect(evaluation.count).toMatchObject({ met: 3, notMet: 2, notApplicable: 1, applicable: 5 });
  });

  it("makes the Lighthouse category unscorable when a weighted metric errors", () => {
    const { framework, assessment } = load("intl-lighthouse-performance");
    const evaluation = evaluate(framework, setStatus(assessment, "total-blocking-time", "error"));
    expect(evaluation.score).toEqual({ status: "unscorable", reason: "error_in_scored_item" });
  });

  it("scores the Scorecard example 660 / 97.5 with the inconclusive checks dropped", () => {
    const { framework, assessment } = load("intl-scorecard");
    const evaluation = evaluate(framework, assessment);
    expect(evaluation.score).toMatchObject({ status: "scored", max: 10 });
    expect(evaluation.score.status === "scored" && evaluation.score.value).toBeCloseTo(
      660 / 97.5,
      12,
    );
  });

  it("aggregates normalised indicators hierarchically, with a cohort for min-max (COINr style)", () => {
    const framework = safeParseFramework({
      id: "vi-du-chi-so",
      version: "1",
      status: "draft",
      example: true,
      title: { vi: "Chỉ số ví dụ", en: "Example index" },
      scoring: { kind: "weighted", aggregation: "hierarchical", scale: 100 },
      policies: { unknown: "exclude" },
      nodes: [
        {
          id: "kinh_te",
          kind: "group",
          title: { en: "Economy" },
          weight: 2,
          children: [
            {
              id: "thu_nhap",
              kind: "indicator",
              title: { en: "Income" },
              value: { type: "number" },
              normalize: { type: "goalposts", low: 40, high: 90 },
            },
            {
              id: "viec_lam",
              kind: "indicator",
              title: { en: "Jobs" },
              value: { type: "number" },
              normalize: { type: "minMax" },
            },
          ],
        },
        {
          id: "moi_truong",
          kind: "group",
          title: { en: "Environment" },
          children: [
            {
              id: "ho_ngheo",
              kind: "indicator",
              title: { en: "Poor households" },
              value: { type: "percent" },
              normalize: { type: "goalposts", low: 10, high: 2 },
            },
          ],
        },
      ],
    });
    if (!framework.success) throw new Error(JSON.stringify(framework.error.issues));
    const assessment = safeParseAssessment({
      framework: { id: "vi-du-chi-so", version: "1" },
      subject: { id: "xa-a" },
      period: { id: "2025", start: "2025-01-01", end: "2025-12-31" },
      example: true,
      entries: [
        { node: "thu_nhap", value: 65 },
        { node: "viec_lam", value: 30 },
        { node: "ho_ngheo", value: 6 },
      ],
    });
    if (!assessment.success) throw new Error(JSON.stringify(assessment.error.issues));
    const cohort = { viec_lam: [10, 20, 30, 50] };
    // economy = mean(0.5, (30 − 10)/(50 − 10) = 0.5) = 0.5; environment = 0.5; index = 50
    expect(evaluate(framework.data, assessment.data, { cohort }).score).toEqual({
      status: "scored",
      value: 50,
      max: 100,
      percent: 50,
    });
    // Without the cohort, jobs cannot be normalised and drops out: economy = 0.5 still.
    const noCohort = evaluate(framework.data, assessment.data);
    expect(noCohort.nodes.find((n) => n.id === "viec_lam")?.score).toBeNull();
    expect(noCohort.score).toMatchObject({ value: 50 });
    // A better poverty rate moves only the environment group: (2·0.5 + 0.75)/3
    const better = evaluate(framework.data, setEntry(assessment.data, "ho_ngheo", { value: 4 }), {
      cohort,
    });
    expect(better.score).toMatchObject({ value: expect.closeTo(175 / 3, 12) });
  });
});
