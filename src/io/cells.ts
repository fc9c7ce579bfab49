import { isIsoDate } from "../core/dates.js";
import type { EntryStatus, Evidence, FrameworkNode, Tally, Value } from "../index.js";

/*
 * One spreadsheet cell ⇄ one value: the words, numbers and dates people type in Vietnamese and English
 * spreadsheets, read by the node's value type, and written back so that reading gives the same value.
 */

/** How cells are written: `plain` (ISO dates, decimal point, codes) or `excel` (dd/mm/yyyy, decimal comma, words). */
export type CellStyle = "plain" | "excel";

/** The language of words (yes/no, statuses) and titles. */
export type CellLanguage = "vi" | "en";

/** A cell that could not be read: a code and a message in both languages (the caller adds where). */
export interface CellProblem {
  readonly code: string;
  readonly vi: string;
  readonly en: string;
}

/** What reading one CSV cell gives: the value, or an issue code with its vi/en message. */
export type CellResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problem: CellProblem };

const ok = <T>(value: T): CellResult<T> => ({ ok: true, value });
const fail = (code: string, vi: string, en: string): CellResult<never> => ({
  ok: false,
  problem: { code, vi, en },
});

/**
 * A cell's text made comparable: NFC, trimmed, inner white space collapsed, lower case (no locale).
 *
 * @param text - The cell or header as read.
 * @returns The key to compare.
 * @example
 * normalizeCell("  Không   ĐẠT ")
 * //=> "không đạt"
 * @category IO
 */
export function normalizeCell(text: string): string {
  return text.normalize("NFC").trim().replace(/\s+/g, " ").toLowerCase();
}

/**
 * A word without its Vietnamese marks, for cells typed without them: `khong dat` reads as `không đạt`.
 *
 * @param text - The cell.
 * @returns {@link normalizeCell} of the text, with combining marks dropped and `đ` as `d`.
 * @example
 * foldWord("KHÔNG ĐẠT")
 * //=> "khong dat"
 * @category IO
 */
export function foldWord(text: string): string {
  return normalizeCell(text)
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/đ/g, "d")
    .normalize("NFC");
}

const YES_WORDS = ["đạt", "có", "x", "✓", "✔", "1", "true", "yes", "y", "met", "đúng"];
const NO_WORDS = [
  "không đạt",
  "chưa đạt",
  "không",
  "0",
  "false",
  "no",
  "n",
  "not met",
  "notmet",
  "sai",
];
const YES = new Set(YES_WORDS.map(foldWord));
const NO = new Set(NO_WORDS.map(foldWord));

const STATUS_WORDS: ReadonlyMap<string, EntryStatus> = new Map(
  (
    [
      ...YES_WORDS.map((word) => [word, "met"] as const),
      ...NO_WORDS.map((word) => [word, "notMet"] as const),
      ["không áp dụng", "notApplicable"],
      ["notapplicable", "notApplicable"],
      ["not applicable", "notApplicable"],
      ["n/a", "notApplicable"],
      ["na", "notApplicable"],
      ["chưa rõ", "unknown"],
      ["không rõ", "unknown"],
      ["unknown", "unknown"],
      ["?", "unknown"],
      ["lỗi", "error"],
      ["error", "error"],
    ] as const
  ).map(([word, status]) => [foldWord(word), status as EntryStatus]),
);

const STATUS_OUT: Readonly<Record<CellLanguage, Readonly<Record<EntryStatus, string>>>> = {
  vi: {
    met: "đạt",
    notMet: "không đạt",
    notApplicable: "không áp dụng",
    unknown: "chưa rõ",
    error: "lỗi",
  },
  en: {
    met: "met",
    notMet: "not met",
    notApplicable: "not applicable",
    unknown: "unknown",
    error: "error",
  },
};

/**
 * Reads a status cell: `đạt`/`met`/`x`/`1`, `không đạt`/`not met`/`0`, `không áp dụng`/`n/a`,
 * `chưa rõ`/`unknown`, `lỗi`/`error`, or a status code (`notMet`); in any case, with or without the
 * Vietnamese marks (`khong dat`).
 *
 * @param text - The cell (not empty).
 * @returns The status, or a problem.
 * @example
 * [readStatus("Đạt"), readStatus("n/a")].map((r) => r.ok && r.value)
 * //=> ["met", "notApplicable"]
 * @category IO
 */
