import { dirname, join, resolve } from "node:path";
import {
  type Assessment,
  type AssessmentDiff,
  checkAssessment,
  diffAssessments,
  diffEvaluations,
  diffFrameworks,
  type EntryChange,
  type EvaluationContext,
  type EvaluationDiff,
  evaluate,
  type Framework,
  type FrameworkDiff,
  type FrameworkNode,
  formatReason,
  type NumberChange,
  safeParseAssessment,
  safeParseFramework,
} from "../index.js";
import { formatIssues } from "./formatIssues.js";
import { label } from "./label.js";
import { DEMO_MANIFEST } from "./loadDemoRows.js";
import type { CliArgs } from "./parseCliArgs.js";
import { displayPath, readJsonFile, STDIN } from "./readJsonFile.js";
import { reportLabels } from "./reportLabels.js";
import { cliText } from "./text.js";
import type { CliIo, CliLanguage } from "./types.js";

/** The lines `tieuchi diff` prints, in Vietnamese and English. */
interface DiffText {
  readonly files: string;
  readonly mixed: (a: string, b: string) => string;
  readonly neither: (path: string) => string;
  readonly noFramework: (path: string, id: string, version: string) => string;
  readonly otherFramework: (path: string, id: string, given: string) => string;
  readonly frameworks: (from: string, to: string) => string;
  readonly noChanges: string;
  readonly changes: (count: number) => string;
  readonly suggestions: (count: number) => string;
  readonly framework: string;
  readonly subject: string;
  readonly period: string;
  readonly won: (count: number) => string;
  readonly lost: (count: number) => string;
  readonly other: (count: number) => string;
  readonly before: string;
  readonly after: string;
  readonly met: string;
  readonly points: string;
  readonly score: string;
  readonly tier: string;
  readonly noTier: string;
  readonly conditions: (tier: string) => string;
  readonly contributions: string;
  readonly rest: string;
  readonly entries: (count: number) => string;
  readonly entryAdded: string;
  readonly entryRemoved: string;
  readonly evidence: (added: number, removed: number) => string;
  readonly noteChanged: string;
}

const VI: DiffText = {
  files: "hai tệp: <trước.json> <sau.json> (hai bộ tiêu chí hoặc hai kết quả đánh giá)",
  mixed: (a, b) =>
    `${a} và ${b}: một tệp là bộ tiêu chí, tệp kia là kết quả đánh giá; chỉ so sánh được hai tệp cùng loại.`,
  neither: (path) => `${path}: không phải bộ tiêu chí cũng không phải kết quả đánh giá.`,
  noFramework: (path, id, version) =>
    `${path}: không tìm thấy bộ tiêu chí ${id} phiên bản ${version}; hãy chỉ ra bằng --framework <tệp.json>.`,
  otherFramework: (path, id, given) =>
    `${path}: kết quả đánh giá theo bộ tiêu chí ${id}, không phải ${given} (--framework).`,
  frameworks: (from, to) => `Bộ tiêu chí: ${from} → ${to}`,
  noChanges: "Không có thay đổi.",
  changes: (count) => `Thay đổi (${count}):`,
  suggestions: (count) => `Có thể tương ứng (theo tên, chưa áp dụng) (${count}):`,
  framework: "Bộ tiêu chí",
  subject: "Đối tượng",
  period: "Kỳ",
  won: (count) => `Tiêu chí mới đạt (${count}):`,
  lost: (count) => `Tiêu chí không còn đạt (${count}):`,
  other: (count) => `Thay đổi khác (${count}):`,
  before: "trước",
  after: "sau",
  met: "Đạt",
  points: "Điểm",
  score: "Điểm số",
  tier: "Mức",
  noTier: "Chưa đạt",
  conditions: (tier) => `Điều kiện của mức "${tier}" đổi:`,
  contributions: "Đóng góp vào thay đổi điểm số",
  rest: "phần do trọng số/mẫu số thay đổi",
  entries: (count) => `Mục trong kết quả đánh giá thay đổi (${count}):`,
  entryAdded: "mục mới",
  entryRemoved: "mục bị bỏ",
  evidence: (added, removed) => `minh chứng +${added}/-${removed}`,
  noteChanged: "ghi chú đổi",
};

