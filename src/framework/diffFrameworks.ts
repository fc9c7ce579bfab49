import { type FrameworkIssue, makeIssue } from "../core/issue.js";
import { canonical, codeUnitOrder, copyPlain } from "../core/plainJson.js";
import type { Framework, FrameworkNode, FrameworkRef, Labels } from "./schema.js";
import { walkNodes } from "./walk.js";

/** What one change between two framework versions is. */
export type FrameworkChangeKind =
  | "scoring_changed"
  | "subject_kind_added"
  | "subject_kind_removed"
  | "window_changed"
  | "node_added"
  | "node_removed"
  | "node_renamed"
  | "node_moved"
  | "node_kind_changed"
  | "node_reweighted"
  | "node_retargeted"
  | "node_repointed"
  | "rule_kind_changed"
  | "value_type_changed"
  | "unit_changed"
  | "value_changed"
  | "tier_added"
  | "tier_removed"
  | "tier_renamed"
  | "tier_conditions_changed";

/**
 * One change between two versions of a framework, issue-like: a kind, a path and a message in
 * Vietnamese and English. `path` points into `v2` (into `v1` for what `v2` no longer has). Only the
 * keys that apply are present.
 */
export interface FrameworkChange {
  readonly kind: FrameworkChangeKind;
  readonly path: readonly (string | number)[];
  /** The node's id in `v2` (in `v1` for `node_removed`). */
  readonly node?: string;
  /** The node's id in `v1` when it differs from `node` (matched through the map). */
  readonly from?: string;
  readonly tier?: string;
  readonly subjectKind?: string;
  /** The field that changed (`weight`, `points`, `comparator`, `target`, `factor`, `of`, …). */
  readonly field?: string;
  /** The content before and after; a side without it has no key. */
  readonly before?: unknown;
  readonly after?: unknown;
  /** The English message (the same text as `messages.en`). */
  readonly message: string;
  readonly messages: { readonly vi: string; readonly en: string };
}

/** A pair of nodes with similar titles that may correspond: listed, never applied. */
export interface MatchSuggestion {
  readonly from: string;
  readonly to: string;
  /** Dice coefficient of the character bigrams of the normalised titles, in (0, 1], 3 decimals. */
  readonly similarity: number;
}

/** The result of `diffFrameworks`: plain JSON data that shares no objects with the inputs. */
export interface FrameworkDiff {
  readonly from: { readonly id: string; readonly version: string };
  readonly to: { readonly id: string; readonly version: string };
  /** The changes, in a fixed order: scoring, subject kinds, nodes (by id), tiers (by id). */
  readonly changes: readonly FrameworkChange[];
  /** The nodes matched through the map (`to: null` = stated as dropped), sorted by `from`. */
  readonly mapped: readonly { readonly from: string; readonly to: string | null }[];
  /** Unmatched nodes of `v1` and `v2` with similar titles, most similar first. Never applied. */
  readonly suggestions: readonly MatchSuggestion[];
  /** Map entries that could not be used: `map_unknown_node`, `map_target_taken`. */
  readonly issues: readonly FrameworkIssue[];
}

/** Options of `diffFrameworks`. */
export interface DiffFrameworksOptions {
  /**
   * Explicit correspondence: a `v1` node id → its `v2` node id, or `null` when it has none. It is laid
   * over the map the frameworks declare (`v1.successor.nodeMap` naming `v2`, `v2.predecessor.nodeMap`
   * naming `v1`), entry by entry.
   */
  readonly map?: Readonly<Record<string, string | null>>;
  /** The least similarity listed in `suggestions`; default 0.6. */
  readonly suggestAbove?: number;
}

/** Whether a reference names this framework (its id, and its version when the reference gives one). */
function names(ref: FrameworkRef | undefined, framework: Framework): ref is FrameworkRef {
  return (
    ref !== undefined &&
    ref.id === framework.id &&
    (ref.version === undefined || ref.version === framework.version)
  );
}

/**
 * The node map the frameworks declare: `v1.successor.nodeMap` when it names `v2`, then
 * `v2.predecessor.nodeMap` when it names `v1` (the latter wins for a node both map). Keys are `v1` ids.
 */
