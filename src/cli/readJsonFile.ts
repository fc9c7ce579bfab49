import { resolve } from "node:path";
import type { FrameworkIssue } from "../index.js";
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
): ReadJsonResult {
  const messages = { vi: message(cliText("vi")), en: message(cliText("en")) };
  return {
    ok: false,
    message: messages[lang],
    issue: { code, path: [], message: messages.en, messages, severity: "error" },
  };
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
  try {
    return { ok: true, value: JSON.parse(source), absolutePath };
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return failure(lang, "invalid_json", (t) => t.notJson(shown, detail));
  }
}
