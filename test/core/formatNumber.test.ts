import { describe, expect, it } from "vitest";
import { formatNumber } from "../../src/core/formatNumber.js";
import { formatNumber as fromMessages } from "../../src/scoring/messages.js";

describe("formatNumber", () => {
  it("prints integers unchanged", () => {
    expect(formatNumber(31)).toBe("31");
    expect(formatNumber(-6, "vi")).toBe("-6");
  });

  it("rounds other numbers to at most two decimals without trailing zeros, a comma in Vietnamese", () => {
    expect(formatNumber((31 / 34) * 100)).toBe("91.18");
    expect(formatNumber((31 / 34) * 100, "vi")).toBe("91,18");
    expect(formatNumber(64.5, "vi")).toBe("64,5");
    expect(formatNumber(0.1 + 0.2)).toBe("0.3");
    expect(formatNumber(1.05, "vi")).toBe("1,05");
  });

  it("rounds halves of the decimal written away from zero, whatever the double's tail", () => {
    // 2.675 and 1.115 are stored just below the half; toFixed(2) gives 2.67 and 1.11.
    expect(formatNumber(2.675)).toBe("2.68");
    expect(formatNumber(1.115)).toBe("1.12");
    expect(formatNumber(0.015)).toBe("0.02");
    // Negative halves mirror the positive ones (Math.round alone would give -0.12 and -0.37).
    expect(formatNumber(-0.125)).toBe("-0.13");
    expect(formatNumber(-0.375)).toBe("-0.38");
    expect(formatNumber(-2.675)).toBe("-2.68");
  });

  it("never prints a negative zero", () => {
    expect(formatNumber(-0.001)).toBe("0");
    expect(formatNumber(-0.004, "vi")).toBe("0");
    expect(formatNumber(-0)).toBe("0");
  });

  it("is the formatter the messages use (one formatNumber)", () => {
    expect(fromMessages).toBe(formatNumber);
  });
});
