/*
 * What both code generators (generateSummarize.ts, generateExplain.ts) write the same way: comparators
 * as JavaScript operators and numbers as literals. No text from a framework is ever written into code.
 */

/** A rule's comparator as the JavaScript operator that compares two numbers the same way. */
export const OPERATORS: Readonly<Record<string, string>> = {
  ">=": ">=",
  ">": ">",
  "<=": "<=",
  "<": "<",
  "=": "===",
  "!=": "!==",
};

/**
 * A finite number as a JavaScript literal; anything else is not generated.
 *
 * @param value - The number.
 * @returns `JSON.stringify`'s plain literal, parenthesised so that a minus sign is safe.
 * @throws RangeError when the number is not finite (the generators then leave the framework to the
 *   interpreter).
 */
export function literal(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError("generated code: not a finite number");
  return `(${JSON.stringify(value)})`;
}
