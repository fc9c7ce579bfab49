import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { safeParseFramework } from "../../src/framework/safeParseFramework.js";
import { tt124 } from "../support/tt124.js";
import { deepFreeze, judged, lines } from "./helpers.js";

const base = {
  id: "test",
  version: "1",
  status: "draft",
  title: { vi: "Bộ kiểm thử" },
  scoring: { kind: "count" },
};

function messagesOf(input: unknown): string[] {
  const result = safeParseFramework(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.message);
}

function issuesOf(input: unknown): string[] {
  const result = safeParseFramework(input);
  return result.success ? [] : lines(result.error.issues);
}

describe("safeParseFramework", () => {
  it("accepts the TT 124 commune excerpt and returns equal data", () => {
    const result = safeParseFramework(deepFreeze(structuredClone(tt124)));
    expect(result).toEqual({ success: true, data: tt124 });
  });

  it("accepts every framework fixture", () => {
    const files = readdirSync("fixtures/frameworks").filter((file) => file.endsWith(".json"));
    for (const file of files) {
      const result = safeParseFramework(
        JSON.parse(readFileSync(`fixtures/frameworks/${file}`, "utf8")),
      );
      expect(result.success ? [] : lines(result.error.issues), file).toEqual([]);
    }
  });

  it("rejects values that are not objects", () => {
    expect([null, 42, "x", undefined, []].map(issuesOf)).toMatchInlineSnapshot(`
      [
        [
          "error invalid_type @ ",
        ],
        [
          "error invalid_type @ ",
        ],
        [
          "error invalid_type @ ",
        ],
        [
          "error missing_field @ ",
        ],
        [
          "error invalid_type @ ",
        ],
      ]
    `);
  });

  it("lists every missing field of an empty object", () => {
    expect(issuesOf({})).toMatchInlineSnapshot(`
      [
        "error missing_field @ id",
        "error missing_field @ version",
        "error missing_field @ status",
        "error missing_field @ title",
        "error missing_field @ scoring",
        "error missing_field @ nodes",
      ]
    `);
  });

  it("gives issues in Vietnamese and English", () => {
    const result = safeParseFramework({ ...base, nodes: [judged("a"), judged("a")] });
    expect(result.success ? [] : result.error.issues).toMatchInlineSnapshot(`
      [
        {
          "code": "duplicate_node_id",
          "message": "nodes.1.id: duplicate id "a" (already used at nodes.0)",
          "messages": {
            "en": "nodes.1.id: duplicate id "a" (already used at nodes.0)",
            "vi": "nodes.1.id: mã "a" bị trùng (đã dùng tại nodes.0)",
          },
          "path": [
            "nodes",
            1,
            "id",
          ],
          "severity": "error",
        },
      ]
    `);
  });

  it("fails on duplicate node ids, even far apart in the tree", () => {
    expect(
      issuesOf({
        ...base,
        nodes: [
          { id: "1", kind: "group", title: { vi: "Nhóm" }, children: [judged("1.1"), judged("x")] },
          judged("x"),
          judged("1"),
        ],
      }),
    ).toMatchInlineSnapshot(`
      [
        "error duplicate_node_id @ nodes.1.id",
        "error duplicate_node_id @ nodes.2.id",
      ]
    `);
  });

  it("rejects __proto__, constructor and prototype as ids without touching any prototype", () => {
    const input = JSON.parse(
      JSON.stringify({
        ...base,
        nodes: [judged("PROTO"), judged("constructor"), judged("prototype")],
      }).replace('"PROTO"', '"__proto__"'),
    );
    expect(issuesOf(input)).toMatchInlineSnapshot(`
      [
        "error reserved_id @ nodes.0.id",
        "error reserved_id @ nodes.1.id",
        "error reserved_id @ nodes.2.id",
      ]
    `);
    expect(({} as Record<string, unknown>).rule).toBeUndefined();
  });

  it("reports a __proto__ key as reserved rather than following it", () => {
    const input = JSON.parse(
      `{"id":"t","version":"1","status":"draft","title":{"vi":"B"},"scoring":{"kind":"count"},"nodes":[{"id":"a","kind":"criterion","title":{"vi":"A"},"rule":{"type":"judged"},"__proto__":{"polluted":true}}]}`,
    );
    expect(issuesOf(input)).toMatchInlineSnapshot(`
      [
        "error reserved_id @ nodes.0.__proto__",
      ]
    `);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("reports a __proto__ key in a record or labels instead of losing it silently", () => {
    const input = JSON.parse(
      `{"id":"t","version":"1","status":"draft","title":{"vi":"B"},"scoring":{"kind":"count"},"references":{"__proto__":5,"a":1},"nodes":[{"id":"a","kind":"criterion","title":{"vi":"A","__proto__":"x"},"rule":{"type":"judged"}}]}`,
    );
    expect(issuesOf(input)).toEqual([
      "error reserved_id @ references.__proto__",
      "error reserved_id @ nodes.0.title.__proto__",
    ]);
  });

  it("rejects NaN and Infinity given as JavaScript numbers", () => {
    expect(
      messagesOf({
        ...base,
        nodes: [
          judged("a", { weight: Number.NaN }),
          judged("b", { points: { max: Number.POSITIVE_INFINITY } }),
          {
            ...judged("c"),
            value: { type: "number", min: Number.NEGATIVE_INFINITY },
            rule: { type: "compare", comparator: ">=", target: Number.NaN },
          },
        ],
      }),
    ).toMatchInlineSnapshot(`
      [
        "nodes.0.weight: expected number, got NaN",
        "nodes.1.points.max: expected number, got Infinity",
        "nodes.2.value.min: expected number, got -Infinity",
        "nodes.2.rule.target: matches none of the accepted shapes; expected one of: number, boolean, string, {…}",
      ]
    `);
  });

  it("rejects calendar dates that do not exist, such as 2023-02-30", () => {
    expect(
      issuesOf({
        ...base,
        effectiveFrom: "2023-02-30",
        effectiveTo: "2023-13-01",
        source: { document: "QĐ 1/2023", date: "2023-2-3" },
        subjectKinds: [{ id: "xa", title: { vi: "Xã" }, window: { start: "02-30", end: "11-15" } }],
        nodes: [judged("a")],
      }),
    ).toMatchInlineSnapshot(`
      [
        "error invalid_format @ source.date",
        "error invalid_format @ effectiveFrom",
        "error invalid_format @ effectiveTo",
        "error invalid_month_day @ subjectKinds.0.window.start",
      ]
    `);
    expect(issuesOf({ ...base, effectiveFrom: "2024-02-29", nodes: [judged("a")] })).toEqual([]);
  });

  it("refuses a framework without nodes (empty_framework), as lintFramework calls it an error", () => {
    const result = safeParseFramework({ ...base, nodes: [] });
    expect(!result.success && result.error.issues.map((issue) => issue.code)).toEqual([
      "empty_framework",
    ]);
  });

  it("fails on reference cycles, including a node that names its own ancestor", () => {
    expect(
      issuesOf({
        ...base,
        nodes: [
          {
            id: "1",
            kind: "group",
            title: { vi: "Nhóm 1" },
            children: [judged("1.1"), { ...judged("1.2"), rule: { type: "all", of: ["1"] } }],
          },
          { ...judged("2"), rule: { type: "any", of: ["3"] } },
          { ...judged("3"), rule: { type: "any", of: ["2"] } },
          { ...judged("4"), rule: { type: "all", of: ["4"] } },
        ],
      }),
    ).toMatchInlineSnapshot(`
      [
        "error reference_cycle @ nodes.0.children.1.rule.of.0",
        "error reference_cycle @ nodes.2.rule.of.0",
        "error reference_cycle @ nodes.3.rule.of.0",
      ]
    `);
  });

  it("fails on references to nodes and tiers that do not exist", () => {
    expect(
      issuesOf({
        ...base,
        nodes: [{ ...judged("a"), rule: { type: "atLeast", count: 1, of: ["a.1", "zz"] } }],
        tiers: [
          { id: "t1", title: { vi: "Mức 1" }, conditions: [{ type: "nodesMet", nodes: ["nope"] }] },
          { id: "t2", title: { vi: "Mức 2" }, conditions: [{ type: "tier", tier: "t9" }] },
        ],
      }),
    ).toMatchInlineSnapshot(`
      [
        "error unknown_node_reference @ nodes.0.rule.of.0",
        "error unknown_node_reference @ nodes.0.rule.of.1",
        "error unknown_node_reference @ tiers.0.conditions.0.nodes.0",
        "error unknown_tier_reference @ tiers.1.conditions.0.tier",
      ]
    `);
  });

  it("reports unknown keys at every level", () => {
    expect(
      issuesOf({
        ...base,
        colour: "red",
        scoring: { kind: "count", extra: 1 },
        nodes: [{ ...judged("a"), rule: { type: "judged", by: "me" }, weigth: 2 }],
      }),
    ).toMatchInlineSnapshot(`
      [
        "error unrecognized_keys @ scoring",
        "error unrecognized_keys @ nodes.0.rule",
        "error unrecognized_keys @ nodes.0",
        "error unrecognized_keys @ ",
      ]
    `);
  });

  it("refuses 10 000 levels of nested nodes with too_deep instead of overflowing the stack", () => {
    let node: Record<string, unknown> = judged("n");
    for (let i = 0; i < 10_000; i++) {
      node = { id: `n${i}`, kind: "group", title: { vi: "n" }, children: [node] };
    }
    const result = safeParseFramework({ ...base, nodes: [node] });
    expect(result.success).toBe(false);
    const issues = result.success ? [] : result.error.issues;
    expect(issues.map((issue) => [issue.code, issue.path.length])).toEqual([["too_deep", 256]]);
    expect(issues[0]?.messages.en).toContain("more than 256 levels");
  });

  it("refuses 100 000 levels of nested arrays", () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(issuesOf({ ...base, nodes: deep }).map((line) => line.split(" @ ")[0])).toEqual([
      "error too_deep",
    ]);
  });

  it("parses and checks 50 000 flat nodes", () => {
    const nodes = Array.from({ length: 50_000 }, (_, i) => judged(`c${i}`));
    expect(safeParseFramework({ ...base, nodes }).success).toBe(true);
    nodes.push(judged("c7"));
    expect(issuesOf({ ...base, nodes })).toEqual(["error duplicate_node_id @ nodes.50000.id"]);
  }, 60_000);

  it("refuses a cyclic object", () => {
    const node: Record<string, unknown> = judged("a");
    node.children = [node];
    expect(issuesOf({ ...base, nodes: [node] })).toMatchInlineSnapshot(`
      [
        "error cyclic_input @ nodes.0.children.0",
      ]
    `);
  });

  it("reports properties whose getter throws", () => {
    const node = judged("a");
    Object.defineProperty(node, "title", {
      enumerable: true,
      get() {
        throw new Error("boom");
      },
    });
    const keysThrow = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error("boom");
        },
      },
    );
    expect(issuesOf({ ...base, nodes: [node, keysThrow] })).toMatchInlineSnapshot(`
      [
        "error unreadable_value @ nodes.0.title",
        "error unreadable_value @ nodes.1",
      ]
    `);
  });

  it("does not throw when a class instance's getter throws inside the schema", () => {
    class Hostile {
      get id(): string {
        throw new Error("boom");
      }
    }
    const result = safeParseFramework({ ...base, nodes: [new Hostile()] });
    expect(result.success).toBe(false);
  });

  it("rejects objects that are not plain data", () => {
    expect(issuesOf({ ...base, nodes: [new Date(0), () => 1, new Map()] })).toMatchInlineSnapshot(`
      [
        "error missing_field @ nodes.0.id",
        "error missing_field @ nodes.0.kind",
        "error missing_field @ nodes.0.title",
        "error invalid_type @ nodes.1",
        "error missing_field @ nodes.2.id",
        "error missing_field @ nodes.2.kind",
        "error missing_field @ nodes.2.title",
      ]
    `);
  });

  it("does not mutate its input", () => {
    const input = deepFreeze(
      structuredClone({ ...tt124, nodes: [...tt124.nodes, { ...judged("x"), weight: 1 }] }),
    );
    const before = JSON.stringify(input);
    safeParseFramework(input);
    expect(JSON.stringify(input)).toBe(before);
  });
});
