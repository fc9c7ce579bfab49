import type { NodeStatus } from "../scoring/types.js";

/** The languages reports are written in. */
export type ReportLanguage = "vi" | "en";

/** Every label a report prints, in one language. */
export interface ReportLabelSet {
  readonly documentTitle: string;
  /** The title of a report on one unit. */
  readonly unitReportTitle: (unit: string) => string;
  /** The line with the report's date (only when a date is passed). */
  readonly generatedOn: (date: string) => string;
  readonly exampleNote: string;
  readonly contents: string;
  readonly framework: string;
  readonly version: string;
  readonly unit: string;
  readonly units: string;
  readonly period: string;
  readonly periods: string;
  /** The latest period of a framework's section. */
  readonly latestPeriod: (period: string) => string;
  readonly met: string;
  readonly applicable: string;
  readonly percentMet: string;
  readonly tier: string;
  readonly noTier: string;
  readonly left: string;
  readonly rank: string;
  readonly criterion: string;
  readonly reason: string;
  readonly status: string;
  readonly statuses: Readonly<Record<NodeStatus, string>>;
  readonly missingInPeriod: string;
  readonly progressTitle: string;
  /** The description (`<desc>`) of the progress chart. */
  readonly progressDesc: (units: number, period: string, summary: string) => string;
  readonly trendTitle: string;
  /** The description (`<desc>`) of the trend chart. */
  readonly trendDesc: (units: number, periods: number, summary: string) => string;
  readonly heatmapTitle: string;
  /** The description (`<desc>`) of the heatmap. */
  readonly heatmapDesc: (rows: number, criteria: number, summary: string) => string;
  readonly heatmapPeriodsTitle: string;
  readonly leagueTitle: string;
  /** The league table's caption: what it ranks by and how ties share a rank (`rank`, competition ties). */
  readonly leagueRule: string;
  readonly regressionsTitle: string;
  /** One regression of a unit's trend: criteria met before and after, criteria and tier lost. */
  readonly regression: (
    unit: string,
    period: string,
    previous: string,
    before: number,
    after: number,
    lost: readonly string[],
    tierLost: string | null,
  ) => string;
  readonly leftTitle: string;
  readonly allMet: string;
  /** The heading of the next tier's failing conditions. */
  readonly nextTier: (tier: string) => string;
  readonly dataTable: string;
  readonly legend: string;
  readonly reviewTitle: string;
  readonly rating: string;
  /** Beside a unit moved down by a quota or the parent cap: the rating it earned. */
  readonly demotedFrom: (rating: string) => string;
  /** The sentence stating a quota: how many hold the rating, how many are allowed, of which base. */
  readonly quota: (
    rating: string,
    count: number,
    allowed: number,
    percent: string,
    relativeTo: string,
    base: number,
  ) => string;
  /** The rating column of a unit the cohort review did not rate. */
  readonly notRated: string;
  /** The column of a cohort review's steps for each unit. */
  readonly reviewSteps: string;
  readonly quotaKept: string;
  readonly quotaExceeded: string;
  readonly issuesTitle: string;
  readonly noData: string;
  readonly axisPercent: string;
  readonly axisPeriod: string;
  /** A heatmap cell's count of units with one status. */
  readonly unitsWithStatus: (status: string, count: number) => string;
}

const VI: ReportLabelSet = {
  documentTitle: "Báo cáo kết quả thực hiện bộ tiêu chí",
  unitReportTitle: (unit) => `Báo cáo kết quả thực hiện bộ tiêu chí: ${unit}`,
  generatedOn: (date) => `Lập ngày ${date}`,
  exampleNote:
    "Báo cáo có dữ liệu ví dụ (đánh dấu “ví dụ”), không phải số liệu báo cáo chính thức.",
  contents: "Nội dung",
  framework: "Bộ tiêu chí",
  version: "phiên bản",
  unit: "Đơn vị",
  units: "đơn vị",
  period: "Kỳ đánh giá",
  periods: "kỳ",
  latestPeriod: (period) => `Kỳ gần nhất: ${period}`,
  met: "Đạt",
  applicable: "Áp dụng",
  percentMet: "Tỷ lệ đạt (%)",
  tier: "Xếp loại",
  noTier: "Chưa đạt mức xếp loại",
  left: "Còn lại",
  rank: "Hạng",
  criterion: "Tiêu chí",
  reason: "Lý do",
  status: "Kết quả",
  statuses: {
    met: "đạt",
    notMet: "chưa đạt",
    notApplicable: "không áp dụng",
    unknown: "chưa có kết quả",
    error: "lỗi dữ liệu",
  },
  missingInPeriod: "không có số liệu",
  progressTitle: "Tiến độ theo đơn vị",
  progressDesc: (units, period, summary) =>
    `Biểu đồ thanh: số tiêu chí đạt trên số tiêu chí áp dụng của ${units} đơn vị, kỳ ${period}. ${summary}`,
  trendTitle: "Diễn biến qua các kỳ",
  trendDesc: (units, periods, summary) =>
    `Biểu đồ đường: tỷ lệ tiêu chí đạt (%) của ${units} đơn vị qua ${periods} kỳ. ${summary}`,
  heatmapTitle: "Bản đồ đơn vị × tiêu chí",
  heatmapDesc: (rows, criteria, summary) =>
    `Bản đồ nhiệt: kết quả của ${criteria} tiêu chí ở ${rows} hàng; mỗi ô là một tiêu chí, màu và ký hiệu cho biết kết quả. ${summary}`,
  heatmapPeriodsTitle: "Bản đồ kỳ đánh giá × tiêu chí",
  leagueTitle: "Bảng xếp hạng",
  leagueRule:
    "Bảng xếp hạng theo số tiêu chí đạt ở kỳ gần nhất; bằng nhau thì cùng hạng và hạng sau bỏ qua (1, 1, 3), rồi theo mã đơn vị.",
  regressionsTitle: "Các kỳ đi xuống",
  regression: (unit, period, previous, before, after, lost, tierLost) =>
    `${unit}, kỳ ${period} so với kỳ ${previous}: ${before} → ${after} tiêu chí đạt` +
    (lost.length > 0 ? `; không còn đạt: ${lost.join(", ")}` : "") +
    (tierLost === null ? "" : `; mất mức “${tierLost}”`) +
    ".",
  leftTitle: "Những tiêu chí còn lại",
  allMet: "Đạt tất cả các tiêu chí được áp dụng.",
  nextTier: (tier) => `Để đạt mức “${tier}”:`,
  dataTable: "Bảng số liệu",
  legend: "Chú giải",
  reviewTitle: "Bình xét cuối năm",
  rating: "Mức xếp loại",
  demotedFrom: (rating) => `hạ từ “${rating}” do vượt hạn mức`,
  quota: (rating, count, allowed, percent, relativeTo, base) =>
    `“${rating}”: ${count} đơn vị, hạn mức ${allowed} (${percent}% của ${base} đơn vị “${relativeTo}”).`,
  notRated: "Không xếp loại",
  reviewSteps: "Diễn giải",
  quotaKept: "Trong hạn mức.",
  quotaExceeded: "Vượt hạn mức.",
  issuesTitle: "Vấn đề trong dữ liệu đầu vào",
  noData: "Không có kết quả đánh giá nào để báo cáo.",
  axisPercent: "Tỷ lệ đạt (%)",
  axisPeriod: "Kỳ đánh giá",
  unitsWithStatus: (status, count) => `${count} ô ${status}`,
};