function declaredNodeMap(v1: Framework, v2: Framework): Record<string, string | null> {
  const map: Record<string, string | null> = {};
  for (const ref of [v1.successor, v2.predecessor]) {
    const named = ref === v1.successor ? names(ref, v2) : names(ref, v1);
    if (!named || ref?.nodeMap === undefined) continue;
    for (const [from, to] of Object.entries(ref.nodeMap)) {
      Object.defineProperty(map, from, {
        value: to,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
  }
  return map;
}

/** How the nodes of two frameworks correspond. */
export interface NodeMatching {
  /** `v1` id → `v2` id, for matched nodes. */
  readonly forward: ReadonlyMap<string, string>;
  /** `v1` ids the map sends to `null`. */
  readonly dropped: ReadonlySet<string>;
  /** Pairs matched through the map, sorted by `from`. */
  readonly mapped: readonly { readonly from: string; readonly to: string | null }[];
  readonly issues: readonly FrameworkIssue[];
}

/**
 * Matches the nodes of `v1` to those of `v2`: an explicit map entry wins for the node it names
 * (a renumbered criterion); every other node matches the node of `v2` with the same id, unless that
 * node is already the target of a map entry. Unusable map entries become warnings.
 *
 * @internal
 */
export function matchNodes(
  v1: Framework,
  v2: Framework,
  explicit: Readonly<Record<string, string | null>> = {},
): NodeMatching {
  const map = { ...declaredNodeMap(v1, v2), ...explicit };
  const a = walkNodes(v1.nodes).byId;
  const b = walkNodes(v2.nodes).byId;
  const forward = new Map<string, string>();
  const dropped = new Set<string>();
  const taken = new Set<string>();
  const mapped: { from: string; to: string | null }[] = [];
  const issues: FrameworkIssue[] = [];
  for (const from of Object.keys(map).sort(codeUnitOrder)) {
    const to = map[from];
    if (to === undefined) continue;
    if (!a.has(from)) {
      issues.push(mapUnknown(from, "from", v1.id));
      continue;
    }
    if (to === null) {
      dropped.add(from);
      mapped.push({ from, to: null });
      continue;
    }
    if (!b.has(to)) {
      issues.push(mapUnknown(from, "to", v2.id, to));
      continue;
    }
    if (taken.has(to)) {
      issues.push(mapTargetTaken(from, to));
      continue;
    }
    taken.add(to);
    forward.set(from, to);
    mapped.push({ from, to });
  }
  for (const id of a.keys()) {
    if (forward.has(id) || dropped.has(id) || Object.hasOwn(map, id)) continue;
    if (b.has(id) && !taken.has(id)) {
      forward.set(id, id);
      taken.add(id);
    }
  }
  return { forward, dropped, mapped, issues };
}

/**
 * Compares two versions of a framework: nodes added, removed, renamed (same node, new title), moved
 * (new parent), re-weighted (`weight`, `points`), re-targeted (comparator, target, factor, tables,
 * other rule parameters, normalisation), re-pointed (the nodes a rule reads: `of`, `framework`),
 * rule kind changed, value type, unit or value constraints changed; tiers added, removed, renamed or
 * with changed conditions; subject kinds added or removed and evaluation windows changed; the
 * scoring model. Each change has a path and a message in Vietnamese and English.
 *
 * Nodes are matched by id and through the explicit `map` (a map entry wins for the node it names;
 * the schema has no place for a framework to declare one, so it is an option). Nodes left over on
 * both sides are only *suggested* as pairs when their titles are similar — diacritics-insensitive
 * (NFD, combining marks stripped, `đ` → `d`, lower case), by the Dice coefficient of character
 * bigrams — and reported as removed and added all the same. The order is fixed and independent of
 * sibling order; the inputs are never mutated and `diffFrameworks(f, f).changes` is empty.
 *
 * @param v1 - The earlier framework.
 * @param v2 - The later framework.
 * @param options - `map`: `v1` id → `v2` id or `null`; `suggestAbove`: least listed similarity.
 * @returns The changes, the map pairs used, the suggestions and issues about the map.
 * @example
 * // QĐ 5764 (22 criteria) → the 2024 set (20): both number their criteria tc1…; nothing is invented.
 * const diff = diffFrameworks(qd5764, kieuMau2024);
 * diff.changes.filter((change) => change.kind === "node_removed").map((change) => change.node)
 * //=> ["tc21", "tc22"]
 * diff.suggestions
 * //=> []
 * @category Framework
 */
export function diffFrameworks(
  v1: Framework,
  v2: Framework,
  options: DiffFrameworksOptions = {},
): FrameworkDiff {
  const matching = matchNodes(v1, v2, options.map);
  const changes: FrameworkChange[] = [];
  if (canonical(v1.scoring) !== canonical(v2.scoring)) {
    changes.push(
      change(
        "scoring_changed",
        ["scoring"],
        { before: v1.scoring, after: v2.scoring },
        {
          vi: `Cách tính điểm đổi từ ${show(v1.scoring)} thành ${show(v2.scoring)}`,
          en: `The scoring model changed from ${show(v1.scoring)} to ${show(v2.scoring)}`,
        },
      ),
    );
  }
  // Loops, not push(...list): a framework of 150 000 nodes gives a list too long to spread.
  for (const list of [
    subjectKindChanges(v1, v2),
    nodeChanges(v1, v2, matching),
    tierChanges(v1, v2),
  ]) {
    for (const item of list) changes.push(item);
  }
  const suggestions = suggest(v1, v2, matching, options.suggestAbove ?? 0.6);
  return {
    from: { id: v1.id, version: v1.version },
    to: { id: v2.id, version: v2.version },
    changes,
    mapped: matching.mapped.map((pair) => ({ ...pair })),
    suggestions,
    issues: [...matching.issues],
  };
}

// ---------------------------------------------------------------------------------------------

function subjectKindChanges(v1: Framework, v2: Framework): FrameworkChange[] {
  const a = new Map((v1.subjectKinds ?? []).map((kind) => [kind.id, kind]));
  const bList = v2.subjectKinds ?? [];
  const b = new Map(bList.map((kind) => [kind.id, kind]));
  const out: FrameworkChange[] = [];
  for (const id of [...new Set([...a.keys(), ...b.keys()])].sort(codeUnitOrder)) {
    const x = a.get(id);
    const y = b.get(id);
    const indexB = bList.findIndex((kind) => kind.id === id);
    if (x === undefined && y !== undefined) {
      out.push(
        change(
          "subject_kind_added",
          ["subjectKinds", indexB],
          { subjectKind: id, after: y },
          {
            vi: `Thêm loại đối tượng "${id}" (${label(y.title, "vi")})`,
            en: `Subject kind "${id}" (${label(y.title, "en")}) added`,
          },
        ),
      );
    } else if (y === undefined && x !== undefined) {
      const indexA = (v1.subjectKinds ?? []).findIndex((kind) => kind.id === id);
      out.push(
        change(
          "subject_kind_removed",
          ["subjectKinds", indexA],
          { subjectKind: id, before: x },
          {
            vi: `Bỏ loại đối tượng "${id}" (${label(x.title, "vi")})`,
            en: `Subject kind "${id}" (${label(x.title, "en")}) removed`,
          },
        ),
      );
    }
    if (x !== undefined && y !== undefined && canonical(x.window) !== canonical(y.window)) {
      out.push(
        change(
          "window_changed",
          ["subjectKinds", indexB, "window"],
          { subjectKind: id, before: x.window, after: y.window },
          {
            vi: `Kỳ đánh giá của loại đối tượng "${id}" đổi từ ${windowText(x.window, "vi")} thành ${windowText(y.window, "vi")}`,
            en: `The evaluation window of subject kind "${id}" changed from ${windowText(x.window, "en")} to ${windowText(y.window, "en")}`,
          },
        ),
      );
    }
  }
  return out;
}

function windowText(
  window: { readonly start: string; readonly end: string } | undefined,
  language: "vi" | "en",
): string {
  if (window === undefined) return language === "vi" ? "(không nêu)" : "(none stated)";
  const md = (text: string) => (language === "vi" ? text.split("-").reverse().join("/") : text);
  return `${md(window.start)} – ${md(window.end)}`;
}

/** Order of the kinds of one node's changes. */
const NODE_KIND_ORDER: readonly FrameworkChangeKind[] = [
  "node_removed",
  "node_added",
  "node_renamed",
  "node_moved",
  "node_kind_changed",
  "node_reweighted",
  "rule_kind_changed",
  "node_retargeted",
  "node_repointed",
  "value_type_changed",
  "unit_changed",
  "value_changed",
];

function nodeChanges(v1: Framework, v2: Framework, matching: NodeMatching): FrameworkChange[] {
  const a = walkNodes(v1.nodes).byId;
  const b = walkNodes(v2.nodes).byId;
  const backward = new Map([...matching.forward].map(([from, to]) => [to, from]));
  const keyed: { key: string; change: FrameworkChange }[] = [];
  for (const [id, entry] of a) {
    if (matching.forward.has(id)) continue;
    const stated = matching.dropped.has(id);
    keyed.push({
      key: id,
      change: change(
        "node_removed",
        entry.path,
        { node: id, before: entry.node.title },
        {
          vi: `Bỏ ${nodeText(entry.node, "vi")}${stated ? " (theo bảng đối chiếu)" : ""}`,
          en: `${nodeText(entry.node, "en")} removed${stated ? " (as the map states)" : ""}`,
        },
      ),
    });
  }
  for (const [id, entry] of b) {
    const fromId = backward.get(id);
    if (fromId === undefined) {
      keyed.push({
        key: id,
        change: change(
          "node_added",
          entry.path,
          { node: id, after: entry.node.title },
          {
            vi: `Thêm ${nodeText(entry.node, "vi")}`,
            en: `${nodeText(entry.node, "en")} added`,
          },
        ),
      });
      continue;
    }
    const old = a.get(fromId)!;
    const parentBefore = old.parent === undefined ? null : old.parent.id;
    const parentAfter = entry.parent === undefined ? null : entry.parent.id;
    const mappedParent =
      parentBefore === null ? null : (matching.forward.get(parentBefore) ?? `(${parentBefore})`);
    for (const item of pairChanges(old.node, entry.node, entry.path, fromId, id, {
      before: parentBefore,
      after: parentAfter,
      moved: mappedParent !== parentAfter,
    })) {
      keyed.push({ key: id, change: item });
    }
  }
  keyed.sort(
    (x, y) =>
      codeUnitOrder(x.key, y.key) ||
      NODE_KIND_ORDER.indexOf(x.change.kind) - NODE_KIND_ORDER.indexOf(y.change.kind) ||
      codeUnitOrder(x.change.field ?? "", y.change.field ?? ""),
  );
  return keyed.map((item) => item.change);
}

const RULE_POINTERS = new Set(["of", "framework"]);

function pairChanges(
  x: FrameworkNode,
  y: FrameworkNode,
  path: readonly (string | number)[],
  fromId: string,
  id: string,
  parent: { before: string | null; after: string | null; moved: boolean },
): FrameworkChange[] {
  const out: FrameworkChange[] = [];
  const ids = fromId === id ? { node: id } : { node: id, from: fromId };
  const name = { vi: nodeText(y, "vi"), en: nodeText(y, "en") };
  const push = (
    kind: FrameworkChangeKind,
    where: readonly (string | number)[],
    extra: { field?: string; before?: unknown; after?: unknown },
    messages: { vi: string; en: string },
  ) => out.push(change(kind, [...path, ...where], { ...ids, ...extra }, messages));
  if (canonical(x.title) !== canonical(y.title)) {
    push(
      "node_renamed",
      ["title"],
      { before: x.title, after: y.title },
      {
        vi: `${name.vi}: tên đổi từ "${label(x.title, "vi")}" thành "${label(y.title, "vi")}"`,
        en: `${name.en}: title changed from "${label(x.title, "en")}" to "${label(y.title, "en")}"`,
      },
    );
  }
  if (parent.moved) {
    push(
      "node_moved",
      [],
      { before: parent.before, after: parent.after },
      {
        vi: `${name.vi}: chuyển từ ${parentText(parent.before, "vi")} sang ${parentText(parent.after, "vi")}`,
        en: `${name.en}: moved from ${parentText(parent.before, "en")} to ${parentText(parent.after, "en")}`,
      },
    );
  }
  if (x.kind !== y.kind) {
    push(
      "node_kind_changed",
      ["kind"],
      { before: x.kind, after: y.kind },
      {
        vi: `${name.vi}: loại mục đổi từ ${x.kind} thành ${y.kind}`,
        en: `${name.en}: node kind changed from ${x.kind} to ${y.kind}`,
      },
    );
  }
  for (const field of ["points", "weight"] as const) {
    if (canonical(x[field]) !== canonical(y[field])) {
      push("node_reweighted", [field], sides(field, x[field], y[field]), {
        vi: `${name.vi}: ${field === "weight" ? "trọng số" : "điểm"} đổi từ ${show(x[field])} thành ${show(y[field])}`,
        en: `${name.en}: ${field} changed from ${show(x[field])} to ${show(y[field])}`,
      });
    }
  }
  const ruleA = x.rule;
  const ruleB = y.rule;
  if (ruleA?.type !== ruleB?.type) {
    push("rule_kind_changed", ["rule"], sides("rule", ruleA, ruleB), {
      vi: `${name.vi}: loại quy tắc đổi từ ${ruleA?.type ?? "(không có)"} thành ${ruleB?.type ?? "(không có)"}`,
      en: `${name.en}: rule kind changed from ${ruleA?.type ?? "(none)"} to ${ruleB?.type ?? "(none)"}`,
    });
  } else if (ruleA !== undefined && ruleB !== undefined) {
    const ra = ruleA as Record<string, unknown>;
    const rb = ruleB as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(ra), ...Object.keys(rb)])]
      .filter((key) => key !== "type")
      .sort(codeUnitOrder);
    for (const key of keys) {
      if (canonical(ra[key]) === canonical(rb[key])) continue;
      const pointer = RULE_POINTERS.has(key);
      push(
        pointer ? "node_repointed" : "node_retargeted",
        ["rule", key],
        sides(key, ra[key], rb[key]),
        {
          vi: `${name.vi}: ${pointer ? "quy tắc đọc" : "quy tắc"} (${key}) đổi từ ${show(ra[key])} thành ${show(rb[key])}`,
          en: `${name.en}: rule ${key} changed from ${show(ra[key])} to ${show(rb[key])}`,
        },
      );
    }
  }
  if (canonical(x.normalize) !== canonical(y.normalize)) {
    push("node_retargeted", ["normalize"], sides("normalize", x.normalize, y.normalize), {
      vi: `${name.vi}: cách chuẩn hóa đổi từ ${show(x.normalize)} thành ${show(y.normalize)}`,
      en: `${name.en}: normalisation changed from ${show(x.normalize)} to ${show(y.normalize)}`,
    });
  }
  const va = x.value;
  const vb = y.value;
  if (va?.type !== vb?.type) {
    push("value_type_changed", ["value"], sides("value", va, vb), {
      vi: `${name.vi}: kiểu giá trị đổi từ ${va?.type ?? "(không có)"} thành ${vb?.type ?? "(không có)"}`,
      en: `${name.en}: value type changed from ${va?.type ?? "(none)"} to ${vb?.type ?? "(none)"}`,
    });
  } else if (va !== undefined && vb !== undefined && canonical(va) !== canonical(vb)) {
    const ua = unitOf(va);
    const ub = unitOf(vb);
    if (ua !== ub) {
      push("unit_changed", ["value", "unit"], sides("unit", ua, ub), {
        vi: `${name.vi}: đơn vị đổi từ ${ua ?? "(không có)"} thành ${ub ?? "(không có)"}`,
        en: `${name.en}: unit changed from ${ua ?? "(none)"} to ${ub ?? "(none)"}`,
      });
    }
    const rest = (value: object) => canonical({ ...value, unit: undefined });
    if (rest(va) !== rest(vb)) {
      push("value_changed", ["value"], sides("value", va, vb), {
        vi: `${name.vi}: ràng buộc giá trị đổi từ ${show(va)} thành ${show(vb)}`,
        en: `${name.en}: value constraints changed from ${show(va)} to ${show(vb)}`,
      });
    }
  }
  return out;
}

