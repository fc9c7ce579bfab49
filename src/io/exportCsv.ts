import { stringify } from "csv-stringify/sync";
import { makeIssue } from "../core/issue.js";
import type { Assessment, Entry, Framework, FrameworkIssue, FrameworkNode } from "../index.js";
import {
  type CellLanguage,
  type CellStyle,
  takesValue,
  writeDate,
  writeEvidence,
  writeFlag,
  writeNumber,
  writeStatus,
  writeValue,
} from "./cells.js";
import {
  ASSESSMENT_COLUMNS,
  type AssessmentColumn,
  ENTRY_COLUMNS,
  type EntryColumn,
  extraHeader,
  fieldHeader,
  frameworkNodes,
  type HeaderStyle,
  nodeHeaders,
  WIDE_EXTRAS,
  type WideExtra,
} from "./csvLayout.js";

/** How {@link exportCsv} writes the file. */
export interface ExportCsvOptions {
  /** `wide`: a row per assessment, a column per node (default). `long`: a row per entry. */
  readonly form?: "wide" | "long" | undefined;
  /** Headers by `id` (default) or by `title` in `lang`. */
  readonly headers?: HeaderStyle | undefined;
  /** Language of titles and words (default `vi`). */
  readonly lang?: CellLanguage | undefined;
  /**
   * `plain` (default): `,` delimiter, no byte order mark, ISO dates, decimal point, status codes and
   * `true`/`false` — what DuckDB and pandas read without options. `excel`: a UTF-8 byte order mark,
   * `;` delimiter, dd/mm/yyyy dates, decimal commas and words (`đạt`, `có`) — what a Vietnamese Excel opens.
   */
  readonly style?: CellStyle | undefined;
  /** Overrides the style's delimiter. */
  readonly delimiter?: "," | ";" | "\t" | undefined;
  /** Adds Excel's `sep=<delimiter>` first line (default false: DuckDB and pandas read it as a header). */
  readonly sepLine?: boolean | undefined;
}

/** The text of the CSV file and what could not be written (a value that does not fit its node…). */
export interface ExportCsvResult {
  readonly text: string;
  readonly issues: readonly FrameworkIssue[];
}

type Row = Record<string, string>;

function assessmentCells(
  assessment: Assessment,
  style: CellStyle,
  lang: CellLanguage,
): Record<AssessmentColumn, string | undefined> {
  const { subject, period } = assessment;
  return {
    unit: subject.id,
    unit_name: subject.name,
    unit_kind: subject.kind,
    unit_parent: subject.parent,
    unit_region: subject.region,
    unit_class: subject.class,
    period: period.id,
    period_start: writeDate(period.start, style),
    period_end: writeDate(period.end, style),
    date: assessment.date === undefined ? undefined : writeDate(assessment.date, style),
    example:
      assessment.example === undefined ? undefined : writeFlag(assessment.example, style, lang),
    source: assessment.source,
    assessment_note: assessment.note,
  };
}

/** Text cells are written as they are, except empty text, which reads back as absent: reported. */
function textCell(
  value: string | undefined,
  path: readonly (string | number)[],
  issues: FrameworkIssue[],
): string | undefined {
  if (value !== undefined && value.trim() === "") {
    issues.push(
      makeIssue(
        "empty_text_not_exported",
        path,
        {
          vi: `${path.join(".")}: chuỗi rỗng hoặc chỉ có khoảng trắng được ghi thành ô trống (đọc lại sẽ là không có).`,
          en: `${path.join(".")}: an empty or blank text is written as an empty cell (it reads back as absent).`,
        },
        "warning",
      ),
    );
  }
  return value;
}

/** A score cell; NaN or an infinity (never in a parsed assessment) is reported, not written. */
function scoreCell(
  value: number | undefined,
  path: readonly (string | number)[],
  style: CellStyle,
  issues: FrameworkIssue[],
): string | undefined {
  if (value === undefined) return undefined;
  if (Number.isFinite(value)) return writeNumber(value, style);
  issues.push(
    makeIssue("value_not_exported", path, {
      vi: `${path.join(".")}: ${String(value)} không phải số hữu hạn, không ghi được.`,
      en: `${path.join(".")}: ${String(value)} is not a finite number and was not written.`,
    }),
  );
  return undefined;
}

