import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import type { CliIo } from "../../src/cli/types.js";

/** The repository root, where fixtures/ lives. */
export const PACKAGE_ROOT: string = resolve(import.meta.dirname, "../..");

/** A CLI I/O over in-memory files (keyed by absolute path under `/work`), falling back to the real disk. */
export function memoryIo(
  files: Readonly<Record<string, string>> = {},
  options: { readonly cwd?: string; readonly disk?: boolean } = {},
): { io: CliIo; stdout: () => string; stderr: () => string } {
  let out = "";
  let err = "";
  const cwd = options.cwd ?? "/work";
  const io: CliIo = {
    readFile: async (path) => {
      const text = files[path];
      if (text !== undefined) return text;
      if (options.disk === true) return readFile(path, "utf8");
      throw Object.assign(new Error(`ENOENT: no such file, open '${path}'`), { code: "ENOENT" });
    },
    stdout: (text) => {
      out += text;
    },
    stderr: (text) => {
      err += text;
    },
    cwd,
    packageRoot: PACKAGE_ROOT,
  };
  return { io, stdout: () => out, stderr: () => err };
}
