function decimals(value: number): number {
  const [mantissa = "", exponent = "0"] = String(value).split("e");
  const fraction = mantissa.split(".")[1]?.length ?? 0;
  return Math.max(0, fraction - Number(exponent));
}

/**
 * Adds decimal numbers as decimals, so that `0.1 + 0.2` is `0.3` and a threshold equal to the sum
 * compares equal.
 *
 * @param values - Finite numbers as written in a framework.
 * @returns The nearest number to the exact decimal sum.
 * @example
 * exactSum([0.1, 0.2])
 * //=> 0.3
 * @category Internal
 */
export function exactSum(values: readonly number[]): number {
  // A loop, not Math.max(...): a spread of 150 000 values overflows the stack.
  let scale = 0;
  for (const v of values) scale = Math.max(scale, decimals(v));
  // Beyond 15 places the scaled integers stop being exact; plain addition is as good as it gets.
  if (scale > 15) return values.reduce((sum, value) => sum + value, 0);
  const factor = 10 ** scale;
  let total = 0n;
  for (const value of values) total += BigInt(Math.round(value * factor));
  return Number(total) / factor;
}
