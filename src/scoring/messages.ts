import { formatNumber } from "../core/formatNumber.js";
import type { TierCondition } from "../framework/schema.js";
import type {
  ConditionType,
  ReasonCode,
  ReasonParamsMap,
  ReasonScalar,
  ShareParams,
} from "./reasons.js";
import type { ConditionResult, NodeStatus } from "./types.js";

/*
 * The sentences behind reason codes and tier conditions, as message tables: one per language, with
 * Vietnamese (`messagesVi`) and English (`messagesEn`) shipped. A table is data: a function per reason
 * code and per condition type, checked with `satisfies MessageTable`, so a code without a message is a
 * compile error. Numbers are shown with at most two decimals (a decimal comma in Vietnamese); the exact
 * figures stay in the reason's `params`. A third language is another object of the same type.
 */

export { formatNumber };

/** What a message may look up beyond its parameters (`explain` fills it from the framework). */
export interface MessageHelpers {
  /** An event's title in the table's language, quoted (“Cháy nổ”), or its id when it has none. */
  readonly event: (id: string) => string;
  /** A tier's title in the table's language, or undefined when it has none. */
  readonly tierTitle: (id: string) => string | undefined;
}

/** A sentence for each reason code. */
export type ReasonMessages = {
  readonly [C in ReasonCode]: (params: ReasonParamsMap[C], helpers: MessageHelpers) => string;
};

/** A sentence for each tier condition type, from the condition and its result. */
export type ConditionMessages = {
  readonly [T in ConditionType]: (
    condition: Extract<TierCondition, { type: T }>,
    result: ConditionResult,
    helpers: MessageHelpers,
  ) => string;
};

/**
 * The sentences of one language. Ship a new language by writing one of these (a missing code or
 * condition type does not compile) and passing it to `explain` or `formatReason`.
 */
export interface MessageTable {
  /** The language tag (`vi`, `en`, …), used to pick titles from the framework's labels. */
  readonly language: string;
  readonly reasons: ReasonMessages;
  readonly conditions: ConditionMessages;
  /** The bracketed totals of a trace line: `[3/4 criteria met]`, `[7/10 points]`. */
  readonly trace: {
    /** The bracketed count of criteria met: `[3/4 criteria met]`. */
    readonly criteria: (met: number, applicable: number) => string;
    /** The bracketed points: `[7/10 points]`. */
    readonly points: (earned: number, possible: number) => string;
  };
  /** Why `gapToTier` or `stepsToTier` has no answer (their `reason`). */
  readonly tierQueries: {
    /** The framework has no tier with this id. */
    readonly unknown_tier: (tier: string) => string;
    /** Meeting every candidate still leaves these condition types failing. */
    readonly not_reachable_by_meeting_nodes: (
      tierTitle: string,
      failing: readonly ConditionType[],
    ) => string;
  };
}

const COMPARATOR: Readonly<Record<string, string>> = {
  ">=": "≥",
  ">": ">",
  "<=": "≤",
  "<": "<",
  "=": "=",
  "!=": "≠",
};

function comparatorText(comparator: string): string {
  return COMPARATOR[comparator] ?? comparator;
}

/** A number with its unit: `1,5 m²/học sinh`, and `64%` without a space before a percent sign. */
function withUnit(shown: string, unit: string | undefined): string {
  if (unit === undefined || unit === "") return shown;
  return unit === "%" ? `${shown}%` : `${shown} ${unit}`;
}

/** A value in a sentence: numbers formatted, answers quoted ("có"), nothing as "(không có)". */
function quoted(value: ReasonScalar | undefined, language: "vi" | "en"): string {
  if (typeof value === "number") return formatNumber(value, language);
  if (typeof value === "string" || typeof value === "boolean") return `"${plain(value, language)}"`;
  return plain(value, language);
}

function plain(value: ReasonScalar | undefined, language: "vi" | "en"): string {
  if (value === null || value === undefined) return language === "vi" ? "(không có)" : "(none)";
  if (typeof value === "number") return formatNumber(value, language);
  if (typeof value === "boolean") {
    if (language === "vi") return value ? "có" : "không";
    return value ? "yes" : "no";
  }
  return value;
}

