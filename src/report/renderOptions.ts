import { isIsoDate } from "../core/dates.js";
import type { ReportLabelSet } from "./reportLabels.js";
import type { BuildReportDataOptions, ReportData } from "./reportTypes.js";

/** Options of `renderHtmlReport` and `renderMarkdownReport`. */
export interface RenderReportOptions extends BuildReportDataOptions {
  /** The report's heading; default a title in the report's language (with the unit's name for one unit). */
  readonly title?: string | undefined;
  /** The day the report is prepared (`YYYY-MM-DD`), printed under the title; none by default (no clock is read). */
  readonly date?: string | undefined;
}

/**
 * Checks the options both renderers share; a wrong `date` or `language` is a caller's mistake.
 *
 * @param name - The renderer's name, for the message.
 * @param options - Its options.
 * @throws RangeError when `date` is not a calendar day or `language` is neither vi nor en.
 * @example
 * checkRenderOptions("renderHtmlReport", { date: "2023-04-26" })
 * //=> undefined
 * @category Report
 */
export function checkRenderOptions(name: string, options: RenderReportOptions): void {
  if (options.date !== undefined && !isIsoDate(options.date)) {
    throw new RangeError(
      `${name}: date must be a calendar day YYYY-MM-DD, got ${JSON.stringify(options.date)}`,
    );
  }
  if (options.language !== undefined && options.language !== "vi" && options.language !== "en") {
    throw new RangeError(
      `${name}: language must be "vi" or "en", got ${JSON.stringify(options.language)}`,
    );
  }
}

/**
 * A day as people write it: `26/04/2023` in Vietnamese, `2023-04-26` in English.
 *
 * @param date - A `YYYY-MM-DD` day.
 * @param language - `"vi"` or `"en"`.
 * @returns The text.
 * @example
 * formatDay("2023-04-26", "vi")
 * //=> "26/04/2023"
 * @category Report
 */
export function formatDay(date: string, language: "vi" | "en"): string {
  return language === "vi" ? date.replace(/^(\d{4})-(\d{2})-(\d{2})$/, "$3/$2/$1") : date;
}

/**
 * The report's heading: the given title, or the default one (naming the unit when there is one).
 *
 * @param data - The report data.
 * @param labels - The labels of its language.
 * @param title - The title given in the options, if any.
 * @returns The heading.
 * @example
 * reportTitle(data, reportLabels("en"), undefined)
 * //=> "Criteria framework progress report"
 * @category Report
 */
export function reportTitle(
  data: ReportData,
  labels: ReportLabelSet,
  title: string | undefined,
): string {
  if (title !== undefined) return title;
  const only = data.units.length === 1 ? data.units[0] : undefined;
  return only === undefined ? labels.documentTitle : labels.unitReportTitle(only.name);
}
