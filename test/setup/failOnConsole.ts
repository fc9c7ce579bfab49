import { afterEach, vi } from "vitest";

// Library code must never print: output belongs to the CLI, which tests capture explicitly.
const methods = ["log", "info", "warn", "error", "debug"] as const;
let calls: string[] = [];
for (const method of methods) {
  vi.spyOn(console, method).mockImplementation((...args: unknown[]) => {
    calls.push(`console.${method}: ${args.map(String).join(" ")}`);
  });
}
afterEach(() => {
  const seen = calls;
  calls = [];
  if (seen.length > 0) throw new Error(`unexpected console output:\n${seen.join("\n")}`);
});
