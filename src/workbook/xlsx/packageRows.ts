/**
 * Writes rows into fresh tables of a saved .xlsx package, at the speed of building text: the
 * rows of a new plan made from a big tracker go straight into the table sheets' XML instead of
 * through ExcelJS's cell model, which costs several times more to write than the file is worth
 * (a 50,000-row tracker makes some 200,000 plan rows). Only tables as the template makes them
 * take rows here: a header and one empty data row, nothing below. The empty row's cell styles
 * (date and money formats) are given to every new row, the table, its filter and the sheet's
 * dimension grow over them, and each dropdown of the empty row is extended down its column, as
 * Excel does when a table grows. Strings are written inline, so text never becomes a formula.
 *
 * The XML edited is what ExcelJS itself wrote a moment before, never a file from outside. Only
 * the table parts, their sheets' relationships and the sheets that take rows are inflated; the
 * new package copies every other part's compressed bytes and deflates the changed ones with the
 * platform's deflater (`splice/archiveWriter.ts`), several times quicker than a deflater in
 * JavaScript on the large sheets a big tracker makes.
 */
import { dayFromDate, serialFromDay } from "../../model/dates";
import { formatRange, letters as columnLetters, parseRange } from "./a1";
import type { ArchivePart } from "./splice/archiveWriter";
import { writeArchive } from "./splice/archiveWriter";
import type { ZipEntry } from "./zipDirectory";
import { readDirectoryEnd, readZipEntries } from "./zipDirectory";
import { inflateEntry } from "./zipInflate";

/** Rows for one table, each in the table's column order. */
export interface PackageRows {
  /** The Excel table name. */
  readonly table: string;
  readonly rows: readonly (readonly unknown[])[];
}

/** A table part and the sheet it sits on. */
interface TablePlace {
  readonly tablePath: string;
  readonly sheetPath: string;
  readonly top: number;
  readonly left: number;
  readonly right: number;
  readonly bottom: number;
}

const TABLE_TAG = /<table\b[^>]*>/;

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** The parts of a package by name, and the text of one. */
class PackageText {
  private readonly entries: Map<string, ZipEntry>;

