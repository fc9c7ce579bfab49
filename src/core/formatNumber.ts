/**
 * A number for people: integers as they are, others at most two decimals without trailing zeros, with a
 * decimal comma in Vietnamese (`17,5`) and a point in English (`17.5`). Halves round away from zero on
 * the decimal written (2.675 → 2,68; −0.125 → −0,13), never on the binary double's tail; no negative
 * zero. Locale-free: the same text on every machine. The one number formatter of the messages, the CLI
 * and the reports.
 *
 * @param value - A finite number.
 * @param language - `"vi"` or `"en"` (default `"en"`).
 * @returns The text.
 * @example
 * formatNumber((31 / 34) * 100, "vi")
 * //=> "91,18"
 * @category Formatting
 */
export function formatNumber(value: number, language: "vi" | "en" = "en"): string {
  if (Number.isInteger(value)) return value === 0 ? "0" : String(value);
  const negative = value < 0;
  // × 100 then round: 2.675 × 100 is 267.5 exactly, so the half of the decimal written is kept.
  const cents = Math.round((negative ? -value : value) * 100);
  if (cents === 0) return "0";
  const point = language === "vi" ? "," : ".";
  if (cents < 1e11) {
    // Below 10⁹ a double is finer than 0.01: write the digits from the integer cents.
    const whole = Math.floor(cents / 100);
    const fraction = cents - whole * 100;
    const head = negative ? `-${whole}` : String(whole);
    if (fraction === 0) return head;
    const digits =
      fraction % 10 === 0
        ? String(fraction / 10)
        : fraction < 10
          ? `0${fraction}`
          : String(fraction);
    return head + point + digits;
  }
  const text = String((negative ? -cents : cents) / 100);
  return language === "vi" ? text.replace(".", ",") : text;
}
