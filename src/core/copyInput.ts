import { type FrameworkIssue, formatPath, makeIssue } from "./issue.js";

/*
 * The one home for copying untrusted input before a schema reads it. Two profiles share it:
 *
 * - `snapshotInput` (frameworks, depth 256): iterative, all-or-nothing — a cycle, too deep or too large
 *   input stops the copy with one issue; arrays and plain objects are copied, other values pass through.
 * - `toPlainData` (assessments and edits, depth 32): recursive, cuts what it cannot copy and goes on,
 *   reporting each cut so that schema issues below it can be dropped; -0 becomes 0.
 *
 * Both report the same codes for the same problems: `cyclic_input`, `too_deep`, `too_large`,
 * `unreadable_value`, `reserved_id` (an own `__proto__` key).
 */

type Key = string | number;
type Path = readonly Key[];

function at(path: Path): string {
  return formatPath(path);
}

// ---------------------------------------------------------------------------------------------
// Frameworks: snapshotInput

/** Limits that keep validation total on hostile input. */
export interface SnapshotLimits {
  /** Deepest nesting of arrays and objects (zod's recursion overflows near 2 000). */
  readonly maxDepth: number;
  /** Most values (containers and leaves) copied in total. */
  readonly maxValues: number;
}

export const DEFAULT_SNAPSHOT_LIMITS: SnapshotLimits = { maxDepth: 256, maxValues: 5_000_000 };

export type SnapshotResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly issues: readonly FrameworkIssue[] };

interface Frame {
  readonly source: object;
  readonly copy: unknown[] | Record<string, unknown>;
  readonly keys: readonly Key[];
  next: number;
  /** Key of this container in its parent; paths are only built when an issue needs one. */
  readonly key: Key | undefined;
}

const MAX_READ_ISSUES = 100;

/** `true` for arrays and plain objects, `undefined` when a proxy throws while we ask. */
function isContainer(value: unknown): boolean | undefined {
  if (typeof value !== "object" || value === null) return false;
  try {
    if (Array.isArray(value)) return true;
    const proto: unknown = Object.getPrototypeOf(value);
    return proto === Object.prototype || proto === null;
  } catch {
    return undefined;
  }
}

