import { describe, expect, it } from "vitest";
import { formatNumber } from "../../src/cli/formatNumber.js";

describe("formatNumber", () => {
  it("prints integers unchanged", () => {
    expect(formatNumber(31)).toBe("31");
    expect(formatNumber(-6)).toBe("-6");
  });

  it("rounds other numbers to at most two decimals without trailing zeros", () => {
    expect(formatNumber((31 / 34) * 100)).toBe("91.18");
    expect(formatNumber(64.5)).toBe("64.5");
    expect(formatNumber(0.1 + 0.2)).toBe("0.3");
  });

  it("never prints a negative zero", () => {
    expect(formatNumber(-0.001)).toBe("0");
  });
});
