import type { ReasonParams } from "./rules/rule.js";

/*
 * The sentences behind reason codes, in Vietnamese and English. Numbers are shown with at most two
 * decimals (a decimal comma in Vietnamese); the exact figures stay in `params`.
 */

type Messages = { readonly vi: string; readonly en: string };

/** A number for people: at most two decimals, `17,5` in Vietnamese and `17.5` in English. */
export function formatNumber(value: number, language: "vi" | "en"): string {
  if (Number.isInteger(value)) return value === 0 ? "0" : String(value);
  const cents = Math.round(value * 100);
  if (cents === 0) return "0";
  if (cents < 1e11 && cents > -1e11) {
    // Below 10⁹ a double is finer than 0.01, so String(cents / 100) is exactly these digits: write them
    // from the integer cents instead of printing a double.
    const negative = cents < 0;
    const magnitude = negative ? -cents : cents;
    const whole = Math.floor(magnitude / 100);
    const fraction = magnitude - whole * 100;
    const head = negative ? `-${whole}` : String(whole);
    if (fraction === 0) return head;
    const point = language === "vi" ? "," : ".";
    const digits =
      fraction % 10 === 0
        ? String(fraction / 10)
        : fraction < 10
          ? `0${fraction}`
          : String(fraction);
    return head + point + digits;
  }
  const text = String(cents / 100);
  return language === "vi" ? text.replace(".", ",") : text;
}

function show(value: string | number | boolean | null | undefined, language: "vi" | "en"): string {
  if (value === null || value === undefined) return language === "vi" ? "(không có)" : "(none)";
  if (typeof value === "number") return formatNumber(value, language);
  if (typeof value === "boolean") {
    if (language === "vi") return value ? "có" : "không";
    return value ? "yes" : "no";
  }
  return value;
}

const COMPARATOR: Readonly<Record<string, string>> = {
  ">=": "≥",
  ">": ">",
  "<=": "≤",
  "<": "<",
  "=": "=",
  "!=": "≠",
};

const STATUS_VI: Readonly<Record<string, string>> = {
  met: "đạt",
  notMet: "chưa đạt",
  notApplicable: "không áp dụng",
  unknown: "chưa có kết quả",
  error: "lỗi",
};

const STATUS_EN: Readonly<Record<string, string>> = {
  met: "met",
  notMet: "not met",
  notApplicable: "not applicable",
  unknown: "unknown",
  error: "error",
};

function contextName(context: string, node: string | undefined): Messages {
  const dot = context.indexOf(".");
  const head = dot < 0 ? context : context.slice(0, dot);
  const key = dot < 0 ? "" : context.slice(dot + 1);
  let vi: string;
  let en: string;
  switch (head) {
    case "previous":
      vi = "kết quả kỳ trước (context.previous)";
      en = "the previous period's assessment (context.previous)";
      break;
    case "baselines":
      vi = `kết quả năm gốc ${key} (context.baselines["${key}"])`;
      en = `the baseline assessment ${key} (context.baselines["${key}"])`;
      break;
    case "outcomes":
      vi = `kết quả bộ tiêu chí ${key} (context.outcomes["${key}"])`;
      en = `the outcome of framework ${key} (context.outcomes["${key}"])`;
      break;
    case "references":
      vi = `giá trị tham chiếu ${key}`;
      en = `the reference value ${key}`;
      break;
    case "children":
      vi = "kết quả của các đơn vị trực thuộc (context.children)";
      en = "the evaluations of child units (context.children)";
      break;
    case "subject":
      vi =
        key === "region"
          ? "vùng của đơn vị"
          : key === "kind"
            ? "loại đơn vị"
            : `thuộc tính ${key} của đơn vị`;
      en =
        key === "region"
          ? "the subject's region"
          : key === "kind"
            ? "the subject's kind"
            : `the subject's ${key}`;
      break;
    default:
      vi = context;
      en = context;
  }
  if (node === undefined) return { vi, en };
  return { vi: `giá trị của ${node} trong ${vi}`, en: `the value of ${node} in ${en}` };
}

