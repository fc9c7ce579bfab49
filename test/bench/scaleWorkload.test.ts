import { describe, expect, it } from "vitest";
import { CRITERIA, generateLines, makeScaleFramework } from "../../bench/scale/workload.js";
import { checkAssessment } from "../../src/assessment/checkAssessment.js";
import { compileAssessmentParser } from "../../src/assessment/compileAssessmentParser.js";
import { safeParseAssessment } from "../../src/assessment/safeParseAssessment.js";
import { lintFramework } from "../../src/framework/lintFramework.js";
import { safeParseFramework } from "../../src/framework/safeParseFramework.js";
import { compileFramework } from "../../src/scoring/compileFramework.js";

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
});
