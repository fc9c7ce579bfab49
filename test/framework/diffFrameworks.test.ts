import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  diffFrameworks,
  type FrameworkChange,
  type FrameworkDiff,
} from "../../src/framework/diffFrameworks.js";
import type { Framework, FrameworkInput } from "../../src/framework/schema.js";
import { parseFramework } from "../../src/index.js";
import { deepFreeze, framework } from "./helpers.js";

function fixture(name: string): Framework {
  return parseFramework(JSON.parse(readFileSync(`fixtures/frameworks/${name}.json`, "utf8")));
}

/** `kind node/tier/subjectKind field` per change, for compact assertions. */
function summary(diff: FrameworkDiff): string[] {
  return diff.changes.map((change) =>
    [change.kind, change.node ?? change.tier ?? change.subjectKind ?? "", change.field ?? ""]
      .join(" ")
      .trim(),
  );
}

const SWAP: Record<string, string> = {
  node_added: "node_removed",
  node_removed: "node_added",
  tier_added: "tier_removed",
  tier_removed: "tier_added",
  subject_kind_added: "subject_kind_removed",
  subject_kind_removed: "subject_kind_added",
};

/** A change without its path and messages, before and after swapped, added ↔ removed. */
function mirrorKey(change: FrameworkChange): string {
  return JSON.stringify([
    SWAP[change.kind] ?? change.kind,
    change.node ?? change.tier ?? change.subjectKind ?? null,
    change.field ?? null,
    change.after ?? null,
    change.before ?? null,
  ]);
}

function plainKey(change: FrameworkChange): string {
  return JSON.stringify([
    change.kind,
    change.node ?? change.tier ?? change.subjectKind ?? null,
    change.field ?? null,
    change.before ?? null,
    change.after ?? null,
  ]);
}

function criterion(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    kind: "criterion",
    title: { vi: `Tiêu chí ${id}` },
    rule: { type: "judged" },
    ...extra,
  };
}

function make(fields: Partial<FrameworkInput>): Framework {
  return framework(fields);
}

describe("diffFrameworks on the real fixtures", () => {
  it("QĐ 5764 (22) → the 2024 set (20): what the data says, nothing invented", () => {
    const from = deepFreeze(fixture("vn-qd5764-2021-22"));
    const to = deepFreeze(fixture("vn-cap-kieu-mau-2024-20"));
    const diff = diffFrameworks(from, to);
    // Both fixtures number their criteria tc1…; the real correspondence between the two sets is not
    // known (fixtures/README.md), so this only checks what the ids and titles say.
    expect(summary(diff)).toEqual([
      "node_removed tc21",
      "node_removed tc22",
      "tier_removed dien_hinh_kieu_mau",
      "tier_added kieu_mau",
    ]);
    expect(diff.changes.filter((change) => change.kind === "node_added")).toEqual([]);
    expect(diff.suggestions).toEqual([]);
    expect(diff.mapped).toEqual([]);
    expect(diff.issues).toEqual([]);
    expect(diff.from).toEqual({ id: "vn-qd5764-2021-22", version: "2021" });
    expect(diff.to).toEqual({ id: "vn-cap-kieu-mau-2024-20", version: "2024" });
    const removed = diff.changes[0]!;
    expect(removed.path).toEqual(["nodes", 20]);
    expect(removed.messages.vi).toBe('Bỏ mục "tc21" (Tiêu chí 21)');
    expect(removed.messages.en).toBe('node "tc21" (Criterion 21) removed');
    expect(removed.message).toBe(removed.messages.en);
  });

  it("TT 23/2012 → TT 124/2021: the commune window is stated, the residential-area kind is new", () => {
    const diff = diffFrameworks(fixture("vn-tt23-2012"), fixture("vn-tt124-2021"));
    const window = diff.changes.find((change) => change.kind === "window_changed");
    expect(window).toMatchObject({
      subjectKind: "xa",
      path: ["subjectKinds", 1, "window"],
      after: { start: "11-16", end: "11-15" },
    });
    expect(window).not.toHaveProperty("before");
    expect(window?.messages.vi).toContain("16/11 – 15/11");
    const summaryLines = summary(diff);
    expect(summaryLines.slice(0, 2)).toEqual(["subject_kind_added kdc", "window_changed xa"]);
    expect(summaryLines).toContain("rule_kind_changed xa.2 rule");
    expect(summaryLines).toContain("node_moved xa.2");
    expect(summaryLines).toContain("node_renamed xa.2");
    expect(summaryLines).toContain("node_added kdc.1");
    expect(summaryLines.some((line) => line.startsWith("node_removed"))).toBe(false);
  });

  const names = readdirSync("fixtures/frameworks")
    .filter((file) => file.endsWith(".json"))
    .map((file) => file.slice(0, -5))
    .sort();

  it.each(names)("diff(f, f) is empty: %s", (name) => {
    const f = deepFreeze(fixture(name));
    const diff = diffFrameworks(f, fixture(name));
    expect(diff.changes).toEqual([]);
    expect(diff.suggestions).toEqual([]);
  });

  it("diff(b, a) mirrors diff(a, b) on fixture pairs", () => {
    const pairs: [string, string][] = [
      ["vn-qd5764-2021-22", "vn-cap-kieu-mau-2024-20"],
      ["vn-tt23-2012", "vn-tt124-2021"],
      ["vn-qd04-2022-dtvm", "vn-qd9745-2022-34"],
    ];
    for (const [x, y] of pairs) {
      const forward = diffFrameworks(fixture(x), fixture(y)).changes.map(mirrorKey).sort();
      const back = diffFrameworks(fixture(y), fixture(x)).changes.map(plainKey).sort();
      expect(back).toEqual(forward);
    }
  });
});

