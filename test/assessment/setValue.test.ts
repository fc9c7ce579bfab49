import { produce as globalProduce } from "immer";
import { describe, expect, it } from "vitest";
import type { Tally } from "../../src/assessment/schema.js";
import { setValue } from "../../src/assessment/setValue.js";
import { deepFreeze, frozenPaths, jsonCopy, sample } from "./frameworks.js";

describe("setValue", () => {
  it("replaces the value in place and keeps the entry's other fields and position", () => {
    const input = sample();
    const result = setValue(input, "xa.2", []);
    expect(result.entries.map((entry) => entry.node)).toEqual(["xa.1.a", "xa.2", "xa.4"]);
    expect(result.entries[1]).toEqual({ node: "xa.2", value: [], note: "một vụ, tháng 3" });
  });

  it("creates the entry at the end when the node has none", () => {
    const result = setValue(sample(), "xa.1.c", 2);
    expect(result.entries.map((entry) => entry.node)).toEqual(["xa.1.a", "xa.2", "xa.4", "xa.1.c"]);
    expect(result.entries[3]).toEqual({ node: "xa.1.c", value: 2 });
  });

  it("works on a deep-frozen assessment and leaves it as it was", () => {
    const input = deepFreeze(sample());
    const before = jsonCopy(input);
    const result = setValue(input, "xa.4", {
      total: 25,
      counts: { registered: 25, recognised: 18 },
    });
    expect(result.entries[2]!.value).toEqual({
      total: 25,
      counts: { registered: 25, recognised: 18 },
    });
    expect(input).toEqual(before);
  });

  it("neither mutates nor freezes the caller's objects, nor the result", () => {
    const input = sample();
    const before = jsonCopy(input);
    const result = setValue(input, "xa.1.a", false);
    expect(input).toEqual(before);
    expect(frozenPaths(input)).toEqual([]);
    expect(frozenPaths(result)).toEqual([]);
    // The result is the caller's to change.
    result.entries.push({ node: "xa.1.c", value: 1 });
    expect(input.entries).toHaveLength(3);
  });

  it("shares the entries and fields it did not change", () => {
    const input = sample();
    const result = setValue(input, "xa.1.a", false);
    expect(result).not.toBe(input);
    expect(result.entries[0]).not.toBe(input.entries[0]);
    expect(result.entries[0]!.evidence).toBe(input.entries[0]!.evidence);
    expect(result.entries[1]).toBe(input.entries[1]);
    expect(result.subject).toBe(input.subject);
    expect(result.period).toBe(input.period);
  });

  it("returns an equal object when the value is already recorded", () => {
    const input = sample();
    expect(setValue(input, "xa.1.a", true)).toEqual(input);
    expect(
      setValue(input, "xa.4", { total: 25, counts: { registered: 25, recognised: 16 } }),
    ).toEqual(input);
  });

  it("copies the value, so changing the caller's object later does not reach the result", () => {
    const tally: Tally = { total: 25, counts: { recognised: 18 } };
    const result = setValue(sample(), "xa.4", tally);
    tally.counts.recognised = 3;
    expect(result.entries[2]!.value).toEqual({ total: 25, counts: { recognised: 18 } });
  });

  it("edits the first entry when a malformed assessment holds duplicates", () => {
    const input = {
      ...sample(),
      entries: [
        { node: "xa.1.c", value: 0 },
        { node: "xa.1.c", value: 1 },
      ],
    };
    expect(setValue(input, "xa.1.c", 5).entries).toEqual([
      { node: "xa.1.c", value: 5 },
      { node: "xa.1.c", value: 1 },
    ]);
  });

  it("throws a RangeError for a bad node id or a value that is not a value", () => {
    expect(() => setValue(sample(), "__proto__", true)).toThrow(
      'setValue: the node id "__proto__" is reserved',
    );
    expect(() => setValue(sample(), "xa 1", true)).toThrow("setValue: invalid node id");
    expect(() => setValue(sample(), "xa.1.c", Number.NaN)).toThrow(
      "setValue: invalid value: (root): expected a finite number, received NaN",
    );
    expect(() => setValue(sample(), "xa.2", ["__proto__"])).toThrow(RangeError);
  });

  it("edits one of 100 000 entries", () => {
    const input = {
      ...sample(),
      entries: Array.from({ length: 100_000 }, (_, index) => ({
        node: `n.${index}`,
        value: index,
      })),
    };
    const result = setValue(input, "n.99999", -1);
    expect(result.entries[99_999]).toEqual({ node: "n.99999", value: -1 });
    expect(result.entries[0]).toBe(input.entries[0]);
  });

  it("leaves immer's global produce as it was (it still freezes)", () => {
    setValue(sample(), "xa.1.a", false);
    const result = globalProduce({ a: { b: 1 } }, (draft) => {
      draft.a.b = 2;
    });
    expect(Object.isFrozen(result.a)).toBe(true);
  });
});
