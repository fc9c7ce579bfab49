import { isIsoDate } from "../core/dates.js";
import { cmp, div, type Exact, exact, floor, mul } from "../core/exact.js";
import { type FrameworkIssue, makeIssue, viDates } from "../core/issue.js";
import { codeUnitOrder } from "../core/plainJson.js";
import type { Framework, Labels } from "../framework/schema.js";
import {
  type KeepOrder,
  type Quota,
  type ReviewDefinition,
  safeParseReviewDefinition,
} from "./reviewDefinition.js";
import { admitUnits, groupOf, type UnitEvaluation } from "./unitInput.js";

/** What the review needs to know about a unit beyond its evaluation. */
export interface UnitFacts {
  /** The day the unit started operating (`YYYY-MM-DD`), for `eligibility.minMonthsOperating`. */
  readonly operatingSince?: string | undefined;
  /** Under complaint or denunciation (*đang bị khiếu nại, tố cáo*). */
  readonly underComplaint?: boolean | undefined;
  /** Newly transferred (exempt from the parent cap when the definition says so). */
  readonly newlyTransferred?: boolean | undefined;
}

/** Options of `reviewCohort`. */
export interface ReviewOptions {
  /** Facts per subject id. */
  readonly facts?: Readonly<Record<string, UnitFacts>> | undefined;
  /** The review date (`YYYY-MM-DD`) for months of operation; default each unit's period end. */
  readonly asOf?: string | undefined;
  /** Ratings of parent units that are not in the cohort, by subject id. */
  readonly parentRatings?: Readonly<Record<string, string>> | undefined;
  /** The reviewed framework, for the definition's tier checks. */
  readonly framework?: Framework | undefined;
}

/** Why a unit is not rated. */
export type NotRatedCode =
  | "under_complaint"
  | "operating_too_short"
  | "invalid_facts"
  | "no_rating_matched";

/** One step of a unit's review, with its sentence in both languages. */
export interface ReviewStep {
  readonly code: "rated" | "not_rated" | "capped_by_parent" | "moved_down_by_quota";
  readonly params: Readonly<Record<string, string | number | boolean | null>>;
  readonly messages: { readonly vi: string; readonly en: string };
}

/** One unit's outcome. */
export interface ReviewedUnit {
  readonly subject: string;
  readonly name?: string | undefined;
  readonly parent?: string | undefined;
  /** The rating its evaluation earned, before the cohort rules; null when not rated. */
  readonly initial: string | null;
  /** The final rating; null when not rated. */
  readonly rating: string | null;
  readonly notRated?: NotRatedCode | undefined;
  /** What happened, in order. */
  readonly steps: readonly ReviewStep[];
}

/** A quota's final state in one group. */
export interface QuotaOutcome {
  /** Index in `definition.quotas`. */
  readonly quota: number;
  readonly rating: string;
  readonly group: string | null;
  /** Units with the rating after the review. */
  readonly count: number;
  /** Units whose rating is in `of`. */
  readonly base: number;
  /** `floor(maxPercent × base / 100)`. */
  readonly allowed: number;
  /** Units the quota moved down, in the order they were moved (last in the keep order first). */
  readonly moved: readonly string[];
}

/** The result of `reviewCohort`: plain JSON, the same for the same cohort in any order. */
export interface ReviewResult {
  readonly review: { readonly id: string; readonly version: string } | null;
  readonly framework: { readonly id: string; readonly version: string } | null;
  /** Rating ids, highest first. */
  readonly ratings: readonly string[];
  /** Sorted by subject id. */
  readonly units: readonly ReviewedUnit[];
  /** Per rating, highest first: units that earned it and units that hold it at the end. */
  readonly counts: readonly {
    readonly rating: string;
    readonly initial: number;
    readonly final: number;
  }[];
  readonly notRated: number;
  readonly quotas: readonly QuotaOutcome[];
  readonly issues: readonly FrameworkIssue[];
}

interface Entry {
  readonly unit: UnitEvaluation;
  readonly facts: UnitFacts | undefined;
  rating: number | null;
  initial: number | null;
  notRated?: NotRatedCode;
  readonly steps: ReviewStep[];
  scoreKey?: Exact | null;
}

function label(title: Labels, language: "vi" | "en"): string {
  return title[language] ?? title.vi ?? Object.values(title)[0] ?? "";
}