describe("diffFrameworks: each kind of change", () => {
  const base = make({
    subjectKinds: [{ id: "xa", title: { vi: "Xã" }, window: { start: "11-16", end: "11-15" } }],
    nodes: [
      {
        id: "g",
        kind: "group",
        title: { vi: "Nhóm" },
        children: [
          criterion("1", {
            value: { type: "number", unit: "ha" },
            rule: { type: "compare", comparator: ">=", target: 5 },
            weight: 2,
          }),
          criterion("2", { value: { type: "count", unit: "hộ" } }),
        ],
      },
      criterion("3"),
      criterion("4", {
        rule: { type: "all", of: ["1", "2"] },
        points: { max: 10 },
      }),
    ],
    tiers: [
      { id: "dat", title: { vi: "Đạt" }, conditions: [{ type: "allMet" }] },
      { id: "cu", title: { vi: "Cũ" }, conditions: [] },
    ],
  });

  it("lists renamed, moved, re-weighted, re-targeted, re-pointed, rule, value and unit changes", () => {
    const next = make({
      scoring: { kind: "points" },
      subjectKinds: [{ id: "xa", title: { vi: "Xã" }, window: { start: "11-01", end: "10-31" } }],
      nodes: [
        {
          id: "g",
          kind: "group",
          title: { vi: "Nhóm" },
          children: [
            criterion("1", {
              title: { vi: "Diện tích" },
              value: { type: "number", unit: "m2" },
              rule: {
                type: "compare",
                comparator: ">",
                target: { default: 5, cases: [{ year: 2025, value: 6 }] },
                factor: 1.1,
              },
              weight: 3,
            }),
          ],
        },
        criterion("2", { value: { type: "boolean" } }),
        criterion("3", {
          rule: { type: "compare", comparator: "=", target: true },
          value: { type: "boolean" },
        }),
        criterion("4", { rule: { type: "all", of: ["1", "3"] }, points: { max: 12 } }),
        criterion("5"),
      ],
      tiers: [
        { id: "dat", title: { vi: "Đạt chuẩn" }, conditions: [{ type: "mandatoryMet" }] },
        { id: "moi", title: { vi: "Mới" }, conditions: [] },
      ],
    });
    const diff = diffFrameworks(deepFreeze(base), deepFreeze(next));
    expect(summary(diff)).toEqual([
      "scoring_changed",
      "window_changed xa",
      "node_renamed 1",
      "node_reweighted 1 weight",
      "node_retargeted 1 comparator",
      "node_retargeted 1 factor",
      "node_retargeted 1 target",
      "unit_changed 1 unit",
      "node_moved 2",
      "value_type_changed 2 value",
      "rule_kind_changed 3 rule",
      "value_type_changed 3 value",
      "node_reweighted 4 points",
      "node_repointed 4 of",
      "node_added 5",
      "tier_removed cu",
      "tier_renamed dat",
      "tier_conditions_changed dat",
      "tier_added moi",
    ]);
    const unit = diff.changes.find((change) => change.kind === "unit_changed")!;
    expect(unit).toMatchObject({
      before: "ha",
      after: "m2",
      path: ["nodes", 0, "children", 0, "value", "unit"],
    });
    expect(unit.messages).toEqual({
      vi: 'mục "1" (Diện tích): đơn vị đổi từ ha thành m2',
      en: 'node "1" (Diện tích): unit changed from ha to m2',
    });
    const moved = diff.changes.find((change) => change.kind === "node_moved")!;
    expect(moved).toMatchObject({ node: "2", before: "g", after: null });
    expect(moved.messages.vi).toContain('chuyển từ "g" sang cấp trên cùng');
  });

  it("value constraints other than the unit are value_changed", () => {
    const a = make({ nodes: [criterion("1", { value: { type: "number", min: 0 } })] });
    const b = make({ nodes: [criterion("1", { value: { type: "number", min: 1 } })] });
    expect(summary(diffFrameworks(a, b))).toEqual(["value_changed 1 value"]);
  });

  it("does not depend on sibling order (paths aside)", () => {
    const reversed = make({ ...base, nodes: [...base.nodes].reverse() });
    const other = make({ nodes: [criterion("3"), criterion("9")] });
    const keys = (diff: FrameworkDiff) => diff.changes.map(plainKey);
    expect(keys(diffFrameworks(reversed, other))).toEqual(keys(diffFrameworks(base, other)));
    expect(keys(diffFrameworks(other, reversed))).toEqual(keys(diffFrameworks(other, base)));
  });
});

