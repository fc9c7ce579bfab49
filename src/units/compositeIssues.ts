import { type FrameworkIssue, formatPath, makeIssue } from "../core/issue.js";

/*
 * The issues of the composite-index functions (normalizeCohort, aggregateValues, imputeCohort,
 * compositeIndex), each with a code, a path and a message in Vietnamese and English.
 */

type Path = readonly (string | number)[];

/** A cell that is not a number, null or undefined (a string, an object …). */
export function notANumber(path: Path, received: string): FrameworkIssue {
  const at = formatPath(path);
  return makeIssue("invalid_type", path, {
    vi: `${at}: cần một số hoặc null (thiếu dữ liệu), nhận được ${received}`,
    en: `${at}: expected a number or null (missing), received ${received}`,
  });
}

/** Every finite value of the cohort is the same: min-max has no range to scale by. */
export function zeroRange(path: Path, value: number): FrameworkIssue {
  const at = formatPath(path);
  return makeIssue(
    "zero_range",
    path,
    {
      vi: `${at}: mọi giá trị của nhóm đều bằng ${value}, không có khoảng biến thiên để chuẩn hóa min-max; kết quả để trống`,
      en: `${at}: every value of the cohort is ${value}; min-max has no range to scale by, so the scores are missing`,
    },
    "warning",
  );
}

/** Too few values for the method (a sample standard deviation of one value, a percentile of one unit). */
export function tooFewValues(
  path: Path,
  method: string,
  count: number,
  needed: number,
): FrameworkIssue {
  const at = formatPath(path);
  return makeIssue(
    "too_few_values",
    path,
    {
      vi: `${at}: phương pháp ${method} cần ít nhất ${needed} giá trị, nhóm chỉ có ${count}; kết quả để trống`,
      en: `${at}: ${method} needs at least ${needed} values, the cohort has ${count}; the scores are missing`,
    },
    "warning",
  );
}

/** The standard deviation is zero: every value is the same, z-scores are undefined. */
export function zeroSpread(path: Path): FrameworkIssue {
  const at = formatPath(path);
  return makeIssue(
    "zero_spread",
    path,
    {
      vi: `${at}: độ lệch chuẩn của nhóm bằng 0 (mọi giá trị như nhau), không tính được điểm z; kết quả để trống`,
      en: `${at}: the cohort's standard deviation is 0 (every value is the same), so z-scores are undefined and missing`,
    },
    "warning",
  );
}

/** A distance to a target that the whole cohort already reaches (or that lies on its worst value). */
export function targetOutsideRange(
  path: Path,
  target: number,
  worst: number,
  direction: 1 | -1,
): FrameworkIssue {
  const at = formatPath(path);
  const side =
    direction === 1 ? { vi: "nhỏ nhất", en: "lowest" } : { vi: "lớn nhất", en: "highest" };
  return makeIssue(
    "target_outside_range",
    path,
    {
      vi: `${at}: mục tiêu ${target} không vượt quá giá trị ${side.vi} của nhóm (${worst}), nên khoảng cách đến mục tiêu không xác định; kết quả để trống`,
      en: `${at}: the target ${target} does not lie beyond the cohort's ${side.en} value (${worst}), so the distance to target is undefined; the scores are missing`,
    },
    "warning",
  );
}

/** A method parameter that cannot work (goalposts in the wrong order, a non-finite bound, p not finite). */
export function invalidMethod(path: Path, what: { vi: string; en: string }): FrameworkIssue {
  const at = formatPath(path);
  return makeIssue("invalid_method", path, {
    vi: `${at}: tham số không hợp lệ: ${what.vi}`,
    en: `${at}: invalid parameter: ${what.en}`,
  });
}

/** A weight that is negative or not finite. */
export function invalidWeight(path: Path, weight: unknown): FrameworkIssue {
  const at = formatPath(path);
  return makeIssue("invalid_weight", path, {
    vi: `${at}: trọng số phải là một số hữu hạn không âm, nhận được ${String(weight)}`,
    en: `${at}: a weight must be a finite non-negative number, received ${String(weight)}`,
  });
}

/** A value a geometric, harmonic or power mean cannot take (zero or negative). */
export function outOfDomain(
  path: Path,
  value: number,
  method: { vi: string; en: string },
  need: { vi: string; en: string },
): FrameworkIssue {
  const at = formatPath(path);
  return makeIssue("value_out_of_domain", path, {
    vi: `${at}: ${method.vi} cần giá trị ${need.vi}, nhận được ${value}; giá trị tổng hợp để trống`,
    en: `${at}: the ${method.en} needs ${need.en} values, received ${value}; the aggregate is missing`,
  });
}

/** A row whose length differs from the number of indicators. */
export function rowLengthMismatch(path: Path, length: number, expected: number): FrameworkIssue {
  const at = formatPath(path);
  return makeIssue("row_length_mismatch", path, {
    vi: `${at}: dòng có ${length} giá trị nhưng có ${expected} chỉ số; ô thiếu được coi là thiếu dữ liệu, ô thừa bị bỏ qua`,
    en: `${at}: the row has ${length} values for ${expected} indicators; absent cells count as missing, extra cells are ignored`,
  });
}

/** The same unit or indicator id twice. */
export function duplicateId(path: Path, id: string, first: number): FrameworkIssue {
  const at = formatPath(path);
  return makeIssue("duplicate_id", path, {
    vi: `${at}: mã "${id}" trùng với phần tử thứ ${first}`,
    en: `${at}: the id "${id}" repeats item ${first}`,
  });
}
