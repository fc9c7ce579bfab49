import { dirname, join, resolve } from "node:path";
import { z } from "zod";
import { codeUnitOrder } from "../core/plainJson.js";
import {
  type Assessment,
  type EvaluationContext,
  type Framework,
  type FrameworkIssue,
  safeParseAssessment,
  safeParseFramework,
} from "../index.js";
import { formatIssues } from "./formatIssues.js";
import { displayPath, readJsonFile, STDIN } from "./readJsonFile.js";
import { cliText } from "./text.js";
import type { CliIo, CliLanguage } from "./types.js";

/**
 * A manifest: assessments paired with their frameworks (paths relative to the manifest's folder), with an
 * optional evaluation context per assessment. `fixtures/assessments/index.json` is one.
 */
export const AssessmentManifestSchema = /* @__PURE__ */ (() =>
  z.object({
    $schema: z.string().optional(),
    note: z.string().optional(),
    assessments: z.array(
      z.strictObject({
        file: z.string().min(1),
        framework: z.string().min(1),
        example: z.boolean().optional(),
        context: z.record(z.string(), z.unknown()).optional(),
        contextNote: z.string().optional(),
      }),
    ),
  }))();

/** One assessment read from the command line, with the framework it is evaluated against. */
export interface LoadedAssessment {
  /** The assessment's path as shown to the user (as typed, or joined to a folder or manifest path). */
  readonly file: string;
  readonly assessment: Assessment;
  readonly framework: Framework;
  /** The framework's path as shown to the user. */
  readonly frameworkFile: string;
  /** The evaluation context a manifest gives for this assessment. */
  readonly context?: EvaluationContext | undefined;
}

/** A file that could not be used: unreadable, not JSON, invalid, or without a framework. */
export interface LoadProblem {
  readonly file: string;
  /** One or more lines in the chosen language, naming the file. */
  readonly message: string;
  readonly issues: readonly FrameworkIssue[];
}

/** What `loadAssessmentSet` read: the assessments in a stable order, and every file it could not use. */
export interface AssessmentSet {
  readonly items: readonly LoadedAssessment[];
  readonly problems: readonly LoadProblem[];
}

/** The lines of the loader, in Vietnamese and English. */
const TEXT = {
  vi: {
    neither: (path: string) =>
      `${path}: không phải bộ tiêu chí, kết quả đánh giá hay danh mục kết quả đánh giá.`,
    noFramework: (path: string, id: string, version: string) =>
      `${path}: không tìm thấy bộ tiêu chí ${id} phiên bản ${version}; hãy chỉ ra bằng --framework <tệp.json> hoặc đưa tệp bộ tiêu chí vào danh sách.`,
    otherFramework: (path: string, id: string, version: string, given: string) =>
      `${path}: kết quả đánh giá theo bộ tiêu chí ${id} phiên bản ${version}, không phải ${given}.`,
    emptyFolder: (path: string) => `${path}: thư mục không có tệp .json nào.`,
    manifest: (path: string) =>
      `${path}: danh mục không đúng định dạng (cần { "assessments": [{ "file", "framework" }] }).`,
  },
  en: {
    neither: (path: string) => `${path}: neither a framework, an assessment nor a manifest.`,
    noFramework: (path: string, id: string, version: string) =>
      `${path}: framework ${id} version ${version} not found; give it with --framework <file.json> or list its file.`,
    otherFramework: (path: string, id: string, version: string, given: string) =>
      `${path}: the assessment is of framework ${id} version ${version}, not ${given}.`,
    emptyFolder: (path: string) => `${path}: the folder has no .json file.`,
    manifest: (path: string) =>
      `${path}: not a valid manifest (expected { "assessments": [{ "file", "framework" }] }).`,
  },
} as const;

type Kind = "framework" | "assessment" | "manifest" | undefined;

function kindOf(value: unknown): Kind {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  if (Array.isArray(record.assessments)) return "manifest";
  if (Array.isArray(record.nodes)) return "framework";
  if (Array.isArray(record.entries) || typeof record.subject === "object") return "assessment";
  return undefined;
}

function problem(
  file: string,
  code: string,
  messages: { readonly vi: string; readonly en: string },
  lang: CliLanguage,
): LoadProblem {
  return {
    file,
    message: messages[lang],
    issues: [{ code, path: [], message: messages.en, messages, severity: "error" }],
  };
}

