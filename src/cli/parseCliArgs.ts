import { parseArgs } from "node:util";
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
}

/** The outcome of parsing the command line: the arguments, or a usage error in both languages. */
export type ParseCliArgsResult =
  | { readonly ok: true; readonly args: CliArgs }
  | { readonly ok: false; readonly messages: { readonly vi: string; readonly en: string } };

/**
 * Parses `argv` (without the node and script paths) into a command and options; never throws.
 *
 * @param argv - The arguments after `tieuchi`.
 * @returns The parsed arguments, or a usage error.
 * @example
 * parseCliArgs(["score", "f.json", "a.json", "--lang", "en"])
 * //=> { ok: true, args: { command: "score", positionals: ["f.json", "a.json"], json: false, help: false, lang: "en", context: undefined } }
 * @category CLI
 */
export function parseCliArgs(argv: readonly string[]): ParseCliArgsResult {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      messages: { vi: `Sai cách dùng: ${detail}`, en: `Usage error: ${detail}` },
    };
  }
  const { values, positionals } = parsed;
  const lang = values.lang ?? "vi";
  if (lang !== "vi" && lang !== "en") {
    return {
      ok: false,
      messages: {
        vi: `--lang chỉ nhận "vi" hoặc "en" (nhận được "${lang}").`,
        en: `--lang takes "vi" or "en" (got "${lang}").`,
      },
    };
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
      lang: { type: "string" },
      context: { type: "string" },
    },
  });
}
