import { demoCommand } from "./demoCommand.js";
import { diffCommand } from "./diffCommand.js";
import { exportCommand } from "./exportCommand.js";
import { helpText } from "./helpText.js";
import { importCommand } from "./importCommand.js";
import { lintCommand } from "./lintCommand.js";
import type { CliArgs } from "./parseCliArgs.js";
import { parseCliArgs } from "./parseCliArgs.js";
import { rankCommand } from "./rankCommand.js";
import { readJsonFile } from "./readJsonFile.js";
import { reportCommand } from "./reportCommand.js";
import { reviewCommand } from "./reviewCommand.js";
import { schemaCommand } from "./schemaCommand.js";
import { scoreCommand } from "./scoreCommand.js";
import { cliText } from "./text.js";
// over time (issue 9)
import { trendCommand } from "./trendCommand.js";
import type { CliIo } from "./types.js";
import { validateCommand } from "./validateCommand.js";

const COMMANDS: Readonly<Record<string, (args: CliArgs, io: CliIo) => Promise<number>>> = {
  validate: validateCommand,
  lint: lintCommand,
  schema: schemaCommand,
  score: scoreCommand,
  demo: demoCommand,
  diff: diffCommand,
  trend: trendCommand,
  // issue 11: spreadsheets in and out
  import: importCommand,
  export: exportCommand,
  rank: rankCommand,
  review: reviewCommand,
  report: reportCommand,
};

/** The commands that take `--framework` (the others name their framework in their inputs). */
const FRAMEWORK_OPTION_COMMANDS: ReadonlySet<string> = new Set([
  "diff",
  "rank",
  "review",
  "report",
  "import",
  "export",
  "score",
  "validate",
  "lint",
]);

/** Prints the `version` of the package's own package.json. */
async function printVersion(args: CliArgs, io: CliIo): Promise<number> {
  const read = await readJsonFile({ ...io, cwd: io.packageRoot }, "package.json", args.lang);
  const version = read.ok ? (read.value as { version?: unknown } | null)?.version : undefined;
  if (typeof version !== "string") {
    io.stderr(
      `${read.ok ? cliText(args.lang).unexpected("package.json: version") : read.message}\n`,
    );
    return 2;
  }
  io.stdout(`${version}\n`);
  return 0;
}

/**
 * Runs the `tieuchi` command line and returns its exit code; all effects go through `io`.
 * Never throws: an unexpected failure is printed as one line, without a stack trace, with exit code 2.
 *
 * @param argv - The arguments after `tieuchi` (e.g. `process.argv.slice(2)`).
 * @param io - File reading, output streams, the working directory, the package root and the environment
 *   (`TIEUCHI_LANG`, then `LANG`, give the default of `--lang`).
 * @returns The exit code: 0 fine, 1 the input has errors, 2 wrong usage or an unreadable file.
 * @example
 * await run(["validate", "fixtures/frameworks/vn-tt124-2021.json"], io)
 * //=> 0
 * @category CLI
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseCliArgs(argv, io.env);
  if (!parsed.ok) {
    io.stderr(`${parsed.messages[parsed.lang]}\n`);
    return 2;
  }
  const args = parsed.args;
  const text = cliText(args.lang);
  if (args.version === true) return printVersion(args, io);
  if (args.command === undefined) {
    if (args.help) {
      io.stdout(helpText("main", args.lang));
      return 0;
    }
    io.stderr(`${text.missingCommand}\n\n${helpText("main", args.lang)}`);
    return 2;
  }
  const command = COMMANDS[args.command];
  if (command === undefined || !Object.hasOwn(COMMANDS, args.command)) {
    io.stderr(`${text.unknownCommand(args.command)}\n`);
    return 2;
  }
  if (args.help) {
    io.stdout(helpText(args.command, args.lang));
    return 0;
  }
  if (args.context !== undefined && args.command !== "score") {
    io.stderr(`${text.contextOnlyForScore}\n`);
    return 2;
  }
  if (args.requireTier !== undefined && args.command !== "score") {
    io.stderr(`${text.requireTierOnlyForScore}\n`);
    return 2;
  }
  if (args.framework !== undefined && !FRAMEWORK_OPTION_COMMANDS.has(args.command)) {
    const message = {
      vi: `--framework không dùng với "tieuchi ${args.command}".`,
      en: `--framework does not apply to "tieuchi ${args.command}".`,
    };
    io.stderr(`${message[args.lang]}\n`);
    return 2;
  }
  try {
    return await command(args, io);
  } catch (error) {
    // a bug must still end in one readable line, not a stack trace
    io.stderr(`${text.unexpected(error instanceof Error ? error.message : String(error))}\n`);
    return 2;
  }
}
