import type { CliArgs } from "./parseCliArgs.js";
import type { CliIo } from "./types.js";

export async function demoCommand(_args: CliArgs, _io: CliIo): Promise<number> {
  return 0;
}