/**
 * Whole months from `since` to `asOf` (a month counts once its day is reached).
 *
 * @param since - A `YYYY-MM-DD` date.
 * @param asOf - A `YYYY-MM-DD` date.
 * @returns The whole months, negative when `asOf` is earlier.
 * @example
 * wholeMonths("2023-01-31", "2023-10-30")
 * //=> 8
 * @category Internal
 */
export function wholeMonths(since: string, asOf: string): number {
  const [y1, m1, d1] = since.split("-").map(Number) as [number, number, number];
  const [y2, m2, d2] = asOf.split("-").map(Number) as [number, number, number];
  return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
}

/**
 * The year-end review (*bình xét cuối năm*) of a cohort: each unit gets the highest rating whose
 * conditions its evaluation meets, then the cohort rules of the definition apply, as HD 01/HD-BCA-V05
 * sets them for the Tổ bảo vệ ANTT:
 *
 * 1. **Eligibility first.** A unit under complaint (`facts.underComplaint`) or operating fewer whole
 *    months than `eligibility.minMonthsOperating` (from `facts.operatingSince` to `asOf`, default the
 *    period's end) is not rated, with the reason; so is a unit whose facts are invalid (an impossible date
 *    such as `2023-02-30`) or whose evaluation meets no rating.
 * 2. **The parent cap.** A unit's rating may not exceed its parent's (`subject.parent`: the parent's
 *    rating in this review, or `options.parentRatings`); the newly transferred are exempt when
 *    `capByParent.exceptNewlyTransferred` is set.
 * 3. **Quotas.** At most `floor(maxPercent × base / 100)` units may hold `rating`, where `base` counts the
 *    rated units whose rating is in `of` (per group with `groupBy`); the excess — last in the declared
 *    `keep` order, then by subject id — moves down one rating (or to `moveTo`). Moving a unit down can
 *    change the base, so the cap is recomputed after each move: with HD 01's reading (`of` = the units
 *    rated "hoàn thành tốt", not counting the excellent) 2 excellent and 5 good keep at most
 *    `floor((2 + 5) / 6) = 1` excellent. Steps 2 and 3 repeat until neither changes anything; ratings only
 *    ever move down, so this ends, and the result obeys both rules.
 *
 * Every change is a step with its code, its numbers and a sentence in Vietnamese and English. The
 * definition is validated (`safeParseReviewDefinition`); an invalid one rates nobody and returns its
 * issues. Units are checked as by `rank` (same framework, no duplicate subject), and light records
 * (`summarize` totals with framework, subject and period) are enough. No input is mutated.
 *
 * @param units - Evaluations (or light records) of one framework.
 * @param definition - A review definition (parsed JSON; validated here).
 * @param options - Facts per unit, the review date, ratings of parents outside the cohort.
 * @returns Each unit's initial and final rating with the steps, counts, quota outcomes and issues.
 * @example
 * const r = reviewCohort(teams, hd01Review, { facts: { "to-7": { underComplaint: true } } });
 * r.counts //=> [{ rating: "xuat_sac", initial: 3, final: 1 }, { rating: "tot", initial: 5, final: 7 }, …]
 * r.units.find((u) => u.subject === "to-7")?.notRated //=> "under_complaint"
 * @category Across units
 */
