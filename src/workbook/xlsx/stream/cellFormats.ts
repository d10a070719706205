/**
 * What a sheet's cells refer to: the shared strings (most text cells hold an index into them)
 * and, from the styles, which cell formats show a date. Excel stores a date as a number; only
 * its number format tells it from an amount, so a number in a date-formatted cell is read as a
 * date, exactly as the ExcelJS path reads it.
 */
import { decodeExcelEscapes } from "../../../model/excelEscapes";
import type { PackageParts } from "./packageParts";

/** The built-in number formats that can matter (Excel's own ids; others are not dates). */
const BUILT_IN_FORMATS: Readonly<Record<number, string>> = {
  14: "mm-dd-yy",
  15: "d-mmm-yy",
  16: "d-mmm",
  17: "mmm-yy",
  18: "h:mm AM/PM",
  19: "h:mm:ss AM/PM",
  20: "h:mm",
  21: "h:mm:ss",
  22: 'm/d/yy "h":mm',
  45: "mm:ss",
  46: "[h]:mm:ss",
  47: "mmss.0",
};

/** True for a number format that shows a date or time: a date letter outside quotes and brackets. */
export function isDateFormat(format: string): boolean {
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

/**
 * Excel's escape for characters XML cannot hold (`_x000D_`) in cell text, as the ExcelJS path
 * decodes it there: upper-case hex only, so both readers give the same text.
 */
export function decodeEscapes(text: string): string {
  return decodeExcelEscapes(text, true);
}

/**
 * Per cell format index: true when it shows a date. Format index 0 is never a date (it is
 * General in every workbook Excel writes, and the ExcelJS path ignores its format).
 */
export async function readDateStyles(parts: PackageParts, part: string | undefined): Promise<boolean[]> {
  if (part === undefined) return [];
  const custom = new Map<string, string>();
  const formatIds: string[] = [];
  let inCellFormats = false;
  await parts.read(part, {
    open(name, a) {
      if (name === "numFmt" && a.numFmtId !== undefined) custom.set(a.numFmtId, a.formatCode ?? "");
      else if (name === "cellXfs") inCellFormats = true;
      else if (name === "xf" && inCellFormats) formatIds.push(a.numFmtId ?? "0");
    },
    close(name) {
      if (name === "cellXfs") inCellFormats = false;
    },
  });
  return formatIds.map((id, index) => {
    if (index === 0 || Number(id) === 0) return false;
    const format = custom.get(id) ?? BUILT_IN_FORMATS[Number(id)];
    return format !== undefined && isDateFormat(format);
  });
}

/**
 * The shared strings: each `<si>` as its text, rich text runs joined, phonetic guides left out.
 */
export async function readSharedStrings(parts: PackageParts, part: string | undefined): Promise<string[]> {
  if (part === undefined) return [];
  const strings: string[] = [];
  let current: string[] | undefined;
  let inText = false;
  let phonetic = 0;
  await parts.read(part, {
    open(name) {
      if (name === "si") current = [];
      else if (name === "rPh") phonetic++;
      else if (name === "t" && phonetic === 0) inText = current !== undefined;
    },
    text(text) {
      if (inText) current?.push(text);
    },
    close(name) {
      if (name === "t") inText = false;
      else if (name === "rPh") phonetic--;
      else if (name === "si" && current) {
        strings.push(decodeEscapes(current.join("")));
        current = undefined;
      }
    },
  });
  return strings;
}
