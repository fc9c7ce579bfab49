import type { z } from "zod";

/** Languages every user-facing message is written in. */
export type MessageLanguage = "vi" | "en";

/** A problem found in a framework or an assessment: a code, a path, and a message in Vietnamese and English. */
export interface FrameworkIssue {
  /** snake_case code; zod's own codes (`invalid_type`, `too_small`, …) pass through. */
  readonly code: string;
  /** Where: `["nodes", 3, "children", 0, "id"]`. */
  readonly path: readonly (string | number)[];
  /** The English message (the same text as `messages.en`). */
  readonly message: string;
  readonly messages: { readonly vi: string; readonly en: string };
  readonly severity: "error" | "warning";
}

/** Issues from assessments share the framework issue shape. */
export type AssessmentIssue = FrameworkIssue;

type Path = readonly (string | number)[];

/** Builds an issue; `messages.en` doubles as `message`. */
export function makeIssue(
  code: string,
  path: Path,
  messages: { readonly vi: string; readonly en: string },
  severity: "error" | "warning" = "error",
): FrameworkIssue {
  return { code, path: [...path], message: messages.en, messages, severity };
}

/**
 * Writes the ISO dates (`YYYY-MM-DD`) in a Vietnamese message as officials do: `16/11/2022`.
 *
 * @param text - Text that may contain ISO dates.
 * @returns The text with each ISO date as `dd/mm/yyyy`.
 * @example
 * viDates("2022-11-16 – 2023-11-15")
 * //=> "16/11/2022 – 15/11/2023"
 */
export function viDates(text: string): string {
  return text.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, "$3/$2/$1");
}

/** Renders a path for messages: `nodes.2.children.0`, or `(root)`. */
export function formatPath(path: Path): string {
  return path.length === 0 ? "(root)" : path.join(".");
}

function describeExpected(expected: unknown): { vi: string; en: string } {
  // A record (labels, counts) is an object to whoever writes the JSON.
  const en = expected === "record" ? "object" : String(expected);
  const vi: Record<string, string> = {
    string: "chuỗi",
    number: "số",
    boolean: "giá trị đúng/sai",
    object: "đối tượng",
    array: "danh sách",
    nonoptional: "một giá trị",
    null: "null",
    undefined: "không có giá trị",
    function: "hàm",
  };
  return { vi: vi[en] ?? en, en };
}

/**
 * What an `invalid_type` issue received: zod reports it as `received` for NaN and Infinity, as `input`
 * when parsing with `reportInput`, and otherwise only in its default message.
 */
function receivedOf(raw: z.core.$ZodIssue): string | undefined {
  const fields = raw as { readonly received?: unknown; readonly input?: unknown };
  if (typeof fields.received === "string") return fields.received;
  if ("input" in raw) {
    const input = fields.input;
    if (input === null) return "null";
    if (Array.isArray(input)) return "array";
    return typeof input;
  }
  return /received (\w+)$/.exec(raw.message)?.[1];
}

/** Our own refinement messages carry a code as their message (`reserved_id`, `invalid_id`, …). */
const CUSTOM: Record<string, (at: string) => { vi: string; en: string }> = {
  reserved_id: (at) => ({
    vi: `${at}: mã "__proto__", "constructor" và "prototype" bị cấm vì trùng với thuộc tính của đối tượng JavaScript`,
    en: `${at}: the ids "__proto__", "constructor" and "prototype" are reserved (they collide with JavaScript object properties)`,
  }),
  invalid_id: (at) => ({
    vi: `${at}: mã không hợp lệ; dùng chữ cái không dấu a–z, A–Z, chữ số 0–9 và "_", các đoạn nối bằng ".", "-" hoặc ":" (ví dụ "19.2")`,
    en: `${at}: invalid id; use ASCII letters a–z, A–Z, digits 0–9 and "_", in segments joined by ".", "-" or ":" (e.g. "19.2")`,
  }),
  invalid_language: (at) => ({
    vi: `${at}: mã ngôn ngữ không hợp lệ; dùng 2–3 chữ cái ASCII thường (ví dụ "vi", "en")`,
    en: `${at}: invalid language code; use 2–3 lowercase ASCII letters (e.g. "vi", "en")`,
  }),
  empty_labels: (at) => ({
    vi: `${at}: cần ít nhất một nhãn (ví dụ "vi")`,
    en: `${at}: at least one label is required (e.g. "vi")`,
  }),
  invalid_month_day: (at) => ({
    vi: `${at}: ngày không tồn tại (định dạng MM-DD)`,
    en: `${at}: no such day (format MM-DD)`,
  }),
  invalid_date: (at) => ({
    vi: `${at}: cần một ngày có thật dạng YYYY-MM-DD`,
    en: `${at}: expected a real calendar day as YYYY-MM-DD`,
  }),
  outcome_tier_or_node: (at) => ({
    vi: `${at}: quy tắc "outcome" cần đúng một trong hai: "tier" (mức của bộ tiêu chí khác) hoặc "node" (một mục của bộ tiêu chí khác)`,
    en: `${at}: an "outcome" rule needs exactly one of "tier" (another framework's tier) or "node" (a node of another framework)`,
  }),
  period_end_before_start: (at) => ({
    vi: `${at}: ngày kết thúc kỳ đánh giá đứng trước ngày bắt đầu`,
    en: `${at}: the period ends before it starts`,
  }),
};

