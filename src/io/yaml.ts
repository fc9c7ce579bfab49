import { isNode, LineCounter, parseDocument, stringify } from "yaml";
import { makeIssue } from "../core/issue.js";
import {
  type Assessment,
  type Framework,
  type FrameworkIssue,
  safeParseAssessment,
  safeParseFramework,
} from "../index.js";

/** An issue of a YAML file, with the 1-based line and column (UTF-16 units) of the value it is about. */
export interface YamlIssue extends FrameworkIssue {
  readonly line?: number | undefined;
  readonly column?: number | undefined;
}

/** A YAML document read as plain data, with a way to find where a path is in the text. */
export type ReadYamlResult =
  | {
      readonly ok: true;
      readonly value: unknown;
      /** The line and column of the deepest existing node on `path` (the document's start for `[]`). */
      readonly locate: (path: readonly (string | number)[]) => { line: number; column: number };
    }
  | { readonly ok: false; readonly issues: readonly YamlIssue[] };

/** The outcome of reading a framework or an assessment from YAML. */
export type SafeParseYamlResult<T> =
  | { readonly success: true; readonly data: T }
  | { readonly success: false; readonly error: { readonly issues: readonly YamlIssue[] } };

function withPosition(issue: FrameworkIssue, at: { line: number; column: number }): YamlIssue {
  const where = {
    vi: `dòng ${at.line}, cột ${at.column}: `,
    en: `line ${at.line}, column ${at.column}: `,
  };
  // a message that starts with its path keeps it first: "version: line 4, column 10: expected…"
  const prefix = issue.path.length === 0 ? "" : `${issue.path.join(".")}: `;
  const place = (message: string, position: string) =>
    prefix !== "" && message.startsWith(prefix)
      ? `${prefix}${position}${message.slice(prefix.length)}`
      : `${position}${message}`;
  const messages = {
    vi: place(issue.messages.vi, where.vi),
    en: place(issue.messages.en, where.en),
  };
  return {
    ...issue,
    message: messages.en,
    messages,
    line: at.line,
    column: at.column,
  };
}

/**
 * Parses YAML (1.2 core schema: `2023-04-26` stays a string, no custom tags) into plain data. Syntax
 * errors, duplicate keys and more than 100 aliases are issues with their line and column; a byte
 * order mark is dropped. Never throws.
 *
 * @param text - The YAML text.
 * @returns The value and a locator for paths, or the issues.
 * @example
 * const read = readYaml("id: vn-tt124-2021\nnodes:\n  - id: xa.1\n");
 * read.ok && read.locate(["nodes", 0, "id"])
 * //=> { line: 3, column: 9 }
 * @category IO
 */
export function readYaml(text: string): ReadYamlResult {
  const lineCounter = new LineCounter();
  const source = text.replace(/^\uFEFF/, "");
  const doc = parseDocument(source, { lineCounter, schema: "core", prettyErrors: false });
  const errors = [...doc.errors];
  if (errors.length > 0) {
    return {
      ok: false,
      issues: errors.map((error) => {
        const pos = lineCounter.linePos(error.pos[0]);
        const detail = error.message.split("\n")[0] ?? error.message;
        return withPosition(
          makeIssue(error.code === "DUPLICATE_KEY" ? "yaml_duplicate_key" : "yaml_syntax", [], {
            vi: `YAML sai cú pháp (${error.code}): ${detail}`,
            en: `YAML syntax error (${error.code}): ${detail}`,
          }),
          { line: pos.line, column: pos.col },
        );
      }),
    };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      issues: [
        withPosition(
          makeIssue("yaml_unreadable", [], {
            vi: `không đọc được YAML: ${detail}`,
            en: `the YAML cannot be read: ${detail}`,
          }),
          { line: 1, column: 1 },
        ),
      ],
    };
  }
  const locate = (path: readonly (string | number)[]) => {
    for (let i = path.length; i >= 0; i -= 1) {
      const node = i === 0 ? doc.contents : doc.getIn(path.slice(0, i), true);
      if (isNode(node) && node.range !== undefined && node.range !== null) {
        const pos = lineCounter.linePos(node.range[0]);
        return { line: pos.line, column: pos.col };
      }
    }
    return { line: 1, column: 1 };
  };
  return { ok: true, value, locate };
}

function parseWith<T>(
  text: string,
  parse: (
    value: unknown,
  ) =>
    | { success: true; data: T }
    | { success: false; error: { issues: readonly FrameworkIssue[] } },
): SafeParseYamlResult<T> {
  const read = readYaml(text);
  if (!read.ok) return { success: false, error: { issues: read.issues } };
  const parsed = parse(read.value);
  if (parsed.success) return { success: true, data: parsed.data };
  return {
    success: false,
    error: {
      issues: parsed.error.issues.map((issue) => withPosition(issue, read.locate(issue.path))),
    },
  };
}

/**
 * Reads a framework from YAML: `safeParseFramework` on the YAML's data, each issue with the line and
 * column of the value it is about (its `path` is unchanged).
 *
 * @param text - The YAML text.
 * @returns The framework, or the issues with positions.
 * @example
 * const result = safeParseFrameworkYaml(readFileSync("fixtures/yaml/vn-qd9745-2022-34.yaml", "utf8"));
 * result.success
 * //=> true
 * @category IO
 */
export function safeParseFrameworkYaml(text: string): SafeParseYamlResult<Framework> {
  return parseWith(text, safeParseFramework);
}

/**
 * Reads an assessment from YAML: `safeParseAssessment` on the YAML's data, each issue with the line
 * and column of the value it is about.
 *
 * @param text - The YAML text.
 * @returns The assessment, or the issues with positions.
 * @example
 * const result = safeParseAssessmentYaml("framework: { id: x, version: '1' }\nsubject: { id: a }\nperiod: { id: '2023', start: 2023-01-01, end: 2023-02-30 }\nentries: []\n");
 * result.success || result.error.issues.map((issue) => [issue.path.join("."), issue.line, issue.column])
 * //=> [["period.end", 3, 51]]
 * @category IO
 */
export function safeParseAssessmentYaml(text: string): SafeParseYamlResult<Assessment> {
  return parseWith(text, safeParseAssessment);
}

/**
 * Writes a framework, assessment or manifest as YAML, with a `# yaml-language-server: $schema=<url>`
 * first line when a schema is given, so that editors with the YAML language server complete and check
 * the file. Strings that YAML would read as something else (`"1.0"`, `"yes"`, dates stay strings in
 * the 1.2 core schema) are quoted; the same value gives the same text.
 *
 * @param value - Plain data.
 * @param options - `schema`: the JSON Schema's path or URL for the comment.
 * @returns The YAML text, ending in a newline.
 * @example
 * toYaml({ id: "tc1", version: "1.0" }, { schema: "../../schema/framework.schema.json" })
 * //=> "# yaml-language-server: $schema=../../schema/framework.schema.json\nid: tc1\nversion: \"1.0\"\n"
 * @category IO
 */
export function toYaml(
  value: unknown,
  options: { readonly schema?: string | undefined } = {},
): string {
  const body = stringify(value, { schema: "core", lineWidth: 0, aliasDuplicateObjects: false });
  return options.schema === undefined
    ? body
    : `# yaml-language-server: $schema=${options.schema}\n${body}`;
}