/** A value in both languages, formatting a number once (the most frequent message is a comparison). */
function both(value: string | number | boolean | null | undefined): Messages {
  if (typeof value === "number") {
    const en = formatNumber(value, "en");
    return { vi: en.includes(".") ? en.replace(".", ",") : en, en };
  }
  // Quoted, so that "có"/"không" read as the recorded answer rather than as part of the sentence.
  if (typeof value === "boolean" || typeof value === "string") {
    return { vi: `"${show(value, "vi")}"`, en: `"${show(value, "en")}"` };
  }
  return { vi: show(value, "vi"), en: show(value, "en") };
}

/**
 * A number with its unit: `1,5 m²/học sinh`, and `64%` without a space before a percent sign.
 *
 * @param shown - The number as already formatted.
 * @param unit - The node's unit, if any.
 * @returns The text.
 */
function withUnit(shown: string, unit: string | undefined): string {
  if (unit === undefined || unit === "") return shown;
  return unit === "%" ? `${shown}%` : `${shown} ${unit}`;
}

function unitOf(p: ReasonParams): string | undefined {
  return typeof p.unit === "string" ? p.unit : undefined;
}

/**
 * The requirement half of a comparison message ("≥ 1,1 × 58 = 63,8"), which a fixed target lets the
 * compiler write once. A `unit` in the params follows the number compared with ("≥ 2 m²/học sinh",
 * "≥ 1,1 × 58 = 63,8 triệu đồng").
 *
 * @param p - Reason params with `comparator`, `target` and optionally `factor`, `threshold` and `unit`.
 * @returns The text in both languages.
 * @example
 * requirementText({ comparator: ">=", target: 2, unit: "m²/học sinh" }).vi
 * //=> "≥ 2 m²/học sinh"
 */
export function requirementText(p: ReasonParams): Messages {
  const comparator = COMPARATOR[String(p.comparator)] ?? String(p.comparator);
  const unit = typeof p.target === "number" ? unitOf(p) : undefined;
  const target = both(p.target);
  if (p.factor === undefined)
    return {
      vi: `${comparator} ${withUnit(target.vi, unit)}`,
      en: `${comparator} ${withUnit(target.en, unit)}`,
    };
  const factor = both(p.factor);
  const threshold = both(p.threshold);
  return {
    vi: `${comparator} ${factor.vi} × ${target.vi} = ${withUnit(threshold.vi, unit)}`,
    en: `${comparator} ${factor.en} × ${target.en} = ${withUnit(threshold.en, unit)}`,
  };
}

/**
 * A comparison message from the value and the requirement text. With a unit the number speaks for
 * itself ("1,5 m²/học sinh không đạt ≥ 2 m²/học sinh"); without one it is introduced ("giá trị 1,5 …").
 *
 * @param value - The compared value.
 * @param requirement - From `requirementText`.
 * @param met - Whether the comparison holds.
 * @param unit - The node's unit, if any.
 * @returns The messages.
 * @example
 * comparisonMessages(1.5, requirementText({ comparator: ">=", target: 2 }), false).en
 * //=> "value 1.5 does not satisfy ≥ 2"
 */
export function comparisonMessages(
  value: string | number | boolean | null | undefined,
  requirement: Messages,
  met: boolean,
  unit?: string,
): Messages {
  return comparisonMessagesFrom(value, comparisonText(requirement, unit), met);
}

/** The fixed parts of a comparison message around the value, written once per compiled rule. */
export interface ComparisonText {
  readonly viMet: string;
  readonly viNotMet: string;
  readonly enMet: string;
  readonly enNotMet: string;
  /** The node's unit, written after a numeric value. */
  readonly unit?: string;
}

/**
 * Splits a comparison message into its fixed parts, so that `comparisonMessagesFrom` only adds the value.
 *
 * @param requirement - From `requirementText`.
 * @param unit - The node's unit, if any.
 * @returns The text after the value, met and not met, in both languages.
 * @example
 * comparisonText(requirementText({ comparator: ">=", target: 2 })).viNotMet
 * //=> " không đạt ≥ 2"
 */