export function reviewCohort(
  units: readonly unknown[],
  definition: unknown,
  options: ReviewOptions = {},
): ReviewResult {
  const parsed = safeParseReviewDefinition(definition, options.framework);
  if (!parsed.success) {
    return {
      review: null,
      framework: null,
      ratings: [],
      units: [],
      counts: [],
      notRated: 0,
      quotas: [],
      issues: parsed.issues.map((issue) => ({ ...issue, path: ["definition", ...issue.path] })),
    };
  }
  const review = parsed.data;
  const issues: FrameworkIssue[] = parsed.issues.map((issue) => ({
    ...issue,
    path: ["definition", ...issue.path],
  }));
  const expected =
    review.framework?.version === undefined
      ? undefined
      : { id: review.framework.id, version: review.framework.version };
  const admitted = admitUnits(units, expected, "units");
  // a loop, not push(...list): a cohort of 500 000 bad records gives as many issues
  for (const issue of admitted.issues) issues.push(issue);
  const cohort: UnitEvaluation[] = [];
  for (const unit of admitted.units) {
    if (review.framework !== undefined && unit.framework.id !== review.framework.id) {
      issues.push(
        makeIssue("framework_mismatch", ["units", unit.subject.id, "framework"], {
          vi: `Đơn vị "${unit.subject.id}" được đánh giá theo ${unit.framework.id}, không phải ${review.framework.id} của định nghĩa bình xét; đã bỏ qua`,
          en: `Unit "${unit.subject.id}" was evaluated against ${unit.framework.id}, not the review's ${review.framework.id}; left out`,
        }),
      );
    } else cohort.push(unit);
  }
  cohort.sort((a, b) => codeUnitOrder(a.subject.id, b.subject.id));
  const ratings = review.ratings;
  const index = new Map(ratings.map((rating, i) => [rating.id, i]));
  const name = (i: number, language: "vi" | "en"): string => label(ratings[i]!.title, language);

  if (options.asOf !== undefined && !isIsoDate(options.asOf)) {
    issues.push(
      makeIssue("invalid_date", ["options", "asOf"], {
        vi: `Ngày bình xét "${String(options.asOf)}" không phải ngày có thật dạng YYYY-MM-DD`,
        en: `The review date "${String(options.asOf)}" is not a real calendar day as YYYY-MM-DD`,
      }),
    );
  }
  const asOfValid = options.asOf === undefined || isIsoDate(options.asOf);

  const parentRatings = new Map<string, number>();
  for (const [parent, rating] of Object.entries(options.parentRatings ?? {})) {
    const at = index.get(rating);
    if (at === undefined) {
      issues.push(
        makeIssue("unknown_rating", ["options", "parentRatings", parent], {
          vi: `Xếp loại "${String(rating)}" của đơn vị cấp trên "${parent}" không có trong định nghĩa bình xét; bỏ qua`,
          en: `The parent "${parent}"'s rating "${String(rating)}" is not in the review; ignored`,
        }),
      );
    } else parentRatings.set(parent, at);
  }

  // 1. Eligibility and the rating earned.
  const entries: Entry[] = [];
  let undated = 0;
  for (const unit of cohort) {
    const id = unit.subject.id;
    const facts =
      options.facts !== undefined && Object.hasOwn(options.facts, id)
        ? options.facts[id]
        : undefined;
    const entry: Entry = { unit, facts, rating: null, initial: null, steps: [] };
    entries.push(entry);
    const bad = checkFacts(facts, id, issues);
    if (bad) {
      notRated(
        entry,
        "invalid_facts",
        {},
        {
          vi: `Không xếp loại: thông tin về đơn vị không hợp lệ`,
          en: "Not rated: the unit's facts are invalid",
        },
      );
      continue;
    }
    const eligibility = review.eligibility;
    if (eligibility?.excludeUnderComplaint === true && facts?.underComplaint === true) {
      notRated(
        entry,
        "under_complaint",
        {},
        {
          vi: "Không xếp loại: đơn vị đang bị khiếu nại, tố cáo",
          en: "Not rated: the unit is under complaint or denunciation",
        },
      );
      continue;
    }
    const minMonths = eligibility?.minMonthsOperating;
    if (minMonths !== undefined) {
      const since = facts?.operatingSince;
      if (since === undefined) undated++;
      else if (asOfValid) {
        const asOf = options.asOf ?? unit.period.end;
        const months = wholeMonths(since, asOf);
        if (months < minMonths) {
          notRated(
            entry,
            "operating_too_short",
            { operatingSince: since, asOf, months, minMonths },
            {
              vi: viDates(
                `Không xếp loại: đơn vị hoạt động từ ${since}, đến ${asOf} mới được ${Math.max(months, 0)} tháng (cần ít nhất ${minMonths} tháng)`,
              ),
              en: `Not rated: operating since ${since}, only ${Math.max(months, 0)} whole months by ${asOf} (at least ${minMonths} needed)`,
            },
          );
          continue;
        }
      }
    }
    const earned = ratings.findIndex((rating) => meets(unit, rating.when));
    if (earned < 0) {
      notRated(
        entry,
        "no_rating_matched",
        {},
        {
          vi: "Không xếp loại: kết quả đánh giá không thỏa điều kiện của xếp loại nào",
          en: "Not rated: the evaluation meets the conditions of no rating",
        },
      );
      continue;
    }
    entry.rating = earned;
    entry.initial = earned;
    entry.steps.push({
      code: "rated",
      params: {
        rating: ratings[earned]!.id,
        met: unit.count.met,
        applicable: unit.count.applicable,
        tier: unit.tier,
      },
      messages: {
        vi: `Kết quả đánh giá (đạt ${unit.count.met}/${unit.count.applicable} tiêu chí${unit.tier === null ? "" : `, mức "${unit.tier}"`}) đạt xếp loại "${name(earned, "vi")}"`,
        en: `The evaluation (${unit.count.met}/${unit.count.applicable} criteria met${unit.tier === null ? "" : `, tier "${unit.tier}"`}) earns "${name(earned, "en")}"`,
      },
    });
  }
  if (undated > 0) {
    issues.push(
      makeIssue(
        "missing_fact",
        ["options", "facts"],
        {
          vi: `${undated} đơn vị không có ngày bắt đầu hoạt động (operatingSince); coi như đã hoạt động đủ ${review.eligibility?.minMonthsOperating} tháng`,
          en: `${undated} units have no operatingSince; they are taken as operating for at least ${review.eligibility?.minMonthsOperating} months`,
        },
        "warning",
      ),
    );
  }

  // 2 and 3, until neither changes anything.
  const byId = new Map(entries.map((entry) => [entry.unit.subject.id, entry]));
  const moved = new Map<string, string[]>();
  let guard = entries.length + 2;
  for (;;) {
    const capped = review.capByParent === undefined ? false : capPass();
    let quotaMoved = false;
    (review.quotas ?? []).forEach((quota, q) => {
      if (quotaPass(quota, q)) quotaMoved = true;
    });
    if ((!capped && !quotaMoved) || --guard < 0) break;
  }

  function capPass(): boolean {
    let changed = false;
    for (const entry of entries) {
      if (entry.rating === null) continue;
      const parent = entry.unit.subject.parent;
      if (parent === undefined) continue;
      if (
        review.capByParent?.exceptNewlyTransferred === true &&
        entry.facts?.newlyTransferred === true
      ) {
        continue;
      }
      const inCohort = byId.get(parent);
      const cap = inCohort !== undefined ? inCohort.rating : (parentRatings.get(parent) ?? null);
      if (cap === null || entry.rating >= cap) continue;
      const from = entry.rating;
      entry.rating = cap;
      changed = true;
      entry.steps.push({
        code: "capped_by_parent",
        params: {
          parent,
          parentRating: ratings[cap]!.id,
          from: ratings[from]!.id,
          to: ratings[cap]!.id,
        },
        messages: {
          vi: `Hạ từ "${name(from, "vi")}" xuống "${name(cap, "vi")}": xếp loại không được cao hơn của đơn vị cấp trên "${parent}" ("${name(cap, "vi")}")`,
          en: `Lowered from "${name(from, "en")}" to "${name(cap, "en")}": a rating may not exceed the parent "${parent}"'s ("${name(cap, "en")}")`,
        },
      });
    }
    return changed;
  }

  function quotaPass(quota: Quota, q: number): boolean {
    const top = index.get(quota.rating)!;
    const to = quota.moveTo === undefined ? top + 1 : index.get(quota.moveTo)!;
    const of = new Set(quota.of.map((rating) => index.get(rating)!));
    const groups = groupEntries(quota);
    let changed = false;
    for (const [group, members] of groups) {
      let count = 0;
      let base = 0;
      for (const entry of members) {
        if (entry.rating === top) count++;
        if (entry.rating !== null && of.has(entry.rating)) base++;
      }
      let allowed = allowedBy(quota, base);
      if (count <= allowed) continue;
      const holders = members.filter((entry) => entry.rating === top);
      holders.sort((a, b) => keepOrder(a, b, quota.keep));
      const victims: Entry[] = [];
      const positions: number[] = [];
      let k = holders.length;
      while (count > allowed && k > 0) {
        const victim = holders[--k]!;
        positions.push(k + 1);
        victim.rating = to;
        victims.push(victim);
        count--;
        if (of.has(top)) base--;
        if (of.has(to)) base++;
        allowed = allowedBy(quota, base);
      }
      changed = true;
      const key = `${q}\u0000${group ?? ""}\u0000${group === null ? "n" : "g"}`;
      const list = moved.get(key) ?? [];
      moved.set(key, list);
      const order = describeKeep(quota.keep);
      for (const [v, victim] of victims.entries()) {
        list.push(victim.unit.subject.id);
        const position = positions[v]!;
        victim.steps.push({
          code: "moved_down_by_quota",
          params: {
            quota: q,
            rating: quota.rating,
            to: ratings[to]!.id,
            group,
            maxPercent: quota.maxPercent,
            base,
            allowed,
            position,
            holders: holders.length,
          },
          messages: {
            vi: `Hạ từ "${name(top, "vi")}" xuống "${name(to, "vi")}": số "${name(top, "vi")}" không quá ${quota.maxPercent}% số ${quota.of.map((r) => `"${name(index.get(r)!, "vi")}"`).join(", ")} (${base}), tức tối đa ${allowed}${group === null ? "" : ` trong nhóm "${group}"`}; đơn vị đứng thứ ${position}/${holders.length} theo ${order.vi}`,
            en: `Lowered from "${name(top, "en")}" to "${name(to, "en")}": "${name(top, "en")}" may not exceed ${quota.maxPercent}% of ${quota.of.map((r) => `"${name(index.get(r)!, "en")}"`).join(", ")} (${base}), so at most ${allowed}${group === null ? "" : ` in group "${group}"`}; the unit is ${position} of ${holders.length} by ${order.en}`,
          },
        });
      }
    }
    return changed;
  }

  function groupEntries(quota: Quota): Map<string | null, Entry[]> {
    const groups = new Map<string | null, Entry[]>();
    for (const entry of entries) {
      if (entry.rating === null) continue;
      const group = groupOf(entry.unit, quota.groupBy);
      const list = groups.get(group);
      if (list === undefined) groups.set(group, [entry]);
      else list.push(entry);
    }
    return new Map(
      [...groups].sort(([a], [b]) =>
        a === b ? 0 : a === null ? -1 : b === null ? 1 : codeUnitOrder(a, b),
      ),
    );
  }

  // Results.
  const quotas: QuotaOutcome[] = [];
  (review.quotas ?? []).forEach((quota, q) => {
    const top = index.get(quota.rating)!;
    const of = new Set(quota.of.map((rating) => index.get(rating)!));
    for (const [group, members] of groupEntries(quota)) {
      let count = 0;
      let base = 0;
      for (const entry of members) {
        if (entry.rating === top) count++;
        if (entry.rating !== null && of.has(entry.rating)) base++;
      }
      const key = `${q}\u0000${group ?? ""}\u0000${group === null ? "n" : "g"}`;
      quotas.push({
        quota: q,
        rating: quota.rating,
        group,
        count,
        base,
        allowed: allowedBy(quota, base),
        moved: moved.get(key) ?? [],
      });
    }
  });
  const counts = ratings.map((rating, i) => ({
    rating: rating.id,
    initial: entries.filter((entry) => entry.initial === i).length,
    final: entries.filter((entry) => entry.rating === i).length,
  }));
  const reviewed: ReviewedUnit[] = entries.map((entry) => {
    const out: { -readonly [K in keyof ReviewedUnit]: ReviewedUnit[K] } = {
      subject: entry.unit.subject.id,
      initial: entry.initial === null ? null : ratings[entry.initial]!.id,
      rating: entry.rating === null ? null : ratings[entry.rating]!.id,
      steps: entry.steps,
    };
    if (entry.unit.subject.name !== undefined) out.name = entry.unit.subject.name;
    if (entry.unit.subject.parent !== undefined) out.parent = entry.unit.subject.parent;
    if (entry.notRated !== undefined) out.notRated = entry.notRated;
    return out;
  });
  return {
    review: { id: review.id, version: review.version },
    framework: admitted.framework,
    ratings: ratings.map((rating) => rating.id),
    units: reviewed,
    counts,
    notRated: entries.filter((entry) => entry.rating === null).length,
    quotas,
    issues,
  };
}

