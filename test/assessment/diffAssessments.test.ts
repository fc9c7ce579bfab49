import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AssessmentDiff, diffAssessments } from "../../src/assessment/diffAssessments.js";
import type { Assessment, Entry } from "../../src/assessment/schema.js";
import { parseAssessment } from "../../src/index.js";
import { commune2023, deepFreeze, jsonCopy, sample } from "./frameworks.js";

function fixture(file: string): Assessment {
  return parseAssessment(JSON.parse(readFileSync(`fixtures/assessments/${file}`, "utf8")));
}

function withEntries(entries: Entry[], base: Assessment = commune2023): Assessment {
  return { ...jsonCopy(base), entries };
}

/** The diff with before and after swapped: added ↔ removed, before ↔ after in every field. */
function mirrored(diff: AssessmentDiff): unknown {
  const swap = (pair: { before?: unknown; after?: unknown }) => ({
    ...(pair.after !== undefined ? { before: pair.after } : {}),
    ...(pair.before !== undefined ? { after: pair.before } : {}),
  });
  return {
    framework: swap(diff.framework),
    subject: swap(diff.subject),
    period: swap(diff.period),
    entries: diff.entries.map((change) => {
      if (change.kind === "added") return { ...change, kind: "removed" };
      if (change.kind === "removed") return { ...change, kind: "added" };
      const changes: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(change.changes)) {
        if (key === "evidenceAdded") changes.evidenceRemoved = value;
        else if (key === "evidenceRemoved") changes.evidenceAdded = value;
        else changes[key] = swap(value as { before?: unknown; after?: unknown });
      }
      return { ...change, changes };
    }),
  };
}