export function comparisonText(requirement: Messages, unit?: string): ComparisonText {
  const text = {
    viMet: ` đạt ${requirement.vi}`,
    viNotMet: ` không đạt ${requirement.vi}`,
    enMet: ` satisfies ${requirement.en}`,
    enNotMet: ` does not satisfy ${requirement.en}`,
  };
  return unit === undefined || unit === "" ? text : { ...text, unit };
}

/**
 * The same sentences as `comparisonMessages`, from text prepared by `comparisonText`.
 *
 * @param value - The compared value.
 * @param text - From `comparisonText`.
 * @param met - Whether the comparison holds.
 * @returns The messages.
 * @example
 * comparisonMessagesFrom(1.5, comparisonText(requirementText({ comparator: ">=", target: 2, unit: "m²" }), "m²"), false).vi
 * //=> "1,5 m² không đạt ≥ 2 m²"
 */
export function comparisonMessagesFrom(
  value: string | number | boolean | null | undefined,
  text: ComparisonText,
  met: boolean,
): Messages {
  let vi: string;
  let en: string;
  if (typeof value === "number") {
    // Integers print the same in both languages; otherwise only the decimal point differs.
    en = Number.isInteger(value) ? (value === 0 ? "0" : String(value)) : formatNumber(value, "en");
    vi = en.includes(".") ? en.replace(".", ",") : en;
    if (text.unit !== undefined) {
      vi = withUnit(vi, text.unit);
      en = withUnit(en, text.unit);
      return met
        ? { vi: `${vi}${text.viMet}`, en: `${en}${text.enMet}` }
        : { vi: `${vi}${text.viNotMet}`, en: `${en}${text.enNotMet}` };
    }
  } else {
    const shown = both(value);
    vi = shown.vi;
    en = shown.en;
  }
  return met
    ? { vi: `giá trị ${vi}${text.viMet}`, en: `value ${en}${text.enMet}` }
    : { vi: `giá trị ${vi}${text.viNotMet}`, en: `value ${en}${text.enNotMet}` };
}

