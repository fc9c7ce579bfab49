/** The languages the CLI speaks. */
export type CliLanguage = "vi" | "en";

/**
 * Everything the CLI needs from the outside world, passed in so that tests can run commands without
 * spawning a process or touching the real file system.
 */
export interface CliIo {
  /** Reads a UTF-8 text file given an absolute path; rejects with a Node-style error (`code: "ENOENT"`). */
  readonly readFile: (absolutePath: string) => Promise<string>;
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** The directory relative paths on the command line are resolved against. */
  readonly cwd: string;
  /** The package root (where `fixtures/` lives), found from the CLI file's own location. */
  readonly packageRoot: string;
}