function notRated(
  entry: Entry,
  code: NotRatedCode,
  params: Record<string, string | number | boolean | null>,
  messages: { vi: string; en: string },
): void {
  entry.notRated = code;
  entry.steps.push({ code: "not_rated", params: { reason: code, ...params }, messages });
}

function checkFacts(facts: unknown, id: string, issues: FrameworkIssue[]): boolean {
  if (facts === undefined) return false;
  const bad = (field: string, vi: string, en: string): true => {
    issues.push(
      makeIssue("invalid_fact", ["options", "facts", id, ...(field === "" ? [] : [field])], {
        vi: `Thông tin về đơn vị "${id}"${field === "" ? "" : ` (${field})`}: ${vi}`,
        en: `The facts of unit "${id}"${field === "" ? "" : ` (${field})`}: ${en}`,
      }),
    );
    return true;
  };
  if (typeof facts !== "object" || facts === null || Array.isArray(facts)) {
    return bad("", "cần một đối tượng", "expected an object");
  }
  const record = facts as Record<string, unknown>;
  if (record.operatingSince !== undefined && !isIsoDate(record.operatingSince)) {
    return bad(
      "operatingSince",
      `"${String(record.operatingSince)}" không phải ngày có thật dạng YYYY-MM-DD`,
      `"${String(record.operatingSince)}" is not a real calendar day as YYYY-MM-DD`,
    );
  }
  for (const field of ["underComplaint", "newlyTransferred"]) {
    if (record[field] !== undefined && typeof record[field] !== "boolean") {
      return bad(field, "cần giá trị đúng/sai", "expected true or false");
    }
  }
  return false;
}

