/*
 * tieuchi/report: self-contained HTML reports (inline SVG charts drawn with d3-scale and d3-shape) and
 * Markdown reports of evaluations across units and periods. A separate entry point, so that the core
 * import never pulls in d3.
 */
export { escapeHtml } from "./escapeHtml.js";
export { type RenderReportOptions, renderHtmlReport } from "./renderHtmlReport.js";
export { escapeMarkdown, renderMarkdownReport } from "./renderMarkdownReport.js";
export {
  type BuildReportDataOptions,
  buildReportData,
  type ReportData,
  type ReportEvaluation,
  type ReportFramework,
  type ReportInput,
  type ReportLatest,
  type ReportLeagueRow,
  type ReportLeftItem,
  type ReportMatrix,
  type ReportPeriod,
  type ReportPoint,
  type ReportReview,
  type ReportReviewData,
  type ReportUnit,
} from "./reportData.js";
export { type ReportLabelSet, type ReportLanguage, reportLabels } from "./reportLabels.js";