function entryCells(
  entry: Entry,
  node: FrameworkNode | undefined,
  style: CellStyle,
  lang: CellLanguage,
  path: readonly (string | number)[],
  issues: FrameworkIssue[],
): Record<Exclude<EntryColumn, "node">, string | undefined> {
  let value: string | undefined;
  if (entry.value !== undefined) {
    value = node === undefined ? undefined : writeValue(entry.value, node, style, lang);
    if (value === undefined) {
      issues.push(
        makeIssue("value_not_exported", [...path, "value"], {
          vi: `${path.join(".")}: giá trị ${JSON.stringify(entry.value)} không hợp với kiểu giá trị của ${entry.node}, không ghi được.`,
          en: `${path.join(".")}: the value ${JSON.stringify(entry.value)} does not fit the value type of ${entry.node} and was not written.`,
        }),
      );
    }
  }
  return {
    value,
    status: entry.status === undefined ? undefined : writeStatus(entry.status, style, lang),
    evidence: entry.evidence === undefined ? undefined : writeEvidence(entry.evidence),
    note: textCell(entry.note, [...path, "note"], issues),
    self_score: scoreCell(entry.selfScore, [...path, "selfScore"], style, issues),
    verified_score: scoreCell(entry.verifiedScore, [...path, "verifiedScore"], style, issues),
    assessor: textCell(entry.assessor, [...path, "assessor"], issues),
  };
}

/**
 * Writes assessments of one framework as CSV, wide (a row per unit and period, a column per node) or
 * long (a row per entry: unit, period, node, value, status, evidence, note, scores, assessor). Values
 * are written by the node's value type so that {@link importCsv} reads back the same assessments;
 * columns are written only when some assessment uses them. Nothing is dropped without an issue: a
 * value that does not fit its node, an entry of a node the framework does not have, or a second
 * entry for a node (wide form) is reported. Deterministic: the same input gives the same bytes.
 *
 * @param framework - The framework the assessments are of.
 * @param assessments - The assessments, written in this order.
 * @param options - Form, headers, language and style.
 * @returns The CSV text (with `\n` line ends) and the issues.
 * @example
 * exportCsv(qd9745, [nghiHai], { form: "long" }).text.split("\n")[0]
 * //=> "unit,unit_name,unit_kind,unit_parent,period,period_start,period_end,date,example,assessment_note,node,value,status,evidence,note,self_score,verified_score,assessor"
 * @category IO
 */