describe("diffFrameworks: matching", () => {
  const v1 = make({
    nodes: [
      criterion("1", { title: { vi: "Đường giao thông nông thôn" } }),
      criterion("2", { title: { vi: "Thủy lợi" } }),
      criterion("3", { title: { vi: "Điện" } }),
    ],
  });
  const v2 = make({
    nodes: [
      criterion("a", { title: { vi: "DUONG GIAO THONG nong thon" } }),
      criterion("b", { title: { vi: "Thủy lợi và phòng chống thiên tai" } }),
      criterion("3", { title: { vi: "Điện" } }),
    ],
  });

  it("suggests similar titles (diacritics-insensitive) but never applies them", () => {
    const diff = diffFrameworks(v1, v2);
    expect(diff.suggestions[0]).toEqual({ from: "1", to: "a", similarity: 1 });
    expect(diff.suggestions.every((s) => s.similarity >= 0.6 && s.similarity <= 1)).toBe(true);
    expect(summary(diff)).toEqual([
      "node_removed 1",
      "node_removed 2",
      "node_added a",
      "node_added b",
    ]);
  });

  it("an explicit map pairs nodes; null states a removal; unusable entries are warnings", () => {
    const diff = diffFrameworks(v1, v2, {
      map: { "1": "a", "2": null, "3": "3", "9": "b", x: "zz" },
    });
    expect(diff.mapped).toEqual([
      { from: "1", to: "a" },
      { from: "2", to: null },
      { from: "3", to: "3" },
    ]);
    expect(summary(diff)).toEqual(["node_removed 2", "node_renamed a", "node_added b"]);
    const renamed = diff.changes[1]!;
    expect(renamed).toMatchObject({ node: "a", from: "1" });
    expect(diff.changes[0]!.messages.en).toContain("as the map states");
    expect(diff.issues.map((issue) => [issue.code, issue.path, issue.severity])).toEqual([
      ["map_unknown_node", ["map", "9"], "warning"],
      ["map_unknown_node", ["map", "x"], "warning"],
    ]);
    // Matched and stated nodes are not suggested.
    expect(diff.suggestions.map((s) => s.from)).not.toContain("1");
    expect(diff.suggestions.map((s) => s.from)).not.toContain("2");
  });

  it("uses the map the frameworks declare (successor.nodeMap, predecessor.nodeMap); an explicit map is laid over it", () => {
    const declaredOld = make({
      ...v1,
      successor: { id: v2.id, version: v2.version, nodeMap: { "1": "a", "2": null } },
    });
    const declared = diffFrameworks(declaredOld, v2);
    expect(declared.mapped).toEqual([
      { from: "1", to: "a" },
      { from: "2", to: null },
    ]);
    expect(summary(declared)).toEqual(["node_removed 2", "node_renamed a", "node_added b"]);
    // The same map declared by the newer framework, for its predecessor.
    const declaredNew = make({
      ...v2,
      predecessor: { id: v1.id, version: v1.version, nodeMap: { "1": "a", "2": null } },
    });
    expect(summary(diffFrameworks(v1, declaredNew))).toEqual(summary(declared));
    // A map naming another version is not used.
    const otherVersion = make({
      ...v1,
      successor: { id: v2.id, version: "other", nodeMap: { "1": "a" } },
    });
    expect(diffFrameworks(otherVersion, v2).mapped).toEqual([]);
    // An explicit entry replaces the declared one for its node.
    expect(diffFrameworks(declaredOld, v2, { map: { "2": "b" } }).mapped).toEqual([
      { from: "1", to: "a" },
      { from: "2", to: "b" },
    ]);
  });

  it("a map entry wins over a same-id match, and a target is taken once", () => {
    const a = make({ nodes: [criterion("1"), criterion("2")] });
    const b = make({ nodes: [criterion("1"), criterion("2")] });
    const diff = diffFrameworks(a, b, { map: { "1": "2" } });
    expect(summary(diff)).toEqual(["node_added 1", "node_removed 2", "node_renamed 2"]);
    const taken = diffFrameworks(a, b, { map: { "1": "2", "2": "2" } });
    expect(taken.issues.map((issue) => issue.code)).toEqual(["map_target_taken"]);
  });
});

