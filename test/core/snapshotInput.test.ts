import { describe, expect, it } from "vitest";
import { snapshotInput } from "../../src/core/copyInput.js";

describe("snapshotInput", () => {
  it("copies plain data, leaving the input untouched", () => {
    const input = Object.freeze({ a: Object.freeze([1, Object.freeze({ b: "x" })]) });
    const result = snapshotInput(input);
    expect(result).toEqual({ ok: true, value: { a: [1, { b: "x" }] } });
    expect(result.ok && result.value).not.toBe(input);
  });

  it("reports an own __proto__ key as reserved_id instead of copying or following it", () => {
    const result = snapshotInput(JSON.parse('{"a": {"__proto__": {"polluted": true}}}'));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["reserved_id", ["a", "__proto__"]],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("copies a shared (acyclic) object twice rather than calling it a cycle", () => {
    const shared = { id: "x" };
    expect(snapshotInput([shared, shared])).toEqual({
      ok: true,
      value: [{ id: "x" }, { id: "x" }],
    });
  });

  it("stops at the size limit", () => {
    const result = snapshotInput(new Array(20).fill(0), { maxDepth: 10, maxValues: 10 });
    expect(result.ok ? [] : result.issues.map((issue) => issue.code)).toEqual(["too_large"]);
  });

  it("passes values that are not plain data through for the schema to judge", () => {
    const date = new Date(0);
    const result = snapshotInput({ when: date, n: Number.NaN });
    expect(result.ok && (result.value as { when: unknown }).when).toBe(date);
  });
});

describe("snapshotInput on hostile proxies", () => {
  it("reports a revoked proxy where it is found, and at the root", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    const nested = snapshotInput({ nodes: [proxy] });
    expect(nested.ok ? [] : nested.issues.map((issue) => [issue.code, issue.path])).toEqual([
      ["unreadable_value", ["nodes", 0]],
    ]);
    const root = snapshotInput(proxy);
    expect(root.ok ? [] : root.issues.map((issue) => issue.code)).toEqual(["unreadable_value"]);
  });
});
