/**
 * Formats a number for display: integers as they are, others rounded to at most two decimals.
 * Locale-free (`toFixed`), so the output is the same on every machine.
 *
 * @param value - The number to show.
 * @returns The text, without trailing zeros.
 * @example
 * formatNumber(91.17647058823529)
 * //=> "91.18"
 * @category CLI
 */
export function formatNumber(value: number): string {
  if (Number.isInteger(value)) return String(value);
  const rounded = Number(value.toFixed(2));
  return Object.is(rounded, -0) ? "0" : String(rounded);
}
