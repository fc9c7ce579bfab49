import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS, isWithin, toPlainData } from "../../src/core/copyInput.js";

const small = { ...DEFAULT_LIMITS, maxObjects: 50, maxKeys: 3, maxArrayLength: 4 };

describe("toPlainData", () => {
  it("copies plain data into fresh objects and arrays", () => {
    const input = { a: [1, { b: "x" }], c: null };
    const { data, issues, cut } = toPlainData(input);
    expect(data).toEqual(input);
    expect(data).not.toBe(input);
    expect((data as typeof input).a).not.toBe(input.a);
    expect([issues, cut]).toEqual([[], []]);
  });

  it("reads -0 as 0, as JSON would", () => {
    expect(Object.is((toPlainData([-0]).data as number[])[0], 0)).toBe(true);
  });

  it("copies a shared, acyclic object each time it is reached", () => {
    const shared = { x: 1 };
    expect(toPlainData({ a: shared, b: [shared] }).data).toEqual({ a: { x: 1 }, b: [{ x: 1 }] });
  });

  it("stops with a single too_large issue when a shared object makes the walk explode", () => {
    let node: unknown = { leaf: true };
    for (let level = 0; level < 20; level++) node = [node, node];
    const { data, issues, cut } = toPlainData(node, small);
    expect(data).toBeUndefined();
    expect(issues.map((issue) => [issue.code, issue.path])).toEqual([["too_large", []]]);
    expect(cut).toEqual([[]]);
  });

  it("cuts objects with too many keys and arrays with too many items", () => {
    const { data, issues, cut } = toPlainData(
      { wide: { a: 1, b: 2, c: 3, d: 4 }, long: [1, 2, 3, 4, 5] },
      small,
    );
    expect(data).toEqual({ wide: undefined, long: undefined });
    expect(issues.map((issue) => issue.message)).toEqual([
      "wide: too large (more than 3 keys)",
      "long: too large (more than 4 items)",
    ]);
    expect(cut).toEqual([["wide"], ["long"]]);
  });

  it("lets an error that is not its own propagate (a bug, not bad input)", () => {
    const limits = {
      ...DEFAULT_LIMITS,
      get maxDepth(): number {
        throw new TypeError("bug");
      },
    };
    expect(() => toPlainData({ a: 1 }, limits)).toThrow("bug");
  });
});

describe("isWithin", () => {
  it("is true for the path itself and the paths below it", () => {
    expect(isWithin(["a", 0, "b"], ["a", 0])).toBe(true);
    expect(isWithin(["a", 0], ["a", 0])).toBe(true);
    expect(isWithin(["a"], ["a", 0])).toBe(false);
    expect(isWithin(["a", 1], ["a", 0])).toBe(false);
  });
});
