import { UTCDate } from "@date-fns/utc";
import {
  addDays,
  addYears,
  isLeapYear as dfIsLeapYear,
  differenceInCalendarDays,
  differenceInYears,
  getDaysInMonth,
} from "date-fns";

/*
 * Calendar days as `YYYY-MM-DD` strings, with integer arithmetic only: a day means the same day in
 * every time zone, so nothing here builds a `Date` (DESIGN.md §5).
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_DAY = /^(\d{2})-(\d{2})$/;

/**
 * Whether a year (proleptic Gregorian) has a 29 February.
 *
 * @param year - The year.
 * @returns `true` for leap years.
 * @example
 * [2023, 2024, 1900, 2000].map(isLeapYear)
 * //=> [false, true, false, true]
 * @category Internal
 */
export function isLeapYear(year: number): boolean {
  return dfIsLeapYear(calendarDay(year, 1, 1));
}

/**
 * The number of days in a month.
 *
 * @param year - The year.
 * @param month - The month, 1–12.
 * @returns 28 to 31.
 * @example
 * daysInMonth(2024, 2)
 * //=> 29
 * @category Internal
 */
export function daysInMonth(year: number, month: number): number {
  return getDaysInMonth(calendarDay(year, month, 1));
}

/**
 * Whether a value is a `YYYY-MM-DD` string naming a day that exists.
 *
 * @param value - Anything.
 * @returns `true` for `"2024-02-29"`, `false` for `"2023-02-30"` or non-strings.
 * @example
 * [isIsoDate("2024-02-29"), isIsoDate("2023-02-30")]
 * //=> [true, false]
 * @category Internal
 */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const match = ISO_DATE.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * Whether a value is an `MM-DD` string naming a day that exists in some year: `02-29` is one (it exists
 * in leap years), `02-30` and `04-31` are not.
 *
 * @param value - Anything.
 * @returns `true` for `"02-29"` and `"12-31"`, `false` for `"02-30"`, `"13-01"` or non-strings.
 * @example
 * [isMonthDay("02-29"), isMonthDay("04-31")]
 * //=> [true, false]
 * @category Internal
 */
export function isMonthDay(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const match = MONTH_DAY.exec(value);
  if (match === null) return false;
  const month = Number(match[1]);
  const day = Number(match[2]);
  // 2000 is a leap year: a month-day is valid when it exists in some year.
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(2000, month);
}

/**
 * Orders two valid ISO dates; four-digit years sort as strings, so no parsing is needed.
 *
 * @param left - A `YYYY-MM-DD` date.
 * @param right - Another.
 * @returns -1, 0 or 1, for `Array.prototype.sort`.
 * @example
 * compareIsoDates("2022-12-31", "2023-01-01")
 * //=> -1
 * @category Internal
 */
