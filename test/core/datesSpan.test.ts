import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDaysIso, daysBetweenIso, yearsBetweenIso } from "../../src/core/dates.js";

// daysBetweenIso / yearsBetweenIso (issue 9): real day counts for the growth rates and projections
// of trend, with date-fns on UTC dates; the suite runs under two time zones (.ci/run).
describe("daysBetweenIso", () => {
  it("counts calendar days across a leap day and across years", () => {
    expect(daysBetweenIso("2023-04-26", "2023-11-02")).toBe(190);
    expect(daysBetweenIso("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetweenIso("2022-11-16", "2023-11-15")).toBe(364);
    expect(daysBetweenIso("2023-11-15", "2022-11-16")).toBe(-364);
  });

  it("is the inverse of addDaysIso", () => {
    fc.assert(
      fc.property(fc.integer({ min: -40_000, max: 40_000 }), (days) => {
        expect(daysBetweenIso("2000-02-29", addDaysIso("2000-02-29", days))).toBe(days);
      }),
      { numRuns: 100 },
    );
  });

  it("rejects days that do not exist", () => {
    expect(() => daysBetweenIso("2023-02-30", "2023-03-01")).toThrow(RangeError);
  });
});

describe("yearsBetweenIso", () => {
  it("splits a span into whole years and days of the year they fall in", () => {
    expect(yearsBetweenIso("2023-04-26", "2024-12-31")).toEqual({
      years: 1,
      days: 249,
      yearDays: 365,
    });
    expect(yearsBetweenIso("2023-04-26", "2023-12-31")).toEqual({
      years: 0,
      days: 249,
      yearDays: 366,
    });
    expect(yearsBetweenIso("2021-11-15", "2023-11-15")).toEqual({
      years: 2,
      days: 0,
      yearDays: 366,
    });
  });

  it("rejects a span that runs backwards", () => {
    expect(() => yearsBetweenIso("2024-01-01", "2023-01-01")).toThrow(RangeError);
  });
});
