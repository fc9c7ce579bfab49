import type { FrameworkIssue } from "../../src/framework/issues.js";
import {
  type Framework,
  type FrameworkInput,
  FrameworkSchema,
} from "../../src/framework/schema.js";

/** One line per issue, for inline snapshots: `severity code @ path`. */
export function lines(issues: readonly FrameworkIssue[]): string[] {
  return issues.map((issue) => `${issue.severity} ${issue.code} @ ${issue.path.join(".")}`);
}

/** Recursively freezes a value, so a test fails if anything mutates it. */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const item = stack.pop();
    if (typeof item === "object" && item !== null && !Object.isFrozen(item)) {
      Object.freeze(item);
      for (const key of Object.keys(item)) stack.push((item as Record<string, unknown>)[key]);
    }
  }
  return value;
}

/** A minimal valid framework with the given nodes and fields, typed through the schema (no lint). */
export function framework(fields: Partial<FrameworkInput> = {}): Framework {
  return FrameworkSchema.parse({
    id: "test",
    version: "1",
    status: "draft",
    title: { vi: "Bộ kiểm thử", en: "Test framework" },
    example: true,
    scoring: { kind: "count" },
    nodes: [{ id: "1", kind: "criterion", title: { vi: "Tiêu chí 1" }, rule: { type: "judged" } }],
    ...fields,
  });
}

/** A leaf criterion judged by the assessor. */
export function judged(id: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    kind: "criterion",
    title: { vi: `Tiêu chí ${id}` },
    rule: { type: "judged" },
    ...extra,
  };
}
