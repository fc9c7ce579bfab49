/**
 * Reads `--name N` from the command line: a whole number of at least `least`, or `fallback` when the
 * option is absent. Shared by the benchmark scripts (`ratios.ts`, `variants/run.ts`, `scale/run.ts`).
 *
 * @param tool - The script's name, for the message.
 * @param name - The option's name, without `--`.
 * @param fallback - The value when the option is absent.
 * @param least - The smallest value accepted (1 unless told).
 * @returns The value.
 * @throws RangeError when the value is not a whole number of at least `least`.
 */
export function integerOption(tool: string, name: string, fallback: number, least = 1): number {
  const at = process.argv.indexOf(`--${name}`);
  const value = at < 0 ? fallback : Number(process.argv[at + 1]);
  if (!Number.isInteger(value) || value < least) {
    const what =
      least === 0
        ? "a non-negative integer"
        : least === 1
          ? "a positive integer"
          : `an integer ≥ ${least}`;
    throw new RangeError(`${tool}: --${name} must be ${what}`);
  }
  return value;
}
