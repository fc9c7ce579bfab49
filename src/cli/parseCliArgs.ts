import { parseArgs } from "node:util";
import { cliText } from "./text.js";
import type { CliLanguage } from "./types.js";

/** The command line, split into a command, its positional arguments and the common options. */
export interface CliArgs {
  readonly command: string | undefined;
  readonly positionals: readonly string[];
  readonly json: boolean;
  readonly help: boolean;
  readonly lang: CliLanguage;
  /** `--context <file>`: an `EvaluationContext` as JSON, for `score`. */
  readonly context: string | undefined;
  /** `--version`: print the package version. */
  readonly version?: boolean | undefined;
  /** `--require-tier <id>`: `score` exits 1 when that tier is not reached. */
  readonly requireTier?: string | undefined;
  /** `--framework <file>`: the framework both assessments of `diff` are evaluated against. */
  readonly framework?: string | undefined;
  /** `--out <path>`: where `import` writes its assessment files, `export` its CSV file, `report` (and `demo`) the report. */
  readonly out?: string | undefined;
  /** `--wide` / `--long` / `--form wide|long`: the CSV form of `import` and `export`. */
  readonly form?: string | undefined;
  /** `--headers id|title`: how `export` writes its column headers. */
  readonly headers?: string | undefined;
  /** `--style plain|excel`: how `export` writes its cells. */
  readonly style?: string | undefined;
  /** `--by <count|points|score|tier>`, `--ties <competition|dense|fractional>`, `--group-by <attribute>`: `rank`. */
  readonly by?: string | undefined;
  readonly ties?: string | undefined;
  readonly groupBy?: string | undefined;
  /** `--facts <facts.json>`: facts per unit (operatingSince, underComplaint, newlyTransferred) for `review`. */
  readonly facts?: string | undefined;
  /** `--format html|md`: the format of `report`. */
  readonly format?: string | undefined;
  /** `--review <review.json>`: the review definition `report` runs (`reviewCohort`) and shows. */
  readonly review?: string | undefined;
}

/** The outcome of parsing the command line: the arguments, or a usage error in both languages. */
export type ParseCliArgsResult =
  | { readonly ok: true; readonly args: CliArgs }
  | {
      readonly ok: false;
      /** The language to print the error in (from `--lang` when it is readable, else the default). */
      readonly lang: CliLanguage;
      readonly messages: { readonly vi: string; readonly en: string };
    };

/**
 * The default output language from the environment: `TIEUCHI_LANG`, then `LANG` (`vi_VN.UTF-8` → vi,
 * `en_US` → en). A variable that names neither language is skipped; with none, Vietnamese.
 *
 * @param env - Environment variables (e.g. `process.env`).
 * @returns `vi` or `en`.
 * @example
 * languageFromEnv({ LANG: "en_US.UTF-8" })
 * //=> "en"
 * @category CLI
 */
export function languageFromEnv(
  env: Readonly<Record<string, string | undefined>> = {},
): CliLanguage {
  for (const name of ["TIEUCHI_LANG", "LANG"]) {
    const value = env[name];
    if (value === undefined) continue;
    const code = /^([A-Za-z]{2,3})(?:[_.@-]|$)/.exec(value)?.[1]?.toLowerCase();
    if (code === "vi" || code === "en") return code;
  }
  return "vi";
}

function both(message: (text: ReturnType<typeof cliText>) => string) {
  return { vi: message(cliText("vi")), en: message(cliText("en")) };
}

/** `--lang` as given on the command line, read without parsing the rest (for usage errors). */
function langArgument(argv: readonly string[]): CliLanguage | undefined {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === "--") break;
    const value = arg === "--lang" ? argv[i + 1] : arg.startsWith("--lang=") ? arg.slice(7) : null;
    if (value === "vi" || value === "en") return value;
  }
  return undefined;
}

function usageMessages(error: unknown) {
  const code = (error as { code?: unknown } | null)?.code;
  const detail = error instanceof Error ? error.message : String(error);
  const option = /'([^' ]+)/.exec(detail)?.[1];
  if (option !== undefined && code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
    return both((t) => t.unknownOption(option));
  }
  if (option !== undefined && code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") {
    if (detail.includes("does not take an argument")) return both((t) => t.noValue(option));
    return both((t) => t.missingValue(option));
  }
  return both((t) => t.usageError(detail));
}

/**
 * Parses `argv` (without the node and script paths) into a command and options; never throws.
 *
 * @param argv - The arguments after `tieuchi`.
 * @param env - Environment variables for the default language (`TIEUCHI_LANG`, then `LANG`).
 * @returns The parsed arguments, or a usage error with the language to print it in.
 * @example
 * parseCliArgs(["score", "f.json", "a.json", "--lang", "en"])
 * //=> { ok: true, args: { command: "score", positionals: ["f.json", "a.json"], json: false, help: false, lang: "en", context: undefined, version: false, requireTier: undefined, framework: undefined } }
 * @category CLI
 */
export function parseCliArgs(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>> = {},
): ParseCliArgsResult {
  const fallback = langArgument(argv) ?? languageFromEnv(env);
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    return { ok: false, lang: fallback, messages: usageMessages(error) };
  }
  const { values, positionals } = parsed;
  const lang = values.lang ?? languageFromEnv(env);
  if (lang !== "vi" && lang !== "en") {
    return { ok: false, lang: fallback, messages: both((t) => t.badLang(lang)) };
  }
  const [command, ...rest] = positionals;
  // "tieuchi help score" reads as "tieuchi score --help"
  if (command === "help") {
    return {
      ok: true,
      args: {
        command: rest[0],
        positionals: [],
        json: false,
        help: true,
        lang,
        context: undefined,
        version: false,
        requireTier: undefined,
      },
    };
  }
  return {
    ok: true,
    args: {
      command,
      positionals: rest,
      json: values.json ?? false,
      help: values.help ?? false,
      lang,
      context: values.context,
      version: values.version ?? false,
      requireTier: values["require-tier"],
      framework: values.framework,
      out: values.out,
      form: values.wide === true ? "wide" : values.long === true ? "long" : values.form,
      headers: values.headers,
      style: values.style,
      by: values.by,
      ties: values.ties,
      groupBy: values["group-by"],
      facts: values.facts,
      format: values.format,
      review: values.review,
    },
  };
}

function parse(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: "boolean" },
      help: { type: "boolean", short: "h" },
      version: { type: "boolean", short: "v" },
      lang: { type: "string" },
      context: { type: "string" },
      "require-tier": { type: "string" },
      framework: { type: "string" },
      out: { type: "string", short: "o" },
      form: { type: "string" },
      wide: { type: "boolean" },
      long: { type: "boolean" },
      headers: { type: "string" },
      style: { type: "string" },
      by: { type: "string" },
      ties: { type: "string" },
      "group-by": { type: "string" },
      facts: { type: "string" },
      format: { type: "string" },
      review: { type: "string" },
    },
  });
}
