import { describe, expect, it } from "vitest";
import type { FrameworkNode } from "../../../src/framework/schema.js";
import { evaluate } from "../../../src/scoring/evaluate.js";
import { assessment, framework, node } from "../helpers.js";
import { messagesOf } from "../messagesOf.js";

// TT 124 Điều 4 khoản 3: "không để xảy ra một trong các trường hợp" (events a–e, paraphrased ids).
const events: FrameworkNode["value"] = {
  type: "events",
  events: [
    { id: "hoat_dong_chong_doi", title: { vi: "Hoạt động chống đối" } },
    { id: "khieu_kien_dong_nguoi", title: { vi: "Khiếu kiện đông người" } },
    { id: "toi_pham_nghiem_trong", title: { vi: "Tội phạm nghiêm trọng" } },
  ],
};

const judge = (rule: FrameworkNode["rule"], value: string[] | undefined) => {
  const f = framework([
    node("kdc.3", "criterion", { value: events, ...(rule === undefined ? {} : { rule }) }),
  ]);
  const result = evaluate(f, assessment(value === undefined ? [] : [{ node: "kdc.3", value }]))
    .nodes[0]!;
  return { ...result, messages: messagesOf(result.reason, f, "kdc.3") };
};

describe("noEvents", () => {
  it("is met when none of the events occurred (the default rule of an events value)", () => {
    expect(judge(undefined, [])).toMatchObject({ status: "met", reason: { code: "events_none" } });
  });

  it("fails when any listed event occurred, naming it", () => {
    const result = judge(undefined, ["khieu_kien_dong_nguoi"]);
    expect(result.status).toBe("notMet");
    expect(result.reason.params).toEqual({ count: 1, max: 0, occurred: "khieu_kien_dong_nguoi" }); // The messages name the event by its title (the only label here is Vietnamese), not its id.
    expect(result.messages).toEqual({
      vi: "đã để xảy ra 1 trường hợp (cho phép tối đa 0): “Khiếu kiện đông người”",
      en: "events occurred once (at most 0 allowed): “Khiếu kiện đông người”",
    });
  });

  it("names an event without a title in the value type by its id", () => {
    const result = judge({ type: "noEvents", events: ["ngoai_danh_sach"] }, ["ngoai_danh_sach"]);
    expect(result.messages.vi).toBe(
      "đã để xảy ra 1 trường hợp (cho phép tối đa 0): ngoai_danh_sach",
    );
  });

  it("watches only the listed events and allows up to max occurrences", () => {
    const rule: FrameworkNode["rule"] = {
      type: "noEvents",
      events: ["toi_pham_nghiem_trong"],
      max: 1,
    };
    expect(judge(rule, ["khieu_kien_dong_nguoi", "toi_pham_nghiem_trong"]).status).toBe("met");
    expect(judge(rule, ["toi_pham_nghiem_trong", "toi_pham_nghiem_trong"]).status).toBe("notMet");
  });

  it("is unknown without a value and an error for a value that is not a list", () => {
    expect(judge(undefined, undefined).status).toBe("unknown");
    const f = framework([node("kdc.3", "criterion", { value: events })]);
    expect(evaluate(f, assessment([{ node: "kdc.3", value: true }])).nodes[0]!.reason.code).toBe(
      "wrong_value_type",
    );
  });
});
