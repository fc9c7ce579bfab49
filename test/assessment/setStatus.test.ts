import { describe, expect, it } from "vitest";
import type { EntryStatus } from "../../src/assessment/schema.js";
import { setStatus } from "../../src/assessment/setStatus.js";
import { deepFreeze, frozenPaths, jsonCopy, sample } from "./frameworks.js";

describe("setStatus", () => {
  it("records a verdict beside the value, keeping the entry in place", () => {
    const result = setStatus(sample(), "xa.2", "notMet");
    expect(result.entries[1]).toEqual({
      node: "xa.2",
      value: ["sabotage"],
      note: "một vụ, tháng 3",
      status: "notMet",
    });
  });

  it("creates an entry holding only the verdict for a judged node", () => {
    expect(setStatus(sample(), "xa.3.a", "met").entries[3]).toEqual({
      node: "xa.3.a",
      status: "met",
    });
  });

  it("works on a deep-frozen input and neither mutates nor freezes anything", () => {
    const frozen = deepFreeze(sample());
    expect(setStatus(frozen, "xa.1.a", "notApplicable").entries[0]!.status).toBe("notApplicable");
    const input = sample();
    const before = jsonCopy(input);
    const result = setStatus(input, "xa.1.a", "met");
    expect(input).toEqual(before);
    expect([...frozenPaths(input), ...frozenPaths(result)]).toEqual([]);
    expect(result.entries[2]).toBe(input.entries[2]);
  });

  it("returns the same assessment when the verdict is already recorded", () => {
    const input = setStatus(sample(), "xa.1.a", "met");
    expect(setStatus(input, "xa.1.a", "met")).toEqual(input);
  });

  it("throws a RangeError for a status that does not exist", () => {
    expect(() => setStatus(sample(), "xa.1.a", "passed" as EntryStatus)).toThrow(
      "setStatus: invalid status: (root): must be one of: met, notMet, notApplicable, unknown, error",
    );
  });
});
