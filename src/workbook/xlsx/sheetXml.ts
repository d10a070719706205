/**
 * A streaming XML scanner for worksheet parts: almost all of a plan file's bytes are the cells
 * of its sheets, and a general parser that walks them character by character (saxes, one object
 * per tag and per attribute) costs several times the inflate. This one jumps from markup to
 * markup with `indexOf` and hands over each element as its qualified name and its attributes.
 *
 * It is a real XML parser for what a worksheet may hold, and as strict as saxes (which stays
 * the parser of every other part): attributes in any order and either quote, whitespace and
 * newlines inside tags, namespace prefixes (`x:c`), the five entities and character
 * references, CDATA, comments and processing instructions, self-closing elements, line ends
 * normalized and attribute whitespace too, as XML says. Whatever is not well-formed (a tag not
 * closed or closed by another, a bad name, an unknown entity, a character XML forbids, text or
 * a second element outside the root) throws `MalformedXml`; so does a document type
 * declaration (no workbook writer puts one in a worksheet, and it could declare entities) and
 * any single piece of markup longer than `MAX_MARKUP_CHARS`, so hostile input never makes it
 * hold more than that beyond the chunk it is given.
 */

import { PlainCell, readPlainCell } from "./plainCell";
import { decodeReferences, detached, MalformedXml } from "./xmlReferences";

export { MalformedXml };
export { PlainCell };

/** What the scanner hands over, in document order. */
export interface XmlEvents {
  /** An element opens (a self-closing one is followed at once by its `close`). */
  open(qualified: string, attributes: Record<string, string>): void;
  /** Character data inside the root element (entities decoded); one run may come in pieces. */
  text(text: string): void;
  /** An element closes. */
  close(qualified: string): void;
  /**
   * Optional: a plain cell (see `plainCell.ts`) in one call, instead of the open, text and close
   * events of its elements; `cell` is reused for the next one. Returning false declines it, and
   * the same cell comes as those events.
   */
  cell?(cell: Readonly<PlainCell>): boolean;
}

/** The longest tag, comment, CDATA section or processing instruction accepted. */
export const MAX_MARKUP_CHARS = 1 << 20;
/** Text carried to the next chunk is cut from this length on (only an entity is kept whole). */
const TEXT_CARRY_CHARS = 1 << 16;

const NAME_START = ":A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}";
/** An XML 1.0 name (fifth edition). */
// eslint-disable-next-line no-misleading-character-class -- combining marks may follow a name's first character.
const NAME = new RegExp(`^[${NAME_START}][${NAME_START}\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040]*$`, "u");
/** Characters XML 1.0 forbids anywhere (surrogates come in pairs out of a UTF-8 decoder). */
// eslint-disable-next-line no-control-regex -- finding the control characters XML forbids is the point.
const FORBIDDEN = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;
const XML_DECLARATION = /^<\?xml[ \t\n]+version[ \t\n]*=[ \t\n]*(["'])1\.[0-9]+\1(?:[ \t\n]+encoding[ \t\n]*=[ \t\n]*(["'])[A-Za-z][A-Za-z0-9._-]*\2)?(?:[ \t\n]+standalone[ \t\n]*=[ \t\n]*(["'])(?:yes|no)\3)?[ \t\n]*\?>$/;
/**
 * Attributes of one element: an object without `Object.prototype` (as saxes makes them, so an
 * attribute named `constructor` or `__proto__` is just an attribute), made by a constructor so
 * that V8 keeps it a fast object, not a dictionary.
 */
const Attributes = function Attributes(this: Record<string, string | undefined>) {
  this.r = undefined;
  this.s = undefined;
  this.t = undefined;
} as unknown as new () => Record<string, string>;
Attributes.prototype = Object.create(null) as object;
/** The attributes of every element without any, shared: no object made for `<v>`. */
const NO_ATTRIBUTES: Record<string, string> = Object.freeze(new Attributes());
const SPACE = 32;
const TAB = 9;
const NEWLINE = 10;
const SLASH = 47;
const GREATER = 62;
const EQUALS = 61;

/**
 * The names and values a worksheet's cells repeat, by length: matched in place, they are
 * handed over as these constants instead of a new string each.
 */