function unitOf(value: object): string | undefined {
  const unit = (value as { unit?: unknown }).unit;
  return typeof unit === "string" ? unit : undefined;
}

function sides(
  field: string,
  before: unknown,
  after: unknown,
): { field: string; before?: unknown; after?: unknown } {
  const out: { field: string; before?: unknown; after?: unknown } = { field };
  if (before !== undefined) out.before = before;
  if (after !== undefined) out.after = after;
  return out;
}

function parentText(parent: string | null, language: "vi" | "en"): string {
  if (parent === null) return language === "vi" ? "cấp trên cùng" : "the top level";
  return `"${parent}"`;
}

function tierChanges(v1: Framework, v2: Framework): FrameworkChange[] {
  const aList = v1.tiers ?? [];
  const bList = v2.tiers ?? [];
  const a = new Map(aList.map((tier, index) => [tier.id, { tier, index }]));
  const b = new Map(bList.map((tier, index) => [tier.id, { tier, index }]));
  const out: FrameworkChange[] = [];
  for (const id of [...new Set([...a.keys(), ...b.keys()])].sort(codeUnitOrder)) {
    const x = a.get(id);
    const y = b.get(id);
    if (y === undefined && x !== undefined) {
      out.push(
        change(
          "tier_removed",
          ["tiers", x.index],
          { tier: id, before: x.tier.title },
          {
            vi: `Bỏ mức "${id}" (${label(x.tier.title, "vi")})`,
            en: `Tier "${id}" (${label(x.tier.title, "en")}) removed`,
          },
        ),
      );
    } else if (x === undefined && y !== undefined) {
      out.push(
        change(
          "tier_added",
          ["tiers", y.index],
          { tier: id, after: y.tier.title },
          {
            vi: `Thêm mức "${id}" (${label(y.tier.title, "vi")})`,
            en: `Tier "${id}" (${label(y.tier.title, "en")}) added`,
          },
        ),
      );
    } else if (x !== undefined && y !== undefined) {
      if (canonical(x.tier.title) !== canonical(y.tier.title)) {
        out.push(
          change(
            "tier_renamed",
            ["tiers", y.index, "title"],
            { tier: id, before: x.tier.title, after: y.tier.title },
            {
              vi: `Mức "${id}": tên đổi từ "${label(x.tier.title, "vi")}" thành "${label(y.tier.title, "vi")}"`,
              en: `Tier "${id}": title changed from "${label(x.tier.title, "en")}" to "${label(y.tier.title, "en")}"`,
            },
          ),
        );
      }
      if (canonical(x.tier.conditions) !== canonical(y.tier.conditions)) {
        out.push(
          change(
            "tier_conditions_changed",
            ["tiers", y.index, "conditions"],
            { tier: id, before: x.tier.conditions, after: y.tier.conditions },
            {
              vi: `Mức "${id}": điều kiện đổi từ ${show(x.tier.conditions)} thành ${show(y.tier.conditions)}`,
              en: `Tier "${id}": conditions changed from ${show(x.tier.conditions)} to ${show(y.tier.conditions)}`,
            },
          ),
        );
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Suggestions

/**
 * A title for comparison: NFD, combining marks stripped, `đ`/`Đ` → `d`, lower case, runs of
 * whitespace collapsed.
 *
 * @internal
 */
export function foldTitle(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

function bigrams(text: string): Map<string, number> {
  const out = new Map<string, number>();
  const chars = [...text];
  for (let i = 0; i + 1 < chars.length; i++) {
    const gram = chars[i]! + chars[i + 1]!;
    out.set(gram, (out.get(gram) ?? 0) + 1);
  }
  return out;
}

/** Dice coefficient of the bigram multisets of two folded strings; 1 for equal strings. */
function similarity(x: string, y: string): number {
  if (x === y) return x.length > 0 ? 1 : 0;
  const a = bigrams(x);
  const b = bigrams(y);
  let total = 0;
  let shared = 0;
  for (const count of a.values()) total += count;
  for (const count of b.values()) total += count;
  for (const [gram, count] of a) shared += Math.min(count, b.get(gram) ?? 0);
  return total === 0 ? 0 : Math.round((2000 * shared) / total) / 1000;
}

/** The best similarity over the languages both titles have. */
function titleSimilarity(x: Labels, y: Labels): number {
  let best = 0;
  for (const language of Object.keys(x).sort(codeUnitOrder)) {
    const other = y[language];
    const own = x[language];
    if (other === undefined || own === undefined) continue;
    best = Math.max(best, similarity(foldTitle(own), foldTitle(other)));
  }
  return best;
}

function suggest(
  v1: Framework,
  v2: Framework,
  matching: NodeMatching,
  least: number,
): MatchSuggestion[] {
  const taken = new Set(matching.forward.values());
  const left = [...walkNodes(v1.nodes).byId.values()].filter(
    (entry) => !matching.forward.has(entry.id) && !matching.dropped.has(entry.id),
  );
  const right = [...walkNodes(v2.nodes).byId.values()].filter((entry) => !taken.has(entry.id));
  const out: MatchSuggestion[] = [];
  for (const x of left) {
    for (const y of right) {
      const score = titleSimilarity(x.node.title, y.node.title);
      if (score > 0 && score >= least) out.push({ from: x.id, to: y.id, similarity: score });
    }
  }
  return out.sort(
    (p, q) =>
      q.similarity - p.similarity || codeUnitOrder(p.from, q.from) || codeUnitOrder(p.to, q.to),
  );
}

// ---------------------------------------------------------------------------------------------
// Helpers

function change(
  kind: FrameworkChangeKind,
  path: readonly (string | number)[],
  details: {
    node?: string;
    from?: string;
    tier?: string;
    subjectKind?: string;
    field?: string;
    before?: unknown;
    after?: unknown;
  },
  messages: { vi: string; en: string },
): FrameworkChange {
  const issue = makeIssue(kind, path, messages);
  const out: Record<string, unknown> = { kind, path: issue.path };
  for (const [key, value] of Object.entries(details))
    if (value !== undefined) out[key] = copyPlain(value);
  out.message = issue.message;
  out.messages = { vi: messages.vi, en: messages.en };
  return out as unknown as FrameworkChange;
}

function label(labels: Labels, language: "vi" | "en"): string {
  return (
    labels[language] ?? labels[language === "vi" ? "en" : "vi"] ?? Object.values(labels)[0] ?? ""
  );
}

function nodeText(node: FrameworkNode, language: "vi" | "en"): string {
  const word = language === "vi" ? "mục" : "node";
  return `${word} "${node.id}" (${label(node.title, language)})`;
}

function show(value: unknown): string {
  if (value === undefined) return "(—)";
  const text = JSON.stringify(value);
  return text.length > 120 ? `${text.slice(0, 117)}…` : text;
}

function mapUnknown(
  from: string,
  side: "from" | "to",
  framework: string,
  to?: string,
): FrameworkIssue {
  const id = side === "from" ? from : (to ?? "");
  return makeIssue(
    "map_unknown_node",
    ["map", from],
    {
      vi: `map.${from}: bộ tiêu chí "${framework}" không có mục "${id}"; mục này của bảng đối chiếu bị bỏ qua`,
      en: `map.${from}: framework "${framework}" has no node "${id}"; this map entry is ignored`,
    },
    "warning",
  );
}

function mapTargetTaken(from: string, to: string): FrameworkIssue {
  return makeIssue(
    "map_target_taken",
    ["map", from],
    {
      vi: `map.${from}: mục "${to}" đã được một mục khác của bảng đối chiếu chọn; mục này bị bỏ qua`,
      en: `map.${from}: node "${to}" is already the target of another map entry; this entry is ignored`,
    },
    "warning",
  );
}