function compareMessages(p: ReasonParams, met: boolean): Messages {
  return comparisonMessages(p.value, requirementText(p), met, unitOf(p));
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

function categoryVi(category: unknown): string {
  const id = String(category);
  return Object.hasOwn(CATEGORY_VI, id) ? CATEGORY_VI[id]! : id;
}

function share(params: ReasonParams, language: "vi" | "en"): string {
  const comparator = COMPARATOR[String(params.comparator)] ?? String(params.comparator);
  const count = show(params.count, language);
  const total = show(params.total, language);
  const actual = show(params.actual, language);
  const percent = show(params.percent, language);
  let bound = "";
  if (typeof params.leastPassing === "number") {
    bound =
      language === "vi"
        ? ` (cần ít nhất ${params.leastPassing})`
        : ` (at least ${params.leastPassing} needed)`;
  } else if (typeof params.mostPassing === "number") {
    bound =
      language === "vi"
        ? ` (tối đa ${params.mostPassing})`
        : ` (at most ${params.mostPassing} allowed)`;
  }
  return language === "vi"
    ? `${categoryVi(params.category)}: ${count}/${total} = ${actual}%, yêu cầu ${comparator} ${percent}%${bound}`
    : `${params.category}: ${count} of ${total} = ${actual}%, required ${comparator} ${percent}%${bound}`;
}

function times(count: unknown): string {
  return count === 1 ? "events occurred once" : `events occurred ${count} times`;
}

/** The events that occurred: their titles when the rule gave them, else their ids. */
function occurred(p: ReasonParams, language: "vi" | "en", titles: Messages | undefined): string {
  return titles === undefined ? String(p.occurred) : titles[language];
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

function typeVi(type: unknown): string {
  const id = String(type);
  return Object.hasOwn(TYPE_VI, id) ? TYPE_VI[id]! : id;
}

const CONDITION_VI: Readonly<Record<string, string>> = {
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
  return Object.hasOwn(CONDITION_VI, type) ? CONDITION_VI[type]! : type;
}

/**
 * The Vietnamese and English sentences for a reason.
 *
 * @param code - The reason code (`compare_not_met`, `missing_context`, …).
 * @param params - Its parameters.
 * @param titles - For `events_*` reasons, the titles of the events that occurred, which the messages
 *   name instead of the ids in `params.occurred`.
 * @returns The messages.
 * @example
 * reasonMessages("boolean_false").vi
 * //=> "kết quả đánh giá: chưa đạt (yêu cầu: đạt)"
 */
export function reasonMessages(
  code: string,
  params: ReasonParams = {},
  titles?: Messages,
): Messages {
  const p = params;
  switch (code) {
    case "entry_status":
      return {
        vi: `kết quả đánh giá: ${STATUS_VI[String(p.status)] ?? p.status}`,
        en: `recorded by the assessor as ${STATUS_EN[String(p.status)] ?? p.status}`,
      };
    case "not_applicable_kind":
      return {
        vi: `không áp dụng cho loại đơn vị "${show(p.kind, "vi")}" (áp dụng cho: ${p.appliesTo})`,
        en: `does not apply to subject kind "${show(p.kind, "en")}" (applies to: ${p.appliesTo})`,
      };
    case "missing_value":
      return p.category === undefined
        ? { vi: "chưa có giá trị", en: "no value recorded" }
        : {
            vi: `chưa có số liệu "${categoryVi(p.category)}"`,
            en: `no count recorded for "${p.category}"`,
          };
    case "wrong_value_type":
      return {
        vi: `giá trị là ${typeVi(p.actual)}, cần ${typeVi(p.expected)}`,
        en: `the value is a ${p.actual}, expected ${p.expected}`,
      };
    case "missing_context": {
      const name = contextName(
        String(p.context),
        p.node === undefined ? undefined : String(p.node),
      );
      return { vi: `thiếu dữ liệu: ${name.vi}`, en: `missing context: ${name.en}` };
    }
    case "no_target":
      return {
        vi: "không có mức chuẩn áp dụng cho đơn vị, loại và năm đánh giá này",
        en: "no target applies to this subject, kind and evaluation year",
      };
    case "missing_target":
      return {
        vi: `chưa có giá trị của mục "${p.node}", là mức để so sánh`,
        en: `the target is the value of ${p.node}, which is not recorded`,
      };
    case "unknown_node":
      return { vi: `không có mục "${p.node}"`, en: `no node "${p.node}"` };
    case "reference_cycle":
      return {
        vi: `giá trị tham chiếu ${p.reference} tham chiếu vòng lại chính nó`,
        en: `the reference ${p.reference} refers to itself in a cycle`,
      };
    case "dependency_cycle":
      return {
        vi: "mục này phụ thuộc vòng vào chính nó",
        en: "the node depends on itself through a cycle",
      };
    case "target_not_scalar":
      return {
        vi: "mức chuẩn lấy từ kết quả khác không phải là một giá trị đơn",
        en: "the target read from another record is not a single value",
      };
    case "not_comparable":
      return {
        vi: `không so sánh được ${show(p.value, "vi")} với ${show(p.target, "vi")}`,
        en: `cannot compare ${show(p.value, "en")} with ${show(p.target, "en")}`,
      };
    case "compare_met":
    case "compare_not_met":
      return compareMessages(p, code === "compare_met");
    case "events_none":
      return {
        vi: "không để xảy ra trường hợp nào trong danh sách",
        en: "none of the listed events occurred",
      };
    case "events_within_max":
      return {
        vi: `xảy ra ${p.count} trường hợp (cho phép tối đa ${p.max}): ${occurred(p, "vi", titles)}`,
        en: `${times(p.count)} (at most ${p.max} allowed): ${occurred(p, "en", titles)}`,
      };
    case "events_occurred":
      return {
        vi: `đã để xảy ra ${p.count} trường hợp (cho phép tối đa ${p.max}): ${occurred(p, "vi", titles)}`,
        en: `${times(p.count)} (at most ${p.max} allowed): ${occurred(p, "en", titles)}`,
      };
    case "all_met":
      return {
        vi: `đạt đủ ${p.met}/${p.applicable} nội dung`,
        en:
          p.applicable === 1
            ? "the one applicable item is met"
            : `all ${p.applicable} applicable items met`,
      };
    case "all_not_met":
      return {
        vi: `chưa đạt: ${p.notMetItems} (đạt ${p.met}/${p.applicable})`,
        en: `not met: ${p.notMetItems} (${p.met} of ${p.applicable} met)`,
      };
    case "any_met":
      return { vi: `đạt nhờ: ${p.metItems}`, en: `met by: ${p.metItems}` };
    case "any_not_met":
      return {
        vi: `không có nội dung nào đạt (0/${p.applicable})`,
        en: `none of the ${p.applicable} applicable items met`,
      };
    case "at_least_met":
      return {
        vi: `đạt ${p.met}/${p.applicable} nội dung (cần ít nhất ${p.required})`,
        en: `${p.met} of ${p.applicable} items met (at least ${p.required} required)`,
      };
    case "at_least_not_met":
      return {
        vi: `chỉ đạt ${p.met}/${p.applicable} nội dung (cần ít nhất ${p.required})`,
        en: `only ${p.met} of ${p.applicable} items met (at least ${p.required} required)`,
      };
    case "items_undetermined":
      return {
        vi: `chưa xác định: chờ kết quả ${p.openItems} (đạt ${p.met}, cần ${p.required})`,
        en: `undetermined: waiting for ${p.openItems} (${p.met} met, ${p.required} required)`,
      };
    case "no_applicable_items":
      return { vi: "không có nội dung nào áp dụng", en: "no applicable items" };
    case "share_met":
    case "share_not_met":
      return { vi: share(p, "vi"), en: share(p, "en") };
    case "share_requirement_not_met":
      return {
        vi: `chưa đạt điều kiện tiên quyết: ${share(p, "vi")}`,
        en: `prerequisite not met: ${share(p, "en")}`,
      };
    case "empty_denominator":
      return {
        vi: "không có đơn vị nào để tính tỷ lệ (tổng số bằng 0)",
        en: "no units to take a share of (the total is 0)",
      };
    case "count_exceeds_total":
      return {
        vi: `số "${categoryVi(p.category)}" (${p.count}) lớn hơn tổng số (${p.total})`,
        en: `the count for "${p.category}" (${p.count}) exceeds the total (${p.total})`,
      };
    case "no_child_predicate":
      return {
        vi: `không có điều kiện nào để đếm "${categoryVi(p.category)}" trong các đơn vị trực thuộc`,
        en: `no predicate counts "${p.category}" among the child units`,
      };
    case "outcome_met":
    case "outcome_not_met":
      return {
        vi: `kết quả theo bộ tiêu chí ${p.framework}: ${p.reached === null || p.reached === undefined ? "chưa đạt" : p.reached} (yêu cầu: ${p.tier} trở lên)`,
        en: `outcome of ${p.framework}: ${p.reached === null || p.reached === undefined ? "not met" : p.reached} (required: ${p.tier} or higher)`,
      };
    case "unknown_tier":
      return {
        vi: `bộ tiêu chí ${p.framework} không có mức "${p.tier}"`,
        en: `framework ${p.framework} has no tier "${p.tier}"`,
      };
    case "not_judged":
      return { vi: "chưa có kết quả", en: "no verdict recorded yet" };
    case "no_rule":
      return {
        vi: "không có quy tắc chấm giá trị này; cần ghi nhận kết quả",
        en: "no rule judges this value; record a status",
      };
    case "boolean_true":
      return { vi: "kết quả đánh giá: đạt", en: "assessed: met" };
    case "boolean_false":
      return {
        vi: "kết quả đánh giá: chưa đạt (yêu cầu: đạt)",
        en: "assessed: not met (required: met)",
      };
    default:
      return { vi: code, en: code };
  }
}
