/*
 * Calendar days as `YYYY-MM-DD` strings, with integer arithmetic only: a day means the same day in
 * every time zone, so nothing here builds a `Date` (DESIGN.md §5).
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_DAY = /^(\d{2})-(\d{2})$/;

/** Whether `year` (proleptic Gregorian) has a 29 February. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in `month` (1–12) of `year`. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether `value` is a `YYYY-MM-DD` string naming a day that exists (`2023-02-30` does not). */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== "string") return false;
  const match = ISO_DATE.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Orders two valid ISO dates: negative, 0 or positive. Four-digit years sort as strings. */
export function compareIsoDates(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

/** Formats a day; the year is zero-padded to four digits. */
export function formatIsoDate(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

// Days since 1970-01-01 and back, by Howard Hinnant's civil-date algorithms (exact in integers).
function toDayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

function fromDayNumber(dayNumber: number): [number, number, number] {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  return [yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day];
}

/** Adds `days` (an integer, possibly negative) to a valid ISO date. */
export function addDaysIso(date: string, days: number): string {
  const match = ISO_DATE.exec(date);
  if (match === null || !Number.isInteger(days)) {
    throw new RangeError(
      `addDaysIso: expected a YYYY-MM-DD date and an integer, got ${date}, ${days}`,
    );
  }
  const [year, month, day] = fromDayNumber(
    toDayNumber(Number(match[1]), Number(match[2]), Number(match[3])) + days,
  );
  return formatIsoDate(year, month, day);
}

/**
 * The day `MM-DD` falls on in `year`. A 29 February in a common year becomes 1 March when it opens a
 * window and 28 February when it closes one, so that consecutive yearly windows still tile the calendar.
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