type UnionIssue = Extract<z.core.$ZodIssue, { code: "invalid_union" }>;

/** A literal as the shapes list shows it: `'count'`, `true`, `1`. */
function literal(value: unknown): string {
  return typeof value === "string" ? `'${value}'` : String(value);
}

/**
 * The shape one branch of a union expects, read from the issues that branch raised: its type when the
 * input was not of that type at all ("number"), else an object with the fields it asked for, a literal
 * field shown with its value (`{type: 'count'}`), others as `…` (`{ref: …}`).
 */
function branchShape(
  branch: readonly z.core.$ZodIssue[],
  language: "vi" | "en",
): string | undefined {
  const first = branch[0];
  // A union inside the union (a scalar among objects): its own shapes.
  if (branch.length === 1 && first!.code === "invalid_union" && first!.path.length === 0) {
    return unionShapes(first!, language);
  }
  // Not of the branch's type at all (zod may add the branch's checks, as `too_small`, after it).
  const wrongType = branch.find(
    (issue) => issue.code === "invalid_type" && issue.path.length === 0,
  );
  if (wrongType !== undefined) {
    const expected = describeExpected((wrongType as { readonly expected: unknown }).expected);
    return expected.en === "object" ? "{…}" : expected[language];
  }
  const fields = new Map<string, string>();
  for (const issue of branch) {
    const key = issue.path[0];
    if (typeof key !== "string" || issue.code === "unrecognized_keys") continue;
    const value =
      issue.path.length === 1 && issue.code === "invalid_value" && issue.values.length === 1
        ? literal(issue.values[0])
        : "…";
    if (!fields.has(key) || value !== "…") fields.set(key, value);
  }
  if (fields.size === 0) return undefined;
  return `{${[...fields].map(([key, value]) => `${key}: ${value}`).join(", ")}}`;
}

/**
 * The accepted shapes of a failed union, derived from zod's issue rather than listed by hand: the
 * discriminator's options for a discriminated union (`{type: 'count'}, {type: 'points'}`), else one
 * shape per branch. Undefined when no branch tells its shape.
 */
function unionShapes(raw: UnionIssue, language: "vi" | "en"): string | undefined {
  const fields = raw as { readonly discriminator?: unknown; readonly options?: unknown };
  if (typeof fields.discriminator === "string" && Array.isArray(fields.options)) {
    if (fields.options.length === 0) return undefined;
    return fields.options
      .map((option) => `{${fields.discriminator}: ${literal(option)}}`)
      .join(", ");
  }
  const shapes: string[] = [];
  for (const branch of raw.errors) {
    const shape = branchShape(branch, language);
    if (shape === undefined) return undefined;
    if (!shapes.includes(shape)) shapes.push(shape);
  }
  return shapes.length === 0 ? undefined : shapes.join(", ");
}