export function exportCsv(
  framework: Framework,
  assessments: readonly Assessment[],
  options: ExportCsvOptions = {},
): ExportCsvResult {
  const form = options.form ?? "wide";
  const headers = options.headers ?? "id";
  const lang = options.lang ?? "vi";
  const style = options.style ?? "plain";
  const delimiter = options.delimiter ?? (style === "excel" ? ";" : ",");
  const issues: FrameworkIssue[] = [];
  const nodes = frameworkNodes(framework);
  const byId = new Map(nodes.map((node) => [node.id, node]));

  assessments.forEach((assessment, index) => {
    const { id, version } = assessment.framework;
    if (id !== framework.id || version !== framework.version) {
      issues.push(
        makeIssue("framework_mismatch", [index, "framework"], {
          vi: `Kết quả đánh giá ${index + 1} theo bộ tiêu chí ${id} ${version}, không phải ${framework.id} ${framework.version}.`,
          en: `Assessment ${index + 1} is of framework ${id} ${version}, not ${framework.id} ${framework.version}.`,
        }),
      );
    }
    if (assessment.$schema !== undefined) {
      issues.push(
        makeIssue(
          "schema_not_exported",
          [index, "$schema"],
          {
            vi: `Kết quả đánh giá ${index + 1}: "$schema" không được ghi vào CSV.`,
            en: `Assessment ${index + 1}: "$schema" is not written to CSV.`,
          },
          "warning",
        ),
      );
    }
  });

  const cellsOf = assessments.map((assessment) => assessmentCells(assessment, style, lang));
  assessments.forEach((assessment, index) => {
    textCell(assessment.source, [index, "source"], issues);
    textCell(assessment.note, [index, "note"], issues);
  });
  const usedFields = ASSESSMENT_COLUMNS.filter(
    (field) =>
      ["unit", "period", "period_start", "period_end"].includes(field) ||
      cellsOf.some((cells) => cells[field] !== undefined),
  );

  const rows: Row[] = [];
  let columns: string[];

  if (form === "long") {
    columns = [...usedFields, ...ENTRY_COLUMNS];
    assessments.forEach((assessment, index) => {
      const base: Row = {};
      for (const field of usedFields) base[field] = cellsOf[index]![field] ?? "";
      if (assessment.entries.length === 0) rows.push({ ...base });
      assessment.entries.forEach((entry, at) => {
        const path = [index, "entries", at];
        const node = byId.get(entry.node);
        if (node === undefined) unknownNode(issues, path, entry.node, framework);
        const cells = entryCells(entry, node, style, lang, path, issues);
        // a row with the node and nothing else reads back as an entry that records nothing
        const row: Row = { ...base, node: entry.node };
        for (const field of ENTRY_COLUMNS) if (field !== "node") row[field] = cells[field] ?? "";
        rows.push(row);
      });
    });
  } else {
    const headerOf = nodeHeaders(nodes, headers, lang);
    // which nodes get a main column, and which extras each needs
    const extras = new Map<string, Set<WideExtra>>();
    const entryCellsOf = assessments.map((assessment, index) => {
      const seen = new Map<string, ReturnType<typeof entryCells>>();
      assessment.entries.forEach((entry, at) => {
        const path = [index, "entries", at];
        const node = byId.get(entry.node);
        if (node === undefined) {
          unknownNode(issues, path, entry.node, framework);
          return;
        }
        if (seen.has(entry.node)) {
          issues.push(
            makeIssue("duplicate_entry_not_exported", path, {
              vi: `${path.join(".")}: mục ${entry.node} đã có ở trên; dạng rộng chỉ ghi được một ô mỗi mục.`,
              en: `${path.join(".")}: node ${entry.node} already has an entry; the wide form holds one cell per node.`,
            }),
          );
          return;
        }
        const cells = entryCells(entry, node, style, lang, path, issues);
        const set = extras.get(node.id) ?? new Set<WideExtra>();
        if (takesValue(node)) {
          if (cells.status !== undefined) set.add("status");
        } else if (cells.value !== undefined || entry.value !== undefined) {
          // a value on a node without a value type cannot be placed
          issues.push(
            makeIssue("value_not_exported", [...path, "value"], {
              vi: `${path.join(".")}: ${entry.node} không có kiểu giá trị; giá trị không ghi được.`,
              en: `${path.join(".")}: ${entry.node} has no value type; its value was not written.`,
            }),
          );
        }
        for (const extra of WIDE_EXTRAS) {
          if (extra !== "status" && cells[extra] !== undefined) set.add(extra);
        }
        extras.set(node.id, set);
        if (
          cells.status === undefined &&
          cells.value === undefined &&
          WIDE_EXTRAS.every((extra) => cells[extra] === undefined)
        ) {
          issues.push(emptyEntry(path, entry.node));
        }
        seen.set(entry.node, cells);
      });
      return seen;
    });
    columns = [...usedFields.map((field) => fieldHeader(field, headers, lang))];
    const nodeColumns: { header: string; node: string; extra: WideExtra | undefined }[] = [];
    for (const node of nodes) {
      if (node.kind === "group" && !extras.has(node.id)) continue;
      const header = headerOf.get(node.id)!;
      nodeColumns.push({ header, node: node.id, extra: undefined });
      for (const extra of WIDE_EXTRAS) {
        if (extras.get(node.id)?.has(extra) === true) {
          nodeColumns.push({
            header: extraHeader(header, extra, headers, lang),
            node: node.id,
            extra,
          });
        }
      }
    }
    // a loop, not push(...list): a framework of 150 000 nodes gives a list too long to spread
    for (const column of nodeColumns) columns.push(column.header);
    assessments.forEach((_, index) => {
      const row: Row = {};
      for (const field of usedFields) {
        row[fieldHeader(field, headers, lang)] = cellsOf[index]![field] ?? "";
      }
      const seen = entryCellsOf[index]!;
      for (const column of nodeColumns) {
        const cells = seen.get(column.node);
        const node = byId.get(column.node)!;
        let text: string | undefined;
        if (cells !== undefined) {
          if (column.extra === undefined) text = takesValue(node) ? cells.value : cells.status;
          else text = cells[column.extra];
        }
        row[column.header] = text ?? "";
      }
      rows.push(row);
    });
  }

  if (form === "long" && headers === "title") {
    columns = columns.map((column) =>
      fieldHeader(column as AssessmentColumn | EntryColumn, headers, lang),
    );
    for (const row of rows) {
      for (const key of Object.keys(row)) {
        const title = fieldHeader(key as AssessmentColumn | EntryColumn, headers, lang);
        if (title !== key) {
          row[title] = row[key]!;
          delete row[key];
        }
      }
    }
  }

  const body = stringify(
    rows.map((row) => columns.map((column) => row[column] ?? "")),
    {
      header: false,
      delimiter,
      record_delimiter: "\n",
    },
  );
  const head = stringify([columns], { delimiter, record_delimiter: "\n" });
  const bom = style === "excel" ? "\uFEFF" : "";
  const sep = options.sepLine === true ? `sep=${delimiter}\n` : "";
  return { text: `${bom}${sep}${head}${body}`, issues };
}

function unknownNode(
  issues: FrameworkIssue[],
  path: readonly (string | number)[],
  node: string,
  framework: Framework,
): void {
  issues.push(
    makeIssue("unknown_node", [...path, "node"], {
      vi: `${path.join(".")}: bộ tiêu chí ${framework.id} không có mục ${node}; mục này không được ghi.`,
      en: `${path.join(".")}: framework ${framework.id} has no node ${node}; the entry was not written.`,
    }),
  );
}

function emptyEntry(path: readonly (string | number)[], node: string): FrameworkIssue {
  return makeIssue(
    "empty_entry_not_exported",
    path,
    {
      vi: `${path.join(".")}: mục ${node} không ghi gì (không giá trị, không kết quả); ô để trống.`,
      en: `${path.join(".")}: the entry of ${node} records nothing (no value, no status); its cell is empty.`,
    },
    "warning",
  );
}
