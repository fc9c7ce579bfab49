import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { FrameworkIssue } from "../../src/framework/issues.js";
import { lintFramework } from "../../src/framework/lintFramework.js";
import { safeParseFramework } from "../../src/framework/safeParseFramework.js";
import { tt124 } from "../support/tt124.js";

type Json = unknown;
type Key = string | number;

/** Every path to a value inside a JSON document, root excluded. */
function pathsOf(value: Json): Key[][] {
  const out: Key[][] = [];
  const stack: [Json, Key[]][] = [[value, []]];
  while (stack.length > 0) {
    const [item, path] = stack.pop()!;
    if (typeof item !== "object" || item === null) continue;
    for (const key of Object.keys(item)) {
      const child = Array.isArray(item) ? Number(key) : key;
      const next = [...path, child];
      out.push(next);
      stack.push([(item as Record<Key, Json>)[child], next]);
    }
  }
  return out;
}

function parentOf(root: Json, path: Key[]): Record<Key, Json> {
  let item = root as Record<Key, Json>;
  for (const key of path.slice(0, -1)) item = item[key] as Record<Key, Json>;
  return item;
}

const paths = pathsOf(tt124);
const nodePaths = paths.filter(
  (path) => path.length >= 2 && (path.at(-2) === "nodes" || path.at(-2) === "children"),
);

type Mutation =
  | { kind: "drop"; at: number }
  | { kind: "replace"; at: number; value: Json }
  | { kind: "duplicate"; at: number; into: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant("drop" as const), at: fc.nat(paths.length - 1) }),
  fc.record({
    kind: fc.constant("replace" as const),
    at: fc.nat(paths.length - 1),
    value: fc.jsonValue({ maxDepth: 3 }),
  }),
  fc.record({
    kind: fc.constant("duplicate" as const),
    at: fc.nat(nodePaths.length - 1),
    into: fc.nat(nodePaths.length - 1),
  }),
);

function mutate(mutations: readonly Mutation[]): Json {
  const copy = structuredClone(tt124) as Json;
  for (const change of mutations) {
    const path = change.kind === "duplicate" ? nodePaths[change.at]! : paths[change.at]!;
    let parent: Record<Key, Json>;
    try {
      parent = parentOf(copy, path);
      if (typeof parent !== "object" || parent === null) continue;
    } catch {
      continue; // an earlier mutation removed the way there
    }
    const key = path.at(-1)!;
    if (change.kind === "drop") {
      if (Array.isArray(parent)) parent.splice(Number(key), 1);
      else delete parent[key];
    } else if (change.kind === "replace") {
      parent[key] = change.value;
    } else {
      let target: Json;
      try {
        target = parentOf(copy, nodePaths[change.into]!);
      } catch {
        continue;
      }
      if (Array.isArray(target)) target.push(structuredClone(parent[key]));
    }
  }
  return copy;
}

function checkShape(issues: readonly FrameworkIssue[]): void {
  for (const issue of issues) {
    expect(issue.code).toMatch(/^[a-z]+(_[a-z]+)*$/);
    expect(Array.isArray(issue.path)).toBe(true);
    for (const key of issue.path) expect(["string", "number"]).toContain(typeof key);
    expect(typeof issue.message).toBe("string");
    expect(issue.messages.vi.length).toBeGreaterThan(0);
    expect(issue.messages.en).toBe(issue.message);
    expect(["error", "warning"]).toContain(issue.severity);
  }
}

function neverThrows(input: unknown): void {
  const result = safeParseFramework(input);
  if (result.success) {
    checkShape(lintFramework(result.data));
  } else {
    expect(result.error.issues.length).toBeGreaterThan(0);
    checkShape(result.error.issues);
  }
}

describe("safeParseFramework (properties)", () => {
  it("never throws on random JSON and always explains why it fails", () => {
    fc.assert(fc.property(fc.jsonValue(), neverThrows), { numRuns: 300 });
  });

  it("never throws on mutated valid frameworks (dropped keys, changed types, duplicated nodes)", () => {
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 4 }), (mutations) => {
        neverThrows(mutate(mutations));
      }),
      { numRuns: 300 },
    );
  });

  it("fails whenever a node is duplicated", () => {
    fc.assert(
      fc.property(fc.nat(nodePaths.length - 1), fc.nat(nodePaths.length - 1), (at, into) => {
        const result = safeParseFramework(mutate([{ kind: "duplicate", at, into }]));
        expect(result.success).toBe(false);
      }),
      { numRuns: 100 },
    );
  });
});
