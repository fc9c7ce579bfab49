import { describe, expect, it } from "vitest";
import { resolveVariant } from "../../src/framework/resolveVariant.js";
import {
  type Framework,
  FrameworkSchema,
  type Variant,
  VariantSchema,
} from "../../src/framework/schema.js";
import { walkNodes } from "../../src/framework/walk.js";
import { tt124 } from "../support/tt124.js";
import { deepFreeze, lines } from "./helpers.js";

const base: Framework = deepFreeze(
  FrameworkSchema.parse({
    ...tt124,
    predecessor: { id: "vn-tt23-2012", version: "2012" },
    tiers: [{ id: "dat", title: { vi: "Đạt" }, conditions: [{ type: "mandatoryMet" }] }],
  }),
);

/** A made-up provincial variant (example data): TT 124 Điều 8.1 lets a province add criteria. */
function variant(operations: unknown[], fields: Record<string, unknown> = {}): Variant {
  return deepFreeze(
    VariantSchema.parse({
      id: "vn-tt124-example-province",
      version: "2024",
      status: "provisional",
      title: { vi: "Bộ tiêu chí An toàn về ANTT của tỉnh (ví dụ)" },
      example: true,
      note: "Example data, not a real provincial decision.",
      variantOf: { id: base.id, version: base.version },
      operations,
      ...fields,
    }),
  );
}

const added = {
  id: "xa.tinh.1",
  kind: "criterion",
  title: { vi: "Tiêu chí bổ sung của tỉnh (ví dụ)" },
  rule: { type: "judged" },
  mandatory: true,
};

function ids(framework: Framework): string[] {
  return walkNodes(framework.nodes).entries.map((entry) => entry.id);
}

