import type { FrameworkIssue } from "../framework/issues.js";
import { formatPath, makeIssue } from "./issue.js";

type Key = string | number;

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

  const tooLarge = (path: Key[]): SnapshotResult => ({
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
        if (count + length > limits.maxValues) return tooLarge(pathTo(key));
        keys = Array.from({ length }, (_, i) => i);
        copy = new Array<unknown>(length);
      } else {
        keys = Object.keys(source);
        if (count + keys.length > limits.maxValues) return tooLarge(pathTo(key));
        copy = {};
      }
    } catch {
      readIssues.push(unreadable(pathTo(key)));
      return undefined;
    }
    onPath.add(source);
    stack.push({ source, copy, keys, next: 0, key });
    return undefined;
  };

  count++;
  const rootKind = isContainer(input);
  if (rootKind === undefined) return { ok: false, issues: [unreadable([])] };
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
      if (readIssues.length < MAX_READ_ISSUES) readIssues.push(reservedKey(pathTo(key)));
      continue;
    }
    let value: unknown;
    try {
      value = (frame.source as Record<Key, unknown>)[key];
    } catch {
      if (readIssues.length < MAX_READ_ISSUES) readIssues.push(unreadable(pathTo(key)));
      continue;
    }
    count++;
    if (count > limits.maxValues) return tooLarge(pathTo(key));
    const kind = isContainer(value);
    if (kind === undefined) {
      if (readIssues.length < MAX_READ_ISSUES) readIssues.push(unreadable(pathTo(key)));
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

function reservedKey(path: Key[]): FrameworkIssue {
  const at = formatPath(path);
  return makeIssue("reserved_id", path, {
    vi: `${at}: khóa "__proto__" bị cấm vì trùng với thuộc tính của đối tượng JavaScript`,
    en: `${at}: the key "__proto__" is reserved (it collides with JavaScript object properties)`,
  });
}

function unreadable(path: Key[]): FrameworkIssue {
  const at = formatPath(path);
  return makeIssue("unreadable_value", path, {
    vi: `${at}: không đọc được giá trị (thuộc tính ném lỗi khi đọc)`,
    en: `${at}: the value cannot be read (reading the property throws)`,
  });
}
