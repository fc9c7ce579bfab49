import { formatNumber } from "../core/formatNumber.js";
import { escapeHtml as esc } from "./escapeHtml.js";
import { dataTable } from "./htmlParts.js";
import type { ReportLabelSet } from "./reportLabels.js";
import type { ReportData } from "./reportTypes.js";

/**
 * The section of the year-end review: the quota's count and whether it is kept, the count per rating
 * and each unit's rating (with the one the quota lowered it from); empty without a review.
 *
 * @param data - The report data.
 * @param labels - The labels of the report's language.
 * @returns The `<section>` element, or an empty string.
 * @example
 * reviewSection({ ...data, review: null }, reportLabels("en"))
 * //=> ""
 * @category Report
 */
export function reviewSection(data: ReportData, labels: ReportLabelSet): string {
  const review = data.review;
  if (review === null) return "";
  const names = new Map(data.units.map((unit) => [unit.id, unit.name]));
  const titles = new Map(review.ratings.map((rating) => [rating.id, rating.title]));
  const title = (id: string) => titles.get(id) ?? id;
  const parts = [
    `<section class="review" id="review" aria-labelledby="review-h"><h2 id="review-h">${esc(labels.reviewTitle)}</h2>`,
  ];
  const quota = review.quota;
  if (quota !== null) {
    parts.push(
      `<p class="quota">${esc(labels.quota(title(quota.rating), quota.count, quota.allowed, formatNumber(quota.maxPercent, data.language), title(quota.relativeTo), quota.base))} <strong>${esc(quota.kept ? labels.quotaKept : labels.quotaExceeded)}</strong></p>`,
    );
  }
  parts.push(
    dataTable(
      labels.reviewTitle,
      [esc(labels.rating), esc(labels.units)],
      review.ratings.map((rating) => [esc(rating.title), String(rating.count)]),
      [false, true],
    ),
    dataTable(
      labels.reviewTitle,
      [esc(labels.unit), esc(labels.rating)],
      review.units.map((row) => [
        esc(names.get(row.unit) ?? row.unit),
        esc(title(row.rating)) +
          (row.demotedFrom === null ? "" : ` (${esc(labels.demotedFrom(title(row.demotedFrom)))})`),
      ]),
      [],
    ),
    "</section>",
  );
  return parts.join("\n");
}