const EN: DiffText = {
  files: "two files: <before.json> <after.json> (two frameworks or two assessments)",
  mixed: (a, b) =>
    `${a} and ${b}: one is a framework, the other an assessment; only two files of one kind can be compared.`,
  neither: (path) => `${path}: neither a framework nor an assessment.`,
  noFramework: (path, id, version) =>
    `${path}: framework ${id} version ${version} not found; give it with --framework <file.json>.`,
  otherFramework: (path, id, given) =>
    `${path}: the assessment is of framework ${id}, not ${given} (--framework).`,
  frameworks: (from, to) => `Framework: ${from} → ${to}`,
  noChanges: "No changes.",
  changes: (count) => `Changes (${count}):`,
  suggestions: (count) => `Possible matches (by title, not applied) (${count}):`,
  framework: "Framework",
  subject: "Subject",
  period: "Period",
  won: (count) => `Criteria won (${count}):`,
  lost: (count) => `Criteria lost (${count}):`,
  other: (count) => `Other changes (${count}):`,
  before: "before",
  after: "after",
  met: "Met",
  points: "Points",
  score: "Score",
  tier: "Tier",
  noTier: "no tier reached",
  conditions: (tier) => `Conditions of tier "${tier}" that flipped:`,
  contributions: "Contributions to the score change",
  rest: "re-weighting and rounding",
  entries: (count) => `Assessment entries changed (${count}):`,
  entryAdded: "entry added",
  entryRemoved: "entry removed",
  evidence: (added, removed) => `evidence +${added}/-${removed}`,
  noteChanged: "note changed",
};

/** What a parsed JSON file looks like it is, before validating it. */
function kindOf(value: unknown): "framework" | "assessment" | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  if (typeof record.framework === "object" && record.framework !== null) return "assessment";
  if (Array.isArray(record.nodes) || typeof record.scoring === "object") return "framework";
  if (Array.isArray(record.entries)) return "assessment";
  return undefined;
}

/** A signed difference: `+2`, `-1`, `0`. */
function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}

function numberChange(change: NumberChange): string {
  return `${change.before} → ${change.after} (${signed(change.delta)})`;
}

