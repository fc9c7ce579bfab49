import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { safeParseAssessment } from "../../src/assessment/safeParseAssessment.js";
import type { AssessmentIssue } from "../../src/framework/issues.js";
import { deepFreeze, jsonCopy, sample } from "./frameworks.js";

function wellFormed(issue: AssessmentIssue): boolean {
  return (
    typeof issue.code === "string" &&
    /^[a-z_]+$/.test(issue.code) &&
    Array.isArray(issue.path) &&
    issue.path.every((key) => typeof key === "string" || typeof key === "number") &&
    typeof issue.message === "string" &&
    issue.message.length > 0 &&
    typeof issue.messages.vi === "string" &&
    issue.messages.vi.length > 0 &&
    issue.messages.en === issue.message &&
    (issue.severity === "error" || issue.severity === "warning")
  );
}

/** Every result is well formed: data on success, well-formed issues (at least one) on failure. */
function checkResult(input: unknown): void {
  const result = safeParseAssessment(input);
  if (result.success) {
    expect(JSON.parse(JSON.stringify(result.data))).toEqual(result.data);
  } else {
    expect(result.error.issues.length).toBeGreaterThan(0);
    for (const issue of result.error.issues)
      expect(wellFormed(issue), JSON.stringify(issue)).toBe(true);
  }
}

const anyValue = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -0,
    undefined,
    "__proto__",
    "constructor",
    "2023-02-30",
    "2024-02-29",
    { __proto__: null },
    [],
    {},
  ),
);

/** Paths into the sample, to replace or delete one thing. */
const targets: (string | number)[][] = [
  [],
  ["framework"],
  ["framework", "id"],
  ["framework", "version"],
  ["subject"],
  ["subject", "id"],
  ["subject", "kind"],
  ["period"],
  ["period", "start"],
  ["period", "end"],
  ["entries"],
  ["entries", 0],
  ["entries", 0, "node"],
  ["entries", 0, "value"],
  ["entries", 0, "evidence", 0, "date"],
  ["entries", 1, "value", 0],
  ["entries", 2, "value", "total"],
  ["entries", 2, "value", "counts"],
  ["entries", 2, "value", "counts", "recognised"],
];

function mutate(
  base: unknown,
  path: (string | number)[],
  change: "set" | "delete" | "rename",
  value: unknown,
): unknown {
  const copy = jsonCopy(base) as Record<string | number, unknown>;
  if (path.length === 0) return change === "set" ? value : copy;
  let parent: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) {
    const next = parent[key];
    if (typeof next !== "object" || next === null) return copy;
    parent = next as Record<string | number, unknown>;
  }
  const last = path[path.length - 1]!;
  if (change === "delete") delete parent[last];
  else if (change === "rename") {
    // An own "__proto__" key, as JSON.parse would create it.
    Object.defineProperty(parent, "__proto__", {
      value,
      enumerable: true,
      configurable: true,
      writable: true,
    });
  } else parent[last] = value;
  return copy;
}

describe("safeParseAssessment (properties)", () => {
  it("never throws on random JSON, and every issue has a code, a path and both messages", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (input) => {
        checkResult(input);
      }),
      { numRuns: 300 },
    );
  });

  it("never throws on mutated valid assessments, and never mutates them", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...targets),
        fc.constantFrom("set" as const, "delete" as const, "rename" as const),
        anyValue,
        fc.boolean(),
        (path, change, value, duplicate) => {
          let input = mutate(sample(), path, change, value);
          if (duplicate && typeof input === "object" && input !== null) {
            const entries = (input as { entries?: unknown }).entries;
            if (Array.isArray(entries) && entries.length > 0) entries.push(entries[0]);
          }
          input = deepFreeze(input);
          const before = JSON.stringify(input);
          checkResult(input);
          expect(JSON.stringify(input)).toBe(before);
          expect(Object.prototype).not.toHaveProperty("polluted");
        },
      ),
      { numRuns: 300 },
    );
  });

  it("parses every valid assessment to an equal value", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record(
            {
              node: fc.stringMatching(/^[a-z][a-z0-9]{0,4}(\.[0-9]{1,2}){0,2}$/),
              value: fc.oneof(
                fc.boolean(),
                fc.double({ noNaN: true, noDefaultInfinity: true }),
                fc.integer(),
                fc.array(fc.constantFrom("a", "b.1", "c_2")),
              ),
              status: fc.constantFrom(
                "met",
                "notMet",
                "notApplicable",
                "unknown",
                "error" as const,
              ),
              note: fc.string(),
            },
            { requiredKeys: ["node"] },
          ),
          { maxLength: 20 },
        ),
        (entries) => {
          const unique = [...new Map(entries.map((entry) => [entry.node, entry])).values()];
          const input = { ...sample(), entries: unique };
          const result = safeParseAssessment(input);
          // Through JSON, because -0 is read as 0.
          expect(result).toEqual({ success: true, data: jsonCopy(input) });
        },
      ),
      { numRuns: 300 },
    );
  });
});
