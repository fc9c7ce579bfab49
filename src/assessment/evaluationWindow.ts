import { formatIsoDate, monthDayInYear } from "../core/dates.js";
import type { Framework } from "../framework/schema.js";

/** The first and last day (inclusive) of an evaluation period, as `YYYY-MM-DD`. */
export interface EvaluationWindow {
  readonly start: string;
  readonly end: string;
}

/**
 * Returns the evaluation window (kỳ đánh giá) of a subject kind for a year: the window that ends in
 * that year, so a window running 16/11 → 15/11 starts in the previous year.
 *
 * A subject kind without a `window`, or no subject kind at all, gets the calendar year. The days are
 * computed as calendar days, identical in every time zone. A window edge on 29 February falls on
 * 1 March (start) or 28 February (end) in common years.
 *
 * @param framework - The framework whose `subjectKinds` define the windows.
 * @param subjectKind - The subject kind id (`xa`, `kdc`…), or `undefined` for the calendar year.
 * @param year - The year the window ends in, an integer from 1 to 9999.
 * @returns The window's first and last day, both inclusive.
 * @throws {RangeError} When the year is not an integer from 1 to 9999, or the framework has no such subject kind.
 * @example
 * evaluationWindow(tt124, "xa", 2023)
 * //=> { start: "2022-11-16", end: "2023-11-15" }
 * evaluationWindow(tt124, "kdc", 2023)
 * //=> { start: "2022-11-01", end: "2023-10-31" }
 * @category Assessment
 */
export function evaluationWindow(
  framework: Framework,
  subjectKind: string | undefined,
  year: number,
): EvaluationWindow {
  if (!Number.isInteger(year) || year < 1 || year > 9999) {
    throw new RangeError(`evaluationWindow: year must be an integer from 1 to 9999, got ${year}`);
  }
  if (subjectKind === undefined) return calendarYear(year);
  const kind = framework.subjectKinds?.find((candidate) => candidate.id === subjectKind);
  if (kind === undefined) {
    throw new RangeError(
      `evaluationWindow: framework ${framework.id} has no subject kind "${subjectKind}"`,
    );
  }
  if (kind.window === undefined) return calendarYear(year);
  const { start, end } = kind.window;
  // MM-DD strings order like the days they name; a start after the end means the window wraps.
  const startYear = start > end ? year - 1 : year;
  return {
    start: monthDayInYear(start, startYear, "start"),
    end: monthDayInYear(end, year, "end"),
  };
}

function calendarYear(year: number): EvaluationWindow {
  return { start: formatIsoDate(year, 1, 1), end: formatIsoDate(year, 12, 31) };
}
