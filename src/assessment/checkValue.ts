import { isIsoDate } from "../core/dates.js";
import type { AssessmentIssue } from "../framework/issues.js";
import type { ValueType } from "../framework/schema.js";
import {
  tallyCountExceedsTotal,
  unknownEvent,
  unknownLevel,
  unknownTallyCategory,
  valueOutOfRange,
  wrongValueType,
} from "./assessmentIssues.js";
import type { Value } from "./schema.js";

type Path = readonly (string | number)[];

function isNumber(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value);
}

function numberRange(valueType: Extract<ValueType, { type: "number" }>): {
  vi: string;
  en: string;
} {
  const { min, max, integer } = valueType;
  const bounds =
    min !== undefined && max !== undefined
      ? `${min}–${max}`
      : min !== undefined
        ? `≥ ${min}`
        : max !== undefined
          ? `≤ ${max}`
          : "";
  const vi = [bounds, integer === true ? "số nguyên" : ""].filter((part) => part !== "").join(", ");
  const en = [bounds, integer === true ? "an integer" : ""]
    .filter((part) => part !== "")
    .join(", ");
  return { vi, en };
}

/**
 * Checks a recorded value against its node's value type.
 *
 * @param value - The entry's value.
 * @param valueType - The node's `value`.
 * @param nodeId - The node id, for messages.
 * @param path - Where the value is in the assessment (`["entries", 4, "value"]`).
 * @returns `wrong_value_type`, `value_out_of_range`, `unknown_level`, `unknown_event`,
 * `unknown_tally_category` or `tally_count_exceeds_total` issues; empty when the value fits.
 * @example
 * checkValue(-1, { type: "count" }, "xa.1.c", ["entries", 0, "value"]).map((issue) => issue.code)
 * //=> ["value_out_of_range"]
 * @category Internal
 */
export function checkValue(
  value: Value,
  valueType: ValueType,
  nodeId: string,
  path: Path,
): AssessmentIssue[] {
  const wrong = (): AssessmentIssue[] => [wrongValueType(path, nodeId, valueType.type, value)];
  switch (valueType.type) {
    case "boolean":
      return typeof value === "boolean" ? [] : wrong();
    case "number": {
      if (!isNumber(value)) return wrong();
      const { min, max, integer } = valueType;
      const outside =
        (min !== undefined && value < min) ||
        (max !== undefined && value > max) ||
        (integer === true && !Number.isInteger(value));
      return outside ? [valueOutOfRange(path, nodeId, value, numberRange(valueType))] : [];
    }
    case "percent":
      if (!isNumber(value)) return wrong();
      return value < 0 || value > 100
        ? [valueOutOfRange(path, nodeId, value, { vi: "0–100", en: "0–100" })]
        : [];
    case "count":
      if (!isNumber(value)) return wrong();
      return Number.isInteger(value) && value >= 0
        ? []
        : [
            valueOutOfRange(path, nodeId, value, {
              vi: "số nguyên không âm",
              en: "a non-negative integer",
            }),
          ];
    case "ordinal": {
      if (typeof value !== "string") return wrong();
      const levels = valueType.levels.map((level) => level.id);
      return levels.includes(value) ? [] : [unknownLevel(path, nodeId, levels)];
    }
    case "events": {
      if (!Array.isArray(value)) return wrong();
      const events = new Set(valueType.events.map((event) => event.id));
      return value.flatMap((eventId, index) =>
        events.has(eventId) ? [] : [unknownEvent([...path, index], nodeId, eventId)],
      );
    }
    case "date":
      return isIsoDate(value) ? [] : wrong();
    case "tally": {
      if (typeof value !== "object" || Array.isArray(value)) return wrong();
      const issues: AssessmentIssue[] = [];
      for (const [category, count] of Object.entries(value.counts)) {
        const at = [...path, "counts", category];
        if (!valueType.categories.includes(category)) {
          issues.push(unknownTallyCategory(at, nodeId, category, valueType.categories));
        }
        if (count > value.total)
          issues.push(tallyCountExceedsTotal(at, category, count, value.total));
      }
      return issues;
    }
    case "verdict":
      return wrong();
  }
}
