import { describe, expect, it } from "vitest";
import { checkValue } from "../../src/assessment/checkValue.js";
import type { Value } from "../../src/assessment/schema.js";
import type { ValueType } from "../../src/framework/schema.js";

function messages(value: Value, valueType: ValueType): string[] {
  return checkValue(value, valueType, "n", ["value"]).map((issue) => issue.message);
}

describe("checkValue", () => {
  it("names the range of a number in its message, whichever bounds are given", () => {
    expect(messages(-1, { type: "number", min: 0 })).toEqual([
      'value: value -1 of node "n" is out of range (≥ 0)',
    ]);
    expect(messages(101, { type: "number", max: 100 })).toEqual([
      'value: value 101 of node "n" is out of range (≤ 100)',
    ]);
    expect(messages(1.5, { type: "number", integer: true })).toEqual([
      'value: value 1.5 of node "n" is out of range (an integer)',
    ]);
    expect(messages(1.5, { type: "number" })).toEqual([]);
  });

  it("rejects a non-number for number, percent and a non-date string for date", () => {
    expect(messages("5", { type: "number" })).toEqual([
      'value: node "n" expects a number, received "5"',
    ]);
    expect(messages(true, { type: "percent" })).toEqual([
      'value: node "n" expects a percentage (a number from 0 to 100), received true',
    ]);
    expect(messages("15/11/2023", { type: "date" })).toEqual([
      'value: node "n" expects a real calendar day as YYYY-MM-DD, received "15/11/2023"',
    ]);
  });

  it("rejects a list for a tally and a tally for an ordinal", () => {
    expect(messages(["a"], { type: "tally", categories: ["a"] })).toEqual([
      'value: node "n" expects counts of units by category ({ "total": …, "counts": { … } }), received […]',
    ]);
    expect(
      messages({ total: 1, counts: {} }, { type: "ordinal", levels: [{ id: "a" }, { id: "b" }] }),
    ).toEqual(['value: node "n" expects a level id, received {…}']);
  });

  it("accepts a count equal to the total and reports each category once", () => {
    expect(
      messages({ total: 3, counts: { a: 3, b: 0 } }, { type: "tally", categories: ["a", "b"] }),
    ).toEqual([]);
  });
});