  constructor(private readonly bytes: Uint8Array) {
    this.entries = new Map(readZipEntries(bytes, readDirectoryEnd(bytes), Number.MAX_SAFE_INTEGER).map((e) => [e.name, e]));
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  /** The entry's text ("" when there is no such part). */
  async text(name: string): Promise<string> {
    const entry = this.entries.get(name);
    if (!entry) return "";
    const decoder = new TextDecoder("utf-8");
    const pieces: string[] = [];
    await inflateEntry(this.bytes, entry, (chunk) => pieces.push(decoder.decode(chunk, { stream: true })));
    pieces.push(decoder.decode());
    return pieces.join("");
  }

  /** The package with `written` parts in place of theirs, every other part copied as it is. */
  write(written: ReadonlyMap<string, string | Uint8Array>): Promise<Uint8Array> {
    const parts: ArchivePart[] = [...this.entries].map(([name, kept]) => {
      const content = written.get(name);
      return content === undefined ? { name, kept } : { name, content };
    });
    return writeArchive(this.bytes, parts);
  }
}

/** Where each table of the package is, by table name (lower case). */
async function tablePlaces(zip: PackageText): Promise<Map<string, TablePlace>> {
  const sheetOfTable = new Map<string, string>();
  for (const path of zip.names().filter((p) => /^xl\/worksheets\/_rels\/[^/]+\.rels$/.test(p))) {
    const rels = await zip.text(path);
    const sheet = path.replace("/_rels/", "/").replace(/\.rels$/, "");
    for (const match of rels?.matchAll(/Target="\.\.\/tables\/([^"]+)"/g) ?? []) sheetOfTable.set(`xl/tables/${match[1]}`, sheet);
  }
  const places = new Map<string, TablePlace>();
  for (const [tablePath, sheetPath] of sheetOfTable) {
    const tag = TABLE_TAG.exec(await zip.text(tablePath))?.[0] ?? "";
    const name = attribute(tag, "name");
    const range = parseRange(attribute(tag, "ref") ?? "");
    if (name && range) places.set(name.toLowerCase(), { tablePath, sheetPath, ...range });
  }
  return places;
}

/** Characters XML 1.0 cannot hold; Excel writes them as `_xHHHH_`. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point.
const INVALID_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** Any character `escapeText` changes. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point.
const NEEDS_ESCAPING = /[&<>\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/;

/** Cell text as XML element content: markup escaped, characters XML cannot hold as Excel's `_xHHHH_`. */
export function escapeText(text: string): string {
  // Most text needs nothing: one test instead of four replacements.
  if (!NEEDS_ESCAPING.test(text)) return text;
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(INVALID_XML, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

/** One cell's XML, or "" for a blank cell without a style. */
function cellXml(ref: string, value: unknown, style: string | undefined): string {
  const s = style === undefined ? "" : ` s="${style}"`;
  if (value instanceof Date) {
    const day = dayFromDate(value);
    return day === undefined ? (s ? `<c r="${ref}"${s}/>` : "") : `<c r="${ref}"${s}><v>${serialFromDay(day)}</v></c>`;
  }
  if (typeof value === "number" && Number.isFinite(value)) return `<c r="${ref}"${s}><v>${value}</v></c>`;
  if (typeof value === "boolean") return `<c r="${ref}"${s} t="b"><v>${value ? 1 : 0}</v></c>`;
  if (typeof value === "string" && value !== "") return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeText(value)}</t></is></c>`;
  return s ? `<c r="${ref}"${s}/>` : "";
}

/** The style of each column's cell in the template's empty row (by column letters). */
function rowStyles(rowXml: string): Map<string, string> {
  const styles = new Map<string, string>();
  for (const match of rowXml.matchAll(/<c\b[^>]*>/g)) {
    const ref = attribute(match[0], "r");
    const style = attribute(match[0], "s");
    if (ref && style) styles.set(ref.replace(/\d+$/, ""), style);
  }
  return styles;
}

/** Rows encoded together before their text is dropped: pieces of some 100-300 KB of XML. */
const ROWS_PER_PIECE = 1_000;

/**
 * The rows' XML as UTF-8, in pieces: the text of a few rows at a time is encoded and let go, so
 * a sheet of 200,000 rows never exists as one string (built cell by cell and then copied by
 * every edit, it kept the collector busy longer than building it took).
 */
function rowsXml(place: TablePlace, rows: readonly (readonly unknown[])[], styles: ReadonlyMap<string, string>): Uint8Array[] {
  const columns = Array.from({ length: place.right - place.left + 1 }, (_, i) => columnLetters(place.left + i));
  const cellStyles = columns.map((letter) => styles.get(letter));
  const encoder = new TextEncoder();
  const pieces: Uint8Array[] = [];
  let batch: string[] = [];
  rows.forEach((cells, i) => {
    const r = place.top + 1 + i;
    let xml = `<row r="${r}">`;
    for (let c = 0; c < columns.length; c++) xml += cellXml(`${columns[c]}${r}`, cells[c], cellStyles[c]);
    batch.push(`${xml}</row>`);
    if (batch.length === ROWS_PER_PIECE) {
      pieces.push(encoder.encode(batch.join("")));
      batch = [];
    }
  });
  if (batch.length > 0) pieces.push(encoder.encode(batch.join("")));
  return pieces;
}

/** The pieces joined into one array. */
function joined(pieces: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const piece of pieces) {
    out.set(piece, at);
    at += piece.byteLength;
  }
  return out;
}

/**
 * A fresh table's sheet with `rows` in place of its empty row, as UTF-8. The sheet's own XML
 * (small: ExcelJS wrote it with one empty row) is edited as text around the rows' place; the
 * rows are written as bytes straight into it.
 */
function sheetWithRows(sheetXml: string, place: TablePlace, rows: readonly (readonly unknown[])[], bottom: number): Uint8Array {
  const first = place.top + 1;
  let xml = sheetXml.replace(/<dimension ref="([^"]*)"\/>/, (whole, ref: string) => {
    const range = parseRange(ref);
    return range ? `<dimension ref="${formatRange({ ...range, right: Math.max(range.right, place.right), bottom: Math.max(range.bottom, bottom) })}"/>` : whole;
  });
  // Each dropdown of the empty row grows down its column.
  xml = xml.replace(/(<dataValidation\b[^>]*\ssqref=")([^"]*)"/g, (_whole, head: string, sqref: string) => {
    const grown = sqref
      .split(/\s+/)
      .map((ref) => {
        const range = parseRange(ref);
        return range && range.top === first && range.bottom === first && range.left >= place.left && range.right <= place.right ? formatRange({ ...range, bottom }) : ref;
      })
      .join(" ");
    return `${head}${grown}"`;
  });
  const emptyRow = new RegExp(`<row\\b[^>]*\\br="${first}"[^>]*?(?:/>|>[\\s\\S]*?</row>)`).exec(xml);
  // A row already written below the template's empty one means the table is not fresh.
  if (new RegExp(`<row\\b[^>]*\\br="${first + 1}"`).test(xml)) throw new Error(`the table on ${place.sheetPath} already has rows`);
  if (emptyRow && /<v>|<is>|<f>/.test(emptyRow[0])) throw new Error(`the table on ${place.sheetPath} already has rows`);
  const [before, after] = aroundRows(xml, emptyRow, place.sheetPath);
  const encoder = new TextEncoder();
  return joined([encoder.encode(before), ...rowsXml(place, rows, rowStyles(emptyRow?.[0] ?? "")), encoder.encode(after)]);
}

