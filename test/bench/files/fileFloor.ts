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

/** Inflates the sheets and shared strings of `bytes` and pulls out every value. */
export function fileFloor(bytes: Uint8Array): FileFloorResult {
  const entries = readZipEntries(bytes, readDirectoryEnd(bytes), Number.MAX_SAFE_INTEGER);
  let values = 0;
  let sum = 0;
  let textChars = 0;
  for (const entry of entries) {
    if (!SHEET_OR_STRINGS.test(entry.name)) continue;
    const start = entryDataStart(bytes, entry);
    const data = bytes.subarray(start, start + entry.compressedSize);
    const xml = (entry.method === 0 ? Buffer.from(data) : inflateRawSync(data)).toString("utf8");
    for (let at = xml.indexOf("<v>"); at >= 0; at = xml.indexOf("<v>", at)) {
      const end = xml.indexOf("</v>", at);
      sum += Number(xml.slice(at + 3, end)) || 0;
      values++;
      at = end;
    }
    for (let at = xml.indexOf("<t"); at >= 0; at = xml.indexOf("<t", at + 2)) {
      const open = xml.indexOf(">", at);
      if (xml.charCodeAt(at + 2) !== 62 && xml.charCodeAt(at + 2) !== 32) continue;
      const end = xml.indexOf("</t>", open);
      textChars += xml.slice(open + 1, end).length;
      values++;
      at = end;
    }
  }
  return { values, sum, textChars };
}
