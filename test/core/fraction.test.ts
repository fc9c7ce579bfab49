import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exact } from "../../src/core/exact.js";
import {
  addFraction,
  divideFraction,
  fixedMicro,
  fixedPoint,
  scaleFraction,
  toExact,
} from "../../src/core/fraction.js";

describe("fixedPoint", () => {
  it("reads a decimal of up to 9 places as a count of 10⁻⁹", () => {
    expect(fixedPoint(0.1)).toBe(100_000_000n);
    expect(fixedPoint(7.5)).toBe(7_500_000_000n);
    expect(fixedPoint(0.123456789)).toBe(123_456_789n);
    expect(fixedPoint(-2)).toBe(-2_000_000_000n);
  });

  it("refuses numbers that print with more places or are too large", () => {
    expect(fixedPoint(0.1 + 0.2)).toBeNull();
    expect(fixedPoint(2 / 3)).toBeNull();
    expect(fixedPoint(1e7)).toBeNull();
    expect(fixedPoint(Number.NaN)).toBeNull();
  });

  it("agrees with the decimal the number prints as", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (units) => {
        const x = units / 1e9;
        const n = fixedPoint(x);
        if (n === null) return false;
        expect(toExact({ n, d: 1_000_000_000n })).toEqual(exact(x));
        return true;
      }),
    );
  });
});

describe("fixedMicro", () => {
  it("reads a decimal of up to 6 places as a plain integer count of 10⁻⁶", () => {
    expect(fixedMicro(7.5)).toBe(7_500_000);
    expect(fixedMicro(0.85)).toBe(850_000);
    expect(fixedMicro(0.1234567)).toBeNull();
    expect(fixedMicro(1e10)).toBeNull();
  });
});

describe("fractions", () => {
  it("add without reducing, then reduce once", () => {
    const third = { n: 1n, d: 3n };
    const sixth = { n: 1n, d: 6n };
    const sum = addFraction(third, sixth);
    expect(sum).toEqual({ n: 9n, d: 18n });
    expect(toExact(sum)).toEqual({ n: 1n, d: 2n });
    expect(addFraction(third, third)).toEqual({ n: 2n, d: 3n });
  });

  it("scale and divide by integers", () => {
    expect(toExact(scaleFraction({ n: 1n, d: 4n }, 8n))).toBe(2);
    expect(toExact(divideFraction({ n: 3n, d: 1n }, 6n))).toEqual({ n: 1n, d: 2n });
  });
});
