import { describe, expect, it } from "vitest";
import { score } from "../../../src/scoring/models/score.js";
import { scoreCount } from "../../../src/scoring/models/scoreCount.js";
import type { Count } from "../../../src/scoring/types.js";
import { leaf, makeFramework, makeInput } from "./modelInput.js";

const framework = makeFramework({ kind: "count" }, [leaf("1"), leaf("2")]);

function count(met: number, notMet: number, notApplicable = 0, unknown = 0, error = 0): Count {
  const applicable = met + notMet + unknown + error;
  return {
    met,
    notMet,
    notApplicable,
    unknown,
    error,
    applicable,
    total: applicable + notApplicable,
  };
}

describe("scoreCount", () => {
  it("scores Nghi Hương's 31 of 34 criteria met (Cửa Lò, 26/4/2023) as 31 out of 34", () => {
    const result = scoreCount(makeInput(framework, [], { count: count(31, 3) }));
    expect(result).toEqual({ status: "scored", value: 31, max: 34, percent: 3100 / 34 });
    expect(result.status === "scored" && result.percent).toBeCloseTo(91.176471, 6);
  });

  it("scores 20 of the 22 provisional criteria as 20 out of 22", () => {
    expect(score(makeInput(framework, [], { count: count(20, 2) }))).toMatchObject({
      value: 20,
      max: 22,
    });
  });

  it("leaves not-applicable criteria out of the denominator and keeps unknown ones in", () => {
    expect(scoreCount(makeInput(framework, [], { count: count(8, 1, 3, 1) }))).toEqual({
      status: "scored",
      value: 8,
      max: 10,
      percent: 80,
    });
  });

  it("is unscorable when no criterion is applicable", () => {
    expect(scoreCount(makeInput(framework, [], { count: count(0, 0, 5) }))).toEqual({
      status: "unscorable",
      reason: "no_applicable_criteria",
    });
  });
});