export function readStatus(text: string): CellResult<EntryStatus> {
  const status = STATUS_WORDS.get(foldWord(text));
  if (status !== undefined) return ok(status);
  return fail(
    "invalid_status",
    `"${text}" không phải kết quả (đạt, không đạt, không áp dụng, chưa rõ, lỗi).`,
    `"${text}" is not a status (met, not met, not applicable, unknown, error).`,
  );
}

/**
 * Writes a status: a code in the plain style, a word of the language in the Excel style.
 *
 * @param status - The status.
 * @param style - `plain` or `excel`.
 * @param lang - The language of the word.
 * @returns The cell text.
 * @example
 * [writeStatus("notMet", "plain", "vi"), writeStatus("notMet", "excel", "vi")]
 * //=> ["notMet", "không đạt"]
 * @category IO
 */
export function writeStatus(status: EntryStatus, style: CellStyle, lang: CellLanguage): string {
  return style === "plain" ? status : STATUS_OUT[lang][status];
}

/**
 * Reads a yes/no cell in Vietnamese or English (`đạt`, `có`, `x`, `1`, `true`, `yes` / `không đạt`,
 * `không`, `0`, `false`, `no`).
 *
 * @param text - The cell (not empty).
 * @returns `true`, `false`, or a problem.
 * @example
 * [readBoolean("Có"), readBoolean("không đạt")].map((r) => r.ok && r.value)
 * //=> [true, false]
 * @category IO
 */
export function readBoolean(text: string): CellResult<boolean> {
  const key = foldWord(text);
  if (YES.has(key)) return ok(true);
  if (NO.has(key)) return ok(false);
  return fail(
    "invalid_boolean",
    `"${text}" không phải có/không (đạt, có, x, 1 hoặc không đạt, không, 0).`,
    `"${text}" is not yes/no (yes, true, x, 1 or no, false, 0).`,
  );
}

function writeBoolean(value: boolean, style: CellStyle, lang: CellLanguage): string {
  if (style === "plain") return value ? "true" : "false";
  if (lang === "vi") return value ? "có" : "không";
  return value ? "yes" : "no";
}

const NUMBER_PLAIN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * Reads a number written with a decimal point or a decimal comma: `12.5`, `12,5`, `1 234,5`,
 * `1.234.567`, `1.234,5`, `1,234.5`, `-0,25`, `1e-7`. One `.` or `,` followed by digits is the
 * decimal separator; a separator that repeats, or the first of two different ones, groups thousands.
 *
 * @param text - The cell (not empty).
 * @returns A finite number, or a problem.
 * @example
 * ["12,5", "1.234,5", "1 000"].map((t) => { const r = readNumber(t); return r.ok && r.value; })
 * //=> [12.5, 1234.5, 1000]
 * @category IO
 */
export function readNumber(text: string): CellResult<number> {
  let t = text
    .normalize("NFC")
    .trim()
    .replace(/[\s\u00a0\u202f]/g, "");
  const bad = () =>
    fail(
      "invalid_number",
      `"${text}" không phải số (ví dụ 12,5 hoặc 12.5).`,
      `"${text}" is not a number (e.g. 12.5 or 12,5).`,
    );
  if (t === "") return bad();
  const dots = (t.match(/\./g) ?? []).length;
  const commas = (t.match(/,/g) ?? []).length;
  const grouped = (s: string, sep: string) =>
    new RegExp(`^[+-]?\\d{1,3}(?:\\${sep}\\d{3})+(?:[.,]\\d+)?(?:e[+-]?\\d+)?$`, "i").test(s);
  if (dots > 0 && commas > 0) {
    const decimal = t.lastIndexOf(",") > t.lastIndexOf(".") ? "," : ".";
    const group = decimal === "," ? "." : ",";
    if ((decimal === "," ? commas : dots) !== 1 || !grouped(t, group)) return bad();
    t = t.split(group).join("").replace(",", ".");
  } else if (dots > 1 || commas > 1) {
    const group = dots > 1 ? "." : ",";
    if (!grouped(t, group)) return bad();
    t = t.split(group).join("");
  } else if (commas === 1) {
    t = t.replace(",", ".");
  }
  if (!NUMBER_PLAIN.test(t)) return bad();
  const value = Number(t);
  if (!Number.isFinite(value)) {
    return fail(
      "number_not_finite",
      `"${text}" quá lớn để ghi thành số.`,
      `"${text}" is too large to be a number.`,
    );
  }
  return ok(value);
}

