import { describe, expect, it } from "vitest";
import {
  addDaysIso,
  compareIsoDates,
  daysInMonth,
  isIsoDate,
  isMonthDay,
  monthDayInYear,
} from "../../src/core/dates.js";

describe("isIsoDate", () => {
  it("accepts real days, including 29 February of a leap year", () => {
    expect(isIsoDate("2023-04-26")).toBe(true);
    expect(isIsoDate("2024-02-29")).toBe(true);
    expect(isIsoDate("2000-02-29")).toBe(true);
  });

  it("rejects days that do not exist", () => {
    expect(isIsoDate("2023-02-29")).toBe(false);
    expect(isIsoDate("2023-02-30")).toBe(false);
    expect(isIsoDate("1900-02-29")).toBe(false);
    expect(isIsoDate("2023-04-31")).toBe(false);
    expect(isIsoDate("2023-13-01")).toBe(false);
    expect(isIsoDate("2023-00-10")).toBe(false);
  });

  it("rejects other shapes and non-strings", () => {
    expect(isIsoDate("2023-4-26")).toBe(false);
    expect(isIsoDate("26/04/2023")).toBe(false);
    expect(isIsoDate("2023-04-26T00:00:00Z")).toBe(false);
    expect(isIsoDate(20230426)).toBe(false);
    expect(isIsoDate(undefined)).toBe(false);
  });
});

describe("daysInMonth", () => {
  it("follows the Gregorian leap-year rule", () => {
    expect([2023, 2024, 1900, 2000].map((year) => daysInMonth(year, 2))).toEqual([28, 29, 28, 29]);
    expect(daysInMonth(2023, 11)).toBe(30);
    expect(daysInMonth(2023, 12)).toBe(31);
  });
});

describe("compareIsoDates", () => {
  it("orders days across month and year boundaries", () => {
    expect(compareIsoDates("2022-12-31", "2023-01-01")).toBeLessThan(0);
    expect(compareIsoDates("2023-11-16", "2023-11-15")).toBeGreaterThan(0);
    expect(compareIsoDates("2023-11-15", "2023-11-15")).toBe(0);
  });
});

describe("addDaysIso", () => {
  it("crosses month, leap-day and year boundaries", () => {
    expect(addDaysIso("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDaysIso("2024-02-29", 1)).toBe("2024-03-01");
    expect(addDaysIso("2023-02-28", 1)).toBe("2023-03-01");
    expect(addDaysIso("2022-12-31", 1)).toBe("2023-01-01");
    expect(addDaysIso("2023-01-01", -1)).toBe("2022-12-31");
    expect(addDaysIso("2022-11-16", 364)).toBe("2023-11-15");
    expect(addDaysIso("2023-11-16", 365)).toBe("2024-11-15");
  });

  it("handles dates before 1970 and centuries", () => {
    expect(addDaysIso("1969-12-31", 1)).toBe("1970-01-01");
    expect(addDaysIso("1900-02-28", 1)).toBe("1900-03-01");
    expect(addDaysIso("2000-02-28", 1)).toBe("2000-02-29");
    expect(addDaysIso("0001-01-01", -1)).toBe("0000-12-31");
  });

  it("agrees with UTC calendar arithmetic for every day of four centuries", () => {
    // Date.UTC is an independent oracle that no time zone can shift.
    const base = Date.UTC(1800, 0, 1);
    const wrong: string[] = [];
    for (let offset = 0; offset < 146_097; offset++) {
      const expected = new Date(base + offset * 86_400_000).toISOString().slice(0, 10);
      const actual = addDaysIso("1800-01-01", offset);
      if (
        actual !== expected ||
        addDaysIso(actual, -offset) !== "1800-01-01" ||
        !isIsoDate(actual)
      ) {
        wrong.push(`${offset}: ${actual} ≠ ${expected}`);
      }
    }
    expect(wrong).toEqual([]);
    // 400 Gregorian years always hold 146 097 days.
    expect(addDaysIso("1800-01-01", 146_097)).toBe("2200-01-01");
  });

  it("throws a RangeError on a malformed date or a fractional count", () => {
    expect(() => addDaysIso("2023/01/01", 1)).toThrow(RangeError);
    expect(() => addDaysIso("2023-01-01", 0.5)).toThrow("addDaysIso:");
  });
});

describe("monthDayInYear", () => {
  it("places 29 February on 1 March when it opens a window and 28 February when it closes one", () => {
    expect(monthDayInYear("02-29", 2024, "start")).toBe("2024-02-29");
    expect(monthDayInYear("02-29", 2023, "start")).toBe("2023-03-01");
    expect(monthDayInYear("02-29", 2023, "end")).toBe("2023-02-28");
  });

  it("rejects a malformed month-day", () => {
    expect(() => monthDayInYear("2-29", 2023, "end")).toThrow(RangeError);
  });
});

describe("isMonthDay", () => {
  it("accepts a month-day that exists in some year, 02-29 included", () => {
    expect(["01-31", "02-29", "04-30", "12-31"].map(isMonthDay)).toEqual([true, true, true, true]);
  });

  it("rejects days a month never has, months out of range and other shapes", () => {
    expect(
      ["02-30", "04-31", "13-01", "00-10", "01-00", "1-01", "2024-01-01", 101].map(isMonthDay),
    ).toEqual([false, false, false, false, false, false, false, false]);
  });
});