function assign(copy: unknown[] | Record<string, unknown>, key: Key, value: unknown): void {
  // A plain assignment to "__proto__" would replace the prototype instead of adding a key.
  if (key === "__proto__") {
    Object.defineProperty(copy, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else {
    (copy as Record<Key, unknown>)[key] = value;
  }
}

/**
 * Copies plain JSON-like input (arrays and plain objects) once, so that the schema sees data that
 * cannot change under it, and refuses cycles, excessive depth or size, and properties that throw.
 *
 * Iterative, so no input can overflow the call stack here. Values that are neither arrays nor plain
 * objects (numbers, strings, `NaN`, `Date`, functions …) are passed through for the schema to judge.
 *
 * @param input - Anything.
 * @param limits - Depth and size limits.
 * @returns The copy, or the issues that stopped it (`cyclic_input`, `too_deep`, `too_large`, `unreadable_value`, `reserved_id` for an own `__proto__` key).
 * @example
 * snapshotInput({ a: [1] })
 * //=> { ok: true, value: { a: [1] } }
 * @category Internal
 */
export function snapshotInput(
  input: unknown,
  limits: SnapshotLimits = DEFAULT_SNAPSHOT_LIMITS,
): SnapshotResult {
  let count = 0;
  const readIssues: FrameworkIssue[] = [];
  const onPath = new Set<object>();
  const stack: Frame[] = [];
  const pathTo = (key: Key | undefined): Key[] => {
    const path = stack.slice(1).map((frame) => frame.key!);
    if (key !== undefined) path.push(key);
    return path;
  };

  const tooMany = (path: Key[]): SnapshotResult => ({
    ok: false,
    issues: [
      makeIssue("too_large", path, {
        vi: `${formatPath(path)}: dữ liệu quá lớn (hơn ${limits.maxValues} giá trị)`,
        en: `${formatPath(path)}: the input is too large (more than ${limits.maxValues} values)`,
      }),
    ],
  });

  /** Opens a container as a frame, or returns a failure. */
  const open = (source: object, key: Key | undefined): SnapshotResult | undefined => {
    if (onPath.has(source)) {
      const path = pathTo(key);
      const at = formatPath(path);
      return {
        ok: false,
        issues: [
          makeIssue("cyclic_input", path, {
            vi: `${at}: dữ liệu có vòng tham chiếu (một đối tượng chứa chính nó); JSON không thể có vòng`,
            en: `${at}: the input is cyclic (an object contains itself); JSON cannot be cyclic`,
          }),
        ],
      };
    }
    if (stack.length >= limits.maxDepth) {
      const path = pathTo(key);
      const at = formatPath(path);
      return {
        ok: false,
        issues: [
          makeIssue("too_deep", path, {
            vi: `${at}: dữ liệu lồng nhau quá sâu (hơn ${limits.maxDepth} tầng); bộ tiêu chí thực tế chỉ có vài tầng`,
            en: `${at}: the input is nested too deeply (more than ${limits.maxDepth} levels); real frameworks have a few levels`,
          }),
        ],
      };
    }
    let keys: Key[];
    let copy: unknown[] | Record<string, unknown>;
    try {
      if (Array.isArray(source)) {
        const length = source.length;
        if (count + length > limits.maxValues) return tooMany(pathTo(key));
        keys = Array.from({ length }, (_, i) => i);
        copy = new Array<unknown>(length);
      } else {
        keys = Object.keys(source);
        if (count + keys.length > limits.maxValues) return tooMany(pathTo(key));
        copy = {};
      }
    } catch {
      readIssues.push(snapshotUnreadable(pathTo(key)));
      return undefined;
    }
    onPath.add(source);
    stack.push({ source, copy, keys, next: 0, key });
    return undefined;
  };

  count++;
  const rootKind = isContainer(input);
  if (rootKind === undefined) return { ok: false, issues: [snapshotUnreadable([])] };
  if (!rootKind) return { ok: true, value: input };
  const rootFailure = open(input as object, undefined);
  if (rootFailure !== undefined) return rootFailure;
  const root = stack[0]?.copy;

  while (stack.length > 0) {
    const frame = stack[stack.length - 1]!;
    if (frame.next >= frame.keys.length) {
      stack.pop();
      onPath.delete(frame.source);
      continue;
    }
    const key = frame.keys[frame.next++]!;
    if (key === "__proto__") {
      // zod drops an own "__proto__" key from records without a word: report it instead of losing it
      if (readIssues.length < MAX_READ_ISSUES) readIssues.push(snapshotReservedKey(pathTo(key)));
      continue;
    }
    let value: unknown;
    try {
      value = (frame.source as Record<Key, unknown>)[key];
    } catch {
      if (readIssues.length < MAX_READ_ISSUES) readIssues.push(snapshotUnreadable(pathTo(key)));
      continue;
    }
    count++;
    if (count > limits.maxValues) return tooMany(pathTo(key));
    const kind = isContainer(value);
    if (kind === undefined) {
      if (readIssues.length < MAX_READ_ISSUES) readIssues.push(snapshotUnreadable(pathTo(key)));
      continue;
    }
    if (!kind) {
      assign(frame.copy, key, value);
      continue;
    }
    const before = stack.length;
    const failure = open(value as object, key);
    if (failure !== undefined) return failure;
    if (stack.length > before) assign(frame.copy, key, stack[stack.length - 1]!.copy);
  }
  if (readIssues.length > 0) return { ok: false, issues: readIssues };
  return { ok: true, value: root };
}

function snapshotReservedKey(path: Key[]): FrameworkIssue {
  const at = formatPath(path);
  return makeIssue("reserved_id", path, {
    vi: `${at}: khóa "__proto__" bị cấm vì trùng với thuộc tính của đối tượng JavaScript`,
    en: `${at}: the key "__proto__" is reserved (it collides with JavaScript object properties)`,
  });
}

function snapshotUnreadable(path: Key[]): FrameworkIssue {
  const at = formatPath(path);
  return makeIssue("unreadable_value", path, {
    vi: `${at}: không đọc được giá trị (thuộc tính ném lỗi khi đọc)`,
    en: `${at}: the value cannot be read (reading the property throws)`,
  });
}

// ---------------------------------------------------------------------------------------------
// Assessments: toPlainData

function tooDeep(path: Path, limit: number): FrameworkIssue {
  return makeIssue("too_deep", path, {
    vi: `${at(path)}: dữ liệu lồng nhau quá sâu (quá ${limit} cấp)`,
    en: `${at(path)}: nested too deeply (more than ${limit} levels)`,
  });
}

function tooLarge(path: Path, what: string, limit: number): FrameworkIssue {
  return makeIssue("too_large", path, {
    vi: `${at(path)}: quá lớn (quá ${limit} ${what === "items" ? "phần tử" : what === "keys" ? "trường" : "giá trị"})`,
    en: `${at(path)}: too large (more than ${limit} ${what})`,
  });
}

function cyclicInput(path: Path): FrameworkIssue {
  return makeIssue("cyclic_input", path, {
    vi: `${at(path)}: tham chiếu vòng (đối tượng chứa chính nó), không biểu diễn được bằng JSON`,
    en: `${at(path)}: cyclic reference (an object contains itself), which JSON cannot represent`,
  });
}

function unreadableValue(path: Path): FrameworkIssue {
  return makeIssue("unreadable_value", path, {
    vi: `${at(path)}: không đọc được giá trị (truy cập thuộc tính gây lỗi)`,
    en: `${at(path)}: the value cannot be read (reading the property threw)`,
  });
}

function reservedKey(path: Path): FrameworkIssue {
  return makeIssue("reserved_id", path, {
    vi: `${at(path)}: mã "__proto__", "constructor" và "prototype" bị cấm vì trùng với thuộc tính của đối tượng JavaScript`,
    en: `${at(path)}: the ids "__proto__", "constructor" and "prototype" are reserved (they collide with JavaScript object properties)`,
  });
}

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
