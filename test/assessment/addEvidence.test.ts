import { describe, expect, it } from "vitest";
import { addEvidence } from "../../src/assessment/addEvidence.js";
import { deepFreeze, frozenPaths, jsonCopy, sample } from "./frameworks.js";

describe("addEvidence", () => {
  it("appends to the entry's evidence", () => {
    const result = addEvidence(sample(), "xa.1.a", {
      source: "Kế hoạch 12/KH-UBND",
      date: "2023-02-20",
    });
    expect(result.entries[0]!.evidence).toEqual([
      { source: "Nghị quyết 05-NQ/ĐU", date: "2023-02-10" },
      { source: "Kế hoạch 12/KH-UBND", date: "2023-02-20" },
    ]);
  });

  it("starts the evidence list, or the entry, when there is none", () => {
    expect(addEvidence(sample(), "xa.2", { source: "Báo cáo" }).entries[1]!.evidence).toEqual([
      { source: "Báo cáo" },
    ]);
    expect(addEvidence(sample(), "xa.3.a", { source: "Báo cáo" }).entries[3]).toEqual({
      node: "xa.3.a",
      evidence: [{ source: "Báo cáo" }],
    });
  });

  it("works on a deep-frozen input and neither mutates nor freezes anything", () => {
    expect(
      addEvidence(deepFreeze(sample()), "xa.1.a", { source: "x" }).entries[0]!.evidence,
    ).toHaveLength(2);
    const input = sample();
    const before = jsonCopy(input);
    const result = addEvidence(input, "xa.1.a", { source: "x" });
    expect(input).toEqual(before);
    expect([...frozenPaths(input), ...frozenPaths(result)]).toEqual([]);
    expect(result.entries[0]!.evidence![0]).toBe(input.entries[0]!.evidence![0]);
    expect(result.entries[1]).toBe(input.entries[1]);
  });

  it("throws a RangeError for evidence without a source or with an impossible date", () => {
    expect(() => addEvidence(sample(), "xa.1.a", { source: "" })).toThrow(
      "addEvidence: invalid evidence:",
    );
    expect(() => addEvidence(sample(), "xa.1.a", { source: "x", date: "2023-02-30" })).toThrow(
      RangeError,
    );
  });
});