interface Pending {
  readonly file: string;
  readonly assessment: Assessment;
  /** The framework path a manifest names, as shown. */
  readonly frameworkFile?: string | undefined;
  readonly context?: EvaluationContext | undefined;
}

/**
 * Reads the assessments named on a command line — files, folders (every `.json` file in it, in code
 * unit order, or the folder's `index.json` when it is a manifest) and manifests — and pairs each with
 * its framework: `--framework` when given, else the one its manifest names, else a framework file
 * listed among the inputs with the same id and version, else the package's bundled framework of that
 * id and version. Never throws: every file that cannot be used is a problem naming it.
 *
 * @param io - The CLI's I/O (`readDir` is needed for folders).
 * @param inputs - The paths as typed (`-` is standard input).
 * @param options - The language of messages, and the `--framework` file if given.
 * @returns The assessments in input order (a folder's in name order) and the problems.
 * @example
 * const set = await loadAssessmentSet(io, ["fixtures/assessments/index.json"], { lang: "en" });
 * set.problems.length
 * //=> 0
 * @category CLI
 */
export async function loadAssessmentSet(
  io: CliIo,
  inputs: readonly string[],
  options: { readonly lang: CliLanguage; readonly framework?: string | undefined },
): Promise<AssessmentSet> {
  const { lang } = options;
  const text = cliText(lang);
  const problems: LoadProblem[] = [];
  const pending: Pending[] = [];
  const listed: { file: string; framework: Framework }[] = [];
  const frameworkCache = new Map<string, Framework | null>();

  const readFramework = async (file: string): Promise<Framework | undefined> => {
    const key = file === STDIN ? STDIN : resolve(io.cwd, file);
    const cached = frameworkCache.get(key);
    if (cached !== undefined) return cached ?? undefined;
    const read = await readJsonFile(io, file, lang);
    if (!read.ok) {
      problems.push({ file, message: read.message, issues: [read.issue] });
      frameworkCache.set(key, null);
      return undefined;
    }
    const parsed = safeParseFramework(read.value);
    if (!parsed.success) {
      const issues = parsed.error.issues;
      problems.push({
        file,
        message: `${text.invalidFramework(displayPath(file), issues.length)}\n${formatIssues(issues, lang)}`,
        issues,
      });
      frameworkCache.set(key, null);
      return undefined;
    }
    frameworkCache.set(key, parsed.data);
    return parsed.data;
  };

  const parseAssessmentValue = (file: string, value: unknown): Assessment | undefined => {
    const parsed = safeParseAssessment(value);
    if (parsed.success) return parsed.data;
    const issues = parsed.error.issues;
    problems.push({
      file,
      message: `${text.invalidAssessment(displayPath(file), issues.length)}\n${formatIssues(issues, lang)}`,
      issues,
    });
    return undefined;
  };

  const readManifest = async (file: string, value: unknown): Promise<void> => {
    const manifest = AssessmentManifestSchema.safeParse(value);
    if (!manifest.success) {
      problems.push(
        problem(
          file,
          "invalid_manifest",
          { vi: TEXT.vi.manifest(file), en: TEXT.en.manifest(file) },
          lang,
        ),
      );
      return;
    }
    const base = dirname(file);
    for (const entry of manifest.data.assessments) {
      const assessmentFile = join(base, entry.file);
      const read = await readJsonFile(io, assessmentFile, lang);
      if (!read.ok) {
        problems.push({ file: assessmentFile, message: read.message, issues: [read.issue] });
        continue;
      }
      const assessment = parseAssessmentValue(assessmentFile, read.value);
      if (assessment === undefined) continue;
      pending.push({
        file: assessmentFile,
        assessment,
        frameworkFile: join(base, entry.framework),
        context: entry.context as EvaluationContext | undefined,
      });
    }
  };

  const readInputFile = async (file: string): Promise<void> => {
    const read = await readJsonFile(io, file, lang);
    if (!read.ok) {
      problems.push({ file, message: read.message, issues: [read.issue] });
      return;
    }
    const kind = kindOf(read.value);
    if (kind === "manifest") return readManifest(file, read.value);
    if (kind === "framework") {
      const parsed = safeParseFramework(read.value);
      if (parsed.success) listed.push({ file, framework: parsed.data });
      else {
        const issues = parsed.error.issues;
        problems.push({
          file,
          message: `${text.invalidFramework(displayPath(file), issues.length)}\n${formatIssues(issues, lang)}`,
          issues,
        });
      }
      return;
    }
    if (kind === "assessment") {
      const assessment = parseAssessmentValue(file, read.value);
      if (assessment !== undefined) pending.push({ file, assessment });
      return;
    }
    const shown = displayPath(file);
    problems.push(
      problem(
        file,
        "unknown_file_kind",
        { vi: TEXT.vi.neither(shown), en: TEXT.en.neither(shown) },
        lang,
      ),
    );
  };

  for (const input of inputs) {
    const names = input === STDIN ? undefined : await listFolder(io, resolve(io.cwd, input));
    if (names === undefined) {
      await readInputFile(input);
      continue;
    }
    if (names.includes("index.json")) {
      await readInputFile(join(input, "index.json"));
      continue;
    }
    const files = names.filter((name) => name.endsWith(".json")).sort(codeUnitOrder);
    if (files.length === 0) {
      problems.push(
        problem(
          input,
          "empty_folder",
          { vi: TEXT.vi.emptyFolder(input), en: TEXT.en.emptyFolder(input) },
          lang,
        ),
      );
    }
    for (const name of files) await readInputFile(join(input, name));
  }

  const given =
    options.framework === undefined ? undefined : await readFramework(options.framework);
  if (options.framework !== undefined && given === undefined) return { items: [], problems };

  const items: LoadedAssessment[] = [];
  for (const entry of pending) {
    const { id, version } = entry.assessment.framework;
    let framework: Framework | undefined;
    let frameworkFile: string | undefined;
    if (given !== undefined && options.framework !== undefined) {
      framework = given;
      frameworkFile = options.framework;
    } else if (entry.frameworkFile !== undefined) {
      framework = await readFramework(entry.frameworkFile);
      frameworkFile = entry.frameworkFile;
      if (framework === undefined) continue;
    } else {
      const match = listed.find((f) => f.framework.id === id && f.framework.version === version);
      if (match !== undefined) {
        framework = match.framework;
        frameworkFile = match.file;
      } else {
        const bundled = await bundledFramework(io, id, version, lang);
        framework = bundled?.framework;
        frameworkFile = bundled?.file;
      }
    }
    const shown = displayPath(entry.file);
    if (framework === undefined || frameworkFile === undefined) {
      problems.push(
        problem(
          entry.file,
          "framework_not_found",
          {
            vi: TEXT.vi.noFramework(shown, id, version),
            en: TEXT.en.noFramework(shown, id, version),
          },
          lang,
        ),
      );
      continue;
    }
    if (framework.id !== id || framework.version !== version) {
      const name = `${framework.id} ${framework.version}`;
      problems.push(
        problem(
          entry.file,
          "other_framework",
          {
            vi: TEXT.vi.otherFramework(shown, id, version, name),
            en: TEXT.en.otherFramework(shown, id, version, name),
          },
          lang,
        ),
      );
      continue;
    }
    items.push({
      file: entry.file,
      assessment: entry.assessment,
      framework,
      frameworkFile,
      ...(entry.context === undefined ? {} : { context: entry.context }),
    });
  }
  return { items, problems };
}