/** The sheet's XML before and after where the rows go: in place of the empty row, else at the end of its data. */
function aroundRows(xml: string, emptyRow: RegExpExecArray | null, sheetPath: string): [string, string] {
  if (emptyRow) return [xml.slice(0, emptyRow.index), xml.slice(emptyRow.index + emptyRow[0].length)];
  const end = /<\/sheetData>|<sheetData\/>/.exec(xml);
  if (!end) throw new Error(`the sheet ${sheetPath} has no sheetData`);
  if (end[0] === "<sheetData/>") return [`${xml.slice(0, end.index)}<sheetData>`, `</sheetData>${xml.slice(end.index + end[0].length)}`];
  return [xml.slice(0, end.index), xml.slice(end.index)];
}

/** The table part with its range (and its filter's) grown to `bottom`. */
function tableWithBottom(tableXml: string, place: TablePlace, bottom: number): string {
  const ref = formatRange({ top: place.top, left: place.left, right: place.right, bottom });
  return tableXml.replace(TABLE_TAG, (tag) => tag.replace(/\sref="[^"]*"/, ` ref="${ref}"`)).replace(/(<autoFilter\b[^>]*\s)ref="[^"]*"/, `$1ref="${ref}"`);
}

/**
 * The package `bytes` with `additions` written into their tables. Rejects when a table is
 * missing or not fresh (a header and one empty row); the bytes given are never changed.
 */
export async function writeRowsIntoPackage(bytes: Uint8Array, additions: readonly PackageRows[]): Promise<Uint8Array> {
  const zip = new PackageText(bytes);
  const places = await tablePlaces(zip);
  const written = new Map<string, string | Uint8Array>();
  const current = async (name: string): Promise<string> => {
    const done = written.get(name);
    // A second table on a sheet already given rows (the template puts none so) reads it back.
    return done === undefined ? zip.text(name) : typeof done === "string" ? done : new TextDecoder().decode(done);
  };
  for (const { table, rows } of additions) {
    if (rows.length === 0) continue;
    const place = places.get(table.toLowerCase());
    if (!place) throw new Error(`the workbook has no table ${table}`);
    if (place.bottom !== place.top + 1) throw new Error(`the table ${table} is not as the template makes it (one empty row)`);
    const bottom = place.top + rows.length;
    written.set(place.sheetPath, sheetWithRows(await current(place.sheetPath), place, rows, bottom));
    written.set(place.tablePath, tableWithBottom(await current(place.tablePath), place, bottom));
  }
  return zip.write(written);
}