/** The requirement of a comparison: "≥ 2 m²/học sinh", "≥ 1,1 × 58 = 63,8". */
function requirement(p: ReasonParamsMap["compare_met"], language: "vi" | "en"): string {
  const comparator = comparatorText(p.comparator);
  const unit = typeof p.target === "number" ? p.unit : undefined;
  const target = quoted(p.target, language);
  if (p.factor === undefined) return `${comparator} ${withUnit(target, unit)}`;
  return `${comparator} ${quoted(p.factor, language)} × ${target} = ${withUnit(quoted(p.threshold ?? null, language), unit)}`;
}

/**
 * A comparison: with a unit the number speaks for itself ("1,5 m²/học sinh không đạt ≥ 2 m²/học
 * sinh"); otherwise the value is introduced ("giá trị 1,5 …").
 */
function comparison(
  p: ReasonParamsMap["compare_met"],
  met: boolean,
  language: "vi" | "en",
): string {
  const verb =
    language === "vi" ? (met ? "đạt" : "không đạt") : met ? "satisfies" : "does not satisfy";
  const shown = quoted(p.value, language);
  const subject =
    typeof p.value === "number" && p.unit !== undefined && p.unit !== ""
      ? withUnit(shown, p.unit)
      : `${language === "vi" ? "giá trị" : "value"} ${shown}`;
  return `${subject} ${verb} ${requirement(p, language)}`;
}

const STATUS_VI: Readonly<Record<NodeStatus, string>> = {
  met: "đạt",
  notMet: "chưa đạt",
  notApplicable: "không áp dụng",
  unknown: "chưa có kết quả",
  error: "lỗi",
};

const STATUS_EN: Readonly<Record<NodeStatus, string>> = {
  met: "met",
  notMet: "not met",
  notApplicable: "not applicable",
  unknown: "unknown",
  error: "error",
};

/** The context member a `missing_context` reason names, in both languages. */
function contextName(context: string, node: string | undefined, language: "vi" | "en"): string {
  const dot = context.indexOf(".");
  const head = dot < 0 ? context : context.slice(0, dot);
  const key = dot < 0 ? "" : context.slice(dot + 1);
  const vi = language === "vi";
  let name: string;
  switch (head) {
    case "previous":
      name = vi
        ? "kết quả kỳ trước (context.previous)"
        : "the previous period's assessment (context.previous)";
      break;
    case "baselines":
      name = vi
        ? `kết quả năm gốc ${key} (context.baselines["${key}"])`
        : `the baseline assessment ${key} (context.baselines["${key}"])`;
      break;
    case "outcomes":
      name = vi
        ? `kết quả bộ tiêu chí ${key} (context.outcomes["${key}"])`
        : `the outcome of framework ${key} (context.outcomes["${key}"])`;
      break;
    case "references":
      name = vi ? `giá trị tham chiếu ${key}` : `the reference value ${key}`;
      break;
    case "children":
      name = vi
        ? "kết quả của các đơn vị trực thuộc (context.children)"
        : "the evaluations of child units (context.children)";
      break;
    case "subject":
      name = vi
        ? key === "region"
          ? "vùng của đơn vị"
          : key === "kind"
            ? "loại đơn vị"
            : `thuộc tính ${key} của đơn vị`
        : key === "region"
          ? "the subject's region"
          : key === "kind"
            ? "the subject's kind"
            : `the subject's ${key}`;
      break;
    default:
      name = context;
  }
  if (node === undefined) return name;
  return vi ? `giá trị của ${node} trong ${name}` : `the value of ${node} in ${name}`;
}

/*
 * Tally categories have ids, not labels: the common ones read in Vietnamese here, others print as
 * their id. (TT 124: "registered" and "recognised" residential areas, agencies, schools.)
 */
const CATEGORY_VI: Readonly<Record<string, string>> = {
  registered: "đã đăng ký",
  recognised: "được công nhận",
  recognized: "được công nhận",
};

function categoryVi(id: string): string {
  return Object.hasOwn(CATEGORY_VI, id) ? CATEGORY_VI[id]! : id;
}

