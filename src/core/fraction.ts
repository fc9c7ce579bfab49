import { type Exact, rational } from "./exact.js";

/*
 * Unreduced fractions for summing many terms quickly and exactly (the weighted and XCCDF models).
 * `core/exact` reduces with a gcd at every step, which costs tens of microseconds per term; here
 * terms that share a denominator add as plain bigints and the single reduction happens in `toExact`.
 */

/** n / d with d > 0, not necessarily reduced. */
export interface Fraction {
  readonly n: bigint;
  readonly d: bigint;
}

/** Decimal places kept by `fixedPoint`: 10⁻⁹ covers weights such as 7.5 or 0.125 and scores such as 0.85. */
export const FIXED_SCALE = 1_000_000_000;
export const FIXED_SCALE_N = 1_000_000_000n;

export const ZERO_FRACTION: Fraction = { n: 0n, d: 1n };

/**
 * The number as a count of 10⁻⁹ when it is a decimal of at most 9 places (as it prints), else null.
 * Below 10⁶ doubles are closer together than 10⁻⁹, so the answer is the decimal the number prints as.
 */
export function fixedPoint(x: number): bigint | null {
  if (!(Math.abs(x) <= 1e6)) return null;
  const n = Math.round(x * FIXED_SCALE);
  return n / FIXED_SCALE === x ? BigInt(n) : null;
}

export function addFraction(a: Fraction, b: Fraction): Fraction {
  if (a.d === b.d) return { n: a.n + b.n, d: a.d };
  return { n: a.n * b.d + b.n * a.d, d: a.d * b.d };
}

/** a × k for an integer k. */
export function scaleFraction(a: Fraction, k: bigint): Fraction {
  return { n: a.n * k, d: a.d };
}

/** a / k for a positive integer k. */
export function divideFraction(a: Fraction, k: bigint): Fraction {
  return { n: a.n, d: a.d * k };
}

/** The reduced exact value (one gcd). */
export function toExact(a: Fraction): Exact {
  return rational(a.n, a.d);
}

/**
 * The number as a count of 10⁻⁶ (a plain safe integer) when it is a decimal of at most 6 places, else
 * null: the allocation-free fast path for the common weights (1, 7.5, 0.25) and scores (0, 1, 0.7).
 */
export function fixedMicro(x: number): number | null {
  if (!(Math.abs(x) <= 1e9)) return null;
  const n = Math.round(x * 1e6);
  return n / 1e6 === x ? n : null;
}
