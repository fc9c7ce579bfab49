import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatNumber } from "../../src/scoring/messages.js";

/**
 * The definition formatNumber must keep: round the magnitude to cents (halves away from zero), print the
 * double, decimal comma in Vietnamese.
 */
function printed(value: number, language: "vi" | "en"): string {
  if (Number.isInteger(value)) return value === 0 ? "0" : String(value);
  const rounded = (value < 0 ? -Math.round(-value * 100) : Math.round(value * 100)) / 100;
  const text = String(rounded === 0 ? 0 : rounded);
  return language === "vi" ? text.replace(".", ",") : text;
}

describe("formatNumber", () => {
  it("shows at most two decimals, with a decimal comma in Vietnamese", () => {
    expect(formatNumber(92.5, "vi")).toBe("92,5");
    expect(formatNumber(92.5, "en")).toBe("92.5");
    expect(formatNumber(55.00000000000001, "en")).toBe("55");
    expect(formatNumber(0.05, "vi")).toBe("0,05");
    expect(formatNumber(-0.004, "en")).toBe("0");
    expect(formatNumber(-1.5, "vi")).toBe("-1,5");
  });

  it("writes from integer cents exactly what printing the rounded double writes", () => {
    const around = fc.oneof(
      fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }),
      fc.integer({ min: -10_000_000, max: 10_000_000 }).map((n) => n / 1000),
      fc.integer({ min: -100_000, max: 100_000 }).map((n) => n / 100 + 0.005),
    );
    fc.assert(
      fc.property(around, fc.constantFrom<"vi" | "en">("vi", "en"), (value, language) => {
        expect(formatNumber(value, language)).toBe(printed(value, language));
      }),
      { numRuns: 20_000 },
    );
  });
});
