/**
 * Pieces of a message that must stay on one line when a view wraps it: IDs (P-101, INI-CLOUD,
 * T-26/09/01), ISO dates and numbers ($1,085,000.00, 98.1 %). Browsers break lines after a
 * hyphen or a slash, which would show "T-" on one line and "26046" on the next; a view wraps
 * each such piece in something that does not break (a `nowrap` span).
 */

/** A piece of text and whether it must not be broken. */
export interface TextPiece {
  readonly text: string;
  readonly whole: boolean;
}

/** An ID, date or number: letters or digits joined by `-`, `/`, `.`, `,` or `_`, with a currency sign or a percent. */
const UNBREAKABLE = /[$€£¥]?[A-Za-z0-9]+(?:[-/.,_][A-Za-z0-9]+)+%?|[$€£¥]?\d+(?:\s?%)/g;

/** `text` cut into pieces, the unbreakable ones marked; joined, the pieces give `text` back. */
export function wordPieces(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const match of text.matchAll(UNBREAKABLE)) {
    const start = match.index ?? 0;
    if (start > at) pieces.push({ text: text.slice(at, start), whole: false });
    pieces.push({ text: match[0], whole: true });
    at = start + match[0].length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), whole: false });
  return pieces;
}