function meets(unit: UnitEvaluation, when: ReviewDefinition["ratings"][number]["when"]): boolean {
  if (when === undefined) return true;
  if (when.tiers !== undefined && (unit.tier === null || !when.tiers.includes(unit.tier)))
    return false;
  if (when.minMet !== undefined && unit.count.met < when.minMet) return false;
  if (when.maxNotMet !== undefined && unit.count.notMet > when.maxNotMet) return false;
  if (when.minPoints !== undefined) {
    if (unit.points === undefined || cmp(exact(unit.points.earned), exact(when.minPoints)) < 0) {
      return false;
    }
  }
  if (when.minPercent !== undefined) {
    const score = unit.score;
    if (score.status !== "scored") return false;
    // value / max × 100 ≥ minPercent, without division.
    if (cmp(mul(exact(score.value), 100), mul(exact(when.minPercent), exact(score.max))) < 0) {
      return false;
    }
  }
  return true;
}

function allowedBy(quota: Quota, base: number): number {
  return floor(div(mul(exact(quota.maxPercent), base), 100));
}

function scoreKey(entry: Entry): Exact | null {
  if (entry.scoreKey === undefined) {
    const score = entry.unit.score;
    entry.scoreKey = score.status === "scored" ? div(exact(score.value), exact(score.max)) : null;
  }
  return entry.scoreKey;
}

