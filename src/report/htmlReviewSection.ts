import { formatNumber } from "../core/formatNumber.js";
import { escapeHtml as esc } from "./escapeHtml.js";
import { dataTable } from "./htmlParts.js";
import type { ReportLabelSet } from "./reportLabels.js";
import type { ReportData } from "./reportTypes.js";

/**
 * The section of the year-end review: each quota's count and whether it is kept (per group), the count
 * per rating and each unit's rating (with the one a quota lowered it from, and a cohort review's steps); empty without a review.
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
  if (review.title !== null) parts.push(`<p>${esc(review.title)}</p>`);
  for (const quota of review.quotas) {
    const sentence = labels.quota(
      title(quota.rating),
      quota.count,
      quota.allowed,
      formatNumber(quota.maxPercent, data.language),
      quota.of.map(title).join(" + "),
      quota.base,
    );
    parts.push(
      `<p class="quota">${esc(quota.group === null ? sentence : `${names.get(quota.group) ?? quota.group}: ${sentence}`)} <strong>${esc(quota.kept ? labels.quotaKept : labels.quotaExceeded)}</strong></p>`,
    );
  }
  const withNotes = review.units.some((row) => row.notes.length > 0);
  parts.push(
    dataTable(
      labels.reviewTitle,
      [esc(labels.rating), esc(labels.units)],
      [
        ...review.ratings.map((rating) => [esc(rating.title), String(rating.count)]),
        ...(review.notRated > 0 ? [[esc(labels.notRated), String(review.notRated)]] : []),
      ],
      [false, true],
    ),
    dataTable(
      labels.reviewTitle,
      [esc(labels.unit), esc(labels.rating), ...(withNotes ? [esc(labels.reviewSteps)] : [])],
      review.units.map((row) => [
        esc(names.get(row.unit) ?? row.unit),
        (row.rating === null ? esc(labels.notRated) : esc(title(row.rating))) +
          (row.demotedFrom === null ? "" : ` (${esc(labels.demotedFrom(title(row.demotedFrom)))})`),
        ...(withNotes ? [row.notes.map(esc).join("<br>")] : []),
      ]),
      [],
    ),
    "</section>",
  );
  return parts.join("\n");
}
