import { describe, expect, it } from "vitest";
import { evaluate } from "../../../src/scoring/evaluate.js";
import { assessment, framework, node } from "../helpers.js";
import { messagesOf } from "../messagesOf.js";

// QĐ 319/QĐ-TTg: kiểu mẫu in at least one outstanding field (production, education, culture, …).
const fields = framework([
  node("319.4", "criterion", {
    rule: { type: "any" },
    children: [
      node("sanxuat", "indicator", { rule: { type: "judged" } }),
      node("giaoduc", "indicator", { rule: { type: "judged" } }),
      node("vanhoa", "indicator", { rule: { type: "judged" } }),
    ],
  }),
]);

describe("any", () => {
  it("is met by one met field even when the others are unknown", () => {
    const result = evaluate(fields, assessment([{ node: "giaoduc", status: "met" }])).nodes[0]!;
    expect(result.status).toBe("met");
    expect(result.reason.params).toMatchObject({ metItems: "giaoduc" });
    expect(messagesOf(result.reason).en).toBe("met by: giaoduc");
  });

  it("is unknown while no field is met and some are unknown", () => {
    const result = evaluate(fields, assessment([{ node: "giaoduc", status: "notMet" }])).nodes[0]!;
    expect(result.status).toBe("unknown");
    expect(result.reason.params).toMatchObject({ openItems: "sanxuat, vanhoa" });
  });

  it("is not met when every field is not met", () => {
    const entries = ["sanxuat", "giaoduc", "vanhoa"].map((id) => ({
      node: id,
      status: "notMet" as const,
    }));
    expect(evaluate(fields, assessment(entries)).nodes[0]!.status).toBe("notMet");
  });
});