describe("diffFrameworks: properties", () => {
  const ids = ["1", "2", "3", "4", "5", "6"];
  const arbFramework = fc
    .record({
      present: fc.subarray(ids, { minLength: 1 }),
      weights: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 6, maxLength: 6 }),
      titles: fc.array(fc.constantFrom("A", "B", "Đường"), { minLength: 6, maxLength: 6 }),
      rules: fc.array(fc.constantFrom("judged", "compare"), { minLength: 6, maxLength: 6 }),
      tiers: fc.subarray(["t1", "t2"]),
    })
    .map(({ present, weights, titles, rules, tiers }) =>
      make({
        nodes: present.map((id) => {
          const i = ids.indexOf(id);
          return criterion(id, {
            title: { vi: `${titles[i]} ${id}` },
            weight: weights[i],
            ...(rules[i] === "compare"
              ? { value: { type: "count" }, rule: { type: "compare", comparator: ">=", target: i } }
              : {}),
          });
        }),
        tiers: tiers.map((id) => ({ id, title: { vi: id }, conditions: [{ type: "allMet" }] })),
      }),
    );

  it("diff(a, a) is empty and diff(b, a) mirrors diff(a, b)", () => {
    fc.assert(
      fc.property(arbFramework, arbFramework, (a, b) => {
        expect(diffFrameworks(a, a).changes).toEqual([]);
        const forward = diffFrameworks(a, b).changes.map(mirrorKey).sort();
        const back = diffFrameworks(b, a).changes.map(plainKey).sort();
        expect(back).toEqual(forward);
      }),
    );
  });
});
