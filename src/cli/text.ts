import type { CliLanguage } from "./types.js";

/** Messages the CLI prints outside the evaluation report, in both languages. */
export interface CliText {
  readonly unknownCommand: (command: string) => string;
  readonly missingCommand: string;
  readonly usageError: (detail: string) => string;
  readonly badLang: (value: string) => string;
  readonly wrongArgCount: (command: string, expected: string) => string;
  readonly fileNotFound: (path: string) => string;
  readonly fileUnreadable: (path: string, detail: string) => string;
  readonly notJson: (path: string, detail: string) => string;
  readonly notUtf8: (path: string, offset: number) => string;
  readonly unknownOption: (option: string) => string;
  readonly missingValue: (option: string) => string;
  readonly noValue: (option: string) => string;
  readonly stdinOnce: string;
  readonly invalidContext: (path: string, count: number) => string;
  readonly requireTierOnlyForScore: string;
  readonly unknownTier: (tier: string, known: string) => string;
  readonly tierNotReached: (tier: string, id: string) => string;
  readonly example: string;
  readonly invalidFramework: (path: string, count: number) => string;
  readonly invalidAssessment: (path: string, count: number) => string;
  readonly assessmentMismatch: (path: string, count: number) => string;
  readonly valid: (path: string, id: string, version: string, criteria: number) => string;
  readonly lintClean: (path: string) => string;
  readonly invalidVariant: (path: string, count: number) => string;
  readonly validVariant: (
    path: string,
    id: string,
    version: string,
    base: string,
    operations: number,
  ) => string;
  readonly lintSummary: (path: string, errors: number, warnings: number) => string;
  readonly error: string;
  readonly warning: string;
  readonly at: string;
  readonly manifestInvalid: (path: string) => string;
  readonly contextOnlyForScore: string;
  readonly unexpected: (detail: string) => string;
}

const VI: CliText = {
  unknownCommand: (command) => `Lệnh không tồn tại: "${command}". Xem "tieuchi --help".`,
  missingCommand: `Thiếu lệnh. Xem "tieuchi --help".`,
  usageError: (detail) => `Sai cách dùng: ${detail}`,
  badLang: (value) => `--lang chỉ nhận "vi" hoặc "en" (nhận được "${value}").`,
  wrongArgCount: (command, expected) =>
    `"tieuchi ${command}" cần ${expected}. Xem "tieuchi ${command} --help".`,
  fileNotFound: (path) => `${path}: không tìm thấy tệp.`,
  fileUnreadable: (path, detail) => `${path}: không đọc được tệp (${detail}).`,
  notJson: (path, detail) => `${path}: không phải JSON hợp lệ (${detail}).`,
  notUtf8: (path, offset) =>
    `${path}: tệp không được mã hoá UTF-8 hợp lệ, byte không hợp lệ đầu tiên ở vị trí ${offset} (đếm từ 0).`,
  unknownOption: (option) => `Tuỳ chọn không tồn tại: ${option}. Xem "tieuchi --help".`,
  missingValue: (option) => `Tuỳ chọn ${option} cần một giá trị. Xem "tieuchi --help".`,
  noValue: (option) => `Tuỳ chọn ${option} không nhận giá trị. Xem "tieuchi --help".`,
  stdinOnce: `Chỉ một tệp được đọc từ đầu vào chuẩn ("-").`,
  invalidContext: (path, count) => `${path}: ngữ cảnh đánh giá không hợp lệ, ${count} lỗi:`,
  requireTierOnlyForScore: `--require-tier chỉ dùng với "tieuchi score".`,
  unknownTier: (tier, known) =>
    `--require-tier: bộ tiêu chí không có mức xếp loại "${tier}" (các mức: ${known}).`,
  tierNotReached: (tier, id) => `Chưa đạt mức xếp loại yêu cầu "${tier}" (--require-tier ${id}).`,
  example: "Dữ liệu ví dụ, không phải số liệu báo cáo.",
  invalidFramework: (path, count) => `${path}: bộ tiêu chí không hợp lệ, ${count} lỗi:`,
  invalidAssessment: (path, count) => `${path}: kết quả đánh giá không hợp lệ, ${count} lỗi:`,
  assessmentMismatch: (path, count) =>
    `${path}: kết quả đánh giá không khớp với bộ tiêu chí, ${count} lỗi:`,
  valid: (path, id, version, criteria) =>
    `${path}: hợp lệ (${id} phiên bản ${version}, ${criteria} tiêu chí).`,
  lintClean: (path) => `${path}: không có vấn đề nào.`,
  invalidVariant: (path, count) => `${path}: biến thể bộ tiêu chí không hợp lệ, ${count} lỗi:`,
  validVariant: (path, id, version, base, operations) =>
    `${path}: biến thể hợp lệ (${id} phiên bản ${version}, dựa trên ${base}, ${operations} thao tác); resolveVariant(base, variant) kiểm tra các thao tác với bộ tiêu chí gốc.`,
  lintSummary: (path, errors, warnings) => `${path}: ${errors} lỗi, ${warnings} cảnh báo:`,
  error: "lỗi",
  warning: "cảnh báo",
  at: "tại",
  manifestInvalid: (path) => `${path}: danh mục kết quả đánh giá mẫu không đúng định dạng.`,
  contextOnlyForScore: `--context chỉ dùng với "tieuchi score".`,
  unexpected: (detail) => `Lỗi không mong đợi: ${detail}`,
};

