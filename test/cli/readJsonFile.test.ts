import { describe, expect, it } from "vitest";
import { readJsonFile } from "../../src/cli/readJsonFile.js";
import { memoryIo } from "./memoryIo.js";

describe("readJsonFile", () => {
  it("resolves a relative path against the working directory", async () => {
    const { io } = memoryIo({ "/work/data/f.json": '{"id":"x"}' });
    expect(await readJsonFile(io, "data/f.json", "en")).toEqual({
      ok: true,
      value: { id: "x" },
      absolutePath: "/work/data/f.json",
    });
  });

  it("accepts a byte order mark", async () => {
    const { io } = memoryIo({ "/work/f.json": '\uFEFF{"a":1}' });
    expect(await readJsonFile(io, "f.json", "vi")).toMatchObject({ ok: true, value: { a: 1 } });
  });

  it("names the path of a missing file", async () => {
    const { io } = memoryIo();
    expect(await readJsonFile(io, "missing.json", "vi")).toMatchObject({
      ok: false,
      message: "missing.json: không tìm thấy tệp.",
      issue: { code: "file_not_found", path: [], message: "missing.json: file not found." },
    });
  });

  it("names the path of a file that is not JSON", async () => {
    const { io } = memoryIo({ "/work/bad.json": "{ id: 1 }" });
    const result = await readJsonFile(io, "bad.json", "en");
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/^bad\.json: not valid JSON \(/);
  });

  it("reports other read failures with their error code", async () => {
    const { io } = memoryIo();
    const failing = {
      ...io,
      readFile: async () => {
        throw Object.assign(new Error("EISDIR"), { code: "EISDIR" });
      },
    };
    expect(await readJsonFile(failing, "dir", "en")).toMatchObject({
      ok: false,
      message: "dir: cannot read the file (EISDIR).",
      issue: { code: "unreadable_file" },
    });
  });
});