describe("resolveVariant", () => {
  it("adds a provincial criterion after a sibling and takes the variant's identity", () => {
    const result = resolveVariant(
      base,
      variant([{ op: "addNode", parent: "xa", after: "xa.2", node: added }]),
    );
    expect(result.success).toBe(true);
    if (!result.success) return;
    const data = result.data;
    expect(ids(data)).toEqual([
      "kdc",
      "kdc.2",
      "kdc.3",
      "kdc.4",
      "xa",
      "xa.2",
      "xa.tinh.1",
      "xa.4",
    ]);
    expect({
      id: data.id,
      version: data.version,
      status: data.status,
      title: data.title,
      variantOf: data.variantOf,
      predecessor: data.predecessor,
      note: data.note,
      source: data.source,
      scoring: data.scoring,
    }).toMatchInlineSnapshot(`
      {
        "id": "vn-tt124-example-province",
        "note": "Example data, not a real provincial decision.",
        "predecessor": undefined,
        "scoring": {
          "kind": "count",
        },
        "source": undefined,
        "status": "provisional",
        "title": {
          "vi": "Bộ tiêu chí An toàn về ANTT của tỉnh (ví dụ)",
        },
        "variantOf": {
          "id": "vn-tt124-2021-antt-test",
          "version": "2021",
        },
        "version": "2024",
      }
    `);
  });

  it("applies setRule, setTarget, setTitle, setWeight, setPoints, setMandatory and setTiers in order", () => {
    const result = resolveVariant(
      base,
      variant([
        { op: "setMandatory", node: "kdc.4", mandatory: false },
        { op: "setTitle", node: "kdc.4", title: { vi: "Tiêu chí 4 (tỉnh)" } },
        {
          op: "setRule",
          node: "xa.4",
          rule: {
            type: "share",
            category: "recognised",
            comparator: ">=",
            percent: 80,
            requires: [{ category: "registered", comparator: ">=", percent: 100 }],
          },
        },
        { op: "setTarget", node: "kdc.2", target: false },
        { op: "setTarget", node: "kdc.2", target: true },
        { op: "setPoints", node: "kdc.2", points: { max: 10 } },
        { op: "setWeight", node: "kdc.3", weight: 2 },
        {
          op: "setTiers",
          tiers: [{ id: "dat", title: { vi: "Đạt" }, conditions: [{ type: "allMet" }] }],
        },
      ]),
    );
    expect(result.success).toBe(true);
    if (!result.success) return;
    const byId = walkNodes(result.data.nodes).byId;
    expect(byId.get("kdc.4")?.node).toMatchObject({
      mandatory: false,
      title: { vi: "Tiêu chí 4 (tỉnh)" },
    });
    expect(byId.get("xa.4")?.node.rule).toMatchObject({ percent: 80 });
    expect(byId.get("kdc.2")?.node.rule).toEqual({
      type: "compare",
      comparator: "=",
      target: true,
    });
    expect(byId.get("kdc.2")?.node.points).toEqual({ max: 10 });
    expect(byId.get("kdc.3")?.node.weight).toBe(2);
    expect(result.data.tiers).toEqual([
      { id: "dat", title: { vi: "Đạt" }, conditions: [{ type: "allMet" }] },
    ]);
  });

  it("removes a node and its children", () => {
    const result = resolveVariant(
      base,
      variant([
        { op: "removeNode", node: "xa.4" },
        { op: "removeNode", node: "kdc.3" },
        { op: "setRule", node: "xa.2", rule: { type: "all", of: ["kdc.2", "kdc.4"] } },
      ]),
    );
    expect(result.success && ids(result.data)).toEqual(["kdc", "kdc.2", "kdc.4", "xa", "xa.2"]);
  });

  it("lets a variant replace a node by removing it and adding a new one with the same id", () => {
    const result = resolveVariant(
      base,
      variant([
        { op: "removeNode", node: "kdc.4" },
        {
          op: "addNode",
          parent: "kdc",
          node: { ...added, id: "kdc.4", title: { vi: "Tiêu chí 4 (tỉnh quy định, ví dụ)" } },
        },
      ]),
    );
    expect(result.success && walkNodes(result.data.nodes).byId.get("kdc.4")?.node.title).toEqual({
      vi: "Tiêu chí 4 (tỉnh quy định, ví dụ)",
    });
  });

  it("reports unknown nodes, parents and siblings, duplicate added ids and rules setTarget cannot change", () => {
    const result = resolveVariant(
      base,
      variant([
        { op: "setWeight", node: "kdc.9", weight: 1 },
        { op: "addNode", parent: "nope", node: added },
        { op: "addNode", parent: "xa", after: "kdc.2", node: added },
        { op: "addNode", node: { ...added, id: "kdc.3" } },
        { op: "addNode", node: { ...added, children: [{ ...added, id: "xa.2" }] } },
        { op: "setTarget", node: "xa.2", target: 1 },
      ]),
    );
    expect(
      result.success ? [] : result.error.issues.map((issue) => issue.message),
    ).toMatchInlineSnapshot(`
      [
        "operations.0.node: no node "kdc.9"",
        "operations.1.parent: no parent node "nope"",
        "operations.2.after: "kdc.2" is not a sibling where the node is added",
        "operations.3.node.id: id(s) already in the framework: kdc.3",
        "operations.4.node.id: id(s) already in the framework: xa.2",
        "operations.5.node: setTarget needs a node with a compare rule",
      ]
    `);
  });

  it("refuses to remove a node that others still reference", () => {
    const result = resolveVariant(base, variant([{ op: "removeNode", node: "kdc" }]));
    expect(result.success ? [] : result.error.issues).toMatchInlineSnapshot(`
      [
        {
          "code": "removed_node_referenced",
          "message": "operations.0.node: the removed node is still referenced in the resolved framework at nodes.0.children.0.rule.of.0, nodes.0.children.0.rule.of.1, nodes.0.children.0.rule.of.2",
          "messages": {
            "en": "operations.0.node: the removed node is still referenced in the resolved framework at nodes.0.children.0.rule.of.0, nodes.0.children.0.rule.of.1, nodes.0.children.0.rule.of.2",
            "vi": "operations.0.node: tiêu chí bị xoá vẫn được tham chiếu trong bộ tiêu chí kết quả tại nodes.0.children.0.rule.of.0, nodes.0.children.0.rule.of.1, nodes.0.children.0.rule.of.2",
          },
          "path": [
            "operations",
            0,
            "node",
          ],
          "severity": "error",
        },
      ]
    `);
  });

  it("refuses a base whose id or version differs from variantOf", () => {
    const other = variant([{ op: "removeNode", node: "xa.4" }], {
      variantOf: { id: base.id, version: "2012" },
    });
    expect(resolveVariant(base, other)).toMatchInlineSnapshot(`
      {
        "error": {
          "issues": [
            {
              "code": "variant_base_mismatch",
              "message": "variantOf: the variant is based on "vn-tt124-2021-antt-test@2012" but the base given is "vn-tt124-2021-antt-test@2021"",
              "messages": {
                "en": "variantOf: the variant is based on "vn-tt124-2021-antt-test@2012" but the base given is "vn-tt124-2021-antt-test@2021"",
                "vi": "variantOf: biến thể dựa trên "vn-tt124-2021-antt-test@2012" nhưng bộ gốc được đưa vào là "vn-tt124-2021-antt-test@2021"",
              },
              "path": [
                "variantOf",
              ],
              "severity": "error",
            },
          ],
        },
        "success": false,
      }
    `);
    const anyVersion = variant([{ op: "removeNode", node: "xa.4" }], {
      variantOf: { id: base.id },
    });
    expect(resolveVariant(base, anyVersion).success).toBe(true);
  });

  it("reports problems of the resolved framework as safeParseFramework does", () => {
    const result = resolveVariant(
      base,
      variant([{ op: "setRule", node: "xa.2", rule: { type: "all", of: ["xa"] } }]),
    );
    expect(result.success ? [] : lines(result.error.issues)).toEqual([
      "error reference_cycle @ nodes.1.children.0.rule.of.0",
    ]);
  });

  it("leaves the base and the variant unchanged", () => {
    const before = JSON.stringify(base);
    const operations = [
      { op: "addNode", parent: "xa", node: added },
      { op: "setTitle", node: "kdc.2", title: { vi: "Đổi tên" } },
      { op: "removeNode", node: "xa.4" },
    ];
    const result = resolveVariant(base, variant(operations));
    expect(result.success).toBe(true);
    expect(JSON.stringify(base)).toBe(before);
    if (result.success) expect(result.data.nodes[0]).not.toBe(base.nodes[0]);
  });
});
