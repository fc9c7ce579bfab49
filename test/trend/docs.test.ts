import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/run.js";

// docs/track-a-ward.md is true: its `$ tieuchi trend` example prints what the page shows (the lines
// before "…" start the output, the lines after it end it), and its ts samples run and log what their
// comments say (the samples also type-check in test/docs/links.test.ts).
const ROOT = resolve(import.meta.dirname, "../..");
const PAGE = readFileSync(join(ROOT, "docs/track-a-ward.md"), "utf8");

async function cli(argv: readonly string[]): Promise<string> {
  let output = "";
  await run(argv, {
    readFile: async (path) => readFileSync(path, "utf8"),
    stdout: (chunk) => {
      output += chunk;
    },
    stderr: (chunk) => {
      output += chunk;
    },
    cwd: ROOT,
    packageRoot: ROOT,
  });
  return output;
}

describe("docs/track-a-ward.md", () => {
  it("shows what tieuchi trend prints", async () => {
    const match = /^\$ tieuchi (.+)\n([\s\S]*?)\n```/m.exec(PAGE);
    expect(match).not.toBeNull();
    const output = await cli(match![1]!.split(" "));
    const [head, tail] = match![2]!.split("\n…\n");
    expect(output.startsWith(`${head}\n`)).toBe(true);
    expect(output.endsWith(`${tail}\n`)).toBe(true);
  });

  it("logs what the comments of its samples say", async () => {
    const samples = [...PAGE.matchAll(/^```ts\n([\s\S]*?)\n```/gm)].map((m) => m[1]!);
    expect(samples).toHaveLength(4);
    for (const sample of samples) {
      const logged: string[] = [];
      const code = sample
        .replace(/^import \{ readFileSync \} from "node:fs";\n/m, "")
        .replace(/^import \{([^}]*)\} from "tieuchi";\n/m, (_, names: string) => {
          const list = names
            .split(",")
            .map((n) => n.trim())
            .filter((n) => n !== "" && !n.startsWith("type "));
          return `const { ${list.join(", ")} } = lib;\n`;
        })
        .replace(/: TrendInput\[\]/g, "")
        .replace(/\(file: string, framework: typeof qd5764\)/g, "(file, framework)")
        .replace(/\((path|file): string\)/g, "($1)");
      const lib = await import("../../src/index.js");
      const previous = process.cwd();
      process.chdir(ROOT);
      try {
        new Function("lib", "readFileSync", "console", code)(lib, readFileSync, {
          log: (...values: unknown[]) =>
            logged.push(values.map((v) => JSON.stringify(v)).join(" ")),
        });
      } finally {
        process.chdir(previous);
      }
      const expected = [...sample.matchAll(/^\/\/ (.*)$/gm)].map((m) => m[1]!).join(" ");
      const normal = (text: string) => text.replace(/\s+/g, "").replace(/"([a-zA-Z]+)":/g, "$1:");
      expect(normal(logged.join(" "))).toBe(normal(expected));
    }
  });
});
