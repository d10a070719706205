/**
 * The worksheet scanner against saxes: on generated worksheet XML (attributes in any order and
 * either quote, prefixes, entities and character references, inline strings with runs, CDATA,
 * comments, processing instructions, self-closing elements, line ends), cut into chunks anywhere,
 * both hand over the same elements, attributes and text; and on the same XML damaged at one
 * place, both refuse it or both read the same.
 */
import fc from "fast-check";
import { SaxesParser } from "saxes";
import { MAX_MARKUP_CHARS, MalformedXml, SheetXmlScanner } from "../../../src/workbook/xlsx/sheetXml";

type Event = readonly ["open", string, Record<string, string>] | readonly ["text", string] | readonly ["close", string];

/**
 * Events with adjacent text joined (both parsers may cut text anywhere), and empty text and the
 * whitespace around the root (which saxes hands over and no reader reads) left out.
 */
function joined(events: readonly Event[]): Event[] {
  const out: Event[] = [];
  let depth = 0;
  for (const event of events) {
    const last = out[out.length - 1];
    if (event[0] === "open") depth++;
    if (event[0] === "close") depth--;
    if (event[0] === "text" && depth === 0) continue;
    if (event[0] === "text" && last?.[0] === "text") out[out.length - 1] = ["text", last[1] + event[1]];
    else out.push(event);
  }
  return out.filter((e) => !(e[0] === "text" && e[1] === ""));
}

/** What saxes hands over, or "malformed". */
function bySaxes(chunks: readonly string[]): Event[] | "malformed" {
  const events: Event[] = [];
  const parser = new SaxesParser({ xmlns: false });
  let failed = false;
  parser.on("error", () => {
    failed = true;
  });
  parser.on("opentag", (tag) => events.push(["open", tag.name, { ...tag.attributes }]));
  parser.on("text", (text) => events.push(["text", text]));
  parser.on("cdata", (text) => events.push(["text", text]));
  parser.on("closetag", (tag) => events.push(["close", tag.name]));
  for (const chunk of chunks) if (!failed) parser.write(chunk);
  if (!failed) parser.close();
  return failed ? "malformed" : joined(events);
}

/** What the worksheet scanner hands over, or "malformed". */
function byScanner(chunks: readonly string[]): Event[] | "malformed" {
  const events: Event[] = [];
  const scanner = new SheetXmlScanner({
    open: (name, attributes) => events.push(["open", name, { ...attributes }]),
    text: (text) => events.push(["text", text]),
    close: (name) => events.push(["close", name]),
  });
  try {
    for (const chunk of chunks) scanner.write(chunk);
    scanner.end();
  } catch (error) {
    if (error instanceof MalformedXml) return "malformed";
    throw error;
  }
  return joined(events);
}

/**
 * What the scanner hands over to a reader that takes plain cells in one call (`XmlEvents.cell`),
 * with each such call spelled out as the events of the cell's elements; and how many cells came
 * that way. An inline string's `<t>` comes without its attributes (a reader of plain cells is
 * not told of `xml:space`): compare with `withoutTextAttributes`.
 */
function byCellScanner(chunks: readonly string[]): { events: Event[] | "malformed"; plain: number } {
  const events: Event[] = [];
  let plain = 0;
  const scanner = new SheetXmlScanner({
    open: (name, attributes) => events.push(["open", name, { ...attributes }]),
    text: (text) => events.push(["text", text]),
    close: (name) => events.push(["close", name]),
    cell(cell) {
      plain++;
      const attributes: Record<string, string> = {};
      if (cell.ref !== undefined) attributes.r = cell.ref;
      if (cell.style !== undefined) attributes.s = cell.style;
      if (cell.type !== undefined) attributes.t = cell.type;
      events.push(["open", "c", attributes]);
      const inner = { nothing: [], value: ["v"], inline: ["is", "t"] }[cell.holds];
      for (const name of inner) events.push(["open", name, {}]);
      if (cell.value !== undefined) events.push(["text", cell.value]);
      for (const name of [...inner].reverse()) events.push(["close", name]);
      events.push(["close", "c"]);
      return true;
    },
  });
  try {
    for (const chunk of chunks) scanner.write(chunk);
    scanner.end();
  } catch (error) {
    if (error instanceof MalformedXml) return { events: "malformed", plain };
    throw error;
  }
  return { events: joined(events), plain };
}

/** Events with the attributes of `<t>` elements left out. */
function withoutTextAttributes(events: Event[] | "malformed"): Event[] | "malformed" {
  return events === "malformed" ? events : events.map((e) => (e[0] === "open" && e[1] === "t" ? ["open", "t", {}] : e));
}

