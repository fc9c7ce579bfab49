import { describe, expect, it } from "vitest";
import { resolveVariantChain } from "../../src/framework/resolveVariantChain.js";
import {
  type Framework,
  FrameworkSchema,
  type Variant,
  VariantSchema,
} from "../../src/framework/schema.js";
import { walkNodes } from "../../src/framework/walk.js";
import { tt124 } from "../support/tt124.js";
import { deepFreeze, lines } from "./helpers.js";

const base: Framework = deepFreeze(FrameworkSchema.parse(tt124));

/** Example data: a made-up province adds a criterion; a made-up district relaxes it. */
function variant(
  id: string,
  version: string,
  variantOf: { id: string; version?: string },
  operations: unknown[],
): Variant {
  return deepFreeze(
    VariantSchema.parse({
      id,
      version,
      status: "draft",
      title: { vi: id },
      example: true,
      variantOf,
      operations,
    }),
  );
}

const province = variant("province", "2024", { id: base.id, version: base.version }, [
  {
    op: "addNode",
    parent: "xa",
    node: {
      id: "xa.tinh",
      kind: "criterion",
      title: { vi: "Tiêu chí của tỉnh (ví dụ)" },
      rule: { type: "judged" },
      mandatory: true,
    },
  },
]);
const district = variant("district", "2024", { id: "province", version: "2024" }, [
  { op: "setMandatory", node: "xa.tinh", mandatory: false },
]);

describe("resolveVariantChain", () => {
  it("resolves a variant of a variant down to the base framework", () => {
    const result = resolveVariantChain(district, [base, province, district]);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data.id).toBe("district");
    expect(result.data.variantOf).toEqual({ id: "province", version: "2024" });
    expect(walkNodes(result.data.nodes).byId.get("xa.tinh")?.node.mandatory).toBe(false);
  });

  it("returns a plain framework as it is", () => {
    expect(resolveVariantChain(base, [])).toEqual({ success: true, data: base });
  });

  it("reports a cycle of variants", () => {
    const a = variant("a", "1", { id: "b", version: "1" }, [{ op: "removeNode", node: "xa.4" }]);
    const b = variant("b", "1", { id: "a", version: "1" }, [{ op: "removeNode", node: "xa.4" }]);
    const result = resolveVariantChain(a, [a, b]);
    expect(
      result.success ? [] : result.error.issues.map((issue) => issue.message),
    ).toMatchInlineSnapshot(`
      [
        "variantOf: the variant chain is cyclic: a@1 → b@1 → a@1",
      ]
    `);
  });

  it("reports a missing base and a base whose version is ambiguous", () => {
    const orphan = variant("orphan", "1", { id: "nowhere" }, [{ op: "removeNode", node: "xa.4" }]);
    const missing = resolveVariantChain(orphan, [base]);
    expect(missing.success ? [] : lines(missing.error.issues)).toEqual([
      "error unknown_variant_base @ variantOf",
    ]);
    const loose = variant("loose", "1", { id: base.id }, [{ op: "removeNode", node: "xa.4" }]);
    const newer = deepFreeze({ ...base, version: "2025" });
    const result = resolveVariantChain(loose, [base, newer]);
    expect(
      result.success ? [] : result.error.issues.map((issue) => issue.message),
    ).toMatchInlineSnapshot(`
      [
        "variantOf: "vn-tt124-2021-antt-test" has several versions (2021, 2025); give variantOf.version",
      ]
    `);
    expect(resolveVariantChain(loose, [base]).success).toBe(true);
  });

  it("passes on the issues of a variant that does not apply", () => {
    const broken = variant("broken", "1", { id: "province", version: "2024" }, [
      { op: "removeNode", node: "missing" },
    ]);
    const result = resolveVariantChain(broken, [base, province]);
    expect(result.success ? [] : lines(result.error.issues)).toEqual([
      "error unknown_node @ operations.0.node",
    ]);
  });
});