/**
 * Writes a number so that {@link readNumber} gives it back exactly: the shortest decimal that
 * round-trips (`String(n)`), with a decimal comma in the Excel style.
 *
 * @param value - A finite number.
 * @param style - `plain` or `excel`.
 * @returns The cell text.
 * @example
 * [writeNumber(12.5, "excel"), writeNumber(0.1 + 0.2, "plain")]
 * //=> ["12,5", "0.30000000000000004"]
 * @category IO
 */
export function writeNumber(value: number, style: CellStyle): string {
  const text = Object.is(value, -0) ? "-0" : String(value);
  return style === "excel" ? text.replace(".", ",") : text;
}

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/**
 * Reads a calendar date: `dd/mm/yyyy` (also `d/m/yyyy`, `dd.mm.yyyy`, `dd-mm-yyyy`) or ISO
 * `yyyy-mm-dd`; the day must exist (`30/02/2023` is an error).
 *
 * @param text - The cell (not empty).
 * @returns The ISO date, or a problem.
 * @example
 * [readDate("26/4/2023"), readDate("30/02/2023")].map((r) => (r.ok ? r.value : r.problem.code))
 * //=> ["2023-04-26", "date_not_in_calendar"]
 * @category IO
 */
export function readDate(text: string): CellResult<string> {
  const t = text.trim();
  let iso: string | undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) iso = t;
  else {
    const match = DMY.exec(t);
    if (match !== null) {
      iso = `${match[3]}-${match[2]!.padStart(2, "0")}-${match[1]!.padStart(2, "0")}`;
    }
  }
  if (iso === undefined) {
    return fail(
      "invalid_date",
      `"${text}" không phải ngày (dd/mm/yyyy, ví dụ 26/04/2023).`,
      `"${text}" is not a date (dd/mm/yyyy, e.g. 26/04/2023, or yyyy-mm-dd).`,
    );
  }
  if (!isIsoDate(iso)) {
    return fail(
      "date_not_in_calendar",
      `"${text}": không có ngày này trong lịch.`,
      `"${text}": no such day in the calendar.`,
    );
  }
  return ok(iso);
}

/**
 * Writes an ISO date: as is in the plain style, `dd/mm/yyyy` in the Excel style.
 *
 * @param iso - `yyyy-mm-dd`.
 * @param style - `plain` or `excel`.
 * @returns The cell text.
 * @example
 * writeDate("2023-04-26", "excel")
 * //=> "26/04/2023"
 * @category IO
 */
export function writeDate(iso: string, style: CellStyle): string {
  if (style === "plain") return iso;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match === null ? iso : `${match[3]}/${match[2]}/${match[1]}`;
}

/**
 * Reads a free-text-or-flag cell for the assessment's `example` flag.
 *
 * @param text - The cell (not empty).
 * @returns `true`, `false`, or a problem.
 * @example
 * readFlag("có").ok
 * //=> true
 * @category IO
 */
export const readFlag = readBoolean;

/**
 * Writes a yes/no flag.
 *
 * @param value - The flag.
 * @param style - `plain` (`true`/`false`) or `excel` (`có`/`không`, `yes`/`no`).
 * @param lang - The language of the words.
 * @returns The cell text.
 * @example
 * writeFlag(true, "excel", "vi")
 * //=> "có"
 * @category IO
 */
export function writeFlag(value: boolean, style: CellStyle, lang: CellLanguage): string {
  return writeBoolean(value, style, lang);
}

/**
 * Reads the evidence cell: JSON (`[{ "source": …, "date": … }]`) when it starts with `[`, else one
 * piece of evidence whose source is the text.
 *
 * @param text - The cell (not empty).
 * @returns The evidence list, or a problem.
 * @example
 * readEvidence("Biên bản 12/BB").ok
 * //=> true
 * @category IO
 */
