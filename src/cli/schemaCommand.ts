import { frameworkJsonSchema } from "../index.js";
import type { CliArgs } from "./parseCliArgs.js";
import { cliText } from "./text.js";
import type { CliIo } from "./types.js";

/**
 * Runs `tieuchi schema`: prints the framework JSON Schema exactly as `schema/framework.schema.json` holds it.
 *
 * @param args - Parsed arguments; no positionals.
 * @param io - The CLI's I/O.
 * @returns The exit code: 0, or 2 when arguments were given.
 * @example
 * await schemaCommand({ command: "schema", positionals: [], json: false, help: false, lang: "vi" }, io)
 * //=> 0
 * @category CLI
 */
export async function schemaCommand(args: CliArgs, io: CliIo): Promise<number> {
  if (args.positionals.length > 0) {
    const text = cliText(args.lang);
    io.stderr(
      `${text.wrongArgCount("schema", args.lang === "vi" ? "không có tham số" : "no arguments")}\n`,
    );
    return 2;
  }
  // CI compares this output with the committed file byte for byte
  io.stdout(`${JSON.stringify(frameworkJsonSchema(), null, 2)}\n`);
  return 0;
}
