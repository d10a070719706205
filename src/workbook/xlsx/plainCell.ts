/**
 * The shape nearly every cell of a worksheet has, read in one step: `<c r=".." s=".." t="..">`
 * holding nothing, a `<v>` value or an inline string's one `<t>`, and no entity, whitespace
 * between the elements, prefix or other attribute. A plan's sheets are millions of such cells;
 * handing each over as one call (`XmlEvents.cell`) instead of five to nine element and text
 * events through the checks and the reader takes a third of the reading's time
 * (`docs/file-performance.md`).
 *
 * It only recognises: whatever it does not match in full, in the chunk at hand, it leaves to the
 * scanner's general path, which reads it (or refuses it) exactly as before. So it needs no
 * checks of its own beyond knowing that what it matched is well-formed.
 */
import { detached } from "./xmlReferences";

/** A plain cell: its attributes as written (undefined when absent) and its value's text. */
export interface PlainCell {
  ref: string | undefined;
  style: string | undefined;
  type: string | undefined;
  /** What it holds: nothing, a `<v>`, or an inline string's one `<t>` (`<is><t>`). */
  holds: "nothing" | "value" | "inline";
  /** The text of its `<v>` or inline `<t>`; undefined when it has none or it is empty. */
  value: string | undefined;
}

const QUOTE = 34;
const APOSTROPHE = 39;
const SPACE = 32;
const GREATER = 62;
const LESS = 60;
const AMPERSAND = 38;
const SLASH = 47;
const INLINE_OPEN = "<is><t>";
const INLINE_PRESERVED_OPEN = '<is><t xml:space="preserve">';
const INLINE_CLOSE = "</t></is></c>";
const VALUE_CLOSE = "</v></c>";

/**
 * The attribute value starting at the quote at `at`, into `cell` under `name` (`r`, `s` or
 * `t`); returns where it ends, or -1 when it is not plain (a reference, a tab or line end to
 * normalise, a `<`, no closing quote in the chunk) or the attribute is repeated.
 */
function attributeValue(xml: string, at: number, name: number, cell: PlainCell): number {
  const quote = xml.charCodeAt(at);
  if (quote !== QUOTE && quote !== APOSTROPHE) return -1;
  const close = xml.indexOf(quote === QUOTE ? '"' : "'", at + 1);
  if (close < 0) return -1;
  for (let k = at + 1; k < close; k++) {
    const code = xml.charCodeAt(k);
    if (code === AMPERSAND || code === LESS || code < SPACE) return -1;
  }
  const value = xml.slice(at + 1, close);
  if (name === 114 /* r */) {
    if (cell.ref !== undefined) return -1;
    cell.ref = value;
  } else if (name === 115 /* s */) {
    if (cell.style !== undefined) return -1;
    cell.style = value;
  } else {
    if (cell.type !== undefined) return -1;
    cell.type = value;
  }
  return close + 1;
}

/**
 * Reads the plain cell whose `<c` is at `lt` into `cell`; returns where it ends, or -1 when
 * what is there is anything else (left to the general path).
 */
export function readPlainCell(xml: string, lt: number, cell: PlainCell): number {
  cell.ref = undefined;
  cell.style = undefined;
  cell.type = undefined;
  cell.value = undefined;
  cell.holds = "nothing";
  let at = lt + 2;
  // Attributes: one space, then r, s or t, "=", a quoted plain value.
  for (;;) {
    const code = xml.charCodeAt(at);
    if (code === GREATER) {
      at++;
      break;
    }
    if (code === SLASH) return xml.charCodeAt(at + 1) === GREATER ? at + 2 : -1;
    if (code !== SPACE) return -1;
    const name = xml.charCodeAt(at + 1);
    if ((name !== 114 && name !== 115 && name !== 116) || xml.charCodeAt(at + 2) !== 61 /* = */) return -1;
    at = attributeValue(xml, at + 3, name, cell);
    if (at < 0) return -1;
  }
  // Content: nothing, <v>text</v>, or <is><t>text</t></is> (with or without xml:space).
  if (xml.startsWith("</c>", at)) return at + 4;
  let close: string;
  if (xml.startsWith("<v>", at)) {
    at += 3;
    close = VALUE_CLOSE;
    cell.holds = "value";
  } else if (xml.startsWith(INLINE_OPEN, at)) {
    at += INLINE_OPEN.length;
    close = INLINE_CLOSE;
    cell.holds = "inline";
  } else if (xml.startsWith(INLINE_PRESERVED_OPEN, at)) {
    at += INLINE_PRESERVED_OPEN.length;
    close = INLINE_CLOSE;
    cell.holds = "inline";
  } else {
    return -1;
  }
  const end = xml.indexOf("<", at);
  if (end < 0 || !xml.startsWith(close, end)) return -1;
  if (end > at) {
    const text = xml.slice(at, end);
    // A reference to decode or a "]]>" to refuse: the general path's work.
    if (text.includes("&") || text.includes("]]>")) return -1;
    cell.value = text.length >= 13 ? detached(text) : text;
  }
  return end + close.length;
}