function share(p: ShareParams, language: "vi" | "en"): string {
  const comparator = comparatorText(p.comparator);
  const count = plain(p.count, language);
  const total = plain(p.total, language);
  const actual = plain(p.actual, language);
  const percent = plain(p.percent, language);
  let bound = "";
  if (p.leastPassing !== undefined) {
    bound =
      language === "vi"
        ? ` (cần ít nhất ${p.leastPassing})`
        : ` (at least ${p.leastPassing} needed)`;
  } else if (p.mostPassing !== undefined) {
    bound =
      language === "vi" ? ` (tối đa ${p.mostPassing})` : ` (at most ${p.mostPassing} allowed)`;
  }
  return language === "vi"
    ? `${categoryVi(p.category)}: ${count}/${total} = ${actual}%, yêu cầu ${comparator} ${percent}%${bound}`
    : `${p.category}: ${count} of ${total} = ${actual}%, required ${comparator} ${percent}%${bound}`;
}

function times(count: number): string {
  return count === 1 ? "events occurred once" : `events occurred ${count} times`;
}

/** The events that occurred, by title where the rule's value type gives one. */
function events(occurred: string, helpers: MessageHelpers): string {
  return occurred === "" ? "" : occurred.split(", ").map(helpers.event).join("; ");
}

/** Value kinds as `wrong_value_type` names them (a value type, or what was recorded). */
const TYPE_VI: Readonly<Record<string, string>> = {
  number: "số",
  percent: "tỷ lệ phần trăm",
  count: "số đếm",
  boolean: "giá trị đúng/sai",
  string: "chuỗi",
  ordinal: "mã mức",
  events: "danh sách sự việc",
  list: "danh sách",
  date: "ngày (YYYY-MM-DD)",
  tally: "số đơn vị theo loại",
  scalar: "một giá trị đơn",
  verdict: "kết luận của người đánh giá",
};

function typeVi(type: string): string {
  return Object.hasOwn(TYPE_VI, type) ? TYPE_VI[type]! : type;
}

const CONDITION_VI: Readonly<Record<ConditionType, string>> = {
  minPoints: "tổng điểm tối thiểu",
  minPercent: "tỷ lệ điểm tối thiểu",
  minScore: "điểm số tối thiểu",
  minCount: "số tiêu chí đạt tối thiểu",
  allMet: "đạt tất cả các tiêu chí",
  mandatoryMet: "đạt các tiêu chí bắt buộc",
  nodesMet: "đạt các tiêu chí được nêu",
  groupMinShare: "mỗi tiêu chí đạt tỷ lệ điểm tối thiểu",
  noDisqualifier: "không vi phạm điều kiện loại trừ",
  tier: "đạt mức xếp loại yêu cầu trước",
  outcome: "kết quả theo bộ tiêu chí khác",
};

/**
 * A tier condition's type as Vietnamese officials would name it ("không vi phạm điều kiện loại trừ"
 * for `noDisqualifier`); an unknown type is returned as it is.
 *
 * @param type - A tier condition type (`minPoints`, `allMet`, …).
 * @returns The Vietnamese name.
 * @example
 * conditionNameVi("noDisqualifier")
 * //=> "không vi phạm điều kiện loại trừ"
 */
export function conditionNameVi(type: string): string {
  return Object.hasOwn(CONDITION_VI, type) ? CONDITION_VI[type as ConditionType] : type;
}

function numberText(value: number | undefined | null, language: "vi" | "en"): string {
  return value === undefined || value === null ? "–" : formatNumber(value, language);
}

function listText(value: ConditionResult["actual"]): string {
  return Array.isArray(value) && value.length > 0 ? value.join(", ") : "";
}

function actualNumber(result: ConditionResult): number | null {
  return typeof result.actual === "number" ? result.actual : null;
}

/** A failing numeric condition's sentence with what is missing: "… (thiếu 0,5)". */
function shortfall(result: ConditionResult, text: string, language: "vi" | "en"): string {
  if (result.met || result.shortBy === undefined) return text;
  return language === "vi"
    ? `${text} (thiếu ${numberText(result.shortBy, "vi")})`
    : `${text} (short by ${numberText(result.shortBy, "en")})`;
}