/** `xml` cut at `cuts` (positions taken modulo its length). */
function chunked(xml: string, cuts: readonly number[]): string[] {
  const at = [...new Set(cuts.map((c) => c % (xml.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const cut of at) {
    out.push(xml.slice(from, cut));
    from = cut;
  }
  out.push(xml.slice(from));
  return out;
}

const space = fc.constantFrom(" ", "  ", "\n", "\t", "\r\n", " \r ");
const quote = fc.constantFrom('"', "'");
const prefix = fc.constantFrom("", "x:", "main:");
/** Attribute and text content: plain, escaped, referenced, with line ends and tabs. */
const content = fc
  .array(fc.constantFrom("A1", "42", "0.5", "a b", "&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&#65;", "&#x263A;", "&#x1F600;", "&#13;", "&#10;", "\n", "\t", "\r\n", "é", "✓", "😀", ">", "]", "_x000D_", "inlineStr", "preserve"), { maxLength: 6 })
  .map((parts) => parts.join("").replace(/]]>/g, "]]&gt;"));

function attributeText(name: string, value: string, q: string, before: string): string {
  const safe = q === '"' ? value.replace(/"/g, "&quot;") : value.replace(/'/g, "&apos;");
  return `${before}${name}=${q}${safe}${q}`;
}

const attributes = fc
  .uniqueArray(fc.tuple(fc.constantFrom("r", "s", "t", "ref", "spans", "xml:space", "x14ac:dyDescent", "cm"), content, quote, space), { selector: (a) => a[0], maxLength: 4 })
  .map((list) => list.map(([name, value, q, before]) => attributeText(name, value, q, before)).join(""));

const misc = fc.constantFrom("", "<!-- a comment -->", "<?pi some data?>", "<!---->", "\n  ");

/** A cell: a value, a formula and value, an inline string (runs or not), or self-closing. */
const cell = fc.tuple(prefix, attributes, fc.integer({ min: 0, max: 4 }), content, content, space, misc).map(([p, attrs, kind, a, b, ws, m]) => {
  switch (kind) {
    case 0:
      return `<${p}c${attrs}${ws}/>`;
    case 1:
      return `<${p}c${attrs}>${m}<${p}v>${a}</${p}v${ws}></${p}c>`;
    case 2:
      return `<${p}c${attrs}><${p}f>${b}</${p}f><${p}v>${a}</${p}v></${p}c>`;
    case 3:
      return `<${p}c${attrs}><${p}is><${p}r><${p}rPr><${p}b/></${p}rPr><${p}t>${a}</${p}t></${p}r><${p}r><${p}t xml:space="preserve">${b}</${p}t></${p}r></${p}is></${p}c>`;
    default:
      return `<${p}c${attrs}><${p}is><${p}t><![CDATA[${a}<&>]]>${b}</${p}t></${p}is></${p}c>`;
  }
});

/** Text a plain cell holds: any character, "]" and ">" included (a reference only to write "]]>"). */
const plainText = fc.array(fc.constantFrom("A1", "42", "-0.5", "a b", "\n", "\t", "é", "✓", "😀", ">", "]", "]]", "_x000D_", "T000123", "Partner name long enough"), { maxLength: 4 }).map((parts) => parts.join("").replace(/]]>/g, "]]&gt;"));
const plainValue = fc.tuple(fc.constantFrom("A1", "B22", "XFD1048576", "", "1", "inlineStr", "s", "n", "é"), quote).map(([value, q]) => `${q}${value}${q}`);
/** The cells the scanner hands over in one call (and, with two spaces, one it must not). */
const plainCell = fc
  .tuple(fc.subarray(["r", "s", "t"]), fc.array(plainValue, { minLength: 3, maxLength: 3 }), fc.integer({ min: 0, max: 4 }), plainText, fc.constantFrom(" ", " ", " ", "  "))
  .map(([names, values, kind, text, sep]) => {
    const attrs = names.map((name, i) => `${i === 0 ? sep : " "}${name}=${values[i]}`).join("");
    switch (kind) {
      case 0:
        return `<c${attrs}/>`;
      case 1:
        return `<c${attrs}><v>${text}</v></c>`;
      case 2:
        return `<c${attrs}><is><t>${text}</t></is></c>`;
      case 3:
        return `<c${attrs}><is><t xml:space="preserve">${text}</t></is></c>`;
      default:
        return `<c${attrs}></c>`;
    }
  });

const row = fc.tuple(prefix, attributes, fc.array(fc.oneof(cell, plainCell, plainCell), { maxLength: 4 }), misc).map(([p, attrs, cells, m]) => `<${p}row${attrs}>${m}${cells.join("")}</${p}row>`);

const worksheet = fc
  .tuple(fc.boolean(), prefix, fc.array(row, { maxLength: 4 }), misc, misc)
  .map(
    ([declared, p, rows, before, after]) =>
      `${declared ? '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' : ""}${before}<${p}worksheet xmlns${p === "" ? "" : `:${p.slice(0, -1)}`}="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><${p}sheetData>${rows.join("")}</${p}sheetData><${p}mergeCells count="1"><${p}mergeCell ref="A1:B2"/></${p}mergeCells></${p}worksheet>${after}`,
  );

const cuts = fc.array(fc.nat(), { maxLength: 6 });

