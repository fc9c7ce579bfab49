/**
 * tieuchi/io: CSV (wide and long) and YAML in and out, and the manifest that pairs assessments with
 * frameworks. A separate entry point, so that the core import never pulls in csv-parse or yaml.
 *
 * @packageDocumentation
 * @module tieuchi/io
 */
export * from "./cells.js";
export {
  ASSESSMENT_COLUMNS,
  type AssessmentColumn,
  ENTRY_COLUMNS,
  type EntryColumn,
  type HeaderStyle,
  WIDE_EXTRAS,
  type WideExtra,
} from "./csvLayout.js";
export { type ExportCsvOptions, type ExportCsvResult, exportCsv } from "./exportCsv.js";
export {
  type CsvIssue,
  type ImportCsvOptions,
  type ImportCsvResult,
  importCsv,
} from "./importCsv.js";
export { type AssessmentManifest, AssessmentManifestSchema } from "./manifest.js";
export {
  type ReadYamlResult,
  readYaml,
  type SafeParseYamlResult,
  safeParseAssessmentYaml,
  safeParseFrameworkYaml,
  toYaml,
  type YamlIssue,
} from "./yaml.js";