/** Vietnamese sentences. */
export const messagesVi = {
  language: "vi",
  reasons: {
    /** `entry_status`: the assessor recorded the status. */
    entry_status: (p) => `kết quả đánh giá: ${STATUS_VI[p.status] ?? p.status}`,
    /** `not_applicable_kind`: the node does not apply to the subject's kind. */
    not_applicable_kind: (p) =>
      `không áp dụng cho loại đơn vị "${plain(p.kind, "vi")}" (áp dụng cho: ${p.appliesTo})`,
    /** `missing_value`: no value (or no count of a tally category) was recorded. */
    missing_value: (p) =>
      p.category === undefined ? "chưa có giá trị" : `chưa có số liệu "${categoryVi(p.category)}"`,
    /** `wrong_value_type`: the recorded value has the wrong shape. */
    wrong_value_type: (p) => `giá trị là ${typeVi(p.actual)}, cần ${typeVi(p.expected)}`,
    /** `missing_context`: the evaluation context lacks a member the rule needs. */
    missing_context: (p) => `thiếu dữ liệu: ${contextName(p.context, p.node, "vi")}`,
    /** `no_target`: no target applies to this subject, kind and year. */
    no_target: () => "không có mức chuẩn áp dụng cho đơn vị, loại và năm đánh giá này",
    /** `missing_target`: the target is another node's value, which is not recorded. */
    missing_target: (p) => `chưa có giá trị của mục "${p.node}", là mức để so sánh`,
    /** `unknown_node`: a rule names a node the framework does not have. */
    unknown_node: (p) => `không có mục "${p.node}"`,
    /** `reference_cycle`: a named reference refers to itself. */
    reference_cycle: (p) => `giá trị tham chiếu ${p.reference} tham chiếu vòng lại chính nó`,
    /** `dependency_cycle`: the node depends on itself. */
    dependency_cycle: () => "mục này phụ thuộc vòng vào chính nó",
    /** `target_not_scalar`: the target read from another record is not a single value. */
    target_not_scalar: () => "mức chuẩn lấy từ kết quả khác không phải là một giá trị đơn",
    /** `not_comparable`: the value and the target cannot be compared. */
    not_comparable: (p) =>
      `không so sánh được ${plain(p.value, "vi")} với ${plain(p.target, "vi")}`,
    /** `compare_met`: the value satisfies the comparison. */
    compare_met: (p) => comparison(p, true, "vi"),
    /** `compare_not_met`: the value does not satisfy the comparison. */
    compare_not_met: (p) => comparison(p, false, "vi"),
    /** `events_none`: none of the listed events occurred. */
    events_none: () => "không để xảy ra trường hợp nào trong danh sách",
    /** `events_within_max`: listed events occurred, but no more often than allowed. */
    events_within_max: (p, h) =>
      `xảy ra ${p.count} trường hợp (cho phép tối đa ${p.max}): ${events(p.occurred, h)}`,
    /** `events_occurred`: listed events occurred more often than allowed. */
    events_occurred: (p, h) =>
      `đã để xảy ra ${p.count} trường hợp (cho phép tối đa ${p.max}): ${events(p.occurred, h)}`,
    /** `all_met`: every applicable item is met. */
    all_met: (p) => `đạt đủ ${p.met}/${p.applicable} nội dung`,
    /** `all_not_met`: some applicable item is not met. */
    all_not_met: (p) => `chưa đạt: ${p.notMetItems} (đạt ${p.met}/${p.applicable})`,
    /** `any_met`: at least one applicable item is met. */
    any_met: (p) => `đạt nhờ: ${p.metItems}`,
    /** `any_not_met`: no applicable item is met. */
    any_not_met: (p) => `không có nội dung nào đạt (0/${p.applicable})`,
    /** `at_least_met`: enough items are met. */
    at_least_met: (p) => `đạt ${p.met}/${p.applicable} nội dung (cần ít nhất ${p.required})`,
    /** `at_least_not_met`: too few items are met. */
    at_least_not_met: (p) =>
      `chỉ đạt ${p.met}/${p.applicable} nội dung (cần ít nhất ${p.required})`,
    /** `items_undetermined`: the verdict waits for items without a result. */
    items_undetermined: (p) =>
      `chưa xác định: chờ kết quả ${p.openItems} (đạt ${p.met}, cần ${p.required})`,
    /** `no_applicable_items`: no item applies. */
    no_applicable_items: () => "không có nội dung nào áp dụng",
    /** `share_met`: the share of child units reaches the percent. */
    share_met: (p) => share(p, "vi"),
    /** `share_not_met`: the share of child units falls short of the percent. */
    share_not_met: (p) => share(p, "vi"),
    /** `share_requirement_not_met`: a prerequisite share is not reached. */
    share_requirement_not_met: (p) => `chưa đạt điều kiện tiên quyết: ${share(p, "vi")}`,
    /** `empty_denominator`: the total of child units is 0. */
    empty_denominator: () => "không có đơn vị nào để tính tỷ lệ (tổng số bằng 0)",
    /** `count_exceeds_total`: a category's count is larger than the total. */
    count_exceeds_total: (p) =>
      `số "${categoryVi(p.category)}" (${p.count}) lớn hơn tổng số (${p.total})`,
    /** `no_child_predicate`: no predicate says which child units count in the category. */
    no_child_predicate: (p) =>
      `không có điều kiện nào để đếm "${categoryVi(p.category)}" trong các đơn vị trực thuộc`,
    /** `outcome_met`: another framework's evaluation reached the required tier. */
    outcome_met: (p) =>
      `kết quả theo bộ tiêu chí ${p.framework}: ${p.reached ?? "chưa đạt"} (yêu cầu: ${p.tier} trở lên)`,
    /** `outcome_not_met`: another framework's evaluation did not reach the required tier. */
    outcome_not_met: (p) =>
      `kết quả theo bộ tiêu chí ${p.framework}: ${p.reached ?? "chưa đạt"} (yêu cầu: ${p.tier} trở lên)`,
    /** `outcome_node_met`: the named node of another framework's evaluation is met. */
    outcome_node_met: (p) => `đạt ${p.node} của bộ tiêu chí ${p.framework}`,
    /** `outcome_node_not_met`: the named node of another framework's evaluation is not met. */
    outcome_node_not_met: (p) => `không đạt ${p.node} của bộ tiêu chí ${p.framework}`,
    /** `outcome_node_undecided`: the named node of another framework's evaluation is unknown, not applicable or in error. */
    outcome_node_undecided: (p) =>
      `${p.node} của bộ tiêu chí ${p.framework} chưa có kết luận (${p.status})`,
    /** `unknown_tier`: the other framework has no such tier. */
    unknown_tier: (p) => `bộ tiêu chí ${p.framework} không có mức "${p.tier}"`,
    /** `not_judged`: no verdict is recorded for a judged node. */
    not_judged: () => "chưa có kết quả",
    /** `no_rule`: a value is recorded but no rule judges it. */
    no_rule: () => "không có quy tắc chấm giá trị này; cần ghi nhận kết quả",
    /** `boolean_true`: a yes/no criterion answered yes. */
    boolean_true: () => "kết quả đánh giá: đạt",
    /** `boolean_false`: a yes/no criterion answered no. */
    boolean_false: () => "kết quả đánh giá: chưa đạt (yêu cầu: đạt)",
  },
  conditions: {
    /** `minPoints`: points against the required minimum. */
    minPoints: (c, r) =>
      r.actual === null
        ? "bộ tiêu chí không tính điểm"
        : shortfall(
            r,
            `tổng điểm ${numberText(actualNumber(r), "vi")}, cần ít nhất ${numberText(c.points, "vi")}`,
            "vi",
          ),
    /** `minPercent`: the score as a percent of its maximum against the required percent. */
    minPercent: (c, r) =>
      r.actual === null
        ? "chưa tính được điểm"
        : shortfall(
            r,
            `đạt ${numberText(actualNumber(r), "vi")}% điểm tối đa, cần ít nhất ${numberText(c.percent, "vi")}%`,
            "vi",
          ),
    /** `minScore`: the score against the required minimum. */
    minScore: (c, r) =>
      r.actual === null
        ? "chưa tính được điểm"
        : shortfall(
            r,
            `điểm ${numberText(actualNumber(r), "vi")}, cần ít nhất ${numberText(c.score, "vi")}`,
            "vi",
          ),
    /** `minCount`: criteria met against the required count. */
    minCount: (c, r) =>
      shortfall(
        r,
        `đạt ${numberText(actualNumber(r), "vi")} tiêu chí, cần ít nhất ${c.count}`,
        "vi",
      ),
    /** `allMet`: whether every applicable criterion is met. */
    allMet: (_, r) =>
      r.met
        ? "đạt tất cả các tiêu chí áp dụng"
        : r.shortBy === 0
          ? "không có tiêu chí nào áp dụng"
          : `còn ${r.shortBy} tiêu chí chưa đạt: ${listText(r.actual)}`,
    /** `mandatoryMet`: whether every mandatory criterion is met. */
    mandatoryMet: (_, r) =>
      r.met
        ? "đạt tất cả các tiêu chí bắt buộc"
        : `tiêu chí bắt buộc chưa đạt: ${listText(r.actual)}`,
    /** `nodesMet`: whether the named nodes are met. */
    nodesMet: (c, r) => (r.met ? `đạt: ${c.nodes.join(", ")}` : `chưa đạt: ${listText(r.actual)}`),
    /** `groupMinShare`: whether each group earns its least share of points. */
    groupMinShare: (c, r) =>
      r.actual === null
        ? "bộ tiêu chí không tính điểm"
        : r.met
          ? `mỗi tiêu chí đạt ít nhất ${numberText(c.percent, "vi")}% điểm tối đa`
          : shortfall(
              r,
              `dưới ${numberText(c.percent, "vi")}% điểm tối đa: ${listText(r.actual)}`,
              "vi",
            ),
    /** `noDisqualifier`: whether a disqualifying node (điểm liệt) failed. */
    noDisqualifier: (_, r) =>
      r.met
        ? "không vi phạm điều kiện loại trừ"
        : `vi phạm điều kiện loại trừ: ${listText(r.actual)}`,
    /** `tier`: whether the required tier of this framework is reached. */
    tier: (c, r, h) => {
      const title = h.tierTitle(c.tier) ?? c.tier;
      return r.met ? `đã đạt mức "${title}"` : `chưa đạt mức "${title}"`;
    },
    /** `outcome`: whether another framework's outcome reaches its tier. */
    outcome: (c, r) =>
      r.actual === undefined
        ? `thiếu kết quả bộ tiêu chí ${c.framework} (context.outcomes)`
        : `kết quả theo bộ tiêu chí ${c.framework}: ${r.actual ?? "chưa đạt"} (yêu cầu: ${c.tier} trở lên)`,
  },
  trace: {
    /** The bracketed count of criteria met: `[3/4 criteria met]`. */
    criteria: (met, applicable) => `[${met}/${applicable} tiêu chí đạt]`,
    /** The bracketed points: `[7/10 points]`. */
    points: (earned, possible) =>
      `[${formatNumber(earned, "vi")}/${formatNumber(possible, "vi")} điểm]`,
  },
  tierQueries: {
    /** The framework has no tier with this id. */
    unknown_tier: (tier) => `Bộ tiêu chí không có mức "${tier}"`,
    /** Meeting every candidate still leaves these condition types failing. */
    not_reachable_by_meeting_nodes: (title, failing) =>
      `Không thể đạt mức "${title}" chỉ bằng việc đạt thêm tiêu chí (điều kiện chưa đạt: ${failing.map((type) => CONDITION_VI[type]).join("; ")})`,
  },
} as const satisfies MessageTable;