function keyOf(entry: Entry, by: KeepOrder["by"]): Exact | null {
  switch (by) {
    case "score":
      return scoreKey(entry);
    case "points":
      return entry.unit.points === undefined ? null : exact(entry.unit.points.earned);
    case "met":
      return entry.unit.count.met;
    case "notMet":
      return entry.unit.count.notMet;
  }
}

const DEFAULT_KEEP: readonly KeepOrder[] = [{ by: "score" }];

/** Best first: each declared key (a missing value last), then subject id. */
function keepOrder(a: Entry, b: Entry, keep: readonly KeepOrder[] | undefined): number {
  for (const order of keep ?? DEFAULT_KEEP) {
    const ka = keyOf(a, order.by);
    const kb = keyOf(b, order.by);
    if (ka === null || kb === null) {
      if (ka !== kb) return ka === null ? 1 : -1;
      continue;
    }
    const c = cmp(ka, kb);
    if (c !== 0) return order.direction === "asc" ? c : -c;
  }
  return codeUnitOrder(a.unit.subject.id, b.unit.subject.id);
}

function describeKeep(keep: readonly KeepOrder[] | undefined): { vi: string; en: string } {
  const vi: Record<KeepOrder["by"], string> = {
    score: "điểm",
    points: "số điểm",
    met: "số tiêu chí đạt",
    notMet: "số tiêu chí không đạt",
  };
  const en: Record<KeepOrder["by"], string> = {
    score: "score",
    points: "points",
    met: "criteria met",
    notMet: "criteria not met",
  };
  const orders = keep ?? DEFAULT_KEEP;
  return {
    vi: `${orders.map((o) => `${vi[o.by]} (${o.direction === "asc" ? "thấp" : "cao"} trước)`).join(", ")}, rồi mã đơn vị`,
    en: `${orders.map((o) => `${en[o.by]} (${o.direction === "asc" ? "lowest" : "highest"} first)`).join(", ")}, then subject id`,
  };
}