export function compareIsoDates(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

/**
 * Formats a day as `YYYY-MM-DD`, zero-padding the year to four digits.
 *
 * @param year - The year, 0–9999.
 * @param month - The month, 1–12.
 * @param day - The day of the month.
 * @returns The ISO date string.
 * @example
 * formatIsoDate(2023, 4, 26)
 * //=> "2023-04-26"
 * @category Internal
 */
export function formatIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * A calendar day as a `UTCDate` (date-fns's UTC date), so that date-fns's calendar arithmetic never
 * meets a time zone: local arithmetic is not safe (Pacific/Kiritimati skipped 31/12/1994).
 * `setFullYear` keeps years 0–99 as written.
 */
function calendarDay(year: number, month: number, day: number): UTCDate {
  const date = new UTCDate(2000, 0, 1);
  date.setFullYear(year, month - 1, day);
  return date;
}

/**
 * Adds a whole number of days to a date, with date-fns's `addDays` on a UTC date (no time zone).
 *
 * @param date - A `YYYY-MM-DD` date.
 * @param days - An integer, possibly negative.
 * @returns The resulting `YYYY-MM-DD` date.
 * @throws {RangeError} When the date is not `YYYY-MM-DD` or `days` is not an integer.
 * @example
 * addDaysIso("2024-02-28", 1)
 * //=> "2024-02-29"
 * @category Internal
 */
export function addDaysIso(date: string, days: number): string {
  const match = ISO_DATE.exec(date);
  if (match === null || !Number.isInteger(days)) {
    throw new RangeError(
      `addDaysIso: expected a YYYY-MM-DD date and an integer, got ${date}, ${days}`,
    );
  }
  const result = addDays(calendarDay(Number(match[1]), Number(match[2]), Number(match[3])), days);
  if (Number.isNaN(result.getTime())) {
    throw new RangeError(`addDaysIso: ${date} + ${days} days is outside the calendar`);
  }
  return formatIsoDate(result.getFullYear(), result.getMonth() + 1, result.getDate());
}

/**
 * The day a `MM-DD` falls on in a year. A 29 February in a common year becomes 1 March when it opens a
 * window and 28 February when it closes one, so that consecutive yearly windows still tile the calendar.
 *
 * @param monthDay - `MM-DD`, as in a subject kind's `window`.
 * @param year - The year.
 * @param edge - Whether the day opens (`start`) or closes (`end`) a window.
 * @returns The `YYYY-MM-DD` date.
 * @throws {RangeError} When `monthDay` is not `MM-DD`.
 * @example
 * monthDayInYear("02-29", 2023, "start")
 * //=> "2023-03-01"
 * @category Internal
 */
export function monthDayInYear(monthDay: string, year: number, edge: "start" | "end"): string {
  const match = MONTH_DAY.exec(monthDay);
  if (match === null) throw new RangeError(`monthDayInYear: expected MM-DD, got ${monthDay}`);
  const month = Number(match[1]);
  const day = Number(match[2]);
  const last = daysInMonth(year, month);
  if (day <= last) return formatIsoDate(year, month, day);
  return edge === "end"
    ? formatIsoDate(year, month, last)
    : addDaysIso(formatIsoDate(year, month, last), 1);
}

function isoDay(date: string, caller: string): UTCDate {
  const match = ISO_DATE.exec(date);
  if (match === null || !isIsoDate(date)) {
    throw new RangeError(`${caller}: expected a YYYY-MM-DD date, got ${date}`);
  }
  return calendarDay(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * The number of calendar days from one date to another, with date-fns's `differenceInCalendarDays`
 * on UTC dates (no time zone, no daylight-saving hour).
 *
 * @param from - A `YYYY-MM-DD` date.
 * @param to - Another; later dates give positive counts.
 * @returns `to − from` in days.
 * @throws {RangeError} When either is not a valid `YYYY-MM-DD` date.
 * @example
 * daysBetweenIso("2023-04-26", "2023-11-02")
 * //=> 190
 * @category Internal
 */
export function daysBetweenIso(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/**
 * Days from 1970-01-01 (date-fns `differenceInCalendarDays` on UTC dates), remembered for the last
 * few thousand dates: a trend over 10 000 units meets the same period ends again and again, and
 * date-fns takes microseconds per call. The cache changes no result.
 */
const dayNumbers = new Map<string, number>();
const EPOCH = /* @__PURE__ */ (() => calendarDay(1970, 1, 1))();

function dayNumber(date: string): number {
  let days = dayNumbers.get(date);
  if (days === undefined) {
    days = differenceInCalendarDays(isoDay(date, "daysBetweenIso"), EPOCH);
    if (dayNumbers.size >= 4096) dayNumbers.clear();
    dayNumbers.set(date, days);
  }
  return days;
}

/**
 * The time from one date to a later one in calendar years, split so that a fraction of a year is
 * counted in that year's own length: whole years (date-fns `differenceInYears`), then the days left
 * over, out of the days of the year that starts at the anniversary (365 or 366).
 * `years + days / yearDays` is the exact length in years.
 *
 * @param from - A `YYYY-MM-DD` date.
 * @param to - A `YYYY-MM-DD` date, not before `from`.
 * @returns Whole years, remaining days and the length of the year those days fall in.
 * @throws {RangeError} When either date is invalid or `to` is before `from`.
 * @example
 * yearsBetweenIso("2023-04-26", "2024-12-31")
 * //=> { years: 1, days: 249, yearDays: 365 }
 * @category Internal
 */
export function yearsBetweenIso(
  from: string,
  to: string,
): { years: number; days: number; yearDays: number } {
  const start = isoDay(from, "yearsBetweenIso");
  const end = isoDay(to, "yearsBetweenIso");
  if (differenceInCalendarDays(end, start) < 0) {
    throw new RangeError(`yearsBetweenIso: ${to} is before ${from}`);
  }
  const years = differenceInYears(end, start);
  const anniversary = addYears(start, years);
  return {
    years,
    days: differenceInCalendarDays(end, anniversary),
    yearDays: differenceInCalendarDays(addYears(anniversary, 1), anniversary),
  };
}