/** A lower bound of a string (characters), a list (items) or a number, in words. */
function tooSmall(
  at: string,
  raw: Extract<z.core.$ZodIssue, { code: "too_small" }>,
): { vi: string; en: string } {
  const minimum = String(raw.minimum);
  if (raw.origin === "string") {
    return raw.minimum === 1
      ? { vi: `${at}: không được để trống`, en: `${at}: must not be empty` }
      : { vi: `${at}: cần ít nhất ${minimum} ký tự`, en: `${at}: at least ${minimum} characters` };
  }
  if (raw.origin === "array" || raw.origin === "set") {
    return {
      vi: `${at}: cần ít nhất ${minimum} phần tử`,
      en: `${at}: at least ${minimum} item${raw.minimum === 1 ? "" : "s"} required`,
    };
  }
  return raw.inclusive === false
    ? { vi: `${at}: phải lớn hơn ${minimum}`, en: `${at}: must be greater than ${minimum}` }
    : {
        vi: `${at}: nhỏ hơn mức tối thiểu ${minimum}`,
        en: `${at}: below the minimum of ${minimum}`,
      };
}

/** An upper bound of a string (characters), a list (items) or a number, in words. */
function tooBig(
  at: string,
  raw: Extract<z.core.$ZodIssue, { code: "too_big" }>,
): { vi: string; en: string } {
  const maximum = String(raw.maximum);
  if (raw.origin === "string") {
    return {
      vi: `${at}: dài hơn ${maximum} ký tự`,
      en: `${at}: longer than ${maximum} characters`,
    };
  }
  if (raw.origin === "array" || raw.origin === "set") {
    return { vi: `${at}: nhiều hơn ${maximum} phần tử`, en: `${at}: more than ${maximum} items` };
  }
  return raw.inclusive === false
    ? { vi: `${at}: phải nhỏ hơn ${maximum}`, en: `${at}: must be less than ${maximum}` }
    : { vi: `${at}: lớn hơn mức tối đa ${maximum}`, en: `${at}: above the maximum of ${maximum}` };
}

/** Maps one zod issue to our shape, with a message in Vietnamese and English. */
export function fromZodIssue(raw: z.core.$ZodIssue, prefix: Path = []): FrameworkIssue {
  const path = [
    ...prefix,
    ...raw.path.filter((key): key is string | number => typeof key !== "symbol"),
  ];
  const at = formatPath(path);
  const custom =
    raw.code === "custom" || raw.code === "invalid_format" ? CUSTOM[raw.message] : undefined;
  if (custom !== undefined) return makeIssue(raw.message, path, custom(at));
  switch (raw.code) {
    case "invalid_type": {
      const expected = describeExpected(raw.expected);
      const received = receivedOf(raw);
      const missing = received === "undefined";
      return makeIssue(
        missing ? "missing_field" : "invalid_type",
        path,
        missing
          ? {
              vi: `${at}: thiếu trường bắt buộc (${expected.vi})`,
              en: `${at}: required field is missing (${expected.en})`,
            }
          : received === undefined
            ? { vi: `${at}: cần ${expected.vi}`, en: `${at}: expected ${expected.en}` }
            : {
                vi: `${at}: cần ${expected.vi}, nhận được ${describeExpected(received).vi}`,
                en: `${at}: expected ${expected.en}, got ${received}`,
              },
      );
    }
    case "too_small":
      return makeIssue(raw.code, path, tooSmall(at, raw));
    case "too_big":
      return makeIssue(raw.code, path, tooBig(at, raw));
    case "invalid_format":
      return makeIssue(raw.code, path, {
        vi: `${at}: sai định dạng ${raw.format === "date" ? "ngày (YYYY-MM-DD, ngày phải có thật)" : raw.format}`,
        en: `${at}: invalid ${raw.format === "date" ? "date (YYYY-MM-DD, a real calendar day)" : raw.format}`,
      });
    case "unrecognized_keys":
      return makeIssue(raw.code, path, {
        vi: `${at}: trường không được hỗ trợ: ${raw.keys.join(", ")}`,
        en: `${at}: unknown field(s): ${raw.keys.join(", ")}`,
      });
    case "invalid_value":
      if ("input" in raw && raw.input === undefined) {
        return makeIssue("missing_field", path, {
          vi: `${at}: thiếu trường bắt buộc (một trong: ${raw.values.map(String).join(", ")})`,
          en: `${at}: required field is missing (one of: ${raw.values.map(String).join(", ")})`,
        });
      }
      return makeIssue(raw.code, path, {
        vi: `${at}: giá trị phải là một trong: ${raw.values.map(String).join(", ")}`,
        en: `${at}: must be one of: ${raw.values.map(String).join(", ")}`,
      });
    case "invalid_key":
      // A label keyed by something other than a language code (`"constructor"`, `"VI"`) is reported
      // as the language code it should be; other record keys are ids.
      if (raw.issues.some((inner) => inner.message === "invalid_language")) {
        return makeIssue("invalid_language", path, CUSTOM.invalid_language!(at));
      }
      return makeIssue(raw.code, path, {
        vi: `${at}: khóa không hợp lệ (cần một mã hợp lệ)`,
        en: `${at}: invalid key (a valid id is required)`,
      });
    case "invalid_union": {
      const vi = unionShapes(raw, "vi");
      const en = unionShapes(raw, "en");
      return makeIssue(raw.code, path, {
        vi:
          vi === undefined
            ? `${at}: không khớp với dạng nào được hỗ trợ`
            : `${at}: không khớp với dạng nào được hỗ trợ; cần một trong: ${vi}`,
        en:
          en === undefined
            ? `${at}: matches none of the accepted shapes`
            : `${at}: matches none of the accepted shapes; expected one of: ${en}`,
      });
    }
    default:
      return makeIssue(raw.code, path, {
        vi: `${at}: ${raw.message}`,
        en: `${at}: ${raw.message}`,
      });
  }
}

