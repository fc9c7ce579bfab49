/** The languages the CLI speaks. */
export type CliLanguage = "vi" | "en";

/**
 * Everything the CLI needs from the outside world, passed in so that tests can run commands without
 * spawning a process or touching the real file system.
 */
export interface CliIo {
  /**
   * Reads a file given an absolute path; rejects with a Node-style error (`code: "ENOENT"`). Bytes are
   * decoded as strict UTF-8 (an invalid byte is reported with its offset); a string is taken as
   * already decoded.
   */
  readonly readFile: (absolutePath: string) => Promise<Uint8Array | string>;
  /** Reads all of standard input (for a file argument of `-`); absent when there is none. */
  readonly readStdin?: (() => Promise<Uint8Array | string>) | undefined;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** The directory relative paths on the command line are resolved against. */
  readonly cwd: string;
  /** The package root (where `fixtures/` and `package.json` live), found from the CLI file's own location. */
  readonly packageRoot: string;
  /** Environment variables read for the default language (`TIEUCHI_LANG`, then `LANG`); none when absent. */
  readonly env?: Readonly<Record<string, string | undefined>> | undefined;
  /**
   * Lists a directory's entry names given an absolute path; rejects with `code: "ENOTDIR"` for a file
   * and `code: "ENOENT"` when nothing is there. Absent: folders cannot be read.
   */
  readonly readDir?: ((absolutePath: string) => Promise<readonly string[]>) | undefined;
  /** Writes a UTF-8 text file given an absolute path, creating missing parent folders. Absent: no writing. */
  readonly writeFile?: ((absolutePath: string, text: string) => Promise<void>) | undefined;
  /** Whether standard output and standard error are terminals (for tables, sparklines and progress). */
  readonly isTerminal?: { readonly stdout: boolean; readonly stderr: boolean } | undefined;
}