describe("diffAssessments", () => {
  it("names the two criteria Nghi Hương's police lost between April and November 2023 (QĐ 5764)", () => {
    const april = fixture("nghi-huong-2023-04-26-qd5764.json");
    const november = fixture("nghi-huong-2023-11-02-qd5764.json");
    const diff = diffAssessments(april, november);
    expect(diff.issues).toEqual([]);
    expect(diff.entries).toEqual([
      { kind: "changed", node: "tc11", changes: { status: { before: "met", after: "notMet" } } },
      { kind: "changed", node: "tc21", changes: { status: { before: "met", after: "notMet" } } },
    ]);
    expect(diff.framework).toEqual({
      before: { id: "vn-qd5764-2021-22", version: "2021" },
      after: { id: "vn-qd5764-2021-22", version: "2021" },
    });
    expect(diff.period.before.end).toBe("2023-04-26");
    expect(diff.period.after.end).toBe("2023-11-02");
    expect(diff.subject.after.id).toBe("nghi-huong");
  });

  it("reports added, removed and every changed field with its old and new content", () => {
    const before = withEntries([
      {
        node: "a",
        value: { total: 3, counts: { x: 1, y: 2 } },
        evidence: [{ source: "S1" }, { source: "S2", date: "2023-01-02" }],
      },
      { node: "b", value: 5, note: "old", selfScore: 2, assessor: "P" },
      { node: "gone", status: "met" },
    ]);
    const after = withEntries([
      { node: "new", value: true },
      { node: "b", value: 6, status: "met", selfScore: 2, verifiedScore: 1 },
      {
        node: "a",
        // The same tally with its counts in another key order, and the evidence reordered plus one.
        value: { total: 3, counts: { y: 2, x: 1 } },
        evidence: [{ date: "2023-01-02", source: "S2" }, { source: "S3" }, { source: "S1" }],
      },
    ]);
    expect(diffAssessments(before, after).entries).toEqual([
      { kind: "changed", node: "a", changes: { evidenceAdded: [{ source: "S3" }] } },
      {
        kind: "changed",
        node: "b",
        changes: {
          value: { before: 5, after: 6 },
          status: { after: "met" },
          note: { before: "old" },
          verifiedScore: { after: 1 },
          assessor: { before: "P" },
        },
      },
      { kind: "removed", node: "gone", entry: { node: "gone", status: "met" } },
      { kind: "added", node: "new", entry: { node: "new", value: true } },
    ]);
  });

  it("counts repeated evidence items (a multiset) and compares lists of ids in order", () => {
    const before = withEntries([
      { node: "a", evidence: [{ source: "S" }, { source: "S" }] },
      { node: "b", value: ["x", "y"] },
    ]);
    const after = withEntries([
      { node: "a", evidence: [{ source: "S" }] },
      { node: "b", value: ["y", "x"] },
    ]);
    expect(diffAssessments(before, after).entries).toEqual([
      { kind: "changed", node: "a", changes: { evidenceRemoved: [{ source: "S" }] } },
      { kind: "changed", node: "b", changes: { value: { before: ["x", "y"], after: ["y", "x"] } } },
    ]);
  });

  it("sorts by node id in code-unit order, not by locale", () => {
    const after = withEntries([{ node: "b" }, { node: "B" }, { node: "a" }, { node: "A" }]);
    expect(diffAssessments(withEntries([]), after).entries.map((change) => change.node)).toEqual([
      "A",
      "B",
      "a",
      "b",
    ]);
  });

  it("refuses to compare different frameworks (framework_mismatch, no entries)", () => {
    const other = {
      ...withEntries([{ node: "b", value: 1 }]),
      framework: { id: "x", version: "1" },
    };
    const diff = diffAssessments(withEntries([{ node: "a", value: 1 }]), other);
    expect(diff.entries).toEqual([]);
    expect(diff.issues.map((issue) => [issue.code, issue.path, issue.severity])).toEqual([
      ["framework_mismatch", ["after", "framework", "id"], "error"],
    ]);
    expect(diff.issues[0]!.messages.vi).toContain('"tt124-like" và "x"');
  });

  it("diffs another version of the framework by node id, with a warning pointing to migrateAssessment", () => {
    const later = {
      ...withEntries([{ node: "a", value: 2 }]),
      framework: { id: "tt124-like", version: "2024" },
    };
    const diff = diffAssessments(withEntries([{ node: "a", value: 1 }]), later);
    expect(diff.entries).toEqual([
      { kind: "changed", node: "a", changes: { value: { before: 1, after: 2 } } },
    ]);
    expect(diff.issues.map((issue) => [issue.code, issue.path, issue.severity])).toEqual([
      ["framework_version_differs", ["after", "framework", "version"], "warning"],
    ]);
    expect(diff.issues[0]!.messages.en).toContain("migrateAssessment");
    expect(diff.issues[0]!.messages.vi).toContain("migrateAssessment");
  });

  it("reports a node recorded twice as duplicate_entry and leaves it out rather than guessing", () => {
    const before = withEntries([
      { node: "a", value: 1 },
      { node: "b", value: 1 },
    ]);
    const after = withEntries([
      { node: "a", value: 2 },
      { node: "b", value: 2 },
      { node: "a", value: 3 },
    ]);
    const diff = diffAssessments(before, after);
    expect(diff.entries).toEqual([
      { kind: "changed", node: "b", changes: { value: { before: 1, after: 2 } } },
    ]);
    expect(diff.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["duplicate_entry", ["after", "entries", 2, "node"]],
    ]);
  });

  it("works on deep-frozen inputs, leaves them unchanged and shares no objects with them", () => {
    const before = deepFreeze(sample());
    const after = deepFreeze(
      withEntries([{ node: "xa.9", value: { total: 1, counts: { a: 1 } } }]),
    );
    const copies = [jsonCopy(before), jsonCopy(after)];
    const diff = diffAssessments(before, after);
    expect([before, after]).toEqual(copies);
    expect(JSON.parse(JSON.stringify(diff))).toEqual(diff);
    const added = diff.entries.find((change) => change.kind === "added");
    expect(added?.kind === "added" && added.entry).not.toBe(after.entries[0]);
    expect(diff.subject.before).not.toBe(before.subject);
    // Editing the result does not reach the inputs (they are frozen: this would throw).
    (diff.subject.before as { id: string }).id = "changed";
  });
});

// ---------------------------------------------------------------------------------------------
// Properties

const NODES = ["a", "b", "c", "d", "e", "A", "a.1"];
const evidence = fc.record(
  { source: fc.constantFrom("S1", "S2", "S3"), date: fc.constantFrom("2023-01-01", "2023-06-30") },
  { requiredKeys: ["source"] },
);
const value = fc.oneof(
  fc.integer({ min: -3, max: 3 }),
  fc.boolean(),
  fc.constantFrom("x", "y"),
  fc.subarray(["p", "q", "r"]),
  fc.record({ total: fc.nat(3), counts: fc.record({ u: fc.nat(3), v: fc.nat(3) }) }),
);
function entryOf(node: string): fc.Arbitrary<Entry> {
  return fc
    .record(
      {
        value,
        status: fc.constantFrom("met", "notMet", "notApplicable", "unknown", "error" as const),
        evidence: fc.array(evidence, { maxLength: 3 }),
        note: fc.constantFrom("n1", "n2"),
        selfScore: fc.integer({ min: 0, max: 2 }),
        verifiedScore: fc.integer({ min: 0, max: 2 }),
        assessor: fc.constantFrom("P", "Q"),
      },
      { requiredKeys: [] },
    )
    .map((fields) => ({ node, ...fields }) as Entry);
}
const assessment: fc.Arbitrary<Assessment> = fc
  .subarray(NODES)
  .chain((nodes) => fc.tuple(...nodes.map(entryOf)))
  .map((entries) => withEntries(entries));
