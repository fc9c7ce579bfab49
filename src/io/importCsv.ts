import { parse } from "csv-parse/sync";
import { makeIssue } from "../core/issue.js";
import {
  type Assessment,
  type AssessmentInput,
  checkAssessment,
  type Entry,
  type Framework,
  type FrameworkIssue,
  type FrameworkNode,
  safeParseAssessment,
} from "../index.js";
import {
  type CellProblem,
  type CellResult,
  readDate,
  readEvidence,
  readFlag,
  readNumber,
  readStatus,
  readValue,
  takesValue,
} from "./cells.js";
import {
  type AssessmentColumn,
  type ColumnRef,
  type EntryColumn,
  frameworkNodes,
  headerResolver,
  nodeResolver,
  type WideExtra,
} from "./csvLayout.js";

/** An issue of a CSV file: where it is (1-based line and column, the column's header) and what. */
export interface CsvIssue extends FrameworkIssue {
  /** The line of the file (1-based, counting a `sep=` line), or undefined for the file as a whole. */
  readonly line?: number | undefined;
  /** The column (1-based: A = 1). */
  readonly column?: number | undefined;
  /** The column's header as written in the file. */
  readonly header?: string | undefined;
}

/** How {@link importCsv} reads the file. */
export interface ImportCsvOptions {
  /** `wide`, `long`, or `auto` (default): long when a header names the `node` column. */
  readonly form?: "wide" | "long" | "auto" | undefined;
}

/** The assessments read and the issues found; an assessment with an error is not returned. */
export interface ImportCsvResult {
  readonly assessments: readonly Assessment[];
  readonly issues: readonly CsvIssue[];
  /** The form the file was read as. */
  readonly form: "wide" | "long";
  /** The delimiter found (`sep=` line, else the most frequent of `,` `;` tab in the header line). */
  readonly delimiter: string;
}

/** One cell as read, with its position and its column's header (none beyond the headers). */
interface Cell {
  readonly text: string;
  readonly line: number;
  readonly column: number;
  readonly header?: string | undefined;
}

interface Where {
  readonly line?: number | undefined;
  readonly column?: number | undefined;
  readonly header?: string | undefined;
}

function where(at: Where): { vi: string; en: string } {
  if (at.line === undefined) return { vi: "", en: "" };
  const col = at.column === undefined ? "" : `, cột ${at.column}`;
  const colEn = at.column === undefined ? "" : `, column ${at.column}`;
  const head = at.header === undefined ? "" : ` (${at.header})`;
  return { vi: `dòng ${at.line}${col}${head}: `, en: `line ${at.line}${colEn}${head}: ` };
}

function csvIssue(
  code: string,
  at: Where,
  messages: { vi: string; en: string },
  severity: "error" | "warning" = "error",
): CsvIssue {
  const prefix = where(at);
  const issue = makeIssue(
    code,
    at.line === undefined
      ? []
      : at.column === undefined
        ? ["line", at.line]
        : ["line", at.line, "column", at.column],
    { vi: `${prefix.vi}${messages.vi}`, en: `${prefix.en}${messages.en}` },
    severity,
  );
  return { ...issue, line: at.line, column: at.column, header: at.header };
}

/** The delimiter of a header line: the most frequent of `,` `;` tab outside quotes (`,` on a tie). */
function sniffDelimiter(line: string): string {
  const counts: Record<string, number> = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && char in counts) counts[char]! += 1;
  }
  let best = ",";
  for (const candidate of [";", "\t"]) if (counts[candidate]! > counts[best]!) best = candidate;
  return best;
}

/** A row's cells by column position, and the row's first line. */
interface Row {
  readonly cells: readonly Cell[];
  readonly line: number;
}

type Source = {
  /** Where the assessment's own fields are (for issues on subject, period…). */
  readonly fields: Partial<Record<AssessmentColumn, Cell & { header: string }>>;
  readonly line: number;
  /** Where each entry came from, by entry index. */
  readonly entries: (Cell & { header: string })[];
};

