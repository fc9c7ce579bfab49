import { describe, expect, it } from "vitest";
import { score } from "../../../src/scoring/models/score.js";
import { scorePoints } from "../../../src/scoring/models/scorePoints.js";
import { leaf, makeFramework, makeInput } from "./modelInput.js";

const nodes = [leaf("1", { points: { max: 60 } }), leaf("2", { points: { max: 50 } })];

describe("scorePoints", () => {
  it("scores the points earned against the points possible by default", () => {
    const framework = makeFramework({ kind: "points" }, nodes);
    const input = makeInput(framework, [], {
      points: { earned: 66, possible: 110, bonus: 0, deducted: 0 },
    });
    expect(scorePoints(input, { kind: "points" })).toEqual({
      status: "scored",
      value: 66,
      max: 110,
      percent: 60,
    });
  });

  it("scores against the nominal scale when one is given (LEED: 100 base points, bonus on top)", () => {
    const framework = makeFramework({ kind: "points", scale: 100 }, nodes);
    const input = makeInput(framework, [], {
      points: { earned: 104, possible: 100, bonus: 6, deducted: 0 },
    });
    expect(score(input)).toEqual({ status: "scored", value: 104, max: 100, percent: 104 });
  });

  it("keeps deductions below zero when the framework lets points go negative", () => {
    const framework = makeFramework({ kind: "points", scale: 100 }, nodes);
    const input = makeInput(framework, [], {
      points: { earned: -6, possible: 100, bonus: 0, deducted: 6 },
    });
    expect(score(input)).toMatchObject({ value: -6, percent: -6 });
  });

  it("is unscorable without points or with nothing possible", () => {
    const framework = makeFramework({ kind: "points" }, nodes);
    expect(score(makeInput(framework, []))).toEqual({ status: "unscorable", reason: "no_points" });
    const none = makeInput(framework, [], {
      points: { earned: 0, possible: 0, bonus: 0, deducted: 0 },
    });
    expect(score(none)).toEqual({ status: "unscorable", reason: "no_possible_points" });
  });
});
