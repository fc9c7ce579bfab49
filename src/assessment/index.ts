export { AssessmentError } from "./AssessmentError.js";
export { addEvidence } from "./addEvidence.js";
export { ASSESSMENT_SCHEMA_ID, assessmentJsonSchema } from "./assessmentJsonSchema.js";
export { checkAssessment } from "./checkAssessment.js";
export {
  type AssessmentParser,
  type CheckedAssessment,
  compileAssessmentParser,
} from "./compileAssessmentParser.js";
export {
  type AssessmentDiff,
  diffAssessments,
  type EntryChange,
  type EntryFieldChanges,
  type FieldChange,
} from "./diffAssessments.js";
export { type EvaluationWindow, evaluationWindow } from "./evaluationWindow.js";
export {
  type DropReason,
  type MigrationReport,
  type MigrationResult,
  migrateAssessment,
} from "./migrateAssessment.js";
export { parseAssessment } from "./parseAssessment.js";
export { removeEntry } from "./removeEntry.js";
export { type SafeParseAssessmentResult, safeParseAssessment } from "./safeParseAssessment.js";
export * from "./schema.js";
export { type EntryPatch, setEntry } from "./setEntry.js";
export { setStatus } from "./setStatus.js";
export { setValue } from "./setValue.js";
