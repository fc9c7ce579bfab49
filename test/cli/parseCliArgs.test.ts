import { describe, expect, it } from "vitest";
import { parseCliArgs } from "../../src/cli/parseCliArgs.js";

describe("parseCliArgs", () => {
  it("splits the command from its files and defaults to Vietnamese", () => {
    expect(parseCliArgs(["score", "f.json", "a.json"])).toEqual({
      ok: true,
      args: {
        command: "score",
        positionals: ["f.json", "a.json"],
        json: false,
        help: false,
        lang: "vi",
        context: undefined,
        version: false,
        requireTier: undefined,
      },
    });
  });

  it("reads --json, --lang en and -h wherever they appear", () => {
    const parsed = parseCliArgs(["--lang", "en", "demo", "--json", "-h"]);
    expect(parsed).toEqual({
      ok: true,
      args: {
        command: "demo",
        positionals: [],
        json: true,
        help: true,
        lang: "en",
        context: undefined,
        version: false,
        requireTier: undefined,
      },
    });
  });

  it("turns 'help <command>' into that command's help", () => {
    const parsed = parseCliArgs(["help", "lint"]);
    expect(parsed.ok && parsed.args).toMatchObject({ command: "lint", help: true });
  });

  it("rejects a language other than vi and en, in both languages", () => {
    const parsed = parseCliArgs(["demo", "--lang", "fr"]);
    expect(parsed).toEqual({
      ok: false,
      lang: "vi",
      messages: {
        vi: '--lang chỉ nhận "vi" hoặc "en" (nhận được "fr").',
        en: '--lang takes "vi" or "en" (got "fr").',
      },
    });
  });

  it("reports an unknown option instead of throwing", () => {
    const parsed = parseCliArgs(["validate", "f.json", "--verbose"]);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.messages.en).toBe(
      'Unknown option: --verbose. See "tieuchi --help".',
    );
    expect(!parsed.ok && parsed.messages.vi).toBe(
      'Tuỳ chọn không tồn tại: --verbose. Xem "tieuchi --help".',
    );
  });
});
