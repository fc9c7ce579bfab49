import type { Assessment, Entry } from "../../src/assessment/schema.js";
import type { Framework, FrameworkNode } from "../../src/framework/schema.js";

/** Freezes a value and everything inside it, so a test fails if the library mutates its input. */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

/** A small inline framework (example data), frozen. */
export function framework(
  nodes: readonly FrameworkNode[],
  extra: Partial<Framework> = {},
): Framework {
  return deepFreeze({
    id: "test",
    version: "1",
    status: "draft",
    title: { vi: "Bộ tiêu chí thử", en: "Test framework" },
    example: true,
    scoring: { kind: "count" },
    nodes: [...nodes],
    ...extra,
  } as Framework);
}

/** A node with a title made from its id. */
export function node(
  id: string,
  kind: FrameworkNode["kind"],
  rest: Partial<FrameworkNode> = {},
): FrameworkNode {
  return { id, kind, title: { vi: `Mục ${id}`, en: `Item ${id}` }, ...rest };
}

/** An assessment (example data), frozen. */
export function assessment(entries: readonly Entry[], extra: Partial<Assessment> = {}): Assessment {
  return deepFreeze({
    framework: { id: "test", version: "1" },
    subject: { id: "x1", kind: "xa" },
    period: { id: "2023", start: "2022-11-16", end: "2023-11-15" },
    example: true,
    entries: [...entries],
    ...extra,
  } as Assessment);
}
