import { describe, expect, it } from "vitest";
import { safeParseAssessment } from "../../src/assessment/safeParseAssessment.js";
import type { AssessmentIssue } from "../../src/framework/issues.js";
import { commune2023, deepFreeze, jsonCopy } from "./frameworks.js";

/** One line per issue: severity, code, path and the English message. */
function summary(input: unknown): string[] {
  const result = safeParseAssessment(input);
  if (result.success) return [];
  return result.error.issues.map(
    (issue: AssessmentIssue) =>
      `${issue.severity} ${issue.code} [${issue.path.join(", ")}] ${issue.message}`,
  );
}

function withEntries(entries: unknown): unknown {
  return { ...jsonCopy(commune2023), entries };
}

describe("safeParseAssessment", () => {
  it("accepts a valid assessment and returns a copy that shares nothing with the input", () => {
    const input = withEntries([
      {
        node: "xa.1.a",
        value: true,
        evidence: [{ source: "Nghị quyết 05-NQ/ĐU", date: "2023-02-10" }],
      },
      { node: "xa.4", value: { total: 25, counts: { registered: 25, recognised: 18 } } },
    ]) as { entries: { value: { counts: object } }[] };
    const result = safeParseAssessment(input);
    expect(result.success).toBe(true);
    if (!result.success) return;
    expect(result.data).toEqual(input);
    expect(result.data).not.toBe(input);
    expect(result.data.entries).not.toBe(input.entries);
    expect(result.data.entries[1]!.value).not.toBe(input.entries[1]!.value);
  });

  it("accepts an assessment with no entries", () => {
    expect(safeParseAssessment(withEntries([]))).toEqual({ success: true, data: commune2023 });
  });

  it("reports a second entry for the same node as duplicate_entry, pointing at the first", () => {
    expect(
      summary(
        withEntries([
          { node: "xa.1.a", value: true },
          { node: "xa.1.c", value: 2 },
          { node: "xa.1.a", value: false },
          { node: "xa.1.a" },
        ]),
      ),
    ).toMatchInlineSnapshot(`
      [
        "error duplicate_entry [entries, 2, node] entries.2.node: node "xa.1.a" already has an entry at entries.0; record each node once",
        "error duplicate_entry [entries, 3, node] entries.3.node: node "xa.1.a" already has an entry at entries.0; record each node once",
      ]
    `);
  });

  it("reports duplicates even when another field is invalid", () => {
    expect(
      summary(
        withEntries([
          { node: "xa.2", value: ["sabotage"] },
          { node: "xa.2", status: "maybe" },
        ]),
      ),
    ).toMatchInlineSnapshot(`
      [
        "error invalid_value [entries, 1, status] entries.1.status: must be one of: met, notMet, notApplicable, unknown, error",
        "error duplicate_entry [entries, 1, node] entries.1.node: node "xa.2" already has an entry at entries.0; record each node once",
      ]
    `);
  });

  it("writes every issue in Vietnamese and English", () => {
    const result = safeParseAssessment(withEntries([{ node: "xa.1.a" }, { node: "xa.1.a" }]));
    expect(result.success ? [] : result.error.issues).toMatchInlineSnapshot(`
      [
        {
          "code": "duplicate_entry",
          "message": "entries.1.node: node "xa.1.a" already has an entry at entries.0; record each node once",
          "messages": {
            "en": "entries.1.node: node "xa.1.a" already has an entry at entries.0; record each node once",
            "vi": "entries.1.node: mục "xa.1.a" đã có kết quả ở entries.0; mỗi mục chỉ được ghi một lần",
          },
          "path": [
            "entries",
            1,
            "node",
          ],
          "severity": "error",
        },
      ]
    `);
  });

  it("rejects __proto__ as a node id", () => {
    expect(summary(withEntries([{ node: "__proto__", value: true }]))).toMatchInlineSnapshot(`
      [
        "error reserved_id [entries, 0, node] entries.0.node: the ids "__proto__", "constructor" and "prototype" are reserved (they collide with JavaScript object properties)",
      ]
    `);
  });

  it("rejects an own __proto__ key from JSON.parse in a tally and never touches a prototype", () => {
    const text = `{"framework":{"id":"tt124-like","version":"2021"},"subject":{"id":"s"},"period":{"id":"2023","start":"2022-11-16","end":"2023-11-15"},"entries":[{"node":"xa.4","value":{"total":25,"counts":{"__proto__":{"polluted":true},"recognised":18}}}]}`;
    const input: unknown = JSON.parse(text);
    expect(summary(input)).toMatchInlineSnapshot(`
      [
        "error reserved_id [entries, 0, value, counts, __proto__] entries.0.value.counts.__proto__: the ids "__proto__", "constructor" and "prototype" are reserved (they collide with JavaScript object properties)",
      ]
    `);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("polluted");
  });

  it("rejects an own __proto__ key in an entry and constructor as a tally category", () => {
    const input: unknown = JSON.parse(
      `{"framework":{"id":"tt124-like","version":"2021"},"subject":{"id":"s"},"period":{"id":"2023","start":"2022-11-16","end":"2023-11-15"},"entries":[{"node":"xa.1.a","__proto__":{"value":true}},{"node":"xa.4","value":{"total":1,"counts":{"constructor":1}}}]}`,
    );
    expect(summary(input)).toMatchInlineSnapshot(`
      [
        "error reserved_id [entries, 0, __proto__] entries.0.__proto__: the ids "__proto__", "constructor" and "prototype" are reserved (they collide with JavaScript object properties)",
        "error reserved_id [entries, 1, value, counts, constructor] entries.1.value.counts.constructor: the ids "__proto__", "constructor" and "prototype" are reserved (they collide with JavaScript object properties)",
      ]
    `);
  });

  it("reports NaN and Infinity as not_finite", () => {
    expect(
      summary(
        withEntries([
          { node: "xa.1.c", value: Number.NaN },
          { node: "xa.1.c", value: Number.POSITIVE_INFINITY },
          { node: "xa.3.b", selfScore: Number.NEGATIVE_INFINITY },
          { node: "xa.4", value: { total: Number.NaN, counts: {} } },
        ]),
      ),
    ).toMatchInlineSnapshot(`
      [
        "error not_finite [entries, 0, value] entries.0.value: expected a finite number, received NaN",
        "error not_finite [entries, 1, value] entries.1.value: expected a finite number, received Infinity",
        "error not_finite [entries, 2, selfScore] entries.2.selfScore: expected a finite number, received -Infinity",
        "error not_finite [entries, 3, value, total] entries.3.value.total: expected a finite number, received NaN",
        "error duplicate_entry [entries, 1, node] entries.1.node: node "xa.1.c" already has an entry at entries.0; record each node once",
      ]
    `);
  });

  it("rejects 2023-02-30 and a period that ends before it starts", () => {
    const input = jsonCopy(commune2023);
    expect(
      summary({
        ...input,
        date: "2023-02-30",
        period: { id: "2023", start: "2023-11-15", end: "2022-11-16" },
      }),
    ).toMatchInlineSnapshot(`
      [
        "error period_end_before_start [period, end] period.end: the period ends before it starts",
        "error invalid_format [date] date: invalid date (YYYY-MM-DD, a real calendar day)",
      ]
    `);
    expect(summary({ ...input, date: "2024-02-29" })).toEqual([]);
  });

  it("reports unknown keys instead of dropping them silently", () => {
    expect(
      summary({
        ...jsonCopy(commune2023),
        unit: "phường",
        period: { ...commune2023.period, quarter: 1 },
        entries: [{ node: "xa.1.a", valeu: true }],
      }),
    ).toMatchInlineSnapshot(`
      [
        "error unrecognized_keys [period] period: unknown field(s): quarter",
        "error unrecognized_keys [entries, 0] entries.0: unknown field(s): valeu",
        "error unrecognized_keys [] (root): unknown field(s): unit",
      ]
    `);
  });

  it("explains what is wrong inside a value rather than only that the value is wrong", () => {
    expect(
      summary(
        withEntries([
          { node: "xa.4", value: { total: 25 } },
          { node: "xa.4", value: { total: 25, counts: { "bad id": 1 } } },
          { node: "xa.2", value: ["sabotage", "no good"] },
          { node: "xa.1.a", value: null },
        ]),
      ),
    ).toMatchInlineSnapshot(`
      [
        "error missing_field [entries, 0, value, counts] entries.0.value.counts: required field is missing (object)",
        "error invalid_id [entries, 1, value, counts, bad id] entries.1.value.counts.bad id: invalid id; use ASCII letters a–z, A–Z, digits 0–9 and "_", in segments joined by ".", "-" or ":" (e.g. "19.2")",
        "error invalid_id [entries, 2, value, 1] entries.2.value.1: invalid id; use ASCII letters a–z, A–Z, digits 0–9 and "_", in segments joined by ".", "-" or ":" (e.g. "19.2")",
        "error invalid_union [entries, 3, value] entries.3.value: matches none of the accepted shapes; expected one of: number, boolean, string, array, {…}",
        "error duplicate_entry [entries, 1, node] entries.1.node: node "xa.4" already has an entry at entries.0; record each node once",
      ]
    `);
  });

  it("reports missing required fields", () => {
    expect(summary({})).toMatchInlineSnapshot(`
      [
        "error missing_field [framework] framework: required field is missing (object)",
        "error missing_field [subject] subject: required field is missing (object)",
        "error missing_field [period] period: required field is missing (object)",
        "error missing_field [entries] entries: required field is missing (array)",
      ]
    `);
    expect(summary(null)).toMatchInlineSnapshot(`
      [
        "error invalid_type [] (root): expected object, got null",
      ]
    `);
  });

  it("refuses a cyclic object with an issue instead of overflowing the stack", () => {
    const input = withEntries([{ node: "xa.1.a", value: true }]) as Record<string, unknown>;
    const entry = (input.entries as Record<string, unknown>[])[0]!;
    entry.note = entry;
    input.self = input;
    expect(summary(input)).toMatchInlineSnapshot(`
      [
        "error cyclic_input [entries, 0, note] entries.0.note: cyclic reference (an object contains itself), which JSON cannot represent",
        "error cyclic_input [self] self: cyclic reference (an object contains itself), which JSON cannot represent",
        "error unrecognized_keys [] (root): unknown field(s): self",
      ]
    `);
  });

  it("refuses very deep nesting with too_deep", () => {
    let deep: unknown = "bottom";
    for (let level = 0; level < 100_000; level++) deep = [deep];
    expect(summary(withEntries([{ node: "xa.1.a", value: deep }]))).toMatchInlineSnapshot(`
      [
        "error too_deep [entries, 0, value, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] entries.0.value.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0: nested too deeply (more than 32 levels)",
        "error invalid_type [entries, 0, value, 0] entries.0.value.0: expected string, got array",
      ]
    `);
    let nested: unknown = {};
    for (let level = 0; level < 100_000; level++) nested = { nested };
    expect(summary(nested).filter((line) => line.startsWith("error too_deep "))).toHaveLength(1);
  });

  it("reports a getter that throws, and reads every property only once", () => {
    let reads = 0;
    const entry = {
      node: "xa.1.a",
      get value(): boolean {
        reads += 1;
        return reads === 1;
      },
      get note(): string {
        throw new Error("boom");
      },
    };
    expect(summary(withEntries([entry]))).toMatchInlineSnapshot(`
      [
        "error unreadable_value [entries, 0, note] entries.0.note: the value cannot be read (reading the property threw)",
      ]
    `);
    const ok = {
      node: "xa.1.a",
      get value(): boolean {
        reads += 1;
        return true;
      },
    };
    reads = 0;
    expect(safeParseAssessment(withEntries([ok]))).toMatchObject({ success: true });
    expect(reads).toBe(1);
  });

  it("refuses a revoked proxy and a proxy whose traps throw", () => {
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(summary(withEntries([proxy]))).toMatchInlineSnapshot(`
      [
        "error unreadable_value [entries, 0] entries.0: the value cannot be read (reading the property threw)",
      ]
    `);
    const hostile = new Proxy(
      {},
      {
        ownKeys() {
          throw new Error("no keys");
        },
      },
    );
    expect(summary(hostile)).toMatchInlineSnapshot(`
      [
        "error unreadable_value [] (root): the value cannot be read (reading the property threw)",
      ]
    `);
  });

  it("refuses an array with a billion slots as too_large without walking it", () => {
    const huge: unknown[] = [];
    huge.length = 1_000_000_000;
    expect(summary(withEntries(huge))).toMatchInlineSnapshot(`
      [
        "error too_large [entries] entries: too large (more than 1000000 items)",
      ]
    `);
  });

  it("parses 100 000 entries", () => {
    const entries = Array.from({ length: 100_000 }, (_, index) => ({
      node: `n.${index}`,
      value: index % 7,
      evidence: [{ source: `biên bản ${index}` }],
    }));
    const result = safeParseAssessment(withEntries(entries));
    expect(result.success && result.data.entries.length).toBe(100_000);
  });

  it("finds the duplicates among 100 000 entries", () => {
    const entries = Array.from({ length: 100_000 }, (_, index) => ({
      node: `n.${index % 99_999}`,
    }));
    expect(summary(withEntries(entries))).toMatchInlineSnapshot(`
      [
        "error duplicate_entry [entries, 99999, node] entries.99999.node: node "n.0" already has an entry at entries.0; record each node once",
      ]
    `);
  });

  it("never mutates or freezes its input", () => {
    const input = withEntries([
      { node: "xa.1.a", value: true },
      { node: "xa.1.a", value: false },
    ]);
    const before = jsonCopy(input);
    safeParseAssessment(input);
    expect(input).toEqual(before);
    expect(Object.isFrozen(input)).toBe(false);
    const frozen = deepFreeze(withEntries([{ node: "xa.1.a", value: true }]));
    expect(safeParseAssessment(frozen).success).toBe(true);
  });

  it("never throws on values that are not JSON", () => {
    for (const input of [
      undefined,
      42,
      "assessment",
      Symbol("x"),
      10n,
      () => 1,
      new Date(0),
      new Map([["a", 1]]),
      withEntries([{ node: "xa.1.a", value: 10n }]),
      withEntries([{ node: "xa.1.a", value: Symbol("x") }]),
    ]) {
      const result = safeParseAssessment(input);
      expect(result.success).toBe(false);
    }
  });
});
