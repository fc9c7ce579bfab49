import type { Framework, NodeStatus } from "../index.js";
import type { CliLanguage } from "./types.js";

/** The labels of the evaluation report. */
export interface ReportLabels {
  readonly framework: string;
  readonly version: string;
  readonly subject: string;
  readonly period: string;
  readonly date: string;
  readonly metLabel: string;
  readonly met: (met: number, applicable: number) => string;
  readonly notApplicable: (count: number) => string;
  readonly points: string;
  readonly score: string;
  readonly unscorable: (reason: string) => string;
  readonly tier: string;
  readonly noTier: string;
  readonly noTiers: string;
  readonly unmet: (count: number) => string;
  readonly allMet: string;
  readonly gap: (tier: string) => string;
  readonly topTier: string;
  readonly prerequisites: (tiers: string) => string;
  readonly steps: (count: number, nodes: string) => string;
  readonly greedy: string;
  readonly disqualifiers: string;
  readonly example: string;
  readonly source: string;
  readonly status: Readonly<Record<NodeStatus, string>>;
  readonly frameworkStatus: Readonly<Record<Framework["status"], string>>;
}

const VI: ReportLabels = {
  framework: "Bộ tiêu chí",
  version: "phiên bản",
  subject: "Đơn vị",
  period: "Kỳ đánh giá",
  date: "ngày",
  metLabel: "Đạt",
  met: (met, applicable) => `${met}/${applicable} tiêu chí`,
  notApplicable: (count) => `${count} tiêu chí không áp dụng`,
  points: "Điểm",
  score: "Điểm",
  unscorable: (reason) => `không tính được điểm (${reason})`,
  tier: "Xếp loại",
  noTier: "Chưa đạt",
  noTiers: "bộ tiêu chí không có mức xếp loại",
  unmet: (count) => `Các tiêu chí chưa đạt (${count}):`,
  allMet: "Đạt tất cả các tiêu chí được áp dụng.",
  gap: (tier) => `Để đạt mức "${tier}", còn thiếu:`,
  topTier: "Đã đạt mức cao nhất.",
  prerequisites: (tiers) => `Cần đạt trước: ${tiers}`,
  steps: (count, nodes) => `Cần đạt thêm ít nhất ${count} tiêu chí: ${nodes}`,
  greedy: "(kết quả gần đúng; có thể chỉ cần ít tiêu chí hơn)",
  disqualifiers: "Vi phạm điều kiện loại trừ:",
  example: "Dữ liệu ví dụ, không phải số liệu báo cáo.",
  source: "Nguồn",
  status: {
    met: "đạt",
    notMet: "chưa đạt",
    notApplicable: "không áp dụng",
    unknown: "chưa có dữ liệu",
    error: "lỗi",
  },
  frameworkStatus: {
    draft: "dự thảo",
    provisional: "tạm thời",
    final: "chính thức",
    superseded: "đã được thay thế",
  },
};

const EN: ReportLabels = {
  framework: "Framework",
  version: "version",
  subject: "Subject",
  period: "Period",
  date: "date",
  metLabel: "Met",
  met: (met, applicable) => `${met}/${applicable} criteria`,
  notApplicable: (count) => `${count} not applicable`,
  points: "Points",
  score: "Score",
  unscorable: (reason) => `unscorable (${reason})`,
  tier: "Tier",
  noTier: "no tier reached",
  noTiers: "the framework defines no tiers",
  unmet: (count) => `Criteria still unmet (${count}):`,
  allMet: "Every applicable criterion is met.",
  gap: (tier) => `Missing for tier "${tier}":`,
  topTier: "The highest tier is reached.",
  prerequisites: (tiers) => `Tiers to reach first: ${tiers}`,
  steps: (count, nodes) => `Fewest criteria still to meet (${count}): ${nodes}`,
  greedy: "(an approximate answer; fewer criteria may suffice)",
  disqualifiers: "Disqualifiers:",
  example: "Example data, not reported figures.",
  source: "Source",
  status: {
    met: "met",
    notMet: "not met",
    notApplicable: "not applicable",
    unknown: "unknown",
    error: "error",
  },
  frameworkStatus: {
    draft: "draft",
    provisional: "provisional",
    final: "final",
    superseded: "superseded",
  },
};

/**
 * Returns the labels of the evaluation report (`formatEvaluation`) in one language.
 *
 * @param lang - Output language.
 * @returns The label table.
 * @example
 * reportLabels("en").tier
 * //=> "Tier"
 * @category CLI
 */
export function reportLabels(lang: CliLanguage): ReportLabels {
  return lang === "vi" ? VI : EN;
}
