/**
 * tieuchi/report: self-contained HTML reports (inline SVG charts drawn with d3-scale and d3-shape) and
 * Markdown reports of evaluations across units and periods. A separate entry point, so that the core
 * import never pulls in d3.
 *
 * @packageDocumentation
 * @module tieuchi/report
 */
export { escapeHtml } from "./escapeHtml.js";
export { type RenderReportOptions, renderHtmlReport } from "./renderHtmlReport.js";
export { escapeMarkdown, renderMarkdownReport } from "./renderMarkdownReport.js";
export { buildReportData } from "./reportData.js";
export { type ReportLabelSet, type ReportLanguage, reportLabels } from "./reportLabels.js";
export type {
  BuildReportDataOptions,
  ReportCohortReview,
  ReportData,
  ReportEvaluation,
  ReportFramework,
  ReportInput,
  ReportLatest,
  ReportLeagueRow,
  ReportLeftItem,
  ReportMatrix,
  ReportPeriod,
  ReportPoint,
  ReportQuotaData,
  ReportRegression,
  ReportReview,
  ReportReviewData,
  ReportUnit,
} from "./reportTypes.js";