/** English sentences. */
export const messagesEn = {
  language: "en",
  reasons: {
    /** `entry_status`: the assessor recorded the status. */
    entry_status: (p) => `recorded by the assessor as ${STATUS_EN[p.status] ?? p.status}`,
    /** `not_applicable_kind`: the node does not apply to the subject's kind. */
    not_applicable_kind: (p) =>
      `does not apply to subject kind "${plain(p.kind, "en")}" (applies to: ${p.appliesTo})`,
    /** `missing_value`: no value (or no count of a tally category) was recorded. */
    missing_value: (p) =>
      p.category === undefined ? "no value recorded" : `no count recorded for "${p.category}"`,
    /** `wrong_value_type`: the recorded value has the wrong shape. */
    wrong_value_type: (p) => `the value is a ${p.actual}, expected ${p.expected}`,
    /** `missing_context`: the evaluation context lacks a member the rule needs. */
    missing_context: (p) => `missing context: ${contextName(p.context, p.node, "en")}`,
    /** `no_target`: no target applies to this subject, kind and year. */
    no_target: () => "no target applies to this subject, kind and evaluation year",
    /** `missing_target`: the target is another node's value, which is not recorded. */
    missing_target: (p) => `the target is the value of ${p.node}, which is not recorded`,
    /** `unknown_node`: a rule names a node the framework does not have. */
    unknown_node: (p) => `no node "${p.node}"`,
    /** `reference_cycle`: a named reference refers to itself. */
    reference_cycle: (p) => `the reference ${p.reference} refers to itself in a cycle`,
    /** `dependency_cycle`: the node depends on itself. */
    dependency_cycle: () => "the node depends on itself through a cycle",
    /** `target_not_scalar`: the target read from another record is not a single value. */
    target_not_scalar: () => "the target read from another record is not a single value",
    /** `not_comparable`: the value and the target cannot be compared. */
    not_comparable: (p) => `cannot compare ${plain(p.value, "en")} with ${plain(p.target, "en")}`,
    /** `compare_met`: the value satisfies the comparison. */
    compare_met: (p) => comparison(p, true, "en"),
    /** `compare_not_met`: the value does not satisfy the comparison. */
    compare_not_met: (p) => comparison(p, false, "en"),
    /** `events_none`: none of the listed events occurred. */
    events_none: () => "none of the listed events occurred",
    /** `events_within_max`: listed events occurred, but no more often than allowed. */
    events_within_max: (p, h) =>
      `${times(p.count)} (at most ${p.max} allowed): ${events(p.occurred, h)}`,
    /** `events_occurred`: listed events occurred more often than allowed. */
    events_occurred: (p, h) =>
      `${times(p.count)} (at most ${p.max} allowed): ${events(p.occurred, h)}`,
    /** `all_met`: every applicable item is met. */
    all_met: (p) =>
      p.applicable === 1
        ? "the one applicable item is met"
        : `all ${p.applicable} applicable items met`,
    /** `all_not_met`: some applicable item is not met. */
    all_not_met: (p) => `not met: ${p.notMetItems} (${p.met} of ${p.applicable} met)`,
    /** `any_met`: at least one applicable item is met. */
    any_met: (p) => `met by: ${p.metItems}`,
    /** `any_not_met`: no applicable item is met. */
    any_not_met: (p) => `none of the ${p.applicable} applicable items met`,
    /** `at_least_met`: enough items are met. */
    at_least_met: (p) => `${p.met} of ${p.applicable} items met (at least ${p.required} required)`,
    /** `at_least_not_met`: too few items are met. */
    at_least_not_met: (p) =>
      `only ${p.met} of ${p.applicable} items met (at least ${p.required} required)`,
    /** `items_undetermined`: the verdict waits for items without a result. */
    items_undetermined: (p) =>
      `undetermined: waiting for ${p.openItems} (${p.met} met, ${p.required} required)`,
    /** `no_applicable_items`: no item applies. */
    no_applicable_items: () => "no applicable items",
    /** `share_met`: the share of child units reaches the percent. */
    share_met: (p) => share(p, "en"),
    /** `share_not_met`: the share of child units falls short of the percent. */
    share_not_met: (p) => share(p, "en"),
    /** `share_requirement_not_met`: a prerequisite share is not reached. */
    share_requirement_not_met: (p) => `prerequisite not met: ${share(p, "en")}`,
    /** `empty_denominator`: the total of child units is 0. */
    empty_denominator: () => "no units to take a share of (the total is 0)",
    /** `count_exceeds_total`: a category's count is larger than the total. */
    count_exceeds_total: (p) =>
      `the count for "${p.category}" (${p.count}) exceeds the total (${p.total})`,
    /** `no_child_predicate`: no predicate says which child units count in the category. */
    no_child_predicate: (p) => `no predicate counts "${p.category}" among the child units`,
    /** `outcome_met`: another framework's evaluation reached the required tier. */
    outcome_met: (p) =>
      `outcome of ${p.framework}: ${p.reached ?? "not met"} (required: ${p.tier} or higher)`,
    /** `outcome_not_met`: another framework's evaluation did not reach the required tier. */
    outcome_not_met: (p) =>
      `outcome of ${p.framework}: ${p.reached ?? "not met"} (required: ${p.tier} or higher)`,
    /** `outcome_node_met`: the named node of another framework's evaluation is met. */
    outcome_node_met: (p) => `${p.node} of ${p.framework} is met`,
    /** `outcome_node_not_met`: the named node of another framework's evaluation is not met. */
    outcome_node_not_met: (p) => `${p.node} of ${p.framework} is not met`,
    /** `outcome_node_undecided`: the named node of another framework's evaluation is unknown, not applicable or in error. */
    outcome_node_undecided: (p) => `${p.node} of ${p.framework} is not decided (${p.status})`,
    /** `unknown_tier`: the other framework has no such tier. */
    unknown_tier: (p) => `framework ${p.framework} has no tier "${p.tier}"`,
    /** `not_judged`: no verdict is recorded for a judged node. */
    not_judged: () => "no verdict recorded yet",
    /** `no_rule`: a value is recorded but no rule judges it. */
    no_rule: () => "no rule judges this value; record a status",
    /** `boolean_true`: a yes/no criterion answered yes. */
    boolean_true: () => "assessed: met",
    /** `boolean_false`: a yes/no criterion answered no. */
    boolean_false: () => "assessed: not met (required: met)",
  },
  conditions: {
    /** `minPoints`: points against the required minimum. */
    minPoints: (c, r) =>
      r.actual === null
        ? "the framework has no points"
        : shortfall(
            r,
            `points ${numberText(actualNumber(r), "en")}, at least ${numberText(c.points, "en")} required`,
            "en",
          ),
    /** `minPercent`: the score as a percent of its maximum against the required percent. */
    minPercent: (c, r) =>
      r.actual === null
        ? "no score"
        : shortfall(
            r,
            `${numberText(actualNumber(r), "en")}% of the maximum, at least ${numberText(c.percent, "en")}% required`,
            "en",
          ),
    /** `minScore`: the score against the required minimum. */
    minScore: (c, r) =>
      r.actual === null
        ? "no score"
        : shortfall(
            r,
            `score ${numberText(actualNumber(r), "en")}, at least ${numberText(c.score, "en")} required`,
            "en",
          ),
    /** `minCount`: criteria met against the required count. */
    minCount: (c, r) => {
      const actual = actualNumber(r);
      return shortfall(
        r,
        `${numberText(actual, "en")} ${actual === 1 ? "criterion" : "criteria"} met, at least ${c.count} required`,
        "en",
      );
    },
    /** `allMet`: whether every applicable criterion is met. */
    allMet: (_, r) =>
      r.met
        ? "every applicable criterion is met"
        : r.shortBy === 0
          ? "no criterion applies"
          : `${r.shortBy} ${r.shortBy === 1 ? "criterion" : "criteria"} not met: ${listText(r.actual)}`,
    /** `mandatoryMet`: whether every mandatory criterion is met. */
    mandatoryMet: (_, r) =>
      r.met
        ? "every mandatory criterion is met"
        : `mandatory criteria not met: ${listText(r.actual)}`,
    /** `nodesMet`: whether the named nodes are met. */
    nodesMet: (c, r) => (r.met ? `met: ${c.nodes.join(", ")}` : `not met: ${listText(r.actual)}`),
    /** `groupMinShare`: whether each group earns its least share of points. */
    groupMinShare: (c, r) =>
      r.actual === null
        ? "the framework has no points"
        : r.met
          ? `each item earns at least ${numberText(c.percent, "en")}% of its maximum`
          : shortfall(
              r,
              `below ${numberText(c.percent, "en")}% of their maximum: ${listText(r.actual)}`,
              "en",
            ),
    /** `noDisqualifier`: whether a disqualifying node (điểm liệt) failed. */
    noDisqualifier: (_, r) =>
      r.met ? "no disqualifier" : `disqualified by: ${listText(r.actual)}`,
    /** `tier`: whether the required tier of this framework is reached. */
    tier: (c, r, h) => {
      const title = h.tierTitle(c.tier) ?? c.tier;
      return r.met ? `tier "${title}" reached` : `tier "${title}" not reached`;
    },
    /** `outcome`: whether another framework's outcome reaches its tier. */
    outcome: (c, r) =>
      r.actual === undefined
        ? `missing the outcome of framework ${c.framework} (context.outcomes)`
        : `outcome of ${c.framework}: ${r.actual ?? "not met"} (required: ${c.tier} or higher)`,
  },
  trace: {
    /** The bracketed count of criteria met: `[3/4 criteria met]`. */
    criteria: (met, applicable) => `[${met}/${applicable} criteria met]`,
    /** The bracketed points: `[7/10 points]`. */
    points: (earned, possible) => `[${earned}/${possible} points]`,
  },
  tierQueries: {
    /** The framework has no tier with this id. */
    unknown_tier: (tier) => `The framework has no tier "${tier}"`,
    /** Meeting every candidate still leaves these condition types failing. */
    not_reachable_by_meeting_nodes: (title, failing) =>
      `Tier "${title}" cannot be reached by meeting more nodes (failing: ${failing.join(", ")})`,
  },
} as const satisfies MessageTable;
