import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  add,
  ceil,
  cmp,
  compareToExact,
  div,
  exact,
  floor,
  mul,
  sub,
  toNumber,
} from "../../src/core/exact.js";

describe("exact", () => {
  it("reads numbers as the decimals they print as", () => {
    expect(exact(0.1)).toEqual({ n: 1n, d: 10n });
    expect(exact(1e-7)).toEqual({ n: 1n, d: 10000000n });
    expect(exact(-2.5)).toEqual({ n: -5n, d: 2n });
    expect(exact(1.5e21)).toEqual({ n: 1500000000000000000000n, d: 1n });
    expect(toNumber(exact(1.5e21))).toBe(1.5e21);
  });

  it("adds 0.1 + 0.2 to exactly 0.3 and 0.7 + 0.1 to exactly 0.8", () => {
    expect(cmp(add(exact(0.1), exact(0.2)), exact(0.3))).toBe(0);
    expect(toNumber(add(exact(0.7), exact(0.1)))).toBe(0.8);
  });

  it("multiplies 1.1 × 50 to exactly 55 and 0.95 × 100 to 95", () => {
    expect(mul(exact(1.1), 50)).toBe(55);
    expect(mul(exact(0.95), 100)).toBe(95);
    expect(toNumber(mul(exact(1.1), 58))).toBe(63.8);
  });

  it("rounds shares up and down exactly: 0.7 × 25 = 17.5 → 18 and 17", () => {
    const boundary = div(mul(exact(70), 25), 100);
    expect([ceil(boundary), floor(boundary)]).toEqual([18, 17]);
    expect([ceil(exact(-1.5)), floor(exact(-1.5))]).toEqual([-1, -2]);
    expect(sub(5, exact(0.5))).toEqual({ n: 9n, d: 2n });
  });

  it("compares a number with an exact threshold as the decimals they print as", () => {
    const threshold = mul(exact(1.1), 58);
    expect(compareToExact(63.8, threshold, toNumber(threshold))).toBe(0);
    expect(compareToExact(63.80000000000001, threshold, toNumber(threshold))).toBe(1);
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        fc.double({ noNaN: true, noDefaultInfinity: true }),
        (a, b) => {
          const t = exact(b);
          expect(compareToExact(a, t, toNumber(t))).toBe(cmp(exact(a), t));
        },
      ),
    );
  });

  it("keeps addition exact and commutative on decimals", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e6, max: 1e6 }),
        fc.integer({ min: -1e6, max: 1e6 }),
        (a, b) => {
          const x = exact(a / 100);
          const y = exact(b / 1000);
          expect(add(x, y)).toEqual(add(y, x));
          expect(cmp(sub(add(x, y), y), x)).toBe(0);
        },
      ),
    );
  });
});
