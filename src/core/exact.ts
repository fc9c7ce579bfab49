/*
 * Exact arithmetic for thresholds and point sums (DESIGN.md §5 "Exact").
 *
 * A JS number is read as the decimal it prints as (`String(0.1)` is "0.1"), so `0.1 + 0.2 = 0.3` and
 * `0.95 × 100 = 95` hold exactly. `Exact` is a safe integer (the fast, common case: counts and whole
 * points) or a reduced rational with bigint parts; operations stay on plain numbers while they can.
 */

/** A reduced fraction with a positive denominator. */
export interface Rational {
  readonly n: bigint;
  readonly d: bigint;
}

/** A safe integer, or a rational when a non-integer or a large value is involved. */
export type Exact = number | Rational;

const ZERO = 0n;
const ONE = 1n;

function gcd(a: bigint, b: bigint): bigint {
  let x = a < ZERO ? -a : a;
  let y = b < ZERO ? -b : b;
  while (y !== ZERO) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

/** Builds a reduced rational; collapses to a number when it is a safe integer. */
export function rational(n: bigint, d: bigint): Exact {
  if (d === ZERO) throw new RangeError("rational: zero denominator");
  let num = n;
  let den = d;
  if (den < ZERO) {
    num = -num;
    den = -den;
  }
  const g = gcd(num, den);
  if (g > ONE) {
    num /= g;
    den /= g;
  }
  if (den === ONE && num <= 9007199254740991n && num >= -9007199254740991n) return Number(num);
  return { n: num, d: den };
}

/** The exact decimal a finite number prints as, e.g. `0.1` → 1/10. */
export function exact(x: number): Exact {
  if (Number.isSafeInteger(x)) return x === 0 ? 0 : x;
  return decimalOf(x);
}

function decimalOf(x: number): Exact {
  const text = String(x);
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(text);
  if (match === null) throw new RangeError(`exact: not a finite number: ${text}`);
  const digits = `${match[2]}${match[3] ?? ""}`;
  const exponent = Number(match[4] ?? "0") - (match[3]?.length ?? 0);
  let n = BigInt(digits);
  if (match[1] === "-") n = -n;
  return exponent >= 0
    ? rational(n * 10n ** BigInt(exponent), ONE)
    : rational(n, 10n ** BigInt(-exponent));
}

function asRational(x: Exact): Rational {
  return typeof x === "number" ? { n: BigInt(x), d: ONE } : x;
}

/** a + b. */
export function add(a: Exact, b: Exact): Exact {
  if (typeof a === "number" && typeof b === "number") {
    const sum = a + b;
    if (Number.isSafeInteger(sum)) return sum;
  }
  const x = asRational(a);
  const y = asRational(b);
  return rational(x.n * y.d + y.n * x.d, x.d * y.d);
}

/** a − b. */
export function sub(a: Exact, b: Exact): Exact {
  return add(a, neg(b));
}

/** −a. */
export function neg(a: Exact): Exact {
  return typeof a === "number" ? (a === 0 ? 0 : -a) : { n: -a.n, d: a.d };
}

/** a × b. */
export function mul(a: Exact, b: Exact): Exact {
  if (typeof a === "number" && typeof b === "number") {
    const product = a * b;
    if (Number.isSafeInteger(product)) return product === 0 ? 0 : product;
  }
  const x = asRational(a);
  const y = asRational(b);
  return rational(x.n * y.n, x.d * y.d);
}

/** a ÷ b; throws a RangeError when b is 0 (callers check denominators first). */
export function div(a: Exact, b: Exact): Exact {
  const x = asRational(a);
  const y = asRational(b);
  return rational(x.n * y.d, x.d * y.n);
}

/** −1, 0 or 1 as a is below, equal to or above b. */
export function cmp(a: Exact, b: Exact): -1 | 0 | 1 {
  if (typeof a === "number" && typeof b === "number") return a < b ? -1 : a > b ? 1 : 0;
  const x = asRational(a);
  const y = asRational(b);
  const left = x.n * y.d;
  const right = y.n * x.d;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** The smaller of a and b. */
export function min(a: Exact, b: Exact): Exact {
  return cmp(a, b) <= 0 ? a : b;
}

/** The larger of a and b. */
export function max(a: Exact, b: Exact): Exact {
  return cmp(a, b) >= 0 ? a : b;
}

/** The nearest number (correctly rounded while both parts fit in 2^53). */
export function toNumber(a: Exact): number {
  if (typeof a === "number") return a;
  const limit = 9007199254740992n;
  if (a.n < limit && a.n > -limit && a.d < limit) return Number(a.n) / Number(a.d);
  // Scale so the quotient keeps about 20 significant digits before converting.
  const digits = a.d.toString().length - (a.n < ZERO ? -a.n : a.n).toString().length + 20;
  if (digits <= 0) return Number(a.n / a.d);
  // Parsing the scaled quotient as a decimal string keeps tiny and huge magnitudes (10 ** 344 overflows).
  return Number(`${(a.n * 10n ** BigInt(digits)) / a.d}e-${digits}`);
}

/** The smallest integer ≥ a. */
export function ceil(a: Exact): number {
  if (typeof a === "number") return a;
  const q = a.n / a.d;
  return Number(a.n > ZERO && q * a.d !== a.n ? q + ONE : q);
}

/** The largest integer ≤ a. */
export function floor(a: Exact): number {
  if (typeof a === "number") return a;
  const q = a.n / a.d;
  return Number(a.n < ZERO && q * a.d !== a.n ? q - ONE : q);
}

/**
 * Compares a number with an exact threshold: plain float comparison when the two are far apart (the
 * decimal a double prints as lies within one ulp of it), exact rationals when they are close.
 */
export function compareToExact(value: number, threshold: Exact, approx: number): -1 | 0 | 1 {
  const gap = value - approx;
  if (Math.abs(gap) > 1e-12 * Math.max(Math.abs(value), Math.abs(approx))) return gap < 0 ? -1 : 1;
  return cmp(exact(value), threshold);
}
