import { type FrameworkIssue, formatPath, makeIssue } from "./issue.js";

/*
 * The one home for copying untrusted input before a schema reads it: one iterative walk (no input can
 * overflow the call stack), used with two policies.
 *
 * - `snapshotInput` (frameworks, depth 256): all-or-nothing — a cycle, too deep or too large input stops
 *   the copy with one issue; arrays and plain objects are copied, other values pass through.
 * - `toPlainData` (assessments and edits, depth 32): cuts what it cannot copy and goes on, reporting each
 *   cut so that schema issues below it can be dropped; every object is copied as plain data; -0 becomes 0.
 *
 * Both report the same codes with the same messages for the same problems: `cyclic_input`, `too_deep`,
 * `too_large`, `unreadable_value`, `reserved_id` (an own `__proto__` key).
 */

type Key = string | number;
type Path = readonly Key[];

function at(path: Path): string {
  return formatPath(path);
}

function tooDeep(path: Path, limit: number): FrameworkIssue {
  return makeIssue("too_deep", path, {
    vi: `${at(path)}: dữ liệu lồng nhau quá sâu (quá ${limit} cấp)`,
    en: `${at(path)}: nested too deeply (more than ${limit} levels)`,
  });
}

function tooLarge(
  path: Path,
  what: "items" | "keys" | "objects" | "values",
  limit: number,
): FrameworkIssue {
  const vi = { items: "phần tử", keys: "trường", objects: "đối tượng", values: "giá trị" }[what];
  return makeIssue("too_large", path, {
    vi: `${at(path)}: quá lớn (quá ${limit} ${vi})`,
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

/** How the one walk treats what it cannot copy. */
interface Policy {
  /** Containers deeper than this (the root is depth 0) are refused. */
  readonly maxDepth: number;
  /** The limit as messages state it ("more than N levels"). */
  readonly depthShown: number;
  /** What is counted against `maxCount`: every value, or containers only. */
  readonly count: "values" | "objects";
  readonly maxCount: number;
  readonly maxArrayLength: number;
  readonly maxKeys: number;
  /** `stop`: a cycle, depth or size problem ends the walk with that one issue; `cut`: it is left out. */
  readonly onLimit: "stop" | "cut";
  /** Copy only arrays and plain objects (others pass through), or every object as plain data. */
  readonly plainOnly: boolean;
  /** Read -0 as 0, as JSON would. */
  readonly normalizeZero: boolean;
  /** At most this many issues for unreadable values and reserved keys. */
  readonly maxReadIssues: number;
}

interface Walked {
  readonly data: unknown;
  readonly issues: FrameworkIssue[];
  readonly cut: Path[];
  /** The issue that ended the walk (`stop` policy, or the total size limit). */
  readonly stopped?: FrameworkIssue | undefined;
}

interface Frame {
  readonly source: object;
  readonly copy: unknown[] | Record<string, unknown>;
  readonly keys: readonly Key[];
  next: number;
  /** Key of this container in its parent; paths are only built when an issue needs one. */
  readonly key: Key | undefined;
}

/** `true` for containers to copy, `undefined` when a proxy throws while we ask. */
function isContainer(value: unknown, plainOnly: boolean): boolean | undefined {
  if (typeof value !== "object" || value === null) return false;
  try {
    if (Array.isArray(value)) return true;
    if (!plainOnly) return true;
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

class Stop {
  constructor(readonly issue: FrameworkIssue) {}
}

/** The one walk: copies `input` under `policy`, iteratively. */
function walk(input: unknown, policy: Policy): Walked {
  const issues: FrameworkIssue[] = [];
  const cut: Path[] = [];
  const onPath = new Set<object>();
  const stack: Frame[] = [];
  let counted = 0;
  let readIssues = 0;

  const pathTo = (key: Key | undefined): Key[] => {
    const path = stack.slice(1).map((frame) => frame.key!);
    if (key !== undefined) path.push(key);
    return path;
  };
  /** A value left out: reported, and its path marked as cut. */
  const leaveOut = (issue: FrameworkIssue): void => {
    issues.push(issue);
    cut.push(issue.path);
  };
  const readProblem = (issue: FrameworkIssue): void => {
    if (readIssues >= policy.maxReadIssues) return;
    readIssues++;
    leaveOut(issue);
  };
  const limit = (issue: FrameworkIssue): void => {
    if (policy.onLimit === "stop") throw new Stop(issue);
    leaveOut(issue);
  };
  const count = (amount: number, path: () => Key[]): void => {
    counted += amount;
    if (counted > policy.maxCount) throw new Stop(tooLarge(path(), policy.count, policy.maxCount));
  };

  /** Opens a container as a frame; returns its copy, or undefined when it was left out. */
  const open = (
    source: object,
    key: Key | undefined,
  ): unknown[] | Record<string, unknown> | undefined => {
    if (onPath.has(source)) return void limit(cyclicInput(pathTo(key)));
    // the container's depth is the number of containers open above it
    if (stack.length > policy.maxDepth) return void limit(tooDeep(pathTo(key), policy.depthShown));
    if (policy.count === "objects") count(1, () => []);
    let keys: Key[];
    let copy: unknown[] | Record<string, unknown>;
    try {
      if (Array.isArray(source)) {
        const length = source.length;
        if (!(length <= policy.maxArrayLength)) {
          return void limit(tooLarge(pathTo(key), "items", policy.maxArrayLength));
        }
        if (policy.count === "values") count(length, () => pathTo(key));
        keys = Array.from({ length }, (_, i) => i);
        copy = new Array<unknown>(length);
      } else {
        keys = Object.keys(source);
        if (keys.length > policy.maxKeys) {
          return void limit(tooLarge(pathTo(key), "keys", policy.maxKeys));
        }
        if (policy.count === "values") count(keys.length, () => pathTo(key));
        copy = {};
      }
    } catch (error) {
      if (error instanceof Stop) throw error;
      return void readProblem(unreadableValue(pathTo(key)));
    }
    onPath.add(source);
    stack.push({ source, copy, keys, next: 0, key });
    return copy;
  };

  try {
    if (policy.count === "values") count(1, () => []);
    const rootKind = isContainer(input, policy.plainOnly);
    if (rootKind === undefined) {
      readProblem(unreadableValue([]));
      return { data: undefined, issues, cut };
    }
    if (!rootKind) {
      const data = policy.normalizeZero && input === 0 ? 0 : input;
      return { data, issues, cut };
    }
    const root = open(input as object, undefined);
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
        readProblem(reservedKey(pathTo(key)));
        continue;
      }
      let value: unknown;
      try {
        value = (frame.source as Record<Key, unknown>)[key];
      } catch {
        readProblem(unreadableValue(pathTo(key)));
        if (!policy.plainOnly) assign(frame.copy, key, undefined);
        continue;
      }
      const kind = isContainer(value, policy.plainOnly);
      if (kind === undefined) {
        readProblem(unreadableValue(pathTo(key)));
        if (!policy.plainOnly) assign(frame.copy, key, undefined);
        continue;
      }
      if (!kind) {
        assign(frame.copy, key, policy.normalizeZero && value === 0 ? 0 : value);
        continue;
      }
      assign(frame.copy, key, open(value as object, key));
    }
    return { data: root, issues, cut };
  } catch (error) {
    if (error instanceof Stop)
      return { data: undefined, issues: [error.issue], cut: [[]], stopped: error.issue };
    throw error;
  }
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
  const walked = walk(input, {
    // a container at depth maxDepth is refused: maxDepth levels of nesting at most
    maxDepth: limits.maxDepth - 1,
    depthShown: limits.maxDepth,
    count: "values",
    maxCount: limits.maxValues,
    maxArrayLength: Number.POSITIVE_INFINITY,
    maxKeys: Number.POSITIVE_INFINITY,
    onLimit: "stop",
    plainOnly: true,
    normalizeZero: false,
    maxReadIssues: 100,
  });
  if (walked.issues.length > 0) return { ok: false, issues: walked.issues };
  return { ok: true, value: walked.data };
}

// ---------------------------------------------------------------------------------------------
// Assessments: toPlainData

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

/**
 * Copies untrusted input into plain data that a schema can read safely: every property is read once
 * (getters that throw, proxies and revoked proxies become issues), cycles and runaway depth or size are
 * cut, and own `__proto__` keys (which `JSON.parse` creates) are reported and left out so they can
 * never reach a prototype. Iterative, like `snapshotInput`: the same walk with another policy.
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
  const { data, issues, cut } = walk(input, {
    maxDepth: limits.maxDepth,
    depthShown: limits.maxDepth,
    count: "objects",
    maxCount: limits.maxObjects,
    maxArrayLength: limits.maxArrayLength,
    maxKeys: limits.maxKeys,
    onLimit: "cut",
    plainOnly: false,
    normalizeZero: true,
    maxReadIssues: Number.POSITIVE_INFINITY,
  });
  return { data, issues, cut };
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