export function readEvidence(text: string): CellResult<Evidence[]> {
  const t = text.trim();
  if (!t.startsWith("[")) return ok([{ source: text }]);
  let parsed: unknown;
  try {
    parsed = JSON.parse(t);
  } catch {
    parsed = undefined;
  }
  const valid =
    Array.isArray(parsed) &&
    parsed.every(
      (item) =>
        typeof item === "object" &&
        item !== null &&
        !Array.isArray(item) &&
        typeof (item as { source?: unknown }).source === "string" &&
        Object.entries(item as object).every(
          ([key, value]) =>
            ["source", "date", "url", "note"].includes(key) && typeof value === "string",
        ),
    );
  if (!valid) {
    return fail(
      "invalid_evidence",
      `Minh chứng bắt đầu bằng "[" phải là danh sách JSON [{ "source": … }].`,
      `Evidence starting with "[" must be a JSON list [{ "source": … }].`,
    );
  }
  return ok(parsed as Evidence[]);
}

/**
 * Writes evidence: the source alone when it is one piece with a source only (and not starting with
 * `[`), else JSON.
 *
 * @param evidence - The evidence list.
 * @returns The cell text.
 * @example
 * writeEvidence([{ source: "Biên bản 12/BB" }])
 * //=> "Biên bản 12/BB"
 * @category IO
 */
export function writeEvidence(evidence: readonly Evidence[]): string {
  const only = evidence[0];
  if (
    evidence.length === 1 &&
    only !== undefined &&
    Object.keys(only).length === 1 &&
    only.source.trim() === only.source &&
    only.source !== "" &&
    !only.source.startsWith("[")
  ) {
    return only.source;
  }
  return JSON.stringify(evidence);
}

const NONE_WORDS = new Set(["không", "none", "-", "—", "0"].map(foldWord));

function levelsOf(node: FrameworkNode) {
  return node.value?.type === "ordinal" ? node.value.levels : [];
}

/**
 * Reads a value cell by the node's value type. Booleans in words, numbers with a decimal point or
 * comma, percentages with or without `%`, counts as whole numbers, dates in dd/mm/yyyy or ISO,
 * ordinal levels by id or title, events as ids separated by `,` `;` or `|` (`không`/`none` for
 * none), tallies as JSON (`{"total":25,"counts":{…}}`).
 *
 * @param text - The cell (not empty).
 * @param node - The node whose value it is (with a `value` type other than `verdict`).
 * @returns The value, or a problem.
 * @example
 * const r = readValue("64,5%", { id: "p", kind: "criterion", title: { vi: "Tỷ lệ" }, value: { type: "percent" } });
 * r.ok && r.value
 * //=> 64.5
 * @category IO
 */
export function readValue(text: string, node: FrameworkNode): CellResult<Value> {
  const type = node.value;
  switch (type?.type) {
    case "boolean":
      return readBoolean(text);
    case "number":
      return readNumber(text);
    case "percent": {
      const t = text.trim().replace(/\s*%$/, "");
      const read = readNumber(t);
      return read.ok || t !== text.trim() ? read : readNumber(text);
    }
    case "count": {
      const read = readNumber(text);
      if (!read.ok) return read;
      if (!Number.isInteger(read.value) || read.value < 0) {
        return fail(
          "invalid_count",
          `"${text}" không phải số đếm (số nguyên không âm).`,
          `"${text}" is not a count (a whole number, 0 or more).`,
        );
      }
      return read;
    }
    case "date":
      return readDate(text);
    case "ordinal": {
      const key = normalizeCell(text);
      const levels = levelsOf(node);
      const byId = levels.find((level) => level.id === text.trim());
      if (byId !== undefined) return ok(byId.id);
      const matches = levels.filter((level) =>
        Object.values(level.title ?? {}).some((title) => normalizeCell(title) === key),
      );
      if (matches.length === 1) return ok(matches[0]!.id);
      const names = levels.map((level) => level.id).join(", ");
      return fail(
        "invalid_level",
        `"${text}" không phải mức nào của ${node.id} (${names}).`,
        `"${text}" is not a level of ${node.id} (${names}).`,
      );
    }
    case "events": {
      if (NONE_WORDS.has(foldWord(text))) return ok([]);
      const ids = text
        .split(/[,;|]/)
        .map((part) => part.trim())
        .filter((part) => part !== "");
      const known = new Set(type.events.map((event) => event.id));
      const unknown = ids.filter((id) => !known.has(id));
      if (unknown.length > 0) {
        return fail(
          "invalid_event",
          `${unknown.join(", ")}: không phải trường hợp nào của ${node.id}.`,
          `${unknown.join(", ")}: not an event of ${node.id}.`,
        );
      }
      return ok(ids);
    }
    case "tally": {
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
      const tally = parsed as Tally | undefined;
      const valid =
        typeof tally === "object" &&
        tally !== null &&
        Number.isInteger(tally.total) &&
        typeof tally.counts === "object" &&
        tally.counts !== null &&
        !Array.isArray(tally.counts) &&
        Object.keys(tally).every((key) => key === "total" || key === "counts") &&
        Object.values(tally.counts).every((count) => Number.isInteger(count));
      if (!valid) {
        return fail(
          "invalid_tally",
          `"${text}" không phải bảng đếm JSON {"total": …, "counts": {…}}.`,
          `"${text}" is not a JSON tally {"total": …, "counts": {…}}.`,
        );
      }
      return ok(tally);
    }
    default:
      return fail(
        "value_not_expected",
        `${node.id} không nhận giá trị (chỉ ghi kết quả).`,
        `${node.id} takes no value (record its status).`,
      );
  }
}