/**
 * Reads assessments of one framework from CSV, wide (a row per unit and period, a column per node,
 * headers by node id or title in Vietnamese or English) or long (a row per entry). UTF-8 text with or
 * without a byte order mark, CRLF or LF, Excel's `sep=` first line, `,` `;` or tab delimiters. Cells are
 * converted by the node's value type (see `readValue`); every cell that cannot be converted, every
 * unknown, ambiguous or repeated column, a cell outside the header's columns, a repeated unit and
 * period, and every schema or framework mismatch of a row is an issue with its line, column and
 * header. Assessments with an error are left out; the rest are returned in the file's order, entries
 * in the framework's order (wide) or the file's (long). Never throws, never mutates.
 *
 * @param framework - The framework the rows are assessments of.
 * @param text - The file's text (a byte order mark is dropped).
 * @param options - The form (`auto` by default).
 * @returns The assessments, the issues, the form and the delimiter.
 * @example
 * const { assessments, issues } = importCsv(qd9745, "unit;period;period_start;period_end;tc1\nnghi-hai;2023;01/01/2023;31/12/2023;đạt\n");
 * [assessments[0]?.entries, issues.length]
 * //=> [[{ node: "tc1", status: "met" }], 0]
 * @category IO
 */
export function importCsv(
  framework: Framework,
  text: string,
  options: ImportCsvOptions = {},
): ImportCsvResult {
  const issues: CsvIssue[] = [];
  const source = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const sepMatch = /^sep=(.)\n/.exec(source);
  const firstLine = (sepMatch === null ? source : source.slice(sepMatch[0].length)).split("\n")[0]!;
  const delimiter = sepMatch?.[1] ?? sniffDelimiter(firstLine);
  const empty = (form: "wide" | "long"): ImportCsvResult => ({
    assessments: [],
    issues,
    form,
    delimiter,
  });

  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    // one info per record (not per cell: that costs more than the parsing); a cell's line is the
    // record's last line less the line breaks of the cells after it
    parsed = parse(source, {
      delimiter,
      from_line: sepMatch === null ? 1 : 2,
      relax_column_count: true,
      skip_empty_lines: true,
      info: true,
    }) as unknown as { record: string[]; info: { lines: number } }[];
  } catch (error) {
    const line = (error as { lines?: unknown }).lines;
    const detail = error instanceof Error ? error.message : String(error);
    issues.push(
      csvIssue(
        "csv_syntax",
        { line: typeof line === "number" ? line : undefined },
        { vi: `tệp CSV sai cú pháp: ${detail}`, en: `the CSV is malformed: ${detail}` },
      ),
    );
    return empty("wide");
  }
  const breaks = (text: string): number => {
    let count = 0;
    for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) count += 1;
    return count;
  };
  const headerTexts = parsed[0]?.record ?? [];
  const records: Cell[][] = parsed.map(({ record, info }, index) => {
    let line = info.lines;
    const cells: Cell[] = new Array(record.length);
    for (let k = record.length - 1; k >= 0; k -= 1) {
      const text = record[k]!;
      line -= breaks(text);
      cells[k] = { text, line, column: k + 1, header: index === 0 ? text : headerTexts[k] };
    }
    return cells;
  });
  const [headerRecord, ...body] = records;
  if (headerRecord === undefined) {
    issues.push(csvIssue("empty_csv", {}, { vi: "tệp CSV trống.", en: "the CSV file is empty." }));
    return empty("wide");
  }
  const headers = headerRecord.map((cell) => cell.text);
  const headerLine = headerRecord[0]?.line ?? 1;

  const longResolve = headerResolver(framework, "long");
  const isLong =
    options.form === "long" ||
    (options.form !== "wide" &&
      headers.some((header) => {
        const ref = longResolve(header);
        return ref !== "ambiguous" && ref?.kind === "entry" && ref.field === "node";
      }));
  const form = isLong ? "long" : "wide";
  const resolve = isLong ? longResolve : headerResolver(framework, "wide");

  // headers → columns
  const refs: (ColumnRef | undefined)[] = [];
  const taken = new Map<string, number>();
  headers.forEach((header, index) => {
    const at = { line: headerLine, column: index + 1, header };
    if (header.trim() === "") {
      refs.push(undefined);
      issues.push(
        csvIssue("empty_header", at, {
          vi: "cột không có tiêu đề; dữ liệu của cột này không được đọc.",
          en: "the column has no header; its cells are not read.",
        }),
      );
      return;
    }
    const ref = resolve(header);
    if (ref === "ambiguous") {
      refs.push(undefined);
      issues.push(
        csvIssue("ambiguous_column", at, {
          vi: `"${header}" là tên của nhiều mục; hãy dùng mã mục hoặc "tên (mã)".`,
          en: `"${header}" is the title of several nodes; use the node id or "title (id)".`,
        }),
      );
      return;
    }
    if (ref === undefined) {
      refs.push(undefined);
      issues.push(
        csvIssue("unknown_column", at, {
          vi: `bộ tiêu chí ${framework.id} không có mục hay trường nào tên "${header}"; cột này không được đọc.`,
          en: `framework ${framework.id} has no node or field "${header}"; the column is not read.`,
        }),
      );
      return;
    }
    const key =
      ref.kind === "node"
        ? `node:${ref.node.id}:${ref.extra ?? ""}`
        : ref.kind === "ignored"
          ? `ignored:${index}`
          : `${ref.kind}:${ref.field}`;
    const earlier = taken.get(key);
    if (earlier !== undefined) {
      refs.push(undefined);
      issues.push(
        csvIssue("duplicate_column", at, {
          vi: `cột này trùng với cột ${earlier + 1} (${headers[earlier]}).`,
          en: `this column repeats column ${earlier + 1} (${headers[earlier]}).`,
        }),
      );
      return;
    }
    taken.set(key, index);
    refs.push(ref);
  });

  const fieldIndex = new Map<AssessmentColumn | EntryColumn, number>();
  refs.forEach((ref, index) => {
    if (ref?.kind === "assessment" || ref?.kind === "entry") fieldIndex.set(ref.field, index);
  });
  const required: (AssessmentColumn | EntryColumn)[] = [
    "unit",
    "period",
    "period_start",
    "period_end",
    ...(isLong ? (["node"] as const) : []),
  ];
  const missing = required.filter((field) => !fieldIndex.has(field));
  if (missing.length > 0) {
    issues.push(
      csvIssue(
        "missing_column",
        { line: headerLine },
        {
          vi: `thiếu cột ${missing.join(", ")} (mã đơn vị, kỳ đánh giá, từ ngày, đến ngày${isLong ? ", tiêu chí" : ""}).`,
          en: `missing column ${missing.join(", ")} (unit, period, period start, period end${isLong ? ", node" : ""}).`,
        },
      ),
    );
    return empty(form);
  }

  const rows: Row[] = [];
  for (const record of body) {
    const line = record[0]?.line ?? headerLine;
    for (const cell of record.slice(headers.length)) {
      if (cell.text.trim() === "") continue;
      issues.push(
        csvIssue("extra_cell", cell, {
          vi: `ô "${cell.text}" nằm ngoài các cột có tiêu đề (${headers.length} cột); không được đọc.`,
          en: `the cell "${cell.text}" is beyond the ${headers.length} columns with a header; it is not read.`,
        }),
      );
    }
    if (record.every((cell) => cell.text.trim() === "")) continue;
    rows.push({ cells: record, line });
  }

  const cellAt = (row: Row, index: number | undefined): (Cell & { header: string }) | undefined => {
    if (index === undefined) return undefined;
    const cell = row.cells[index];
    if (cell === undefined || cell.text.trim() === "") return undefined;
    return cell as Cell & { header: string };
  };
  const report = (cell: Cell & { header: string }, problem: CellProblem): void => {
    issues.push(csvIssue(problem.code, cell, { vi: problem.vi, en: problem.en }));
  };
  const take = <T>(cell: Cell & { header: string }, read: CellResult<T>): T | undefined => {
    if (read.ok) return read.value;
    report(cell, read.problem);
    return undefined;
  };

  /** The assessment's own fields from a row; undefined when a cell could not be read. */
  const headOf = (row: Row) => {
    let bad = false;
    const fields: Partial<Record<AssessmentColumn, Cell & { header: string }>> = {};
    const out: Partial<Record<AssessmentColumn, string | boolean>> = {};
    for (const [field, index] of fieldIndex) {
      if (!isAssessmentColumn(field)) continue;
      const cell = cellAt(row, index);
      if (cell === undefined) continue;
      fields[field] = cell;
      if (field === "period_start" || field === "period_end" || field === "date") {
        const value = take(cell, readDate(cell.text));
        if (value === undefined) bad = true;
        else out[field] = value;
      } else if (field === "example") {
        const value = take(cell, readFlag(cell.text));
        if (value === undefined) bad = true;
        else out[field] = value;
      } else if (["source", "assessment_note", "unit_name"].includes(field)) {
        out[field] = cell.text;
      } else {
        out[field] = cell.text.trim();
      }
    }
    return { bad, fields, values: out };
  };

  const build = (
    values: Partial<Record<AssessmentColumn, string | boolean>>,
    entries: Entry[],
  ): AssessmentInput => {
    const text = (field: AssessmentColumn) => values[field] as string | undefined;
    const optional = <K extends string>(key: K, value: unknown) =>
      value === undefined ? {} : ({ [key]: value } as Record<K, unknown>);
    return {
      framework: { id: framework.id, version: framework.version },
      subject: {
        id: text("unit") ?? "",
        ...optional("name", text("unit_name")),
        ...optional("kind", text("unit_kind")),
        ...optional("region", text("unit_region")),
        ...optional("class", text("unit_class")),
        ...optional("parent", text("unit_parent")),
      },
      period: {
        id: text("period") ?? "",
        start: text("period_start") ?? "",
        end: text("period_end") ?? "",
      },
      ...optional("date", text("date")),
      ...optional("example", values.example),
      ...optional("source", text("source")),
      ...optional("note", text("assessment_note")),
      entries,
    } as AssessmentInput;
  };

  /** An entry from the cells of one node; undefined when every cell is empty. */
  const entryOf = (
    node: FrameworkNode,
    main: (Cell & { header: string }) | undefined,
    mainIsValue: boolean,
    extras: Partial<Record<WideExtra, Cell & { header: string }>>,
  ): { entry: Entry; bad: boolean } | undefined => {
    if (main === undefined && Object.values(extras).every((cell) => cell === undefined)) {
      return undefined;
    }
    let bad = false;
    const entry: Record<string, unknown> = { node: node.id };
    const put = <T>(
      key: string,
      cell: (Cell & { header: string }) | undefined,
      read: (t: string) => CellResult<T>,
    ) => {
      if (cell === undefined) return;
      const value = take(cell, read(cell.text));
      if (value === undefined) bad = true;
      else entry[key] = value;
    };
    if (mainIsValue) put("value", main, (t) => readValue(t, node));
    put("status", mainIsValue ? extras.status : main, readStatus);
    if (!mainIsValue && extras.status !== undefined) {
      report(extras.status, {
        code: "status_twice",
        vi: `${node.id} ghi kết quả ở cột chính; cột [kết quả] thừa.`,
        en: `${node.id} records its status in its main column; the [status] column is extra.`,
      });
      bad = true;
    }
    put("evidence", extras.evidence, readEvidence);
    if (extras.note !== undefined) entry.note = extras.note.text;
    put("selfScore", extras.self_score, readNumber);
    put("verifiedScore", extras.verified_score, readNumber);
    if (extras.assessor !== undefined) entry.assessor = extras.assessor.text;
    return { entry: entry as unknown as Entry, bad };
  };

  const drafts: { input: AssessmentInput; source: Source; bad: boolean; key: string }[] = [];
  const seenKeys = new Map<string, number>();

  if (!isLong) {
    const columnsByNode = new Map<
      string,
      { main?: number; extras: Partial<Record<WideExtra, number>> }
    >();
    refs.forEach((ref, index) => {
      if (ref?.kind !== "node") return;
      const slot = columnsByNode.get(ref.node.id) ?? { extras: {} };
      if (ref.extra === undefined) slot.main = index;
      else slot.extras[ref.extra] = index;
      columnsByNode.set(ref.node.id, slot);
    });
    const nodes = frameworkNodes(framework).filter((node) => columnsByNode.has(node.id));
    for (const row of rows) {
      const head = headOf(row);
      let bad = head.bad;
      const entries: Entry[] = [];
      const sources: (Cell & { header: string })[] = [];
      for (const node of nodes) {
        const slot = columnsByNode.get(node.id)!;
        const main = cellAt(row, slot.main);
        const extras: Partial<Record<WideExtra, Cell & { header: string }>> = {};
        for (const [extra, index] of Object.entries(slot.extras)) {
          const cell = cellAt(row, index);
          if (cell !== undefined) extras[extra as WideExtra] = cell;
        }
        const made = entryOf(node, main, takesValue(node), extras);
        if (made === undefined) continue;
        bad ||= made.bad;
        entries.push(made.entry);
        sources.push(
          main ??
            Object.values(extras)[0] ?? {
              text: "",
              line: row.line,
              column: 1,
              header: headers[0]!,
            },
        );
      }
      drafts.push({
        input: build(head.values, entries),
        source: { fields: head.fields, line: row.line, entries: sources },
        bad,
        key: `${String(head.values.unit)}\u0000${String(head.values.period)}`,
      });
    }
  } else {
    const resolveNode = nodeResolver(framework);
    const byKey = new Map<string, (typeof drafts)[number]>();
    for (const row of rows) {
      const head = headOf(row);
      const key = `${String(head.values.unit)}\u0000${String(head.values.period)}`;
      let draft = byKey.get(key);
      if (draft === undefined) {
        draft = {
          input: build(head.values, []),
          source: { fields: head.fields, line: row.line, entries: [] },
          bad: head.bad,
          key: "",
        };
        byKey.set(key, draft);
        drafts.push(draft);
      } else {
        draft.bad ||= head.bad;
        // the assessment's fields must say the same on every row
        for (const [field, index] of fieldIndex) {
          if (!isAssessmentColumn(field)) continue;
          const cell = cellAt(row, index);
          const earlier = draft.source.fields[field];
          if ((cell?.text ?? "") === (earlier?.text ?? "")) continue;
          const at = cell ?? {
            text: "",
            line: row.line,
            column: index + 1,
            header: headers[index]!,
          };
          issues.push(
            csvIssue("conflicting_cell", at, {
              vi: `"${cell?.text ?? ""}" khác với dòng ${draft.source.line} ("${earlier?.text ?? ""}") của cùng đơn vị và kỳ.`,
              en: `"${cell?.text ?? ""}" differs from line ${draft.source.line} ("${earlier?.text ?? ""}") of the same unit and period.`,
            }),
          );
          draft.bad = true;
        }
      }
      const nodeCell = cellAt(row, fieldIndex.get("node"));
      if (nodeCell === undefined) {
        const hasEntryCells = (
          [
            "value",
            "status",
            "evidence",
            "note",
            "self_score",
            "verified_score",
            "assessor",
          ] as const
        ).some((field) => cellAt(row, fieldIndex.get(field)) !== undefined);
        if (hasEntryCells) {
          issues.push(
            csvIssue(
              "missing_node",
              {
                line: row.line,
                column: (fieldIndex.get("node") ?? 0) + 1,
                header: headers[fieldIndex.get("node") ?? 0],
              },
              {
                vi: "dòng có dữ liệu nhưng không ghi tiêu chí nào.",
                en: "the row has data but names no node.",
              },
            ),
          );
          draft.bad = true;
        }
        continue;
      }
      const node = resolveNode(nodeCell.text);
      if (node === undefined || node === "ambiguous") {
        report(nodeCell, {
          code: node === undefined ? "unknown_node" : "ambiguous_node",
          vi:
            node === undefined
              ? `bộ tiêu chí ${framework.id} không có mục "${nodeCell.text}".`
              : `"${nodeCell.text}" là tên của nhiều mục; hãy dùng mã mục.`,
          en:
            node === undefined
              ? `framework ${framework.id} has no node "${nodeCell.text}".`
              : `"${nodeCell.text}" is the title of several nodes; use the node id.`,
        });
        draft.bad = true;
        continue;
      }
      const get = (field: EntryColumn) => cellAt(row, fieldIndex.get(field));
      const value = get("value");
      if (value !== undefined && !takesValue(node)) {
        report(value, {
          code: "value_not_expected",
          vi: `${node.id} không nhận giá trị (chỉ ghi kết quả).`,
          en: `${node.id} takes no value (record its status).`,
        });
        draft.bad = true;
      }
      const made = entryOf(node, takesValue(node) ? value : get("status"), takesValue(node), {
        ...(takesValue(node) ? { status: get("status") } : {}),
        evidence: get("evidence"),
        note: get("note"),
        self_score: get("self_score"),
        verified_score: get("verified_score"),
        assessor: get("assessor"),
      } as Partial<Record<WideExtra, Cell & { header: string }>>);
      const entry = made?.entry ?? ({ node: node.id } as Entry);
      draft.bad ||= made?.bad ?? false;
      (draft.input.entries as Entry[]).push(entry);
      draft.source.entries.push(nodeCell);
    }
  }

  const assessments: Assessment[] = [];
  for (const draft of drafts) {
    const { unit, period } = draft.source.fields;
    const key = `${unit?.text.trim()}\u0000${period?.text.trim()}`;
    const earlier = seenKeys.get(key);
    if (!isLong && earlier !== undefined) {
      issues.push(
        csvIssue(
          "duplicate_row",
          { line: draft.source.line },
          {
            vi: `đơn vị ${unit?.text ?? ""} kỳ ${period?.text ?? ""} đã có ở dòng ${earlier}.`,
            en: `unit ${unit?.text ?? ""} period ${period?.text ?? ""} is already on line ${earlier}.`,
          },
        ),
      );
      continue;
    }
    seenKeys.set(key, draft.source.line);
    // a row with an unreadable cell is already reported; checking what is left would only echo it
    if (draft.bad) continue;
    const parsed = safeParseAssessment(draft.input);
    const found = parsed.success ? checkAssessment(parsed.data, framework) : parsed.error.issues;
    for (const issue of found) issues.push(located(issue, draft.source));
    if (!parsed.success || found.some((issue) => issue.severity === "error")) continue;
    assessments.push(parsed.data);
  }
  return { assessments, issues, form, delimiter };
}

