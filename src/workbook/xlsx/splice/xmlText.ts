/**
 * Small tools for editing package XML as text. The splicing writer changes a few elements of
 * parts it otherwise keeps as they are (a workbook's sheet list, a styles part's lists), so it
 * edits the text in place instead of parsing and re-serialising, which would rewrite the rest.
 * Element names may carry any namespace prefix (`x:sheet`), as some writers use one.
 */

/** One element found in a text: where it is, its prefix, attributes and inner text. */
export interface FoundElement {
  readonly start: number;
  readonly end: number;
  /** The whole element as written. */
  readonly xml: string;
  /** Its namespace prefix with the colon (`x:`), or "". */
  readonly prefix: string;
  readonly attributes: Readonly<Record<string, string>>;
  /** The text between its tags (undefined for an empty element `<a/>`). */
  readonly inner: string | undefined;
}

const ATTRIBUTE = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of a start tag's text (values decoded). */
export function attributesOf(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const match of tag.matchAll(ATTRIBUTE)) out[match[1]] = decodeXml(match[2] ?? match[3] ?? "");
  return out;
}

/** XML text with its five entities and character references decoded. */
export function decodeXml(text: string): string {
  return text.replace(/&(lt|gt|amp|quot|apos|#\d+|#x[0-9a-fA-F]+);/g, (_, entity: string) => {
    if (entity === "lt") return "<";
    if (entity === "gt") return ">";
    if (entity === "amp") return "&";
    if (entity === "quot") return '"';
    if (entity === "apos") return "'";
    return String.fromCodePoint(entity[1] === "x" ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10));
  });
}

/** Text made safe for an attribute value or element content. */
export function encodeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/**
 * Every element of local name `local` in `text`, in order, not looking inside the ones found.
 * Elements of the same name must not nest (true of every element this writer edits).
 */
export function findElements(text: string, local: string, from = 0, to = text.length): FoundElement[] {
  const pattern = new RegExp(`<([\\w.-]+:)?${local}(?=[\\s/>])([^>]*?)(/>|>)`, "g");
  pattern.lastIndex = from;
  const found: FoundElement[] = [];
  for (;;) {
    const match = pattern.exec(text);
    if (!match || match.index >= to) break;
    const prefix = match[1] ?? "";
    const open = match.index + match[0].length;
    let end = open;
    let inner: string | undefined;
    if (match[3] === ">") {
      const close = `</${prefix}${local}>`;
      const at = text.indexOf(close, open);
      if (at < 0) break;
      inner = text.slice(open, at);
      end = at + close.length;
    }
    found.push({ start: match.index, end, xml: text.slice(match.index, end), prefix, attributes: attributesOf(match[2]), inner });
    pattern.lastIndex = end;
  }
  return found;
}

/** The first element of local name `local`, or undefined. */
export function findElement(text: string, local: string): FoundElement | undefined {
  return findElements(text, local)[0];
}

/** The element children of an element's inner text, each as written (whitespace between them dropped). */
export function childElements(inner: string): string[] {
  const children: string[] = [];
  const tag = /<(\/?)([\w.:-]+)[^>]*?(\/?)>/g;
  let depth = 0;
  let start = -1;
  for (const match of inner.matchAll(tag)) {
    if (match[0].startsWith("<?") || match[0].startsWith("<!")) continue;
    const closing = match[1] === "/";
    const selfClosing = match[3] === "/";
    if (!closing && depth === 0) start = match.index;
    if (closing) depth--;
    else if (!selfClosing) depth++;
    if (depth === 0 && start >= 0) {
      children.push(inner.slice(start, match.index + match[0].length));
      start = -1;
    }
  }
  return children;
}

/** `text` with the span [start, end) replaced by `replacement`. */
export function splice(text: string, start: number, end: number, replacement: string): string {
  return text.slice(0, start) + replacement + text.slice(end);
}

/** A start tag's attribute set to `value` (added when absent); `element` may be the tag's text without its closing `>`. */
export function withAttribute(element: string, name: string, value: string): string {
  const found = element.search(/\/?>/);
  const tagEnd = found < 0 ? element.length : found;
  const tag = element.slice(0, tagEnd);
  const pattern = new RegExp(`(\\s${name.replace(/[.:]/g, "\\$&")}\\s*=\\s*)("[^"]*"|'[^']*')`);
  const edited = pattern.test(tag) ? tag.replace(pattern, `$1"${encodeXml(value)}"`) : `${tag} ${name}="${encodeXml(value)}"`;
  return edited + element.slice(tagEnd);
}

/** The prefix (with colon) the root element binds to `namespace`, "" for the default one, or undefined. */
export function prefixOf(text: string, namespace: string): string | undefined {
  const root = /<(?!\?|!)[^>]*>/.exec(text)?.[0] ?? "";
  for (const [name, value] of Object.entries(attributesOf(root))) {
    if (value !== namespace) continue;
    if (name === "xmlns") return "";
    if (name.startsWith("xmlns:")) return `${name.slice(6)}:`;
  }
  return undefined;
}
