import { describe, expect, it } from "vitest";
import { removeEntry } from "../../src/assessment/removeEntry.js";
import { deepFreeze, frozenPaths, jsonCopy, sample } from "./frameworks.js";

describe("removeEntry", () => {
  it("removes the node's entry and keeps the others in order", () => {
    expect(removeEntry(sample(), "xa.2").entries.map((entry) => entry.node)).toEqual([
      "xa.1.a",
      "xa.4",
    ]);
  });

  it("removes every entry for the node when a malformed assessment repeats it", () => {
    const input = {
      ...sample(),
      entries: [{ node: "a" }, { node: "b" }, { node: "a" }, { node: "a" }],
    };
    expect(removeEntry(input, "a").entries).toEqual([{ node: "b" }]);
  });

  it("returns the input itself when the node has no entry", () => {
    const input = sample();
    expect(removeEntry(input, "xa.3.a")).toBe(input);
    expect(frozenPaths(input)).toEqual([]);
  });

  it("works on a deep-frozen input and neither mutates nor freezes anything", () => {
    expect(removeEntry(deepFreeze(sample()), "xa.1.a").entries).toHaveLength(2);
    const input = sample();
    const before = jsonCopy(input);
    const result = removeEntry(input, "xa.1.a");
    expect(input).toEqual(before);
    expect([...frozenPaths(input), ...frozenPaths(result)]).toEqual([]);
    expect(result.entries[0]).toBe(input.entries[1]);
  });

  it("throws a RangeError for an invalid node id", () => {
    expect(() => removeEntry(sample(), "")).toThrow("removeEntry: invalid node id");
  });
});
