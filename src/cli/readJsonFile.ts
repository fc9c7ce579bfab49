import { resolve } from "node:path";
import { cliText } from "./text.js";
import type { CliIo, CliLanguage } from "./types.js";

/** The outcome of reading a JSON file named on the command line. */
export type ReadJsonResult =
  | { readonly ok: true; readonly value: unknown; readonly absolutePath: string }
  | { readonly ok: false; readonly message: string };

/**
 * Reads and parses a JSON file, turning every failure into a one-line message that names the path.
 *
 * @param io - The CLI's I/O.
 * @param path - The path as the user typed it (relative paths are resolved against `io.cwd`).
 * @param lang - Language of the failure message.
 * @returns The parsed value, or a message (never throws).
 * @example
 * await readJsonFile(io, "missing.json", "en")
 * //=> { ok: false, message: "missing.json: file not found." }
 * @category CLI
 */
export async function readJsonFile(
  io: CliIo,
  path: string,
  lang: CliLanguage,
): Promise<ReadJsonResult> {
  const text = cliText(lang);
  const absolutePath = resolve(io.cwd, path);
  let source: string;
  try {
    source = await io.readFile(absolutePath);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === "ENOENT") return { ok: false, message: text.fileNotFound(path) };
    return {
      ok: false,
      message: text.fileUnreadable(path, typeof code === "string" ? code : String(error)),
    };
  }
  try {
    // a UTF-8 byte order mark is legal in files saved by some Windows editors
    return { ok: true, value: JSON.parse(source.replace(/^\uFEFF/, "")), absolutePath };
  } catch (error) {
    return {
      ok: false,
      message: text.notJson(path, error instanceof Error ? error.message : String(error)),
    };
  }
}
