import type { Framework, FrameworkNode } from "../index.js";
import type { CellLanguage } from "./cells.js";
import { normalizeCell } from "./cells.js";

/*
 * The columns of the CSV forms: the assessment's own fields (both forms), the entry fields of the
 * long form, and the per-node columns of the wide form. Each has an id header and a title header in
 * Vietnamese and English; the importer accepts any of the three.
 */

/** Fields of the assessment itself, one column each (written only when some assessment has the field). */
export const ASSESSMENT_COLUMNS = [
  "unit",
  "unit_name",
  "unit_kind",
  "unit_parent",
  "unit_region",
  "unit_class",
  "period",
  "period_start",
  "period_end",
  "date",
  "example",
  "source",
  "assessment_note",
] as const;
/** A column of the long form that carries an assessment field (unit, period, subject…). */
export type AssessmentColumn = (typeof ASSESSMENT_COLUMNS)[number];

/** Fields of one entry in the long form (one row per entry). */
export const ENTRY_COLUMNS = [
  "node",
  "value",
  "status",
  "evidence",
  "note",
  "self_score",
  "verified_score",
  "assessor",
] as const;
/** A column of the long form that carries an entry field (node, value, status, evidence…). */
export type EntryColumn = (typeof ENTRY_COLUMNS)[number];

/** The extra per-node columns of the wide form, written `<node header> [<extra>]`. */
export const WIDE_EXTRAS = [
  "status",
  "evidence",
  "note",
  "self_score",
  "verified_score",
  "assessor",
] as const;
/** An entry field the wide form writes in a column of its own beside each node's value. */
export type WideExtra = (typeof WIDE_EXTRAS)[number];

const TITLES: Readonly<
  Record<CellLanguage, Readonly<Record<AssessmentColumn | EntryColumn, string>>>
> = {
  vi: {
    unit: "Mã đơn vị",
    unit_name: "Tên đơn vị",
    unit_kind: "Loại đơn vị",
    unit_parent: "Đơn vị cấp trên",
    unit_region: "Vùng",
    unit_class: "Phân loại đơn vị",
    period: "Kỳ đánh giá",
    period_start: "Từ ngày",
    period_end: "Đến ngày",
    date: "Ngày đánh giá",
    example: "Dữ liệu ví dụ",
    source: "Nguồn",
    assessment_note: "Ghi chú kết quả đánh giá",
    node: "Tiêu chí",
    value: "Giá trị",
    status: "Kết quả",
    evidence: "Minh chứng",
    note: "Ghi chú",
    self_score: "Điểm tự chấm",
    verified_score: "Điểm thẩm định",
    assessor: "Người chấm",
  },
  en: {
    unit: "Unit",
    unit_name: "Unit name",
    unit_kind: "Unit kind",
    unit_parent: "Parent unit",
    unit_region: "Region",
    unit_class: "Unit class",
    period: "Period",
    period_start: "Period start",
    period_end: "Period end",
    date: "Assessment date",
    example: "Example data",
    source: "Source",
    assessment_note: "Assessment note",
    node: "Node",
    value: "Value",
    status: "Status",
    evidence: "Evidence",
    note: "Note",
    self_score: "Self score",
    verified_score: "Verified score",
    assessor: "Assessor",
  },
};

/** How headers are written: node and field ids, or titles in the chosen language. */
export type HeaderStyle = "id" | "title";

/**
 * The header of an assessment or entry column.
 *
 * @param column - The column id.
 * @param headers - `id` or `title`.
 * @param lang - The language of titles.
 * @returns The header text.
 * @example
 * fieldHeader("unit", "title", "vi")
 * //=> "Mã đơn vị"
 * @category IO
 */
export function fieldHeader(
  column: AssessmentColumn | EntryColumn,
  headers: HeaderStyle,
  lang: CellLanguage,
): string {
  return headers === "id" ? column : TITLES[lang][column];
}

/** What a header names. */
export type ColumnRef =
  | { readonly kind: "assessment"; readonly field: AssessmentColumn }
  | { readonly kind: "entry"; readonly field: EntryColumn }
  | { readonly kind: "node"; readonly node: FrameworkNode; readonly extra: WideExtra | undefined }
  | { readonly kind: "ignored" };

/** The nodes of a framework in walk order (parents first), with their header in each style. */
export function frameworkNodes(framework: Framework): FrameworkNode[] {
  const out: FrameworkNode[] = [];
  const stack: FrameworkNode[] = [...framework.nodes].reverse();
  while (stack.length > 0) {
    const node = stack.pop()!;
    out.push(node);
    for (let i = (node.children?.length ?? 0) - 1; i >= 0; i -= 1) stack.push(node.children![i]!);
  }
  return out;
}

/**
 * The wide-form header of each node: its id, or its title in the language (the other language, then
 * the id, when it has none); a title shared by two nodes is written `title (id)`.
 */
