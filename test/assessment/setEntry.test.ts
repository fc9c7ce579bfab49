import { describe, expect, it } from "vitest";
import { type EntryPatch, setEntry } from "../../src/assessment/setEntry.js";
import { deepFreeze, frozenPaths, jsonCopy, sample } from "./frameworks.js";

describe("setEntry", () => {
  it("merges the patch: given fields replace, undefined fields are removed, others stay", () => {
    const result = setEntry(sample(), "xa.2", {
      status: "notMet",
      note: undefined,
      selfScore: 0,
      assessor: "Công an phường",
    });
    expect(result.entries[1]).toEqual({
      node: "xa.2",
      value: ["sabotage"],
      status: "notMet",
      selfScore: 0,
      assessor: "Công an phường",
    });
    expect(Object.keys(result.entries[1]!)).not.toContain("note");
  });

  it("creates the entry at the end when the node has none", () => {
    const result = setEntry(sample(), "xa.3.a", {
      status: "met",
      verifiedScore: 10,
      note: undefined,
    });
    expect(result.entries[3]).toEqual({ node: "xa.3.a", status: "met", verifiedScore: 10 });
  });

  it("works on a deep-frozen input and neither mutates nor freezes anything", () => {
    const patch = deepFreeze({ evidence: [{ source: "Biên bản" }] });
    const frozen = deepFreeze(sample());
    expect(setEntry(frozen, "xa.4", patch).entries[2]!.evidence).toEqual([{ source: "Biên bản" }]);
    const input = sample();
    const before = jsonCopy(input);
    const result = setEntry(input, "xa.4", {
      evidence: [{ source: "Biên bản" }],
      note: "đã xác minh",
    });
    expect(input).toEqual(before);
    expect([...frozenPaths(input), ...frozenPaths(result)]).toEqual([]);
    expect(result.entries[0]).toBe(input.entries[0]);
    // The patch's arrays are copied, not adopted.
    expect(result.entries[2]!.evidence).not.toBe(patch.evidence);
  });

  it("returns an equal assessment for an empty patch or one that changes nothing", () => {
    const input = sample();
    expect(setEntry(input, "xa.2", {})).toEqual(input);
    expect(setEntry(input, "xa.2", { note: "một vụ, tháng 3", status: undefined })).toEqual(input);
  });

  it("throws a RangeError for an invalid field, an unknown field or a patch naming the node", () => {
    expect(() => setEntry(sample(), "xa.2", { selfScore: Number.POSITIVE_INFINITY })).toThrow(
      "setEntry: invalid patch: selfScore: expected a finite number, received Infinity",
    );
    expect(() => setEntry(sample(), "xa.2", { valeu: 1 } as EntryPatch)).toThrow(
      "setEntry: invalid patch: (root): unknown field(s): valeu",
    );
    expect(() => setEntry(sample(), "xa.2", { node: "xa.3" } as EntryPatch)).toThrow(
      "setEntry: the patch must be an object of entry fields other than node",
    );
    expect(() =>
      setEntry(sample(), "xa.2", { evidence: [{ source: "x", date: "2023-02-30" }] }),
    ).toThrow("setEntry: invalid patch: evidence.0.date: invalid date");
  });
});