const EN: CliText = {
  unknownCommand: (command) => `Unknown command: "${command}". See "tieuchi --help".`,
  missingCommand: `No command given. See "tieuchi --help".`,
  usageError: (detail) => `Usage error: ${detail}`,
  badLang: (value) => `--lang takes "vi" or "en" (got "${value}").`,
  wrongArgCount: (command, expected) =>
    `"tieuchi ${command}" needs ${expected}. See "tieuchi ${command} --help".`,
  fileNotFound: (path) => `${path}: file not found.`,
  fileUnreadable: (path, detail) => `${path}: cannot read the file (${detail}).`,
  notJson: (path, detail) => `${path}: not valid JSON (${detail}).`,
  notUtf8: (path, offset) =>
    `${path}: not valid UTF-8, the first invalid byte is at offset ${offset} (counting from 0).`,
  unknownOption: (option) => `Unknown option: ${option}. See "tieuchi --help".`,
  missingValue: (option) => `Option ${option} needs a value. See "tieuchi --help".`,
  noValue: (option) => `Option ${option} takes no value. See "tieuchi --help".`,
  stdinOnce: `Only one file can be read from standard input ("-").`,
  invalidContext: (path, count) =>
    `${path}: invalid evaluation context, ${count} ${count === 1 ? "error" : "errors"}:`,
  requireTierOnlyForScore: `--require-tier only applies to "tieuchi score".`,
  unknownTier: (tier, known) =>
    `--require-tier: the framework has no tier "${tier}" (its tiers: ${known}).`,
  tierNotReached: (tier, id) =>
    `The required tier "${tier}" is not reached (--require-tier ${id}).`,
  example: "Example data, not reported figures.",
  invalidFramework: (path, count) =>
    `${path}: invalid framework, ${count} ${count === 1 ? "error" : "errors"}:`,
  invalidAssessment: (path, count) =>
    `${path}: invalid assessment, ${count} ${count === 1 ? "error" : "errors"}:`,
  assessmentMismatch: (path, count) =>
    `${path}: the assessment does not fit the framework, ${count} ${count === 1 ? "error" : "errors"}:`,
  valid: (path, id, version, criteria) =>
    `${path}: valid (${id} version ${version}, ${criteria} ${criteria === 1 ? "criterion" : "criteria"}).`,
  lintClean: (path) => `${path}: no issues.`,
  invalidVariant: (path, count) =>
    `${path}: invalid framework variant, ${count} ${count === 1 ? "error" : "errors"}:`,
  validVariant: (path, id, version, base, operations) =>
    `${path}: valid variant (${id} version ${version}, of ${base}, ${operations} ${operations === 1 ? "operation" : "operations"}); resolveVariant(base, variant) checks the operations against the base.`,
  lintSummary: (path, errors, warnings) =>
    `${path}: ${errors} ${errors === 1 ? "error" : "errors"}, ${warnings} ${warnings === 1 ? "warning" : "warnings"}:`,
  error: "error",
  warning: "warning",
  at: "at",
  manifestInvalid: (path) => `${path}: the sample assessment manifest has an unexpected shape.`,
  contextOnlyForScore: `--context only applies to "tieuchi score".`,
  unexpected: (detail) => `Unexpected error: ${detail}`,
};

/**
 * Returns the CLI's messages in one language.
 *
 * @param lang - Output language.
 * @returns The message table.
 * @example
 * cliText("en").fileNotFound("a.json")
 * //=> "a.json: file not found."
 * @category CLI
 */
export function cliText(lang: CliLanguage): CliText {
  return lang === "vi" ? VI : EN;
}
