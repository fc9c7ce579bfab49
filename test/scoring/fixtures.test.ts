import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/scoring/evaluate.js";
import { gapToTier } from "../../src/scoring/gapToTier.js";
import { whatIf } from "../../src/scoring/whatIf.js";
import { fixtureAssessment, fixtureContext, fixtureFramework } from "./loadFixtures.js";
import { messagesOf } from "./messagesOf.js";

const run = (frameworkName: string, assessmentName: string) =>
  evaluate(
    fixtureFramework(frameworkName),
    fixtureAssessment(assessmentName),
    fixtureContext(assessmentName),
  );

describe("the engine on the fixtures", () => {
  it("reproduces the reported Nghi Hương counts of 26/4/2023: 31/34 (QĐ 9745) and 20/22 (QĐ 5764)", () => {
    expect(run("vn-qd9745-2022-34", "nghi-huong-2023-04-26-qd9745").count).toMatchObject({
      met: 31,
      applicable: 34,
    });
    expect(run("vn-qd5764-2021-22", "nghi-huong-2023-04-26-qd5764").count).toMatchObject({
      met: 20,
      applicable: 22,
    });
  });

  it("fails TT 124 commune A at 16 of 25 recognised and passes once 18 are", () => {
    const evaluation = run("vn-tt124-2021", "xa-a-2023-tt124");
    expect(evaluation.count).toEqual({
      met: 3,
      notMet: 1,
      notApplicable: 5,
      unknown: 0,
      error: 0,
      applicable: 4,
      total: 9,
    });
    expect(messagesOf(evaluation.nodes.find((node) => node.id === "xa.4")!.reason).en).toBe(
      "recognised: 16 of 25 = 64%, required ≥ 70% (at least 18 needed)",
    );
    expect(gapToTier(evaluation, "dat").nodes).toEqual(["xa.4"]);
    const xa4 = fixtureAssessment("xa-a-2023-tt124").entries.find((entry) => entry.node === "xa.4");
    const tally = xa4?.value as { total: number; counts: Record<string, number> };
    const result = whatIf(fixtureFramework("vn-tt124-2021"), fixtureAssessment("xa-a-2023-tt124"), [
      { node: "xa.4", value: { total: tally.total, counts: { ...tally.counts, recognised: 18 } } },
    ]);
    expect([result.before.tier, result.after.tier]).toEqual([null, "dat"]);
  });

  it("misses QĐ 25/2021 recognition for commune F on tc5 alone (8 of 20 points, 2 short of half)", () => {
    const gap = gapToTier(run("vn-qd25-2021-tcpl", "xa-f-2023-qd25"), "dat");
    expect(gap.conditions).toMatchObject([{ type: "groupMinShare", actual: ["tc5"], shortBy: 2 }]);
  });

  it("reaches NTM kiểu mẫu for commune C, with 19.2 met through the TT 124 outcome and income ≥ 1.1 × 70", () => {
    const evaluation = run("vn-qd318-319-2022-ntm", "xa-c-2024-qd318");
    expect(evaluation.tier).toBe("kieu_mau");
    expect(evaluation.nodes.find((node) => node.id === "19.2")?.reason.code).toBe("outcome_met");
  });

  it("evaluates every assessment of the manifest without errors, byte-identically twice", () => {
    const manifest = JSON.parse(readFileSync("fixtures/assessments/index.json", "utf8")) as {
      assessments: { file: string; framework: string }[];
    };
    expect(manifest.assessments.length).toBeGreaterThan(10);
    for (const entry of manifest.assessments) {
      const name = entry.file.replace(/\.json$/, "");
      const frameworkName = entry.framework.replace("../frameworks/", "").replace(/\.json$/, "");
      const first = JSON.stringify(run(frameworkName, name));
      expect(first).not.toMatch(/NaN|Infinity/);
      expect(JSON.stringify(run(frameworkName, name))).toBe(first);
      expect(first).not.toContain('"status":"error"');
    }
  });
});