/** Two assessments that share some nodes, with entries often equal on shared nodes. */
const pair: fc.Arbitrary<[Assessment, Assessment]> = fc
  .tuple(assessment, assessment, fc.array(fc.boolean(), { minLength: NODES.length }))
  .map(([a, b, keep]) => {
    const entries = b.entries.map((entry) => {
      const same = a.entries.find((other) => other.node === entry.node);
      return same !== undefined && keep[NODES.indexOf(entry.node)] ? jsonCopy(same) : entry;
    });
    return [a, withEntries(entries)];
  });
const OPTIONS = { numRuns: 100 };

describe("diffAssessments: properties", () => {
  it("diff(a, a) has no entries and no issues", { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(assessment, (a) => {
        const diff = diffAssessments(deepFreeze(a), jsonCopy(a));
        expect(diff.entries).toEqual([]);
        expect(diff.issues).toEqual([]);
      }),
      OPTIONS,
    );
  });

  it("diff(a, b) and diff(b, a) mirror each other", { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const { issues: _forward, ...forward } = diffAssessments(a, b);
        const { issues: _backward, ...backward } = diffAssessments(b, a);
        expect(mirrored(forward as AssessmentDiff)).toEqual(backward);
      }),
      OPTIONS,
    );
  });

  it("does not depend on the order of the entries or of the evidence", { timeout: 30_000 }, () => {
    fc.assert(
      fc.property(pair, fc.integer(), ([a, b], seed) => {
        const shuffle = <T>(items: readonly T[], salt: number): T[] =>
          items
            .map((item, index) => ({ item, key: ((index + 1) * 2654435761 + seed + salt) % 1009 }))
            .sort((x, y) => x.key - y.key)
            .map(({ item }) => item);
        const reorder = (x: Assessment) =>
          withEntries(
            shuffle(x.entries, 0).map((entry, index) =>
              entry.evidence === undefined
                ? entry
                : { ...entry, evidence: shuffle(entry.evidence, index + 1) },
            ),
          );
        const plain = diffAssessments(a, b);
        const shuffled = diffAssessments(reorder(a), reorder(b));
        // Evidence lists compare as multisets; an added or removed entry and the evidence items
        // added or removed keep the order of their side.
        const sortedEvidence = (diff: AssessmentDiff) =>
          JSON.parse(
            JSON.stringify(diff, (key, item) =>
              ["evidence", "evidenceAdded", "evidenceRemoved"].includes(key) && Array.isArray(item)
                ? item.map((e) => JSON.stringify(e)).sort()
                : item,
            ),
          );
        expect(sortedEvidence(shuffled)).toEqual(sortedEvidence(plain));
      }),
      OPTIONS,
    );
  });

  it("an entry shows as changed exactly when its canonical JSON differs", {
    timeout: 30_000,
  }, () => {
    fc.assert(
      fc.property(pair, ([a, b]) => {
        const changed = new Set(diffAssessments(a, b).entries.map((change) => change.node));
        // An independent normal form: fields in a fixed order, tally counts sorted, evidence
        // sorted (an empty list is no evidence).
        const key = (entry: Entry | undefined) => {
          if (entry === undefined) return "none";
          const { value: v, evidence: ev, ...rest } = entry;
          const tally =
            typeof v === "object" && !Array.isArray(v)
              ? { total: v.total, counts: Object.entries(v.counts).sort() }
              : v;
          const items = (ev ?? []).map((e) => `${e.source}|${e.date ?? ""}`).sort();
          return JSON.stringify([tally ?? null, items, Object.entries(rest).sort()]);
        };
        for (const node of NODES) {
          const x = a.entries.find((entry) => entry.node === node);
          const y = b.entries.find((entry) => entry.node === node);
          expect(changed.has(node)).toBe(key(x) !== key(y));
        }
      }),
      OPTIONS,
    );
  });
});
