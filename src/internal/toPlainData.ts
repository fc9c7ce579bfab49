import type { FrameworkIssue } from "../framework/issues.js";
import {
  cyclicInput,
  reservedKey,
  tooDeep,
  tooLarge,
  unreadableValue,
} from "./assessmentIssues.js";

type Path = readonly (string | number)[];

/** Bounds that keep a walk over untrusted input finite and cheap. */
export interface PlainDataLimits {
  /** Deepest nesting of arrays and objects; the root is depth 0. */
  readonly maxDepth: number;
  readonly maxArrayLength: number;
  readonly maxKeys: number;
  /** Arrays and objects visited in total (a shared object is counted each time it is reached). */
  readonly maxObjects: number;
}

export const DEFAULT_LIMITS: PlainDataLimits = {
  maxDepth: 32,
  maxArrayLength: 1_000_000,
  maxKeys: 10_000,
  maxObjects: 5_000_000,
};

export interface PlainData {
  /** A copy made of fresh arrays and plain objects only; primitives are kept as they are, but -0 is 0. */
  readonly data: unknown;
  readonly issues: readonly FrameworkIssue[];
  /** Where the copy left something out (the issue explains why); schema issues below these are noise. */
  readonly cut: readonly Path[];
}

class Abort extends Error {}

/**
 * Copies untrusted input into plain data that a schema can read safely: every property is read once
 * (getters that throw, proxies and revoked proxies become issues), cycles and runaway depth or size are
 * cut, and own `__proto__` keys (which `JSON.parse` creates) are reported and left out so they can
 * never reach a prototype.
 *
 * @param input - Anything.
 * @param limits - Depth and size bounds; `DEFAULT_LIMITS` by default.
 * @returns The copy, the issues found, and the paths where the copy left something out.
 * @example
 * toPlainData(JSON.parse('{"counts":{"__proto__":1,"a":2}}'))
 * //=> { data: { counts: { a: 2 } }, issues: [{ code: "reserved_id", path: ["counts", "__proto__"], … }], cut: [["counts", "__proto__"]] }
 * @category Internal
 */
export function toPlainData(input: unknown, limits: PlainDataLimits = DEFAULT_LIMITS): PlainData {
  const issues: FrameworkIssue[] = [];
  const cut: Path[] = [];
  const ancestors = new Set<object>();
  let objects = 0;

  const skip = (issue: FrameworkIssue): undefined => {
    issues.push(issue);
    cut.push(issue.path);
    return undefined;
  };

  const copy = (value: unknown, path: (string | number)[]): unknown => {
    // -0 becomes 0: JSON cannot tell them apart, so neither should a parsed record.
    if (value === 0) return 0;
    if (value === null || typeof value !== "object") return value;
    if (path.length > limits.maxDepth) return skip(tooDeep(path, limits.maxDepth));
    if (ancestors.has(value)) return skip(cyclicInput(path));
    objects += 1;
    if (objects > limits.maxObjects) {
      issues.length = 0;
      issues.push(tooLarge([], "objects", limits.maxObjects));
      throw new Abort();
    }
    let isArray: boolean;
    let keys: string[] | undefined;
    let length = 0;
    try {
      isArray = Array.isArray(value);
      if (isArray) length = (value as unknown[]).length;
      else keys = Object.keys(value);
    } catch {
      return skip(unreadableValue(path));
    }
    if (isArray && !(length <= limits.maxArrayLength)) {
      return skip(tooLarge(path, "items", limits.maxArrayLength));
    }
    if (keys !== undefined && keys.length > limits.maxKeys) {
      return skip(tooLarge(path, "keys", limits.maxKeys));
    }
    ancestors.add(value);
    try {
      if (isArray) {
        const out: unknown[] = new Array(length);
        for (let index = 0; index < length; index++) {
          out[index] = readAndCopy(value, index, [...path, index]);
        }
        return out;
      }
      const out: Record<string, unknown> = {};
      for (const key of keys!) {
        if (key === "__proto__") {
          skip(reservedKey([...path, key]));
          continue;
        }
        out[key] = readAndCopy(value, key, [...path, key]);
      }
      return out;
    } finally {
      ancestors.delete(value);
    }
  };

  const readAndCopy = (
    container: object,
    key: string | number,
    path: (string | number)[],
  ): unknown => {
    let value: unknown;
    try {
      value = (container as Record<string | number, unknown>)[key];
    } catch {
      return skip(unreadableValue(path));
    }
    return copy(value, path);
  };

  try {
    return { data: copy(input, []), issues, cut };
  } catch (error) {
    if (error instanceof Abort) return { data: undefined, issues, cut: [[]] };
    throw error;
  }
}

/**
 * Whether a path equals or lies below another.
 *
 * @param path - The path to test.
 * @param prefix - The enclosing path.
 * @returns `true` when `path` starts with every key of `prefix`.
 * @example
 * isWithin(["entries", 0, "value"], ["entries", 0])
 * //=> true
 * @category Internal
 */
export function isWithin(path: Path, prefix: Path): boolean {
  if (path.length < prefix.length) return false;
  for (let index = 0; index < prefix.length; index++) {
    if (path[index] !== prefix[index]) return false;
  }
  return true;
}
