import { makeIssue, viDates } from "../core/issue.js";
import type { AssessmentIssue } from "../framework/issues.js";

/*
 * The issues that parsing and checking an assessment report beyond zod's own, each with its message in
 * Vietnamese and English. One place for the wording keeps the two languages in step.
 */

type Path = readonly (string | number)[];

function at(path: Path): string {
  return path.length === 0 ? "(root)" : path.join(".");
}

function show(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return "[…]";
  return value === null ? "null" : typeof value === "object" ? "{…}" : typeof value;
}

// ---------------------------------------------------------------------------------------------
// Structure of the input (safeParseAssessment; the copy limits and non-finite numbers are in src/core)

export function duplicateEntry(path: Path, nodeId: string, firstIndex: number): AssessmentIssue {
  return makeIssue("duplicate_entry", path, {
    vi: `${at(path)}: mục "${nodeId}" đã có kết quả ở entries.${firstIndex}; mỗi mục chỉ được ghi một lần`,
    en: `${at(path)}: node "${nodeId}" already has an entry at entries.${firstIndex}; record each node once`,
  });
}

// ---------------------------------------------------------------------------------------------
// Against a framework (checkAssessment)

export function frameworkMismatch(path: Path, actual: string, expected: string): AssessmentIssue {
  return makeIssue("framework_mismatch", path, {
    vi: `${at(path)}: kết quả đánh giá theo bộ tiêu chí "${actual}", không phải "${expected}"`,
    en: `${at(path)}: the assessment is for framework "${actual}", not "${expected}"`,
  });
}

export function frameworkVersionMismatch(
  path: Path,
  actual: string,
  expected: string,
): AssessmentIssue {
  return makeIssue("framework_version_mismatch", path, {
    vi: `${at(path)}: kết quả đánh giá theo phiên bản "${actual}", bộ tiêu chí là phiên bản "${expected}"`,
    en: `${at(path)}: the assessment is for version "${actual}", the framework is version "${expected}"`,
  });
}

export function unknownNode(path: Path, nodeId: string): AssessmentIssue {
  return makeIssue("unknown_node", path, {
    vi: `${at(path)}: bộ tiêu chí không có mục "${nodeId}"`,
    en: `${at(path)}: the framework has no node "${nodeId}"`,
  });
}

const EXPECTED: Record<string, { vi: string; en: string }> = {
  boolean: { vi: "giá trị đúng/sai (true/false)", en: "true or false" },
  number: { vi: "một số", en: "a number" },
  percent: {
    vi: "một tỷ lệ phần trăm (số từ 0 đến 100)",
    en: "a percentage (a number from 0 to 100)",
  },
  count: { vi: "một số đếm (số nguyên không âm)", en: "a count (a non-negative integer)" },
  ordinal: { vi: "mã của một mức", en: "a level id" },
  events: {
    vi: "danh sách mã sự việc đã xảy ra",
    en: "a list of the ids of the events that occurred",
  },
  date: { vi: "một ngày có thật dạng YYYY-MM-DD", en: "a real calendar day as YYYY-MM-DD" },
  xccdfResults: {
    vi: "một kết quả XCCDF (pass, fail, error, unknown, notapplicable, notchecked, notselected, informational, fixed) hoặc danh sách các kết quả đó (nhiều phép kiểm tra)",
    en: "an XCCDF result (pass, fail, error, unknown, notapplicable, notchecked, notselected, informational, fixed) or a list of them (multi-check)",
  },
  tally: {
    vi: 'số đơn vị theo loại ({ "total": …, "counts": { … } })',
    en: 'counts of units by category ({ "total": …, "counts": { … } })',
  },
};

export function wrongValueType(
  path: Path,
  nodeId: string,
  valueType: string,
  value: unknown,
): AssessmentIssue {
  if (valueType === "verdict") {
    return makeIssue("wrong_value_type", path, {
      vi: `${at(path)}: mục "${nodeId}" không nhận giá trị; ghi kết luận vào "status" (met, notMet…)`,
      en: `${at(path)}: node "${nodeId}" takes no value; record the verdict in "status" (met, notMet…)`,
    });
  }
  const expected = EXPECTED[valueType] ?? { vi: valueType, en: valueType };
  return makeIssue("wrong_value_type", path, {
    vi: `${at(path)}: mục "${nodeId}" cần ${expected.vi}, nhận được ${show(value)}`,
    en: `${at(path)}: node "${nodeId}" expects ${expected.en}, received ${show(value)}`,
  });
}

export function valueOutOfRange(
  path: Path,
  nodeId: string,
  value: number,
  range: { vi: string; en: string },
): AssessmentIssue {
  return makeIssue("value_out_of_range", path, {
    vi: `${at(path)}: giá trị ${value} của mục "${nodeId}" nằm ngoài phạm vi cho phép (${range.vi})`,
    en: `${at(path)}: value ${value} of node "${nodeId}" is out of range (${range.en})`,
  });
}

export function unknownLevel(
  path: Path,
  nodeId: string,
  levels: readonly string[],
): AssessmentIssue {
  return makeIssue("unknown_level", path, {
    vi: `${at(path)}: mục "${nodeId}" không có mức này; các mức: ${levels.join(", ")}`,
    en: `${at(path)}: node "${nodeId}" has no such level; levels: ${levels.join(", ")}`,
  });
}

