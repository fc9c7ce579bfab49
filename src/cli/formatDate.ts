import type { CliLanguage } from "./types.js";

/**
 * Formats an ISO calendar date for the CLI's text: `dd/mm/yyyy` in Vietnamese, unchanged (ISO) in
 * English. Text that is not `YYYY-MM-DD` is returned as it is. No clock, no locale.
 *
 * @param date - A date such as `2022-11-16`.
 * @param lang - Output language.
 * @returns The date as printed.
 * @example
 * formatDate("2022-11-16", "vi")
 * //=> "16/11/2022"
 * @category CLI
 */
export function formatDate(date: string, lang: CliLanguage): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (lang !== "vi" || match === null) return date;
  return `${match[3]}/${match[2]}/${match[1]}`;
}

/**
 * Formats a date range: `16/11/2022 – 15/11/2023` in Vietnamese, `2022-11-16 → 2023-11-15` in English.
 *
 * @param start - First day, ISO.
 * @param end - Last day, ISO.
 * @param lang - Output language.
 * @returns The range as printed.
 * @example
 * formatDateRange("2022-11-16", "2023-11-15", "vi")
 * //=> "16/11/2022 – 15/11/2023"
 * @category CLI
 */
export function formatDateRange(start: string, end: string, lang: CliLanguage): string {
  return lang === "vi"
    ? `${formatDate(start, lang)} – ${formatDate(end, lang)}`
    : `${start} → ${end}`;
}
