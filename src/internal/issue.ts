import type { z } from "zod";
import type { FrameworkIssue } from "../framework/issues.js";

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

/** Renders a path for messages: `nodes.2.children.0`, or `(root)`. */
export function formatPath(path: Path): string {
  return path.length === 0 ? "(root)" : path.join(".");
}

function describeExpected(expected: unknown): { vi: string; en: string } {
  const en = String(expected);
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
    vi: `${at}: mã không hợp lệ; dùng chữ, số, "_" và các đoạn nối bằng ".", "-" hoặc ":" (ví dụ "19.2")`,
    en: `${at}: invalid id; use letters, digits and "_", in segments joined by ".", "-" or ":" (e.g. "19.2")`,
  }),
  empty_labels: (at) => ({
    vi: `${at}: cần ít nhất một nhãn (ví dụ "vi")`,
    en: `${at}: at least one label is required (e.g. "vi")`,
  }),
  invalid_month_day: (at) => ({
    vi: `${at}: ngày không tồn tại (định dạng MM-DD)`,
    en: `${at}: no such day (format MM-DD)`,
  }),
  period_end_before_start: (at) => ({
    vi: `${at}: ngày kết thúc kỳ đánh giá đứng trước ngày bắt đầu`,
    en: `${at}: the period ends before it starts`,
  }),
};

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
      return makeIssue(raw.code, path, {
        vi: `${at}: nhỏ hơn mức tối thiểu ${String(raw.minimum)}`,
        en: `${at}: below the minimum of ${String(raw.minimum)}`,
      });
    case "too_big":
      return makeIssue(raw.code, path, {
        vi: `${at}: lớn hơn mức tối đa ${String(raw.maximum)}`,
        en: `${at}: above the maximum of ${String(raw.maximum)}`,
      });
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
    case "invalid_union":
      return makeIssue(raw.code, path, {
        vi: `${at}: không khớp với dạng nào được hỗ trợ`,
        en: `${at}: matches none of the accepted shapes`,
      });
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