function isAssessmentColumn(field: string): field is AssessmentColumn {
  return ![
    "node",
    "value",
    "status",
    "evidence",
    "note",
    "self_score",
    "verified_score",
    "assessor",
  ].includes(field);
}

const FIELD_OF_PATH: Readonly<Record<string, AssessmentColumn>> = {
  "subject.id": "unit",
  "subject.name": "unit_name",
  "subject.kind": "unit_kind",
  "subject.parent": "unit_parent",
  "subject.region": "unit_region",
  "subject.class": "unit_class",
  "period.id": "period",
  "period.start": "period_start",
  "period.end": "period_end",
  date: "date",
  example: "example",
  source: "source",
  note: "assessment_note",
};

/** Places an assessment issue (path into the assessment) at the cell it came from. */
function located(issue: FrameworkIssue, source: Source): CsvIssue {
  const [first, second] = issue.path;
  let at: Where = { line: source.line };
  if (first === "entries" && typeof second === "number") {
    const cell = source.entries[second];
    if (cell !== undefined) at = cell;
  } else {
    const field = FIELD_OF_PATH[issue.path.slice(0, 2).join(".")] ?? FIELD_OF_PATH[String(first)];
    const cell = field === undefined ? undefined : source.fields[field];
    if (cell !== undefined) at = cell;
  }
  return csvIssue(issue.code, at, issue.messages, issue.severity);
}
