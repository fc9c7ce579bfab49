import { readdir, readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { CliIo } from "../../src/cli/types.js";

/** The repository root, where fixtures/ lives. */
export const PACKAGE_ROOT: string = resolve(import.meta.dirname, "../..");

/**
 * A CLI I/O over in-memory files (keyed by absolute path under `/work`), falling back to the real
 * disk. Files are handed to the CLI as bytes, as the real CLI reads them.
 */
export function memoryIo(
  files: Readonly<Record<string, string | Uint8Array>> = {},
  options: {
    readonly cwd?: string;
    readonly disk?: boolean;
    readonly stdin?: string | Uint8Array;
    readonly env?: Readonly<Record<string, string | undefined>>;
  } = {},
): { io: CliIo; stdout: () => string; stderr: () => string } {
  let out = "";
  let err = "";
  const cwd = options.cwd ?? "/work";
  const bytes = (text: string | Uint8Array) =>
    typeof text === "string" ? new TextEncoder().encode(text) : text;
  const io: CliIo = {
    readFile: async (path) => {
      const text = files[path];
      if (text !== undefined) return bytes(text);
      if (options.disk === true) return readFile(path);
      throw Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: "ENOENT" });
    },
    readStdin: async () => bytes(options.stdin ?? ""),
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    // a folder is any in-memory path prefix ending in "/", else the real disk's folder
    readDir: async (path) => {
      const prefix = path.endsWith("/") ? path : `${path}/`;
      const names = Object.keys(files)
        .filter((file) => file.startsWith(prefix))
        .map((file) => file.slice(prefix.length).split("/")[0]!);
      if (names.length > 0) return [...new Set(names)];
      if (files[path] !== undefined) {
        throw Object.assign(new Error(`ENOTDIR: not a directory '${path}'`), { code: "ENOTDIR" });
      }
      if (options.disk === true || path.startsWith(PACKAGE_ROOT)) return readdir(path);
      throw Object.assign(new Error(`ENOENT: no such file, scandir '${path}'`), { code: "ENOENT" });
    },
    cwd,
    packageRoot: PACKAGE_ROOT,
    env: options.env ?? {},
  };
  return { io, stdout: () => out, stderr: () => err };
}
