/*
 * Plain JSON helpers shared by the diffs (assessments, evaluations, frameworks): one canonical text for
 * equality, one key order, one copy. Inputs are parsed data, already depth-limited by the parsers.
 */

/**
 * A string equal for equal plain JSON: object keys sorted (code-unit order), absent (`undefined`) keys
 * left out, arrays in order.
 *
 * @param value - Plain JSON data.
 * @returns Its canonical text.
 * @example
 * canonical({ b: 1, a: [true, null] }) === canonical({ a: [true, null], b: 1 })
 * //=> true
 * @category Internal
 */
export function canonical(value: unknown): string {
  if (value === undefined) return "undefined";
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (typeof value === "object" && value !== null) {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort(codeUnitOrder);
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical(record[key])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * Compares strings by UTF-16 code units: the same order on every machine and locale (not
 * `localeCompare`).
 *
 * @param a - A string.
 * @param b - Another.
 * @returns Negative, zero or positive.
 * @example
 * ["b", "a", "B"].sort(codeUnitOrder)
 * //=> ["B", "a", "b"]
 * @category Internal
 */
export function codeUnitOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * A deep copy of plain data, without `undefined` keys.
 *
 * @param value - Plain JSON data.
 * @returns A copy that shares no object with `value`.
 * @example
 * copyPlain({ a: [1], b: undefined })
 * //=> { a: [1] }
 * @category Internal
 */
export function copyPlain<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyPlain) as T;
  if (typeof value === "object" && value !== null) {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (item !== undefined) out[key] = copyPlain(item);
    }
    return out as T;
  }
  return value;
}