const COMMON: readonly (readonly string[])[] = (() => {
  const words = ["r", "s", "t", "ref", "spans", "xml:space", "preserve", "inlineStr", "str", "si", "ca", "cm", "vm", "ht", "customHeight", "shared", "x14ac:dyDescent"];
  const byLength: string[][] = [];
  for (const word of words) (byLength[word.length] ??= []).push(word);
  return byLength;
})();

/** The common string `xml.slice(from, to)` would be, without making it; undefined for others. */
function known(xml: string, from: number, to: number): string | undefined {
  const length = to - from;
  if (length === 1) return xml[from];
  const words = COMMON[length];
  if (words === undefined) return undefined;
  const first = xml.charCodeAt(from);
  for (const word of words) if (word.charCodeAt(0) === first && xml.startsWith(word, from)) return word;
  return undefined;
}

function isSpace(code: number): boolean {
  return code === SPACE || code === NEWLINE || code === TAB;
}

/** Scans one part, chunk by chunk, into `events`. */
export class SheetXmlScanner {
  private carry = "";
  private carriedCr = false;
  private readonly open: string[] = [];
  private rootSeen = false;
  private started = false;
  private readonly names = new Map<string, true>();
  private readonly plain = new PlainCell();

  constructor(private readonly events: XmlEvents) {}

  /** Scans the next piece of the part's text. */
  write(chunk: string): void {
    let text = this.carriedCr ? `\r${chunk}` : chunk;
    this.carriedCr = text.endsWith("\r");
    if (this.carriedCr) text = text.slice(0, -1);
    if (text.includes("\r")) text = text.replace(/\r\n?/g, "\n");
    const bad = FORBIDDEN.exec(text);
    if (bad) text = text.slice(0, bad.index);
    const from = this.joinCarry(text);
    if (from >= 0) this.scan(text, from, false);
    if (bad) throw new MalformedXml("a character XML forbids");
  }

  /**
   * Finishes what the last chunk left unfinished with the start of `text`; returns where the
   * scan of `text` goes on, or -1 when it is done. The piece of markup is joined only to the
   * text up to a `>` (a string made by joining a whole chunk is slower to walk), and only a few
   * times, so that many `>` inside one piece never make the work grow as their square.
   */
  private joinCarry(text: string): number {
    const carry = this.carry;
    if (carry === "") return 0;
    if (carry.charCodeAt(0) === 60 /* < */) {
      let upTo = 0;
      for (let tries = 0; tries < 8; tries++) {
        const gt = text.indexOf(">", upTo);
        if (gt < 0) break;
        upTo = gt + 1;
        const end = this.markup(carry + text.slice(0, upTo), 0);
        if (end >= 0) {
          this.carry = "";
          return end - carry.length;
        }
      }
    } else {
      const lt = text.indexOf("<");
      if (lt >= 0) {
        this.carry = "";
        this.characters(carry + text.slice(0, lt));
        return lt;
      }
    }
    this.scan(carry + text, 0, false);
    return -1;
  }

  /** Ends the part: everything opened must be closed. */
  end(): void {
    const rest = this.carry + (this.carriedCr ? "\n" : "");
    this.carry = "";
    this.scan(rest, 0, true);
    if (this.carry !== "") throw new MalformedXml("the part ends inside markup");
    if (!this.rootSeen) throw new MalformedXml("no root element");
    if (this.open.length > 0) throw new MalformedXml(`<${this.open[this.open.length - 1]}> is not closed`);
  }

  private scan(xml: string, from: number, final: boolean): void {
    this.carry = "";
    let at = from;
    while (at < xml.length) {
      const lt = xml.indexOf("<", at);
      if (lt < 0) {
        this.trailingText(xml, at, final);
        return;
      }
      if (lt > at) this.characters(xml.slice(at, lt));
      const next = this.markup(xml, lt);
      if (next < 0) {
        if (xml.length - lt > MAX_MARKUP_CHARS) throw new MalformedXml("markup too long");
        this.carry = xml.slice(lt);
        return;
      }
      at = next;
    }
  }

