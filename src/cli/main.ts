#!/usr/bin/env node
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { run } from "./run.js";

// The built file is <root>/dist/cli.js (ESM only), so the package root, where fixtures/ and
// package.json ship, is one folder up from this file wherever the package is installed.
const packageRoot = fileURLToPath(new URL("..", import.meta.url));

// `tieuchi demo | head` closes the pipe early; that is the reader's choice, not an error to trace
for (const stream of [process.stdout, process.stderr]) {
  stream.on("error", (error: NodeJS.ErrnoException) => {
    process.exit(error.code === "EPIPE" ? 0 : 2);
  });
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

run(process.argv.slice(2), {
  // bytes, so that invalid UTF-8 is reported rather than silently replaced
  readFile: (path) => readFile(path),
  readStdin,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: process.cwd(),
  packageRoot,
  env: process.env,
  readDir: (path) => readdir(path),
  writeFile: async (path, text) => {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, text, "utf8");
  },
  isTerminal: { stdout: process.stdout.isTTY === true, stderr: process.stderr.isTTY === true },
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
