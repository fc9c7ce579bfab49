import { lintFramework } from "../index.js";
import { formatIssues } from "./formatIssues.js";
import { checkManyCommand, isManyInput, parseFrameworkWithPositions } from "./manyFiles.js";
import type { CliArgs } from "./parseCliArgs.js";
import { displayPath, readDataFile } from "./readJsonFile.js";
import { cliText } from "./text.js";
import type { CliIo } from "./types.js";

/**
 * Runs `tieuchi lint <framework.json>`: validation first, then the lint rules (errors and warnings).
 * Several files, a folder, a pattern, a manifest or an assessment go to `checkManyCommand`.
 *
 * @param args - Parsed arguments; one positional, the framework file.
 * @param io - The CLI's I/O.
 * @returns The exit code: 0 no errors (warnings allowed), 1 errors, 2 unreadable file or wrong usage.
 * @example
 * await lintCommand({ command: "lint", positionals: ["tt124.json"], json: false, help: false, lang: "en" }, io)
 * //=> 0
 * @category CLI
 */
export async function lintCommand(args: CliArgs, io: CliIo): Promise<number> {
  const text = cliText(args.lang);
  const [path] = args.positionals;
  if (path === undefined) {
    io.stderr(
      `${text.wrongArgCount("lint", args.lang === "vi" ? "ít nhất một tệp" : "at least one file")}\n`,
    );
    return 2;
  }
  if (await isManyInput(io, args)) return checkManyCommand(args, io, "lint");
  const read = await readDataFile(io, path, args.lang);
  if (!read.ok) {
    io.stderr(`${read.message}\n`);
    return 2;
  }
  const parsed = await parseFrameworkWithPositions(io, path, read.value, args.lang);
  const issues = parsed.success ? lintFramework(parsed.data) : parsed.error.issues;
  const errors = issues.filter((issue) => issue.severity === "error").length;
  const code = errors > 0 ? 1 : 0;
  if (args.json) {
    io.stdout(`${JSON.stringify({ valid: parsed.success, issues }, null, 2)}\n`);
    return code;
  }
  if (!parsed.success) {
    io.stdout(
      `${text.invalidFramework(displayPath(path), issues.length)}\n${formatIssues(issues, args.lang)}`,
    );
    return 1;
  }
  if (issues.length === 0) {
    io.stdout(`${text.lintClean(displayPath(path))}\n`);
    return 0;
  }
  io.stdout(
    `${text.lintSummary(displayPath(path), errors, issues.length - errors)}\n${formatIssues(issues, args.lang)}`,
  );
  return code;
}