function findNode(nodes: readonly FrameworkNode[], id: string): FrameworkNode | undefined {
  for (const node of nodes) {
    if (node.id === id) return node;
    const children = (node as { children?: readonly FrameworkNode[] }).children;
    const found = children === undefined ? undefined : findNode(children, id);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Formats a framework diff as text lines. */
function formatFrameworkDiff(diff: FrameworkDiff, lang: CliLanguage): string {
  const t = lang === "vi" ? VI : EN;
  const lines = [
    t.frameworks(`${diff.from.id} ${diff.from.version}`, `${diff.to.id} ${diff.to.version}`),
  ];
  if (diff.changes.length === 0) {
    lines.push(t.noChanges);
  } else {
    lines.push(t.changes(diff.changes.length));
    for (const change of diff.changes) lines.push(`  ${change.messages[lang]}`);
  }
  if (diff.suggestions.length > 0) {
    lines.push(t.suggestions(diff.suggestions.length));
    for (const s of diff.suggestions) lines.push(`  ${s.from} ~ ${s.to} (${s.similarity})`);
  }
  return `${lines.join("\n")}\n`;
}

function entryLine(change: EntryChange, t: DiffText, status: (s: string) => string): string {
  if (change.kind === "added") return `  ${change.node}: ${t.entryAdded}`;
  if (change.kind === "removed") return `  ${change.node}: ${t.entryRemoved}`;
  const c = change.changes;
  const parts: string[] = [];
  const show = (value: unknown) => (value === undefined ? "–" : JSON.stringify(value));
  if (c.status !== undefined) {
    const side = (s: string | undefined) => (s === undefined ? "–" : status(s));
    parts.push(`${side(c.status.before)} → ${side(c.status.after)}`);
  }
  if (c.value !== undefined) parts.push(`${show(c.value.before)} → ${show(c.value.after)}`);
  for (const field of ["selfScore", "verifiedScore", "assessor"] as const) {
    const f = c[field];
    if (f !== undefined) parts.push(`${field} ${show(f.before)} → ${show(f.after)}`);
  }
  if (c.evidenceAdded !== undefined || c.evidenceRemoved !== undefined) {
    parts.push(t.evidence(c.evidenceAdded?.length ?? 0, c.evidenceRemoved?.length ?? 0));
  }
  if (c.note !== undefined) parts.push(t.noteChanged);
  return `  ${change.node}: ${parts.join("; ")}`;
}

/** Formats the diff of two assessments and of their evaluations as text lines. */
function formatAssessmentDiff(
  entries: AssessmentDiff,
  evaluations: EvaluationDiff,
  before: Framework,
  after: Framework,
  lang: CliLanguage,
): string {
  const t = lang === "vi" ? VI : EN;
  const labels = reportLabels(lang);
  const status = (s: string) => labels.status[s as keyof typeof labels.status] ?? s;
  const lines: string[] = [];
  const fw = evaluations.framework;
  const sameFramework = fw.before.id === fw.after.id && fw.before.version === fw.after.version;
  lines.push(
    sameFramework
      ? `${t.framework}: ${label(after.title, lang)} (${fw.after.id} ${fw.after.version})`
      : `${t.framework}: ${fw.before.id} ${fw.before.version} → ${fw.after.id} ${fw.after.version}`,
  );
  const subjectBefore = entries.subject.before.name ?? entries.subject.before.id;
  const subjectAfter = entries.subject.after.name ?? entries.subject.after.id;
  lines.push(
    `${t.subject}: ${subjectBefore === subjectAfter ? subjectAfter : `${subjectBefore} → ${subjectAfter}`}`,
  );
  lines.push(`${t.period}: ${entries.period.before.id} → ${entries.period.after.id}`);
  if (!evaluations.changed && entries.entries.length === 0) {
    lines.push(t.noChanges);
    return `${lines.join("\n")}\n`;
  }

  const title = (id: string) => {
    const node = findNode(after.nodes, id) ?? findNode(before.nodes, id);
    return node === undefined ? id : `${id} ${label(node.title, lang)}`;
  };
  const describe = (change: EvaluationDiff["nodes"][number]) => {
    const out = [
      `  ${title(change.node)}: ${change.status.before === undefined ? "–" : status(change.status.before)} → ${change.status.after === undefined ? "–" : status(change.status.after)}`,
    ];
    if (change.reason.before !== undefined) {
      const sentence = formatReason(change.reason.before, lang, {
        framework: before,
        node: change.node,
      });
      out.push(`    ${t.before}: ${sentence}`);
    }
    if (change.reason.after !== undefined) {
      const sentence = formatReason(change.reason.after, lang, {
        framework: after,
        node: change.node,
      });
      out.push(`    ${t.after}: ${sentence}`);
    }
    return out;
  };
  const won = evaluations.nodes.filter((n) => n.kinds.includes("newlyMet"));
  const lost = evaluations.nodes.filter((n) => n.kinds.includes("newlyLost"));
  const other = evaluations.nodes.filter(
    (n) => !n.kinds.includes("newlyMet") && !n.kinds.includes("newlyLost"),
  );
  lines.push(t.won(won.length));
  for (const change of won) lines.push(...describe(change));
  lines.push(t.lost(lost.length));
  for (const change of lost) lines.push(...describe(change));
  if (other.length > 0) {
    lines.push(t.other(other.length));
    for (const change of other) lines.push(...describe(change));
  }

  const count = evaluations.count;
  lines.push(
    `${t.met}: ${count.met.before}/${count.applicable.before} → ${count.met.after}/${count.applicable.after} (${signed(count.met.delta)})`,
  );
  if (evaluations.points !== null) {
    const p = evaluations.points;
    lines.push(
      `${t.points}: ${p.earned.before}/${p.possible.before} → ${p.earned.after}/${p.possible.after} (${signed(p.earned.delta)})`,
    );
  }
  if (evaluations.score.value !== null && after.scoring.kind !== "count") {
    lines.push(`${t.score}: ${numberChange(evaluations.score.value)}`);
  }
  const tierName = (id: string | null) => {
    if (id === null) return t.noTier;
    const tier = (after.tiers ?? before.tiers ?? []).find((x) => x.id === id);
    return tier === undefined ? id : `${label(tier.title, lang)} (${id})`;
  };
  if ((after.tiers ?? []).length > 0 || (before.tiers ?? []).length > 0) {
    const { before: tierBefore, after: tierAfter } = evaluations.tier;
    lines.push(
      tierBefore === tierAfter
        ? `${t.tier}: ${tierName(tierAfter)}`
        : `${t.tier}: ${tierName(tierBefore)} → ${tierName(tierAfter)}`,
    );
    for (const tier of evaluations.tiers) {
      if (tier.conditions.length === 0) continue;
      lines.push(t.conditions(tier.tier));
      for (const c of tier.conditions) {
        lines.push(`  #${c.index} ${c.type}: ${String(c.before)} → ${String(c.after)}`);
      }
    }
  }
  const split = evaluations.contributions?.value;
  if (split !== undefined && (split.nodes.length > 0 || split.rest.value !== 0)) {
    const terms = split.nodes.map((n) => `${n.node} ${signed(n.contribution.value)}`);
    if (split.rest.value !== 0) terms.push(`${t.rest} ${signed(split.rest.value)}`);
    lines.push(`${t.contributions} (${signed(split.total.value)}): ${terms.join(", ")}`);
  }
  if (entries.entries.length > 0) {
    lines.push(t.entries(entries.entries.length));
    for (const change of entries.entries) lines.push(entryLine(change, t, status));
  }
  return `${lines.join("\n")}\n`;
}

/** An assessment's framework (and context) as found in the package's sample manifest. */
async function fromManifest(
  io: CliIo,
  absolutePath: string,
  lang: CliLanguage,
): Promise<{ path: string; context: EvaluationContext | undefined } | undefined> {
  const rootIo: CliIo = { ...io, cwd: io.packageRoot };
  const read = await readJsonFile(rootIo, DEMO_MANIFEST, lang);
  if (!read.ok) return undefined;
  const list = (read.value as { assessments?: unknown } | null)?.assessments;
  if (!Array.isArray(list)) return undefined;
  const base = resolve(io.packageRoot, dirname(DEMO_MANIFEST));
  for (const entry of list as readonly Record<string, unknown>[]) {
    if (typeof entry?.file !== "string" || typeof entry.framework !== "string") continue;
    if (resolve(base, entry.file) !== absolutePath) continue;
    const context =
      typeof entry.context === "object" && entry.context !== null
        ? (entry.context as EvaluationContext)
        : undefined;
    return { path: resolve(base, entry.framework), context };
  }
  return undefined;
}

/**
 * Runs `tieuchi diff <before.json> <after.json>`: two frameworks are compared with `diffFrameworks`;
 * two assessments are each evaluated against their framework (`--framework <file>`, else the one the
 * package's sample manifest names for that file, else `fixtures/frameworks/<id>.json` of the package)
 * and compared with `diffAssessments` and `diffEvaluations`: criteria won and lost with both reasons,
 * other status changes, the change of count, points, score and tier, and the per-node contributions.
 * With `--json` the diff objects are printed as JSON (`{ "kind": "frameworks", "diff" }` or
 * `{ "kind": "assessments", "changed", "assessments", "evaluations" }`).
 *
 * @param args - Parsed arguments; two positionals, the earlier and the later file.
 * @param io - The CLI's I/O.
 * @returns The exit code: 0 nothing changed, 1 something changed, 2 wrong usage or bad input
 *   (unreadable or invalid file, a framework and an assessment, no framework found).
 * @example
 * await diffCommand({ command: "diff", positionals: ["april.json", "november.json"], json: false, help: false, lang: "en", context: undefined }, io)
 * //=> 1
 * @category CLI
 */
export async function diffCommand(args: CliArgs, io: CliIo): Promise<number> {
  const t = args.lang === "vi" ? VI : EN;
  const text = cliText(args.lang);
  const [beforePath, afterPath, ...extra] = args.positionals;
  if (beforePath === undefined || afterPath === undefined || extra.length > 0) {
    io.stderr(`${text.wrongArgCount("diff", t.files)}\n`);
    return 2;
  }
  if ([beforePath, afterPath, args.framework].filter((p) => p === STDIN).length > 1) {
    io.stderr(`${text.stdinOnce}\n`);
    return 2;
  }
  const beforeFile = await readJsonFile(io, beforePath, args.lang);
  if (!beforeFile.ok) {
    io.stderr(`${beforeFile.message}\n`);
    return 2;
  }
  const afterFile = await readJsonFile(io, afterPath, args.lang);
  if (!afterFile.ok) {
    io.stderr(`${afterFile.message}\n`);
    return 2;
  }
  const kinds = [kindOf(beforeFile.value), kindOf(afterFile.value)] as const;
  for (const [index, kind] of kinds.entries()) {
    if (kind === undefined) {
      io.stderr(`${t.neither(displayPath(index === 0 ? beforePath : afterPath))}\n`);
      return 2;
    }
  }
  if (kinds[0] !== kinds[1]) {
    io.stderr(`${t.mixed(displayPath(beforePath), displayPath(afterPath))}\n`);
    return 2;
  }

  /** Parses a framework file's content, printing its issues on failure. */
  const parseFramework = (value: unknown, path: string): Framework | undefined => {
    const parsed = safeParseFramework(value);
    if (parsed.success) return parsed.data;
    const issues = parsed.error.issues;
    io.stderr(
      `${text.invalidFramework(displayPath(path), issues.length)}\n${formatIssues(issues, args.lang)}`,
    );
    return undefined;
  };

  if (kinds[0] === "framework") {
    const v1 = parseFramework(beforeFile.value, beforePath);
    if (v1 === undefined) return 2;
    const v2 = parseFramework(afterFile.value, afterPath);
    if (v2 === undefined) return 2;
    const diff = diffFrameworks(v1, v2);
    io.stdout(
      args.json
        ? `${JSON.stringify({ kind: "frameworks", diff }, null, 2)}\n`
        : formatFrameworkDiff(diff, args.lang),
    );
    return diff.changes.length > 0 ? 1 : 0;
  }

  const assessments: Assessment[] = [];
  for (const [path, file] of [
    [beforePath, beforeFile],
    [afterPath, afterFile],
  ] as const) {
    const parsed = safeParseAssessment(file.value);
    if (!parsed.success) {
      const issues = parsed.error.issues;
      io.stderr(
        `${text.invalidAssessment(displayPath(path), issues.length)}\n${formatIssues(issues, args.lang)}`,
      );
      return 2;
    }
    assessments.push(parsed.data);
  }

  let given: Framework | undefined;
  if (args.framework !== undefined) {
    const read = await readJsonFile(io, args.framework, args.lang);
    if (!read.ok) {
      io.stderr(`${read.message}\n`);
      return 2;
    }
    given = parseFramework(read.value, args.framework);
    if (given === undefined) return 2;
  }

  const rootIo: CliIo = { ...io, cwd: io.packageRoot };
  const sides: { framework: Framework; context: EvaluationContext | undefined }[] = [];
  for (const [index, file] of [beforeFile, afterFile].entries()) {
    const assessment = assessments[index]!;
    const path = index === 0 ? beforePath : afterPath;
    const { id, version } = assessment.framework;
    if (given !== undefined) {
      if (given.id !== id) {
        io.stderr(`${t.otherFramework(displayPath(path), id, given.id)}\n`);
        return 2;
      }
      sides.push({ framework: given, context: undefined });
      continue;
    }
    const listed =
      path === STDIN ? undefined : await fromManifest(io, file.absolutePath, args.lang);
    const frameworkPath = listed?.path ?? join("fixtures", "frameworks", `${id}.json`);
    const read = await readJsonFile(rootIo, frameworkPath, args.lang);
    const value = read.ok ? read.value : undefined;
    const candidate = value === undefined ? undefined : safeParseFramework(value);
    if (
      candidate === undefined ||
      !candidate.success ||
      candidate.data.id !== id ||
      candidate.data.version !== version
    ) {
      io.stderr(`${t.noFramework(displayPath(path), id, version)}\n`);
      return 2;
    }
    sides.push({ framework: candidate.data, context: listed?.context });
  }

  for (const [index, side] of sides.entries()) {
    const errors = checkAssessment(assessments[index]!, side.framework).filter(
      (issue) => issue.severity === "error",
    );
    if (errors.length > 0) {
      const path = displayPath(index === 0 ? beforePath : afterPath);
      io.stderr(
        `${text.assessmentMismatch(path, errors.length)}\n${formatIssues(errors, args.lang)}`,
      );
      return 2;
    }
  }

  const [before, after] = assessments as [Assessment, Assessment];
  const [beforeSide, afterSide] = sides as [(typeof sides)[0], (typeof sides)[0]];
  const assessmentDiff = diffAssessments(before, after);
  const mismatch = assessmentDiff.issues.filter((issue) => issue.severity === "error");
  if (mismatch.length > 0) {
    io.stderr(formatIssues(mismatch, args.lang));
    return 2;
  }
  const warnings = assessmentDiff.issues.filter((issue) => issue.severity !== "error");
  if (warnings.length > 0) io.stderr(formatIssues(warnings, args.lang));
  const evaluationDiff = diffEvaluations(
    evaluate(beforeSide.framework, before, beforeSide.context),
    evaluate(afterSide.framework, after, afterSide.context),
    afterSide.framework,
  );
  const changed = evaluationDiff.changed || assessmentDiff.entries.length > 0;
  io.stdout(
    args.json
      ? `${JSON.stringify(
          {
            kind: "assessments",
            changed,
            assessments: assessmentDiff,
            evaluations: evaluationDiff,
          },
          null,
          2,
        )}\n`
      : formatAssessmentDiff(
          assessmentDiff,
          evaluationDiff,
          beforeSide.framework,
          afterSide.framework,
          args.lang,
        ),
  );
  return changed ? 1 : 0;
}
