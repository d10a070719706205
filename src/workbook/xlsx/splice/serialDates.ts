/**
 * ExcelJS 4.4 reads a cell stored with `t="d"` (an ISO 8601 date in `<v>`, see `isoDates.ts`)
 * as `parseFloat` of its text: `2026-01-28` becomes the number 2026 (1905-07-18 in a date
 * cell), and a save through ExcelJS would write that number back. So ExcelJS loads a copy of
 * the package in which each such cell holds the serial of the date written, as Excel itself
 * saves it; the cell keeps its style, so it reads as a date where its format shows one, and a
 * sheet the tool rewrites is saved with the right date. Text that is no ISO date stays text
 * (the engine reports it at its cell), never a number. Sheets without such cells are copied as
 * they are.
 */
import { isWorksheetPart } from "../partParser";
import { isoDateSerial } from "../isoDates";
import { readDirectoryEnd, readZipEntries } from "../zipDirectory";
import type { ArchivePart } from "./archiveWriter";
import { writeArchive } from "./archiveWriter";
import { PackageGraph } from "./packageGraph";
import { decodeXml, encodeXml } from "./xmlText";

/** A `t` attribute of value `d`, anywhere in a part (the quick test before reading its cells). */
const ANY_DATE_TYPE = /\st\s*=\s*["']d["']/;
/** The same inside one start tag's attributes. */
const DATE_TYPE = /\st\s*=\s*(["'])d\1/;
/** A cell's start tag: prefix, attributes, and "/" when it has no content. */
const CELL_START = /<([\w.-]+:)?c(?=[\s/>])([^>]*?)(\/?)>/g;

/** The text of a `<v>` element's content: entities decoded, CDATA unwrapped. */
function valueText(content: string): string {
  return content.replace(/<!\[CDATA\[([\s\S]*?)\]\]>|([^<]+)/g, (_, cdata: string | undefined, text: string | undefined) => cdata ?? decodeXml(text ?? ""));
}

/** One `t="d"` cell as ExcelJS should read it: `attributes` are its start tag's, `inner` what it holds. */
function rewrittenCell(prefix: string, attributes: string, inner: string, date1904: boolean): string {
  const value = new RegExp(`<([\\w.-]+:)?v(?:\\s[^>]*)?>([\\s\\S]*?)</([\\w.-]+:)?v>`).exec(inner);
  const withoutType = attributes.replace(DATE_TYPE, "");
  if (!value) return `<${prefix}c${withoutType}>${inner}</${prefix}c>`;
  const text = valueText(value[2]);
  const serial = isoDateSerial(text, date1904);
  const before = inner.slice(0, value.index);
  const after = inner.slice(value.index + value[0].length);
  if (serial !== undefined) return `<${prefix}c${withoutType}>${before}<${value[1] ?? ""}v>${serial}</${value[3] ?? ""}v>${after}</${prefix}c>`;
  // Not a date: a formula keeps it as its text result, a value becomes inline text.
  if (new RegExp(`<([\\w.-]+:)?f[\\s/>]`).test(inner)) return `<${prefix}c${withoutType} t="str">${before}<${value[1] ?? ""}v>${encodeXml(text)}</${value[3] ?? ""}v>${after}</${prefix}c>`;
  return `<${prefix}c${withoutType} t="inlineStr"><${prefix}is><${prefix}t xml:space="preserve">${encodeXml(text)}</${prefix}t></${prefix}is></${prefix}c>`;
}

/** A worksheet's XML with its `t="d"` cells as ExcelJS should read them; undefined when it has none. */
export function withSerialDateCells(xml: string, date1904: boolean): string | undefined {
  if (!ANY_DATE_TYPE.test(xml)) return undefined;
  const out: string[] = [];
  let copied = 0;
  CELL_START.lastIndex = 0;
  for (let match = CELL_START.exec(xml); match !== null; match = CELL_START.exec(xml)) {
    const [tag, prefixOrNone, attributes, empty] = match;
    if (!DATE_TYPE.test(attributes)) continue;
    const prefix = prefixOrNone ?? "";
    const open = match.index + tag.length;
    const close = empty === "/" ? open : xml.indexOf(`</${prefix}c>`, open);
    if (close < 0) break;
    const end = empty === "/" ? open : close + prefix.length + 4;
    out.push(xml.slice(copied, match.index), empty === "/" ? `<${prefix}c${attributes.replace(DATE_TYPE, "")}/>` : rewrittenCell(prefix, attributes, xml.slice(open, close), date1904));
    copied = end;
    CELL_START.lastIndex = end;
  }
  out.push(xml.slice(copied));
  return out.join("");
}

/**
 * The package as ExcelJS should load it: every worksheet's `t="d"` cells hold their serials
 * (`withSerialDateCells`). Undefined when no sheet has such a cell, so it is loaded as it is.
 */
export async function withSerialDates(bytes: Uint8Array): Promise<Uint8Array | undefined> {
  const graph = await PackageGraph.open(bytes);
  const edited = new Map<string, string>();
  const workbookPart = graph.partName("xl/workbook.xml");
  const workbook = workbookPart === undefined ? "" : ((await graph.text(workbookPart)) ?? "");
  const date1904 = /<([\w.-]+:)?workbookPr\s[^>]*\bdate1904\s*=\s*["'](1|true)["']/.test(workbook);
  for (const sheet of graph.names().filter(isWorksheetPart)) {
    const rewritten = withSerialDateCells((await graph.text(sheet)) ?? "", date1904);
    if (rewritten !== undefined) edited.set(sheet, rewritten);
  }
  if (edited.size === 0) return undefined;
  const parts: ArchivePart[] = readZipEntries(bytes, readDirectoryEnd(bytes), Number.MAX_SAFE_INTEGER).map((entry) => {
    const content = edited.get(entry.name.replace(/^\//, ""));
    return content === undefined ? { name: entry.name, kept: entry } : { name: entry.name.replace(/^\//, ""), content };
  });
  return writeArchive(bytes, parts);
}