/**
 * Writes a value by the node's value type so that {@link readValue} gives it back. A value whose
 * shape does not fit the type is written as JSON and reported by the exporter.
 *
 * @param value - The recorded value.
 * @param node - The node.
 * @param style - `plain` or `excel`.
 * @param lang - The language of words and level titles.
 * @returns The cell text, or undefined when the value does not fit the node's type.
 * @example
 * writeValue(64.5, { id: "p", kind: "criterion", title: { vi: "Tỷ lệ" }, value: { type: "percent" } }, "excel", "vi")
 * //=> "64,5%"
 * @category IO
 */
export function writeValue(
  value: Value,
  node: FrameworkNode,
  style: CellStyle,
  lang: CellLanguage,
): string | undefined {
  const type = node.value;
  switch (type?.type) {
    case "boolean":
      return typeof value === "boolean" ? writeBoolean(value, style, lang) : undefined;
    case "number":
      return typeof value === "number" && Number.isFinite(value)
        ? writeNumber(value, style)
        : undefined;
    case "percent":
      return typeof value === "number" && Number.isFinite(value)
        ? `${writeNumber(value, style)}${style === "excel" ? "%" : ""}`
        : undefined;
    case "count":
      return typeof value === "number" && Number.isInteger(value) && value >= 0
        ? writeNumber(value, style)
        : undefined;
    case "date":
      return typeof value === "string" && isIsoDate(value) ? writeDate(value, style) : undefined;
    case "ordinal": {
      if (typeof value !== "string") return undefined;
      const levels = levelsOf(node);
      const level = levels.find((candidate) => candidate.id === value);
      if (level === undefined) return undefined;
      const title = level.title?.[lang];
      if (style === "excel" && title !== undefined) {
        const back = readValue(title, node);
        if (back.ok && back.value === value) return title;
      }
      return value;
    }
    case "events": {
      if (!Array.isArray(value)) return undefined;
      if (value.length === 0) return style === "excel" && lang === "vi" ? "không" : "none";
      const known = new Set(type.events.map((event) => event.id));
      return value.every((id) => known.has(id)) ? value.join(", ") : undefined;
    }
    case "tally":
      return typeof value === "object" && value !== null && !Array.isArray(value)
        ? JSON.stringify({ total: value.total, counts: value.counts })
        : undefined;
    default:
      return undefined;
  }
}

/**
 * Whether the node's main cell holds a value (`true`) or the status (`false`: no value type, or
 * `verdict`).
 *
 * @param node - The node.
 * @returns `true` when the node records a value.
 * @example
 * takesValue({ id: "tc1", kind: "criterion", title: { vi: "A" }, value: { type: "verdict" } })
 * //=> false
 * @category IO
 */
export function takesValue(node: FrameworkNode): boolean {
  return node.value !== undefined && node.value.type !== "verdict";
}
