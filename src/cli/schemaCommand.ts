import { generateJsonSchema, JSON_SCHEMA_KINDS, type JsonSchemaKind } from "./jsonSchemaOf.js";
import type { CliArgs } from "./parseCliArgs.js";
import { cliText } from "./text.js";
import type { CliIo } from "./types.js";

/**
 * Runs `tieuchi schema [framework|variant|assessment]`: prints the JSON Schema of framework files (the
 * default), variant files or assessment files, generated from the zod schema. `npm run schema` writes
 * the output to `schema/<kind>.schema.json` and CI checks that the committed files are identical.
 *
 * @param args - Parsed arguments; at most one positional, the kind.
 * @param io - The CLI's I/O.
 * @returns The exit code: 0, or 2 for an unknown kind or more than one argument.
 * @example
 * await schemaCommand({ command: "schema", positionals: ["assessment"], json: false, help: false, lang: "vi" }, io)
 * //=> 0
 * @category CLI
 */
export async function schemaCommand(args: CliArgs, io: CliIo): Promise<number> {
  const kind = args.positionals[0] ?? "framework";
  if (args.positionals.length > 1 || !(JSON_SCHEMA_KINDS as readonly string[]).includes(kind)) {
    const text = cliText(args.lang);
    io.stderr(
      `${text.wrongArgCount(
        "schema",
        args.lang === "vi"
          ? "một trong framework, variant, assessment (hoặc không có tham số)"
          : "one of framework, variant, assessment (or no argument)",
      )}\n`,
    );
    return 2;
  }
  // CI compares this output with the committed file byte for byte
  io.stdout(`${JSON.stringify(generateJsonSchema(kind as JsonSchemaKind), null, 2)}\n`);
  return 0;
}
