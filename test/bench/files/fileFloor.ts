/**
 * The floor of reading a plan workbook: the least work any reader of the file must do. The
 * sheets and the shared strings are inflated (Node's native zlib, one part at a time) and one
 * pass of `indexOf` pulls every cell value out of the XML: each `<v>` as a number, each `<t>`
 * as a string. Nothing is typed, unescaped, styled or placed. A reader's time over this one is
 * the price of reading the file right.
 */
import { inflateRawSync } from "node:zlib";
import { entryDataStart, readDirectoryEnd, readZipEntries } from "../../../src/workbook/xlsx/zipDirectory";

/** What the floor pass found; returned so that the work cannot be optimised away. */
export interface FileFloorResult {
  /** Values pulled out (`<v>` and `<t>` elements). */
  readonly values: number;
  /** The sum of the numeric values. */
  readonly sum: number;
  /** Characters of the text values. */
  readonly textChars: number;
}

const SHEET_OR_STRINGS = /^xl\/(worksheets\/[^/]+\.xml|sharedStrings\.xml)$/;

/**
 * The XML is decoded and scanned in pieces of this many bytes. A string of 128 KB or more goes
 * to V8's large-object space, in memory mapped for it alone, which costs a page fault per 4 KB
 * on this project's machines: decoding a 100 MB sheet as one string took 2.2-2.6 s for the
 * whole plan where pieces take 1.6-1.7 s. The readers measured against this floor decode in
 * pieces too (`zipInflate.ts`), so the floor does not pay a cost they avoid.
 */
const PIECE_BYTES = 64 * 1024;

/** Where a piece of XML may be cut so that no value is split: after its last cell or shared string. */
function lastWholeEnd(xml: string): number {
  const cell = xml.lastIndexOf("</c>");
  const item = xml.lastIndexOf("</si>");
  return Math.max(cell < 0 ? 0 : cell + 4, item < 0 ? 0 : item + 5);
}

/** Pulls every value out of `xml` into `into`. */
function pullValues(xml: string, into: { values: number; sum: number; textChars: number }): void {
  for (let at = xml.indexOf("<v>"); at >= 0; at = xml.indexOf("<v>", at)) {
    const end = xml.indexOf("</v>", at);
    into.sum += Number(xml.slice(at + 3, end)) || 0;
    into.values++;
    at = end;
  }
  for (let at = xml.indexOf("<t"); at >= 0; at = xml.indexOf("<t", at + 2)) {
    const open = xml.indexOf(">", at);
    if (xml.charCodeAt(at + 2) !== 62 && xml.charCodeAt(at + 2) !== 32) continue;
    const end = xml.indexOf("</t>", open);
    into.textChars += xml.slice(open + 1, end).length;
    into.values++;
    at = end;
  }
}

/**
 * Inflates the sheets and shared strings of `bytes` and pulls out every value. `sample`, when
 * given, is called once each part is inflated, when the floor holds the most memory.
 */
export function fileFloor(bytes: Uint8Array, sample: () => void = () => undefined): FileFloorResult {
  const entries = readZipEntries(bytes, readDirectoryEnd(bytes), Number.MAX_SAFE_INTEGER);
  const found = { values: 0, sum: 0, textChars: 0 };
  for (const entry of entries) {
    if (!SHEET_OR_STRINGS.test(entry.name)) continue;
    const start = entryDataStart(bytes, entry);
    const data = bytes.subarray(start, start + entry.compressedSize);
    const inflated = entry.method === 0 ? data : inflateRawSync(data);
    sample();
    const decoder = new TextDecoder("utf-8");
    let rest = "";
    for (let at = 0; at < inflated.byteLength; at += PIECE_BYTES) {
      const xml = rest + decoder.decode(inflated.subarray(at, at + PIECE_BYTES), { stream: true });
      const cut = lastWholeEnd(xml);
      pullValues(cut === xml.length ? xml : xml.slice(0, cut), found);
      rest = xml.slice(cut);
    }
    pullValues(rest + decoder.decode(), found);
  }
  return found;
}