describe("the worksheet scanner", () => {
  test("hands over what saxes does on generated worksheets, chunked anywhere", () => {
    fc.assert(
      fc.property(worksheet, cuts, (xml, at) => {
        const expected = bySaxes([xml]);
        expect(expected).not.toBe("malformed");
        expect(byScanner(chunked(xml, at))).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });

  test("hands plain cells over in one call, and everything else as before, chunked anywhere", () => {
    let plain = 0;
    fc.assert(
      fc.property(worksheet, cuts, (xml, at) => {
        const expected = withoutTextAttributes(bySaxes([xml]));
        const read = byCellScanner(chunked(xml, at));
        plain += read.plain;
        expect(withoutTextAttributes(read.events)).toEqual(expected);
      }),
      { numRuns: 400 },
    );
    // The property above would hold with no cell handed over in one call.
    expect(plain).toBeGreaterThan(200);
  });

  /** One place damaged: a character inserted, removed or replaced. */
  const damage = fc.tuple(
    fc.nat(),
    fc.constantFrom("insert", "remove", "replace"),
    fc.constantFrom("<", ">", "&", '"', "'", "/", "=", " ", "]]>", "--", "\u0001", "\uFFFE", "x", ":", "&bogus;", "&#0;", "<!", "<?xml version='1.0'?>", "</c>", "1"),
  );

  test("refuses what saxes refuses and reads the rest as saxes does, when damaged at one place", () => {
    fc.assert(
      fc.property(worksheet, damage, cuts, (xml, [place, how, what], at) => {
        let i = place % (xml.length + 1);
        // Text decoded from UTF-8 never holds half a surrogate pair: damage whole characters.
        if (/[\uDC00-\uDFFF]/.test(xml[i] ?? "")) i++;
        const width = /[\uD800-\uDBFF]/.test(xml[i] ?? "") ? 2 : 1;
        const damaged = how === "insert" ? xml.slice(0, i) + what + xml.slice(i) : how === "remove" ? xml.slice(0, i) + xml.slice(i + width) : xml.slice(0, i) + what + xml.slice(i + width);
        expect(byScanner(chunked(damaged, at))).toEqual(bySaxes([damaged]));
        expect(withoutTextAttributes(byCellScanner(chunked(damaged, at)).events)).toEqual(withoutTextAttributes(bySaxes([damaged])));
      }),
      { numRuns: 1500 },
    );
  });

  test.each([
    ["a tag left open", "<worksheet><sheetData>"],
    ["a tag closed by another", "<worksheet><row></c></worksheet>"],
    ["a second root", "<worksheet/><worksheet/>"],
    ["text outside the root", "<worksheet/>text"],
    ["an unknown entity", "<worksheet><c><v>&nbsp;</v></c></worksheet>"],
    ["a reference to a character XML forbids", "<worksheet><c><v>&#1;</v></c></worksheet>"],
    ["a character XML forbids", "<worksheet><c><v>\u0007</v></c></worksheet>"],
    ["an unquoted attribute", "<worksheet><c r=A1/></worksheet>"],
    ["a duplicate attribute", '<worksheet><c r="A1" r="A2"/></worksheet>'],
    ["no space between attributes", '<worksheet><c r="A1"s="2"/></worksheet>'],
    ["< in an attribute", '<worksheet><c r="<"/></worksheet>'],
    ["]]> in text", "<worksheet><c><v>]]></v></c></worksheet>"],
    ["-- in a comment", "<worksheet><!-- a -- b --></worksheet>"],
    ["a misplaced XML declaration", '<worksheet><?xml version="1.0"?></worksheet>'],
    ["a document type declaration", '<!DOCTYPE worksheet [<!ENTITY e "x">]><worksheet>&e;</worksheet>'],
    ["nothing", ""],
  ])("refuses %s", (_, xml) => {
    expect(byScanner([xml])).toBe("malformed");
    expect(byCellScanner([xml]).events).toBe("malformed");
  });

  test("refuses markup longer than its limit without holding more of it", () => {
    const scanner = new SheetXmlScanner({ open: () => undefined, text: () => undefined, close: () => undefined });
    scanner.write('<worksheet><c r="');
    const piece = "A".repeat(1 << 16);
    expect(() => {
      for (let i = 0; i <= MAX_MARKUP_CHARS / piece.length + 1; i++) scanner.write(piece);
    }).toThrow(MalformedXml);
  });

  test("finishes a tag cut by a chunk whatever the > inside its values", () => {
    const value = ">".repeat(20);
    const xml = `<worksheet><c r="A1" t='${value}'/><c r="${value}"><v>1</v></c></worksheet>`;
    for (let cut = 0; cut <= xml.length; cut++) {
      expect(byScanner([xml.slice(0, cut), xml.slice(cut)])).toEqual(bySaxes([xml]));
    }
  });

  test("hands a long text run over in pieces, keeping a reference that a chunk cuts whole", () => {
    const texts: string[] = [];
    const scanner = new SheetXmlScanner({ open: () => undefined, text: (t) => texts.push(t), close: () => undefined });
    const run = "word ".repeat(30_000);
    scanner.write(`<worksheet><c><v>${run}&am`);
    expect(texts.join("")).toBe(run);
    scanner.write("p;</v></c></worksheet>");
    scanner.end();
    expect(texts.join("")).toBe(`${run}&`);
  });
});
