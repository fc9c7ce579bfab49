import { FrameworkError } from "./FrameworkError.js";
import { safeParseFramework } from "./safeParseFramework.js";
import type { Framework } from "./schema.js";

/**
 * Validates unknown input as a framework, throwing on the first invalid input.
 *
 * @param input - Anything, typically `JSON.parse` output.
 * @returns The framework, safe to evaluate.
 * @throws {FrameworkError} With `.issues` when the input is not a valid framework.
 * @example
 * parseFramework({ id: "f", version: "1", status: "final", title: { vi: "Bộ" }, scoring: { kind: "count" }, nodes: [{ id: "tc1", kind: "criterion", title: { vi: "Tiêu chí 1" } }] }).id
 * //=> "f"
 * @category Framework
 */
export function parseFramework(input: unknown): Framework {
  const result = safeParseFramework(input);
  if (!result.success) throw new FrameworkError(result.error.issues);
  return result.data;
}