  /** Text with no markup after it in this chunk: handed over, but for a reference it may cut. */
  private trailingText(xml: string, at: number, final: boolean): void {
    if (final || xml.length - at <= TEXT_CARRY_CHARS) {
      if (final) this.characters(xml.slice(at));
      else this.carry = xml.slice(at);
      return;
    }
    // Keep a reference that may be cut, and `]` that may start "]]>", for the next chunk.
    let cut = xml.length;
    const amp = xml.lastIndexOf("&");
    if (amp >= at && xml.indexOf(";", amp) < 0) cut = amp;
    while (cut > at && xml.charCodeAt(cut - 1) === 93) cut--;
    if (xml.length - cut > MAX_MARKUP_CHARS) throw new MalformedXml("entity too long");
    this.characters(xml.slice(at, cut));
    this.carry = xml.slice(cut);
  }

  private characters(raw: string): void {
    if (raw === "") return;
    if (this.open.length === 0) {
      if (!/^[ \t\n]*$/.test(raw)) throw new MalformedXml("text outside the root element");
      return;
    }
    if (raw.includes("]]>")) throw new MalformedXml('"]]>" in text');
    this.events.text(detached(decodeReferences(raw)));
  }

  /** Handles the markup at `lt`; returns where it ends, or -1 when the chunk ends inside it. */
  private markup(xml: string, lt: number): number {
    const second = xml.charCodeAt(lt + 1);
    if (Number.isNaN(second)) return -1;
    let end: number;
    if (second === SLASH) end = this.closeTag(xml, lt);
    else if (second === 33 /* ! */) end = this.declaration(xml, lt);
    else if (second === 63 /* ? */) end = this.instruction(xml, lt, !this.started);
    else end = (second === 99 /* c */ && this.plainCell(xml, lt)) || this.openTag(xml, lt);
    if (end >= 0) this.started = true;
    return end;
  }

  /** The plain cell at `lt` handed over in one call; 0 when there is none or it is declined. */
  private plainCell(xml: string, lt: number): number {
    if (this.events.cell === undefined || this.open.length === 0) return 0;
    const end = readPlainCell(xml, lt, this.plain);
    return end > 0 && this.events.cell(this.plain) ? end : 0;
  }

  private validName(name: string): string {
    if (this.names.has(name)) return name;
    if (!NAME.test(name)) throw new MalformedXml(`bad name "${name.slice(0, 20)}"`);
    if (this.names.size < 256) this.names.set(name, true);
    return name;
  }

  private closeTag(xml: string, lt: number): number {
    const expected = this.open[this.open.length - 1];
    let at = lt + 2;
    // The usual case, the name expected then ">", is matched without making a string.
    if (expected !== undefined && xml.startsWith(expected, at)) at += expected.length;
    else if (xml.length - at <= (expected?.length ?? 0)) return -1;
    else throw new MalformedXml(`a closing tag that does not close <${expected ?? ""}>`);
    while (at < xml.length && isSpace(xml.charCodeAt(at))) at++;
    if (at >= xml.length) return -1;
    if (xml.charCodeAt(at) !== GREATER) throw new MalformedXml(`a closing tag that does not close <${expected}>`);
    this.open.pop();
    this.events.close(expected);
    return at + 1;
  }

  /** Comments and CDATA; a document type declaration is refused. */
  private declaration(xml: string, lt: number): number {
    if (xml.startsWith("<!--", lt)) {
      const end = xml.indexOf("-->", lt + 4);
      if (end < 0) return -1;
      if (xml.slice(lt + 4, end).includes("--") || (end > lt + 4 && xml.charCodeAt(end - 1) === 45)) throw new MalformedXml('"--" in a comment');
      return end + 3;
    }
    if (xml.startsWith("<![CDATA[", lt)) {
      const end = xml.indexOf("]]>", lt + 9);
      if (end < 0) return -1;
      if (this.open.length === 0) throw new MalformedXml("CDATA outside the root element");
      this.events.text(detached(xml.slice(lt + 9, end)));
      return end + 3;
    }
    if (xml.length - lt < 9 && ("<![CDATA[".startsWith(xml.slice(lt)) || "<!--".startsWith(xml.slice(lt)))) return -1;
    throw new MalformedXml(xml.startsWith("<!DOCTYPE", lt) ? "a document type declaration" : "bad markup <!");
  }

