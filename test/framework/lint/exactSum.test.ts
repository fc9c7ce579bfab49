import { describe, expect, it } from "vitest";
import { exactSum } from "../../../src/framework/lint/exactSum.js";

describe("exactSum", () => {
  it("adds decimals as decimals", () => {
    expect(exactSum([0.1, 0.2])).toBe(0.3);
    expect(exactSum([60, 30.1])).toBe(90.1);
    expect(exactSum([])).toBe(0);
  });

  it("handles exponent notation", () => {
    expect(exactSum([1e-7, 2e-7])).toBe(3e-7);
    expect(exactSum([1e21, 1])).toBe(1e21 + 1);
  });
});
