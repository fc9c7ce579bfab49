import { describe, expect, it } from "vitest";
import { evaluate } from "../../../src/scoring/evaluate.js";
import { assessment, framework, node } from "../helpers.js";
import { messagesOf } from "../messagesOf.js";

// TT 124 / QĐ 9745: "ít nhất 01 mô hình"; Nghệ An huyện: "ít nhất 02 cách làm hay".
const practices = framework([
  node("c3", "criterion", {
    rule: { type: "atLeast", count: 2 },
    children: ["m1", "m2", "m3"].map((id) => node(id, "indicator", { value: { type: "boolean" } })),
  }),
]);

describe("atLeast", () => {
  it("is met with 2 of 3 practices and not met with 1 of 3", () => {
    const met = evaluate(
      practices,
      assessment([
        { node: "m1", value: true },
        { node: "m2", value: true },
        { node: "m3", value: false },
      ]),
    );
    expect(met.nodes[0]).toMatchObject({ status: "met", reason: { code: "at_least_met" } });
    expect(messagesOf(met.nodes[0]!.reason).vi).toBe("đạt 2/3 nội dung (cần ít nhất 2)");
    const failed = evaluate(
      practices,
      assessment([
        { node: "m1", value: true },
        { node: "m2", value: false },
        { node: "m3", value: false },
      ]),
    );
    expect(failed.nodes[0]).toMatchObject({
      status: "notMet",
      reason: { code: "at_least_not_met" },
    });
  });

  it("is unknown only while the unknown items could still reach the count", () => {
    const open = evaluate(
      practices,
      assessment([
        { node: "m1", value: true },
        { node: "m2", value: false },
      ]),
    );
    expect(open.nodes[0]!.status).toBe("unknown");
    const settled = evaluate(
      practices,
      assessment([
        { node: "m1", value: true },
        { node: "m2", value: true },
      ]),
    );
    expect(settled.nodes[0]!.status).toBe("met");
  });

  it("propagates an error that could change the result as an error", () => {
    const result = evaluate(
      practices,
      assessment([
        { node: "m1", value: true },
        { node: "m2", value: 3 },
        { node: "m3", value: false },
      ]),
    );
    expect(result.nodes[0]!.status).toBe("error");
    expect(result.nodes.find((n) => n.id === "m2")!.reason.code).toBe("wrong_value_type");
  });

  it("counts at least one model over an explicit list", () => {
    const f = framework([
      node("mo_hinh", "group", {
        children: [
          node("mh1", "indicator", { value: { type: "boolean" } }),
          node("mh2", "indicator", { value: { type: "boolean" } }),
        ],
      }),
      node("c1", "criterion", { rule: { type: "atLeast", count: 1, of: ["mh1", "mh2"] } }),
    ]);
    const result = evaluate(
      f,
      assessment([
        { node: "mh1", value: false },
        { node: "mh2", value: true },
      ]),
    );
    expect(result.nodes.find((n) => n.id === "c1")!.status).toBe("met");
  });
});
