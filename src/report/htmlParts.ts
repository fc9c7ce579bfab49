import { formatNumber } from "../core/formatNumber.js";
import { escapeHtml as esc } from "./escapeHtml.js";

/**
 * A share met for people (`91,18` in Vietnamese), or `–` when nothing is applicable.
 *
 * @param value - The percent, or null.
 * @param language - `"vi"` or `"en"`.
 * @returns The text.
 * @example
 * percentText((31 * 100) / 34, "vi")
 * //=> "91,18"
 * @category Report
 */
export function percentText(value: number | null, language: "vi" | "en"): string {
  return value === null ? "–" : formatNumber(value, language);
}

/**
 * A table with a caption, column headers and the first cell of each row as its header; `numeric[i]`
 * right-aligns column i. Cells are HTML already escaped by the caller; the caption is escaped here.
 *
 * @param caption - The table's caption.
 * @param head - The column headers (HTML).
 * @param rows - The rows (HTML cells).
 * @param numeric - Which columns hold numbers.
 * @returns The `<table>` element.
 * @example
 * dataTable("T", ["Unit", "Met"], [["A", "31/34"]], [false, true]).startsWith("<table>")
 * //=> true
 * @category Report
 */
export function dataTable(
  caption: string,
  head: readonly string[],
  rows: readonly (readonly string[])[],
  numeric: readonly boolean[],
): string {
  const align = (index: number) => (numeric[index] === true ? ' class="num"' : "");
  const header = head.map((cell, index) => `<th scope="col"${align(index)}>${cell}</th>`).join("");
  const body = rows
    .map(
      (row) =>
        `<tr>${row.map((cell, index) => (index === 0 ? `<th scope="row"${align(index)}>${cell}</th>` : `<td${align(index)}>${cell}</td>`)).join("")}</tr>`,
    )
    .join("");
  return `<table><caption class="muted">${esc(caption)}</caption><thead><tr>${header}</tr></thead><tbody>${body}</tbody></table>`;
}

/**
 * One legend entry: a small decorative SVG swatch and its text.
 *
 * @param swatch - SVG content drawn in a 22 × 14 box centred on 0,0.
 * @param text - The entry's text (escaped here).
 * @returns The `<li>` element.
 * @example
 * legendItem('<rect x="-7" y="-7" width="14" height="14"/>', "met").includes("met")
 * //=> true
 * @category Report
 */
export function legendItem(swatch: string, text: string): string {
  return `<li><svg aria-hidden="true" focusable="false" width="22" height="14" viewBox="-11 -7 22 14">${swatch}</svg><span>${esc(text)}</span></li>`;
}