  /** A processing instruction; the XML declaration only as the part's very first markup. */
  private instruction(xml: string, lt: number, first: boolean): number {
    const end = xml.indexOf("?>", lt + 2);
    if (end < 0) return -1;
    const body = xml.slice(lt + 2, end);
    const target = /^[^ \t\n]*/.exec(body)?.[0] ?? "";
    if (target.toLowerCase() === "xml") {
      if (!first || lt !== 0 || !XML_DECLARATION.test(xml.slice(lt, end + 2))) throw new MalformedXml("a misplaced or bad XML declaration");
      return end + 2;
    }
    this.validName(target);
    return end + 2;
  }

  private openTag(xml: string, lt: number): number {
    if (this.rootSeen && this.open.length === 0) throw new MalformedXml("a second root element");
    let at = lt + 1;
    const length = xml.length;
    // The name runs to whitespace, "/" or ">".
    while (at < length) {
      const code = xml.charCodeAt(at);
      if (isSpace(code) || code === SLASH || code === GREATER) break;
      at++;
    }
    if (at >= length) return -1;
    const name = this.validName(xml.slice(lt + 1, at));
    let attributes = NO_ATTRIBUTES;
    for (;;) {
      let spaced = false;
      while (at < length && isSpace(xml.charCodeAt(at))) {
        at++;
        spaced = true;
      }
      if (at >= length) return -1;
      const code = xml.charCodeAt(at);
      if (code === GREATER) {
        this.opened(name, attributes, false);
        return at + 1;
      }
      if (code === SLASH) {
        if (at + 1 >= length) return -1;
        if (xml.charCodeAt(at + 1) !== GREATER) throw new MalformedXml("bad self-closing tag");
        this.opened(name, attributes, true);
        return at + 2;
      }
      if (!spaced) throw new MalformedXml("no whitespace between attributes");
      if (attributes === NO_ATTRIBUTES) attributes = new Attributes();
      at = this.attribute(xml, at, attributes);
      if (at < 0) return -1;
    }
  }

  /** Reads one `name = "value"` at `at` into `attributes`; returns where it ends, or -1. */
  private attribute(xml: string, at: number, attributes: Record<string, string>): number {
    const length = xml.length;
    let end = at;
    while (end < length) {
      const code = xml.charCodeAt(end);
      if (isSpace(code) || code === EQUALS || code === SLASH || code === GREATER) break;
      end++;
    }
    let i = end;
    while (i < length && isSpace(xml.charCodeAt(i))) i++;
    if (i >= length) return -1;
    if (xml.charCodeAt(i) !== EQUALS) throw new MalformedXml("an attribute without a value");
    i++;
    while (i < length && isSpace(xml.charCodeAt(i))) i++;
    if (i >= length) return -1;
    const quote = xml[i];
    if (quote !== '"' && quote !== "'") throw new MalformedXml("an unquoted attribute value");
    const close = xml.indexOf(quote, i + 1);
    if (close < 0) return -1;
    const name = end - at === 1 ? this.validName(xml[at]) : (known(xml, at, end) ?? this.validName(xml.slice(at, end)));
    if (attributes[name] !== undefined) throw new MalformedXml(`duplicate attribute ${name.slice(0, 20)}`);
    // One walk says whether the value needs more than a cut: a reference, whitespace to make a space, a "<" to refuse.
    let plain = true;
    for (let k = i + 1; k < close && plain; k++) {
      const code = xml.charCodeAt(k);
      plain = code !== 38 && code !== 60 && code !== NEWLINE && code !== TAB;
    }
    let raw = known(xml, i + 1, close) ?? xml.slice(i + 1, close);
    if (!plain) {
      if (raw.includes("<")) throw new MalformedXml("< in an attribute value");
      raw = detached(decodeReferences(raw.replace(/[\n\t]/g, " ")));
    } else if (raw.length >= 13) {
      raw = detached(raw);
    }
    attributes[name] = raw;
    return close + 1;
  }

  private opened(name: string, attributes: Record<string, string>, selfClosing: boolean): void {
    this.rootSeen = true;
    this.events.open(name, attributes);
    if (selfClosing) this.events.close(name);
    else this.open.push(name);
  }
}
