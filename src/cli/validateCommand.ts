import { fromZodError } from "../core/issue.js";
import { VariantSchema } from "../index.js";
import { countCriteria } from "./countCriteria.js";
import { formatIssues } from "./formatIssues.js";
import { checkManyCommand, isManyInput, parseFrameworkWithPositions } from "./manyFiles.js";
import type { CliArgs } from "./parseCliArgs.js";
import { displayPath, readDataFile } from "./readJsonFile.js";
import { cliText } from "./text.js";
import type { CliIo } from "./types.js";

/**
 * Runs `tieuchi validate <framework.json>`: schema and structural errors, each with its path (and
 * line and column for YAML). Several files, a folder, a `*` pattern, a manifest or an assessment are
 * checked by `checkManyCommand` (each assessment against its framework).
 *
 * @param args - Parsed arguments; one positional, the framework file.
 * @param io - The CLI's I/O.
 * @returns The exit code: 0 valid, 1 errors, 2 unreadable file or wrong usage.
 * @example
 * await validateCommand({ command: "validate", positionals: ["tt124.json"], json: false, help: false, lang: "en" }, io)
 * //=> 0
 * @category CLI
 */
export async function validateCommand(args: CliArgs, io: CliIo): Promise<number> {
  const text = cliText(args.lang);
  const [path] = args.positionals;
  if (path === undefined) {
    io.stderr(
      `${text.wrongArgCount("validate", args.lang === "vi" ? "ít nhất một tệp" : "at least one file")}\n`,
    );
    return 2;
  }
  // many files, a folder, a pattern, a manifest or an assessment: each checked against its framework
  if (await isManyInput(io, args)) return checkManyCommand(args, io, "validate");
  const read = await readDataFile(io, path, args.lang);
  if (!read.ok) {
    io.stderr(`${read.message}\n`);
    return 2;
  }
  const value = read.value;
  // a provincial variant is a different document: check its own shape and say how to resolve it
  // (a resolved framework also records `variantOf`, but has no `operations`)
  if (
    typeof value === "object" &&
    value !== null &&
    Object.hasOwn(value, "variantOf") &&
    Object.hasOwn(value, "operations")
  ) {
    const variant = VariantSchema.safeParse(value);
    const issues = variant.success ? [] : fromZodError(variant.error);
    if (args.json) {
      io.stdout(`${JSON.stringify({ valid: variant.success, issues }, null, 2)}\n`);
      return variant.success ? 0 : 1;
    }
    if (!variant.success) {
      io.stdout(
        `${text.invalidVariant(displayPath(path), issues.length)}\n${formatIssues(issues, args.lang)}`,
      );
      return 1;
    }
    const data = variant.data;
    io.stdout(
      `${text.validVariant(displayPath(path), data.id, data.version, data.variantOf.id, data.operations.length)}\n`,
    );
    return 0;
  }
  const result = await parseFrameworkWithPositions(io, path, value, args.lang);
  if (args.json) {
    const issues = result.success ? [] : result.error.issues;
    io.stdout(`${JSON.stringify({ valid: result.success, issues }, null, 2)}\n`);
    return result.success ? 0 : 1;
  }
  if (!result.success) {
    const issues = result.error.issues;
    io.stdout(
      `${text.invalidFramework(displayPath(path), issues.length)}\n${formatIssues(issues, args.lang)}`,
    );
    return 1;
  }
  const framework = result.data;
  io.stdout(
    `${text.valid(displayPath(path), framework.id, framework.version, countCriteria(framework.nodes))}\n`,
  );
  return 0;
}
