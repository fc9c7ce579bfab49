import { describe, expect, it } from "vitest";
import { label } from "../../src/cli/label.js";

describe("label", () => {
  it("picks the wanted language", () => {
    expect(label({ vi: "Quy hoạch", en: "Planning" }, "en")).toBe("Planning");
    expect(label({ vi: "Quy hoạch", en: "Planning" }, "vi")).toBe("Quy hoạch");
  });

  it("falls back to Vietnamese, then English, then any language", () => {
    expect(label({ vi: "Quy hoạch" }, "en")).toBe("Quy hoạch");
    expect(label({ en: "Planning" }, "vi")).toBe("Planning");
    expect(label({ fr: "Urbanisme" }, "vi")).toBe("Urbanisme");
    expect(label(undefined, "vi")).toBe("");
  });
});
