import { describe, expect, it } from "vitest";
import { DEFAULT_LIMITS, isWithin, snapshotInput, toPlainData } from "../../src/core/copyInput.js";

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

describe("the one walk behind toPlainData and snapshotInput", () => {
  it("copies 100 000 levels of nesting without overflowing the stack (cut at the limit)", () => {
    let deep: unknown = 1;
    for (let level = 0; level < 100_000; level++) deep = [deep];
    const plain = toPlainData(deep);
    expect(plain.issues.map((issue) => [issue.code, issue.path.length])).toEqual([
      ["too_deep", 33],
    ]);
    const snapshot = snapshotInput(deep);
    expect(
      snapshot.ok ? [] : snapshot.issues.map((issue) => [issue.code, issue.path.length]),
    ).toEqual([["too_deep", 256]]);
  });

  it("reports the same problem with the same code and message under both policies", () => {
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    const plain = toPlainData(cyclic).issues;
    const snapshot = snapshotInput(cyclic);
    expect(snapshot.ok).toBe(false);
    expect(snapshot.ok ? [] : snapshot.issues).toEqual(plain);
    const proto = JSON.parse('{"x": {"__proto__": 1}}');
    const fromSnapshot = snapshotInput(proto);
    expect(fromSnapshot.ok ? [] : fromSnapshot.issues).toEqual(toPlainData(proto).issues);
  });

  it("keeps a key whose getter throws as an undefined hole in toPlainData, reported and cut", () => {
    const input = {
      get bad(): number {
        throw new Error("no");
      },
      good: -0,
    };
    const { data, issues, cut } = toPlainData(input);
    expect(data).toEqual({ bad: undefined, good: 0 });
    expect(Object.is((data as { good: number }).good, 0)).toBe(true);
    expect(issues.map((issue) => issue.code)).toEqual(["unreadable_value"]);
    expect(cut).toEqual([["bad"]]);
  });
});