const EN: ReportLabelSet = {
  documentTitle: "Criteria framework progress report",
  unitReportTitle: (unit) => `Criteria framework progress report: ${unit}`,
  generatedOn: (date) => `Prepared on ${date}`,
  exampleNote:
    "This report contains example data (marked “example”), not officially reported figures.",
  contents: "Contents",
  framework: "Framework",
  version: "version",
  unit: "Unit",
  units: "units",
  period: "Period",
  periods: "periods",
  latestPeriod: (period) => `Latest period: ${period}`,
  met: "Met",
  applicable: "Applicable",
  percentMet: "Share met (%)",
  tier: "Tier",
  noTier: "No tier reached",
  left: "Left",
  rank: "Rank",
  criterion: "Criterion",
  reason: "Reason",
  status: "Result",
  statuses: {
    met: "met",
    notMet: "not met",
    notApplicable: "not applicable",
    unknown: "unknown",
    error: "data error",
  },
  missingInPeriod: "no data",
  progressTitle: "Progress per unit",
  progressDesc: (units, period, summary) =>
    `Bar chart: criteria met out of criteria applicable for ${units} units, period ${period}. ${summary}`,
  trendTitle: "Trend over periods",
  trendDesc: (units, periods, summary) =>
    `Line chart: share of criteria met (%) for ${units} units over ${periods} periods. ${summary}`,
  heatmapTitle: "Unit × criterion map",
  heatmapDesc: (rows, criteria, summary) =>
    `Heatmap: results of ${criteria} criteria in ${rows} rows; each cell is one criterion, its colour and symbol give the result. ${summary}`,
  heatmapPeriodsTitle: "Period × criterion map",
  leagueTitle: "League table",
  leagueRule:
    "League table by criteria met at the latest period; equal counts share a rank and the next rank skips (1, 1, 3), then by unit id.",
  regressionsTitle: "Periods that went backwards",
  regression: (unit, period, previous, before, after, lost, tierLost) =>
    `${unit}, period ${period} against ${previous}: ${before} → ${after} criteria met` +
    (lost.length > 0 ? `; no longer met: ${lost.join(", ")}` : "") +
    (tierLost === null ? "" : `; tier “${tierLost}” lost`) +
    ".",
  leftTitle: "What is left",
  allMet: "All applicable criteria are met.",
  nextTier: (tier) => `To reach “${tier}”:`,
  dataTable: "Data table",
  legend: "Legend",
  reviewTitle: "Year-end review",
  rating: "Rating",
  demotedFrom: (rating) => `lowered from “${rating}” by the quota`,
  quota: (rating, count, allowed, percent, relativeTo, base) =>
    `“${rating}”: ${count} units, quota ${allowed} (${percent}% of the ${base} units rated “${relativeTo}”).`,
  notRated: "Not rated",
  reviewSteps: "Steps",
  quotaKept: "Within the quota.",
  quotaExceeded: "Over the quota.",
  issuesTitle: "Problems in the input",
  noData: "There are no evaluations to report.",
  axisPercent: "Share met (%)",
  axisPeriod: "Period",
  unitsWithStatus: (status, count) => `${count} cells ${status}`,
};

/**
 * The labels of a report in Vietnamese or English.
 *
 * @param language - `"vi"` or `"en"`.
 * @returns The label set.
 * @example
 * reportLabels("en").leagueTitle
 * //=> "League table"
 * @category Report
 */
export function reportLabels(language: ReportLanguage): ReportLabelSet {
  return language === "en" ? EN : VI;
}
