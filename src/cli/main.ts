#!/usr/bin/env node
import { realpathSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, resolve } from "node:path";
import { run } from "./run.js";

// The built file is <root>/dist/cli.js; realpath follows the node_modules/.bin symlink. (argv, not
// import.meta, because tsup also emits a CommonJS copy of this entry.)
const packageRoot = resolve(dirname(realpathSync(process.argv[1] ?? ".")), "..");

// `tieuchi demo | head` closes the pipe early; that is the reader's choice, not an error to trace
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    process.exit(error.code === "EPIPE" ? 0 : 2);
  });
}

run(process.argv.slice(2), {
  readFile: (path) => readFile(path, "utf8"),
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  packageRoot,
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