export function nodeHeaders(
  nodes: readonly FrameworkNode[],
  headers: HeaderStyle,
  lang: CellLanguage,
): Map<string, string> {
  const out = new Map<string, string>();
  if (headers === "id") {
    for (const node of nodes) out.set(node.id, node.id);
    return out;
  }
  const titleOf = (node: FrameworkNode) =>
    (node.title[lang] ?? node.title.vi ?? node.title.en ?? node.id).replace(/\s+/g, " ").trim();
  const counts = new Map<string, number>();
  for (const node of nodes) {
    const key = normalizeCell(titleOf(node));
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const reserved = new Set(
    [...ASSESSMENT_COLUMNS].flatMap((c) => [c, TITLES.vi[c], TITLES.en[c]].map(normalizeCell)),
  );
  for (const node of nodes) {
    const title = titleOf(node);
    const key = normalizeCell(title);
    const unique = counts.get(key) === 1 && !reserved.has(key) && !/\[[^\]]*\]$/.test(title);
    out.set(node.id, unique ? title : `${title} (${node.id})`);
  }
  return out;
}

const EXTRA_WORDS: Readonly<Record<WideExtra, readonly string[]>> = {
  status: ["status", "kết quả", "trạng thái"],
  evidence: ["evidence", "minh chứng"],
  note: ["note", "ghi chú"],
  self_score: ["self_score", "self score", "điểm tự chấm"],
  verified_score: ["verified_score", "verified score", "điểm thẩm định"],
  assessor: ["assessor", "người chấm"],
};

/**
 * The header of a wide-form extra column: `<node header> [<extra>]`.
 *
 * @param nodeHeader - The node's header.
 * @param extra - Which extra.
 * @param headers - `id` (English field names) or `title` (words of the language).
 * @param lang - The language of the words.
 * @returns The header text.
 * @example
 * extraHeader("tc1", "status", "id", "vi")
 * //=> "tc1 [status]"
 * @category IO
 */
export function extraHeader(
  nodeHeader: string,
  extra: WideExtra,
  headers: HeaderStyle,
  lang: CellLanguage,
): string {
  const word = headers === "id" ? extra : TITLES[lang][extra];
  return `${nodeHeader} [${headers === "id" ? word : word.toLowerCase()}]`;
}

/** Headers people add that carry no data: a row number column. */
const IGNORED = new Set(["stt", "no.", "#"]);

/**
 * Builds the header reader for a framework: every id, title and `title (id)` of every node, every
 * field id and title in both languages. A title shared by two nodes reads as ambiguous.
 */
export function headerResolver(
  framework: Framework,
  form: "wide" | "long",
): (header: string) => ColumnRef | "ambiguous" | undefined {
  const fields = new Map<string, ColumnRef>();
  for (const field of ASSESSMENT_COLUMNS) {
    for (const name of [field, TITLES.vi[field], TITLES.en[field]]) {
      fields.set(normalizeCell(name), { kind: "assessment", field });
    }
  }
  if (form === "long") {
    for (const field of ENTRY_COLUMNS) {
      for (const name of [field, TITLES.vi[field], TITLES.en[field]]) {
        const key = normalizeCell(name);
        if (!fields.has(key)) fields.set(key, { kind: "entry", field });
      }
    }
  }
  const nodes = new Map<string, FrameworkNode[]>();
  const add = (name: string, node: FrameworkNode) => {
    const key = normalizeCell(name);
    const list = nodes.get(key) ?? [];
    if (!list.includes(node)) list.push(node);
    nodes.set(key, list);
  };
  const byId = new Map<string, FrameworkNode>();
  for (const node of frameworkNodes(framework)) {
    byId.set(node.id, node);
    add(node.id, node);
    for (const title of Object.values(node.title)) {
      add(title, node);
      add(`${title} (${node.id})`, node);
    }
  }
  const resolveNode = (name: string): FrameworkNode | "ambiguous" | undefined => {
    const exact = byId.get(name.trim());
    if (exact !== undefined) return exact;
    const list = nodes.get(normalizeCell(name));
    if (list === undefined) return undefined;
    return list.length === 1 ? list[0] : "ambiguous";
  };
  return (header: string) => {
    const key = normalizeCell(header);
    if (IGNORED.has(key)) return { kind: "ignored" };
    const field = fields.get(key);
    if (field !== undefined) return field;
    if (form === "long") return undefined;
    const extraMatch = /^(.*\S)\s*\[([^\]]+)\]$/.exec(header.normalize("NFC").trim());
    if (extraMatch !== null) {
      const word = normalizeCell(extraMatch[2]!);
      const extra = WIDE_EXTRAS.find((candidate) => EXTRA_WORDS[candidate].includes(word));
      if (extra !== undefined) {
        const node = resolveNode(extraMatch[1]!);
        if (node === "ambiguous") return "ambiguous";
        if (node !== undefined) return { kind: "node", node, extra };
      }
    }
    const node = resolveNode(header);
    if (node === "ambiguous") return "ambiguous";
    return node === undefined ? undefined : { kind: "node", node, extra: undefined };
  };
}

/**
 * Finds a node from a long-form `node` cell: its id, or a title (either language) that names one node.
 */
export function nodeResolver(
  framework: Framework,
): (cell: string) => FrameworkNode | "ambiguous" | undefined {
  const resolve = headerResolver({ ...framework }, "wide");
  const byId = new Map(frameworkNodes(framework).map((node) => [node.id, node]));
  return (cell: string) => {
    const exact = byId.get(cell.trim());
    if (exact !== undefined) return exact;
    const ref = resolve(cell);
    if (ref === "ambiguous") return "ambiguous";
    return ref?.kind === "node" && ref.extra === undefined ? ref.node : undefined;
  };
}
