import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

const sources = [
  ...readdirSync("src/framework/lint").map((file) => `src/framework/lint/${file}`),
  "src/framework/resolveVariant.ts",
  "src/framework/resolveVariantChain.ts",
  "src/framework/safeParseFramework.ts",
  "src/core/copyInput.ts",
];

describe("docs/lint-rules.md", () => {
  it("documents every issue code the framework checks can produce", () => {
    const docs = readFileSync("docs/lint-rules.md", "utf8");
    const codes = new Set(
      sources.flatMap((file) =>
        [...readFileSync(file, "utf8").matchAll(/"([a-z]+(?:_[a-z]+)+)"/g)].map(
          (match) => match[1]!,
        ),
      ),
    );
    expect(codes.size).toBeGreaterThan(30);
    expect([...codes].filter((code) => !docs.includes(`\`${code}\``))).toEqual([]);
  });
});
