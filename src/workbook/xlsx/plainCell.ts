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
 * checks of its own beyond knowing that what it matched is well-formed. A reference outside the
 * grid is left to the general path too, which refuses it with the reference in its message.
 *
 * The matching compares character codes in place, and the attributes stay where they are in the
 * chunk until asked for: the reader takes the cell's grid position and style number without a
 * string made, and a cell's type as one of a few shared strings.
 */
import { cellPositionIn, NOT_A_CELL, OUTSIDE_GRID } from "./a1";
import { detached } from "./xmlReferences";

const QUOTE = 34;
const APOSTROPHE = 39;
const SPACE = 32;
const GREATER = 62;
const LESS = 60;
const AMPERSAND = 38;
const SLASH = 47;
const BRACKET = 93;
const DIGIT_0 = 48;
const DIGIT_9 = 57;

/** The types a cell's `t` usually holds, shared instead of cut from the chunk each time. */
const COMMON_TYPES = ["inlineStr", "s", "n", "str", "b", "e", "d"];

/** What the chunk holds at `at` equals `expected`, compared code by code. */
function holdsAt(xml: string, at: number, expected: string): boolean {
  if (at + expected.length > xml.length) return false;
  for (let i = 0; i < expected.length; i++) if (xml.charCodeAt(at + i) !== expected.charCodeAt(i)) return false;
  return true;
}

/**
 * A plain cell, reused from one cell to the next: where its attributes' values lie in the chunk
 * (`-1` when absent), what it holds and its value's text.
 */
export class PlainCell {
  /** The chunk the cell was read from (valid until the next cell is read). */
  xml = "";
  refStart = -1;
  refEnd = -1;
  styleStart = -1;
  styleEnd = -1;
  typeStart = -1;
  typeEnd = -1;
  /** What it holds: nothing, a `<v>`, or an inline string's one `<t>` (`<is><t>`). */
  holds: "nothing" | "value" | "inline" = "nothing";
  /** The text of its `<v>` or inline `<t>`; undefined when it has none or it is empty. */
  value: string | undefined = undefined;
  /** Its grid position (`cellPosition`), `NOT_A_CELL` without a reference (or a bad one). */
  position = NOT_A_CELL;

  /** Its `r` as written. */
  get ref(): string | undefined {
    return this.refStart < 0 ? undefined : this.xml.slice(this.refStart, this.refEnd);
  }

  /** Its `s` as written. */
  get style(): string | undefined {
    return this.styleStart < 0 ? undefined : this.xml.slice(this.styleStart, this.styleEnd);
  }

  /** Its `t` as written (one of the common types shared, not cut from the chunk). */
  get type(): string | undefined {
    if (this.typeStart < 0) return undefined;
    const length = this.typeEnd - this.typeStart;
    for (const known of COMMON_TYPES) if (known.length === length && holdsAt(this.xml, this.typeStart, known)) return known;
    return this.xml.slice(this.typeStart, this.typeEnd);
  }

  /** Its style number as `Number(style)` gives it, -1 without one; digits are read in place. */
  styleNumber(): number {
    if (this.styleStart < 0) return -1;
    const { xml, styleStart, styleEnd } = this;
    if (styleStart === styleEnd || styleEnd - styleStart > 9) return Number(this.style);
    let number = 0;
    for (let at = styleStart; at < styleEnd; at++) {
      const code = xml.charCodeAt(at);
      if (code < DIGIT_0 || code > DIGIT_9) return Number(this.style);
      number = number * 10 + (code - DIGIT_0);
    }
    return number;
  }
}

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
  if (name === 114 /* r */) {
    if (cell.refStart >= 0) return -1;
    cell.refStart = at + 1;
    cell.refEnd = close;
  } else if (name === 115 /* s */) {
    if (cell.styleStart >= 0) return -1;
    cell.styleStart = at + 1;
    cell.styleEnd = close;
  } else {
    if (cell.typeStart >= 0) return -1;
    cell.typeStart = at + 1;
    cell.typeEnd = close;
  }
  return close + 1;
}

/** Where the content of `<v>` or `<is><t ...>` at `at` starts, with what it holds; -1 when it is neither. */
function contentStart(xml: string, at: number, cell: PlainCell): number {
  // at holds "<"; the next character tells the three shapes apart.
  const next = xml.charCodeAt(at + 1);
  if (next === 118 /* v */) {
    if (xml.charCodeAt(at + 2) !== GREATER) return -1;
    cell.holds = "value";
    return at + 3;
  }
  if (next !== 105 /* i */ || !holdsAt(xml, at, "<is><t")) return -1;
  cell.holds = "inline";
  if (xml.charCodeAt(at + 6) === GREATER) return at + 7;
  return holdsAt(xml, at + 6, ' xml:space="preserve">') ? at + 28 : -1;
}

/**
 * Reads the plain cell whose `<c` is at `lt` into `cell`; returns where it ends, or -1 when
 * what is there is anything else (left to the general path).
 */
export function readPlainCell(xml: string, lt: number, cell: PlainCell): number {
  cell.xml = xml;
  cell.refStart = -1;
  cell.styleStart = -1;
  cell.typeStart = -1;
  cell.value = undefined;
  cell.holds = "nothing";
  let at = lt + 2;
  // Attributes: one space, then r, s or t, "=", a quoted plain value.
  let empty = false;
  for (;;) {
    const code = xml.charCodeAt(at);
    if (code === GREATER) {
      at++;
      break;
    }
    if (code === SLASH) {
      if (xml.charCodeAt(at + 1) !== GREATER) return -1;
      at += 2;
      empty = true;
      break;
    }
    if (code !== SPACE) return -1;
    const name = xml.charCodeAt(at + 1);
    if ((name !== 114 && name !== 115 && name !== 116) || xml.charCodeAt(at + 2) !== 61 /* = */) return -1;
    at = attributeValue(xml, at + 3, name, cell);
    if (at < 0) return -1;
  }
  cell.position = cell.refStart < 0 ? NOT_A_CELL : cellPositionIn(xml, cell.refStart, cell.refEnd);
  if (cell.position === OUTSIDE_GRID) return -1;
  if (empty) return at;
  // Content: nothing, <v>text</v>, or <is><t>text</t></is> (with or without xml:space).
  if (xml.charCodeAt(at) !== LESS) return -1;
  if (xml.charCodeAt(at + 1) === SLASH) return holdsAt(xml, at, "</c>") ? at + 4 : -1;
  const start = contentStart(xml, at, cell);
  if (start < 0) return -1;
  // The text up to the next "<": a reference to decode or a "]]>" to refuse is the general path's work.
  let end = start;
  for (; end < xml.length; end++) {
    const code = xml.charCodeAt(end);
    if (code === LESS) break;
    if (code === AMPERSAND) return -1;
    if (code === BRACKET && xml.charCodeAt(end + 1) === BRACKET && xml.charCodeAt(end + 2) === GREATER) return -1;
  }
  const close = xml.charCodeAt(at + 1) === 118 /* v */ ? "</v></c>" : "</t></is></c>";
  if (end === xml.length || !holdsAt(xml, end, close)) return -1;
  if (end > start) {
    const text = xml.slice(start, end);
    cell.value = text.length >= 13 ? detached(text) : text;
  }
  return end + close.length;
}
