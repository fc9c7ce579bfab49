import type { Labels } from "../index.js";
import type { CliLanguage } from "./types.js";

/**
 * Picks a label in the wanted language, falling back to Vietnamese, English, then any language given.
 *
 * @param labels - A framework label object such as `{ vi: "Quy hoạch", en: "Planning" }`.
 * @param lang - The wanted language.
 * @returns The label text.
 * @example
 * label({ vi: "Quy hoạch" }, "en")
 * //=> "Quy hoạch"
 * @category CLI
 */
export function label(labels: Labels | undefined, lang: CliLanguage): string {
  if (labels === undefined) return "";
  return labels[lang] ?? labels.vi ?? labels.en ?? Object.values(labels)[0] ?? "";
}
