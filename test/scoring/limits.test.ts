import { describe, expect, it } from "vitest";
import { exactSum } from "../../src/framework/lint/exactSum.js";
import { normalizeValue } from "../../src/scoring/models/normalize.js";

describe("engine limits: large inputs", () => {
  it("min-max normalises over a cohort of 200 000 values without overflowing the stack", () => {
    const cohort = Array.from({ length: 200_000 }, (_, i) => i);
    expect(normalizeValue({ type: "minMax" }, 199_999, cohort)).toBe(1);
    expect(normalizeValue({ type: "minMax" }, 0, cohort)).toBe(0);
  }, 60_000);
});

describe("engine limits: exact sums over many values", () => {
  it("sums 150 000 weights without overflowing the stack", () => {
    const values = Array.from({ length: 150_000 }, () => 0.5);
    expect(exactSum(values)).toBe(75_000);
  }, 60_000);
});
