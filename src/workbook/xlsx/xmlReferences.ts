/**
 * Character data of the worksheet scanner (`sheetXml.ts`): entity and character references
 * decoded as XML 1.0 says, and values cut loose from the chunk they were read from.
 */

/** Stops a scan at the first place the part is not well-formed XML. */
export class MalformedXml extends Error {}

const PREDEFINED: Readonly<Record<string, string>> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** True for a code point XML 1.0 allows as a character. */
function isXmlChar(code: number): boolean {
  return code === 9 || code === 10 || code === 13 || (code >= 0x20 && code <= 0xd7ff) || (code >= 0xe000 && code <= 0xfffd) || (code >= 0x10000 && code <= 0x10ffff);
}

/** Strings this long are cut from their source as views of it (V8's sliced strings). */
const SLICED_FROM = 13;

/**
 * `text` as a string of its own: a cut of a chunk would keep the whole chunk (64 KB) alive for
 * as long as the reader keeps the value, and be copied by every young-generation collection.
 * Flattening a concatenation makes the copy.
 */
export function detached(text: string): string {
  return text.length < SLICED_FROM ? text : (text + " ").slice(0, -1);
}

/** The character a reference stands for (the text between `&` and `;`). */
function entity(name: string): string {
  const known = PREDEFINED[name];
  if (known !== undefined) return known;
  const numeric = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(name);
  const code = numeric ? parseInt(numeric[1] ?? numeric[2], numeric[1] !== undefined ? 16 : 10) : NaN;
  if (!isXmlChar(code)) throw new MalformedXml(`bad entity &${name.slice(0, 20)};`);
  return String.fromCodePoint(code);
}

/** `raw` with its entity and character references replaced. */
export function decodeReferences(raw: string): string {
  let at = raw.indexOf("&");
  if (at < 0) return raw;
  let out = "";
  let from = 0;
  while (at >= 0) {
    const end = raw.indexOf(";", at);
    if (end < 0) throw new MalformedXml("unterminated entity");
    out += raw.slice(from, at) + entity(raw.slice(at + 1, end));
    from = end + 1;
    at = raw.indexOf("&", from);
  }
  return out + raw.slice(from);
}