/** A folder's entry names, or undefined when the path is not a folder (or folders cannot be read). */
async function listFolder(io: CliIo, absolutePath: string): Promise<readonly string[] | undefined> {
  if (io.readDir === undefined) return undefined;
  try {
    return await io.readDir(absolutePath);
  } catch {
    // ENOTDIR (a file) or ENOENT (reported by the file read that follows)
    return undefined;
  }
}

/** The package's bundled framework (fixtures/frameworks) with this id and version, if any. */
async function bundledFramework(
  io: CliIo,
  id: string,
  version: string,
  lang: CliLanguage,
): Promise<{ framework: Framework; file: string } | undefined> {
  const folder = resolve(io.packageRoot, "fixtures/frameworks");
  const names = await listFolder(io, folder);
  if (names === undefined) return undefined;
  for (const name of [...names].sort(codeUnitOrder)) {
    if (!name.endsWith(".json")) continue;
    const file = join(folder, name);
    const read = await readJsonFile(io, file, lang);
    if (!read.ok) continue;
    const head = read.value as { id?: unknown; version?: unknown } | null;
    if (head?.id !== id || head.version !== version) continue;
    const parsed = safeParseFramework(read.value);
    if (parsed.success) return { framework: parsed.data, file };
  }
  return undefined;
}