export function unknownEvent(path: Path, nodeId: string, eventId: string): AssessmentIssue {
  return makeIssue("unknown_event", path, {
    vi: `${at(path)}: mục "${nodeId}" không có sự việc "${eventId}"`,
    en: `${at(path)}: node "${nodeId}" has no event "${eventId}"`,
  });
}

export function unknownTallyCategory(
  path: Path,
  nodeId: string,
  category: string,
  categories: readonly string[],
): AssessmentIssue {
  return makeIssue("unknown_tally_category", path, {
    vi: `${at(path)}: mục "${nodeId}" không có loại "${category}"; các loại: ${categories.map((id) => `"${id}"`).join(", ")}`,
    en: `${at(path)}: node "${nodeId}" has no category "${category}"; categories: ${categories.join(", ")}`,
  });
}

export function tallyCountExceedsTotal(
  path: Path,
  category: string,
  count: number,
  total: number,
): AssessmentIssue {
  return makeIssue("tally_count_exceeds_total", path, {
    vi: `${at(path)}: số "${category}" (${count}) lớn hơn tổng số đơn vị (${total})`,
    en: `${at(path)}: the count for "${category}" (${count}) exceeds the total (${total})`,
  });
}

export function valueOnGroup(path: Path, nodeId: string): AssessmentIssue {
  return makeIssue(
    "value_on_group",
    path,
    {
      vi: `${at(path)}: "${nodeId}" là nhóm tiêu chí; giá trị ghi ở nhóm không được dùng để chấm`,
      en: `${at(path)}: "${nodeId}" is a group; a value on a group is not used in scoring`,
    },
    "warning",
  );
}

export function valueNotUsed(path: Path, nodeId: string): AssessmentIssue {
  return makeIssue(
    "value_not_used",
    path,
    {
      vi: `${at(path)}: mục "${nodeId}" không khai báo kiểu giá trị và được chấm theo các mục khác; giá trị này không được dùng`,
      en: `${at(path)}: node "${nodeId}" declares no value type and is judged from other nodes; this value is not used`,
    },
    "warning",
  );
}

export function missingVerdict(path: Path, nodeId: string): AssessmentIssue {
  return makeIssue(
    "missing_verdict",
    path,
    {
      vi: `${at(path)}: mục "${nodeId}" cần người đánh giá ghi kết luận ("status"); thiếu thì mục được tính là chưa xác định`,
      en: `${at(path)}: node "${nodeId}" needs the assessor's verdict ("status"); without one it evaluates as unknown`,
    },
    "warning",
  );
}

export function scoreOutOfRange(
  path: Path,
  nodeId: string,
  score: number,
  max: number,
): AssessmentIssue {
  return makeIssue(
    "score_out_of_range",
    path,
    {
      vi: `${at(path)}: điểm ${score} của mục "${nodeId}" nằm ngoài khoảng 0–${max}; khi chấm sẽ bị giới hạn trong khoảng này`,
      en: `${at(path)}: score ${score} of node "${nodeId}" is outside 0–${max}; scoring clamps it to that range`,
    },
    "warning",
  );
}

export function scoreWithoutPoints(path: Path, nodeId: string): AssessmentIssue {
  return makeIssue(
    "score_without_points",
    path,
    {
      vi: `${at(path)}: mục "${nodeId}" không có thang điểm; điểm này không được dùng`,
      en: `${at(path)}: node "${nodeId}" has no points; this score is not used`,
    },
    "warning",
  );
}

export function unknownListItem(
  code: "unknown_subject_kind" | "unknown_region" | "unknown_class",
  path: Path,
  id: string,
  known: readonly string[],
): AssessmentIssue {
  const what = {
    unknown_subject_kind: { vi: "loại đơn vị", en: "subject kind" },
    unknown_region: { vi: "vùng", en: "region" },
    unknown_class: { vi: "nhóm đơn vị", en: "subject class" },
  }[code];
  const list = known.length === 0 ? "—" : known.join(", ");
  return makeIssue(code, path, {
    vi: `${at(path)}: bộ tiêu chí không có ${what.vi} "${id}"; có: ${list}`,
    en: `${at(path)}: the framework has no ${what.en} "${id}"; known: ${list}`,
  });
}

export function periodOutsideEffectiveDates(
  path: Path,
  from: string | undefined,
  to: string | undefined,
): AssessmentIssue {
  const range = `${from ?? "…"} → ${to ?? "…"}`;
  return makeIssue(
    "period_outside_effective_dates",
    path,
    {
      vi: `${at(path)}: kỳ đánh giá nằm ngoài thời gian hiệu lực của bộ tiêu chí (${viDates(`${from ?? "…"} – ${to ?? "…"}`)})`,
      en: `${at(path)}: the period lies outside the framework's effective dates (${range})`,
    },
    "warning",
  );
}

export function periodWindowMismatch(
  path: Path,
  kind: string,
  start: string,
  end: string,
): AssessmentIssue {
  return makeIssue(
    "period_window_mismatch",
    path,
    {
      vi: `${at(path)}: kỳ đánh giá không nằm trong kỳ quy định cho loại đơn vị "${kind}" (${viDates(`${start} – ${end}`)})`,
      en: `${at(path)}: the period does not fit the evaluation window for subject kind "${kind}" (${start} → ${end})`,
    },
    "warning",
  );
}
