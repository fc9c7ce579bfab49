import { resolve } from "node:path";
import type { FrameworkIssue } from "../index.js";
import { readYaml } from "../io/yaml.js";
import { decodeUtf8 } from "./decodeUtf8.js";
import { cliText } from "./text.js";
import type { CliIo, CliLanguage } from "./types.js";

/** The outcome of reading a JSON file named on the command line. */
export type ReadJsonResult =
  | { readonly ok: true; readonly value: unknown; readonly absolutePath: string }
  | {
      readonly ok: false;
      /** One line in the chosen language, naming the path. */
      readonly message: string;
      /** The same failure as an issue (code, empty path, vi+en message), for `--json` output. */
      readonly issue: FrameworkIssue;
    };

/** The argument that stands for standard input. */
export const STDIN = "-";

/**
 * How a file argument is named in messages: as typed, or `(stdin)` for `-`.
 *
 * @param path - The argument as typed.
 * @returns The name to print.
 * @example
 * displayPath("-")
 * //=> "(stdin)"
 * @category CLI
 */
export function displayPath(path: string): string {
  return path === STDIN ? "(stdin)" : path;
}

function failure(
  lang: CliLanguage,
  code: string,
  message: (text: ReturnType<typeof cliText>) => string,
): Extract<ReadJsonResult, { ok: false }> {
  const messages = { vi: message(cliText("vi")), en: message(cliText("en")) };
  return {
    ok: false,
    message: messages[lang],
    issue: { code, path: [], message: messages.en, messages, severity: "error" },
  };
}

/** The outcome of reading a text file named on the command line. */
export type ReadTextResult =
  | { readonly ok: true; readonly text: string; readonly absolutePath: string }
  | Extract<ReadJsonResult, { ok: false }>;

/**
 * Reads a file (or standard input for `-`) as strict UTF-8 text, a leading byte order mark dropped;
 * every failure is a one-line message naming the path, and an issue.
 *
 * @param io - The CLI's I/O.
 * @param path - The path as typed, or `-`.
 * @param lang - Language of the failure message.
 * @returns The text, or a message and an issue (never throws).
 * @example
 * await readTextFile(io, "missing.csv", "en")
 * //=> { ok: false, message: "missing.csv: file not found.", issue: { code: "file_not_found", … } }
 * @category CLI
 */
export async function readTextFile(
  io: CliIo,
  path: string,
  lang: CliLanguage,
): Promise<ReadTextResult> {
  const shown = displayPath(path);
  const absolutePath = path === STDIN ? STDIN : resolve(io.cwd, path);
  let raw: Uint8Array | string;
  try {
    if (path === STDIN) {
      if (io.readStdin === undefined) throw Object.assign(new Error("EBADF"), { code: "EBADF" });
      raw = await io.readStdin();
    } else {
      raw = await io.readFile(absolutePath);
    }
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === "ENOENT") return failure(lang, "file_not_found", (t) => t.fileNotFound(shown));
    const detail = typeof code === "string" ? code : String(error);
    return failure(lang, "unreadable_file", (t) => t.fileUnreadable(shown, detail));
  }
  let source: string;
  if (typeof raw === "string") {
    source = raw.replace(/^\uFEFF/, "");
  } else {
    const decoded = decodeUtf8(raw);
    if (!decoded.ok) {
      const offset = decoded.offset;
      return failure(lang, "invalid_utf8", (t) => t.notUtf8(shown, offset));
    }
    source = decoded.text;
  }
  return { ok: true, text: source, absolutePath };
}

/**
 * Reads and parses a JSON file, turning every failure into a one-line message that names the path.
 * The bytes must be valid UTF-8 (a leading byte order mark is allowed): the first invalid byte is
 * reported with its offset instead of being replaced by U+FFFD. `-` reads standard input.
 *
 * @param io - The CLI's I/O.
 * @param path - The path as the user typed it (relative paths are resolved against `io.cwd`), or `-`.
 * @param lang - Language of the failure message.
 * @returns The parsed value, or a message and an issue (never throws).
 * @example
 * await readJsonFile(io, "missing.json", "en")
 * //=> { ok: false, message: "missing.json: file not found.", issue: { code: "file_not_found", … } }
 * @category CLI
 */
export async function readJsonFile(
  io: CliIo,
  path: string,
  lang: CliLanguage,
): Promise<ReadJsonResult> {
  const shown = displayPath(path);
  const read = await readTextFile(io, path, lang);
  if (!read.ok) return read;
  const { text: source, absolutePath } = read;
  try {
    return { ok: true, value: JSON.parse(source), absolutePath };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return failure(lang, "invalid_json", (t) => t.notJson(shown, detail));
  }
}

/**
 * Reads a JSON or YAML file: YAML when the name ends in `.yaml` or `.yml` (a syntax error is reported
 * with its line and column), JSON otherwise. `-` is read as JSON.
 *
 * @param io - The CLI's I/O.
 * @param path - The path as typed, or `-`.
 * @param lang - Language of the failure message.
 * @returns The parsed value, or a message and an issue (never throws).
 * @example
 * (await readDataFile(io, "fixtures/yaml/vn-qd9745-2022-34.yaml", "en")).ok
 * //=> true
 * @category CLI
 */
export async function readDataFile(
  io: CliIo,
  path: string,
  lang: CliLanguage,
): Promise<ReadJsonResult> {
  if (!isYamlPath(path)) return readJsonFile(io, path, lang);
  const read = await readTextFile(io, path, lang);
  if (!read.ok) return read;
  const yaml = readYaml(read.text);
  if (yaml.ok) return { ok: true, value: yaml.value, absolutePath: read.absolutePath };
  const first = yaml.issues[0]!;
  const shown = displayPath(path);
  const messages = { vi: `${shown}: ${first.messages.vi}`, en: `${shown}: ${first.messages.en}` };
  return {
    ok: false,
    message: messages[lang],
    issue: { ...first, messages, message: messages.en },
  };
}

/**
 * Whether a path names a YAML file (`.yaml` or `.yml`, any case).
 *
 * @param path - A path.
 * @returns `true` for YAML.
 * @example
 * isYamlPath("wards.YML")
 * //=> true
 * @category CLI
 */
export function isYamlPath(path: string): boolean {
  return /\.ya?ml$/i.test(path);
}
