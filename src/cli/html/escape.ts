/**
 * HTML escaping of text from the workbook (names, messages): it is data, never markup.
 */

import { wordPieces } from "../../model/wordPieces";

const ENTITIES: Readonly<Record<string, string>> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text safe inside an element or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** Escaped text whose IDs, dates and numbers never break across lines (each in a `nowrap` span). */
export function escapeKeepingWords(text: string): string {
  return wordPieces(text)
    .map((p) => (p.whole ? `<span class="nb">${escapeHtml(p.text)}</span>` : escapeHtml(p.text)))
    .join("");
}
