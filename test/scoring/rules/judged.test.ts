import { describe, expect, it } from "vitest";
import { evaluate } from "../../../src/scoring/evaluate.js";
import { assessment, framework, node } from "../helpers.js";
import { messagesOf } from "../messagesOf.js";

// QĐ 9745 criteria whose official test is unknown are judged by the assessor.
const f = framework([
  node("tc17", "criterion", {
    title: { vi: "Tiêu chí 17" },
    textStatus: "unknown",
    rule: { type: "judged" },
  }),
  node("v", "criterion", { value: { type: "verdict" } }),
]);

describe("judged", () => {
  it("is unknown (chưa có kết quả) until the assessor records a status", () => {
    const result = evaluate(f, assessment([])).nodes[0]!;
    expect(result.status).toBe("unknown");
    expect(result.reason).toEqual({ code: "not_judged" });
    expect(messagesOf(result.reason)).toEqual({
      vi: "chưa có kết quả",
      en: "no verdict recorded yet",
    });
  });

  it("takes the assessor's status, for judged rules and verdict values alike", () => {
    const result = evaluate(
      f,
      assessment([
        { node: "tc17", status: "met" },
        { node: "v", status: "notMet" },
      ]),
    );
    expect(result.nodes.map((n) => n.status)).toEqual(["met", "notMet"]);
    expect(result.nodes[0]!.reason.code).toBe("entry_status");
    expect(result.count).toMatchObject({ met: 1, notMet: 1 });
  });
});