/** Maps a zod error to issues, in zod's order. */
export function fromZodError(error: z.ZodError, prefix: Path = []): FrameworkIssue[] {
  return error.issues.map((raw) => fromZodIssue(raw, prefix));
}

// ---------------------------------------------------------------------------------------------
// zod issues, mapped precisely (record keys, unions, non-finite numbers)

/** A number that JSON cannot carry (NaN, ±Infinity), reported where it was found. */
export function notFinite(path: Path, received: string): FrameworkIssue {
  return makeIssue("not_finite", path, {
    vi: `${formatPath(path)}: cần một số hữu hạn, nhận được ${received}`,
    en: `${formatPath(path)}: expected a finite number, received ${received}`,
  });
}

const NON_FINITE = new Set(["NaN", "Infinity", "-Infinity"]);

function received(raw: z.core.$ZodIssue): unknown {
  return (raw as { received?: unknown }).received;
}

/** A union branch that failed only because the input is not of the branch's type at all. */
function isTypeMismatch(branch: readonly z.core.$ZodIssue[]): boolean {
  return branch.length === 1 && branch[0]!.code === "invalid_type" && branch[0]!.path.length === 0;
}

/**
 * Maps zod issues to ours, more precisely than `fromZodIssue` alone: a record key's issues are reported
 * at the key (`reserved_id` for `counts.constructor`), a union whose input matched exactly one branch's
 * type reports that branch's issues, and NaN or ±Infinity becomes `not_finite`.
 *
 * @param issues - zod's issues, best from a parse with `reportInput: true`.
 * @param prefix - A path to put in front of every issue's path.
 * @returns Our issues, in zod's order.
 * @example
 * fromZodIssues(EntrySchema.safeParse({ node: "a", value: NaN }).error.issues).map((issue) => issue.code)
 * //=> ["not_finite"]
 * @category Internal
 */
export function fromZodIssues(
  issues: readonly z.core.$ZodIssue[],
  prefix: Path = [],
): FrameworkIssue[] {
  return issues.flatMap((raw) => fromOne(raw, prefix));
}

function fromOne(raw: z.core.$ZodIssue, prefix: Path): FrameworkIssue[] {
  const here = [
    ...prefix,
    ...raw.path.filter((key): key is string | number => typeof key !== "symbol"),
  ];
  switch (raw.code) {
    case "invalid_key":
      return fromZodIssues(raw.issues, here);
    case "invalid_union": {
      const matching = raw.errors.filter((branch) => !isTypeMismatch(branch));
      if (matching.length === 1) return fromZodIssues(matching[0]!, here);
      const nonFinite = raw.errors
        .flat()
        .map(received)
        .find((value) => typeof value === "string" && NON_FINITE.has(value));
      if (matching.length === 0 && typeof nonFinite === "string")
        return [notFinite(here, nonFinite)];
      return [fromZodIssue(raw, prefix)];
    }
    case "invalid_type": {
      const value = received(raw);
      if (raw.expected === "number" && typeof value === "string" && NON_FINITE.has(value)) {
        return [notFinite(here, value)];
      }
      return [fromZodIssue(raw, prefix)];
    }
    default:
      return [fromZodIssue(raw, prefix)];
  }
}
