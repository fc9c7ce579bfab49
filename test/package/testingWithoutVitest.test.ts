import { execFileSync } from "node:child_process";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");

describe("tieuchi/testing without vitest", () => {
  it("loads the built dist/testing.js in a plain node process and asserts with it", () => {
    execFileSync("npx", ["tsup", "--silent"], { cwd: ROOT, stdio: "ignore" });
    const probe = `
      const t = await import(${JSON.stringify(resolve(ROOT, "dist/testing.js"))});
      let threw = false;
      try { t.assertValidFramework({}); } catch (e) { threw = e instanceof Error && e.message.length > 0; }
      if (typeof t.assertValidFramework !== "function" || !threw) process.exit(3);
      if ("setupMatchers" in t) process.exit(4);
      console.log("ok");
    `;
    const out = execFileSync(process.execPath, ["--input-type=module", "-e", probe], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(out.trim()).toBe("ok");
    // a full tsup build (five entries with their .d.ts since tieuchi/report): 79 s alone and 150 s during the
    // full suite on a loaded 2-core machine
  }, 300_000);
});
