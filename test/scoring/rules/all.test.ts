import { describe, expect, it } from "vitest";
import { evaluate } from "../../../src/scoring/evaluate.js";
import type { NodeResult } from "../../../src/scoring/types.js";
import { assessment, framework, node } from "../helpers.js";
import { messagesOf } from "../messagesOf.js";

const byId = (nodes: readonly NodeResult[], id: string): NodeResult =>
  nodes.find((n) => n.id === id)!;

// TT 124/2021: KDC criteria (Điều 4) and the xã criterion 2 that reuses khoản 2, 3, 4 at commune scope.
const tt124 = framework(
  [
    node("kdc", "group", {
      appliesTo: ["kdc"],
      children: [
        node("kdc.1", "criterion", { value: { type: "boolean" } }),
        node("kdc.2", "criterion", { value: { type: "boolean" } }),
        node("kdc.3", "criterion", {
          value: { type: "events", events: [{ id: "a", title: { vi: "a" } }] },
        }),
        node("kdc.4", "criterion", { value: { type: "boolean" } }),
      ],
    }),
    node("xa", "group", {
      appliesTo: ["xa"],
      children: [
        node("xa.1", "criterion", { value: { type: "boolean" } }),
        node("xa.2", "criterion", { rule: { type: "all", of: ["kdc.2", "kdc.3", "kdc.4"] } }),
      ],
    }),
  ],
  {
    subjectKinds: [
      { id: "kdc", title: { vi: "Khu dân cư" } },
      { id: "xa", title: { vi: "Xã" } },
    ],
  },
);

describe("all", () => {
  it("judges the reused KDC criteria with the commune's values while showing them as not applicable", () => {
    const a = assessment([
      { node: "xa.1", value: true },
      { node: "kdc.2", value: true },
      { node: "kdc.3", value: [] },
      { node: "kdc.4", value: true },
    ]);
    const result = evaluate(tt124, a);
    expect(byId(result.nodes, "xa.2").status).toBe("met");
    expect(byId(result.nodes, "xa.2").reason.code).toBe("all_met");
    expect(byId(result.nodes, "kdc.2").status).toBe("notApplicable");
    expect(byId(result.nodes, "kdc.2").reason.code).toBe("not_applicable_kind");
    expect(byId(result.nodes, "kdc").status).toBe("notApplicable");
    expect(result.count).toMatchObject({ met: 2, notApplicable: 4, applicable: 2, total: 6 });
  });

  it("fails the reuse when one reused criterion fails, naming it", () => {
    const a = assessment([
      { node: "xa.1", value: true },
      { node: "kdc.2", value: true },
      { node: "kdc.3", value: ["a"] },
      { node: "kdc.4", value: true },
    ]);
    const xa2 = byId(evaluate(tt124, a).nodes, "xa.2");
    expect(xa2.status).toBe("notMet");
    expect(xa2.reason.params).toMatchObject({ notMetItems: "kdc.3", met: 2, applicable: 3 });
    expect(messagesOf(xa2.reason).vi).toBe("chưa đạt: kdc.3 (đạt 2/3)");
  });

  it("is unknown while an item that could change it is unknown, and not met once one fails", () => {
    const unknown = evaluate(
      tt124,
      assessment([
        { node: "kdc.2", value: true },
        { node: "kdc.4", value: true },
      ]),
    );
    expect(byId(unknown.nodes, "xa.2")).toMatchObject({
      status: "unknown",
      reason: { code: "items_undetermined" },
    });
    const failed = evaluate(tt124, assessment([{ node: "kdc.2", value: false }]));
    expect(byId(failed.nodes, "xa.2").status).toBe("notMet");
  });

  it("is the default rule of a node with children, counting criteria below it", () => {
    const a = assessment([
      { node: "xa.1", value: false },
      { node: "kdc.2", value: true },
      { node: "kdc.3", value: [] },
      { node: "kdc.4", value: true },
    ]);
    const xa = byId(evaluate(tt124, a).nodes, "xa");
    expect(xa.status).toBe("notMet");
    expect(xa.count).toEqual({
      met: 1,
      notMet: 1,
      notApplicable: 0,
      unknown: 0,
      error: 0,
      applicable: 2,
      total: 2,
    });
    expect(xa.children).toEqual(["xa.1", "xa.2"]);
  });

  it("shows the KDC side for a KDC subject", () => {
    const a = assessment(
      [
        { node: "kdc.1", value: true },
        { node: "kdc.2", value: true },
        { node: "kdc.3", value: [] },
        { node: "kdc.4", value: true },
      ],
      { subject: { id: "thon1", kind: "kdc" } },
    );
    const result = evaluate(tt124, a);
    expect(byId(result.nodes, "kdc").status).toBe("met");
    expect(byId(result.nodes, "xa").status).toBe("notApplicable");
    expect(result.count).toMatchObject({ met: 4, applicable: 4 });
  });

  it("is not applicable when none of its items apply, and counts N/A as met under that policy", () => {
    const f = framework([
      node("g", "group", {
        children: [node("a", "criterion", { appliesTo: ["phuong"], value: { type: "boolean" } })],
      }),
    ]);
    expect(byId(evaluate(f, assessment([])).nodes, "g")).toMatchObject({
      status: "notApplicable",
      reason: { code: "no_applicable_items" },
    });
    const lenient = framework(f.nodes, { policies: { notApplicable: "met" } });
    expect(byId(evaluate(lenient, assessment([])).nodes, "g").status).toBe("met");
  });
});
