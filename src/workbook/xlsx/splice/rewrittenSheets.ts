/**
 * The parts ExcelJS wrote for the sheets this writer rewrites, renumbered into the original
 * package: cell formats and shared strings point into the original's styles and strings
 * (`StylesMerge`, `SharedStringsMerge`), differential formats likewise, and tables get ids no
 * kept table uses; data validations that ExcelJS split over overlapping ranges are joined again
 * (`validationRanges.ts`). ExcelJS writes these parts without prefixes and with its attributes
 * in a fixed order, so the edits are plain text replacements over the XML it just made.
 */
import type { SharedStringsMerge } from "./sharedStringsMerge";
import type { StylesMerge } from "./stylesMerge";
import { mergedValidations } from "./validationRanges";

/** A worksheet part written by ExcelJS, pointing into the original's styles and strings. */
export function renumberSheet(xml: string, styles: StylesMerge, strings: SharedStringsMerge): string {
  return mergedValidations(xml)
    .replace(/<c\b([^>]*?)\st="s"([^>]*)><v>(\d+)<\/v>/g, (_, before: string, after: string, id: string) => `<c${before} t="s"${after}><v>${strings.stringIndex(Number(id))}</v>`)
    .replace(/(<(?:c|row)\b[^>]*?\ss=")(\d+)"/g, (_, head: string, xf: string) => `${head}${styles.cellFormat(Number(xf))}"`)
    .replace(/(<col\b[^>]*?\sstyle=")(\d+)"/g, (_, head: string, xf: string) => `${head}${styles.cellFormat(Number(xf))}"`)
    .replace(/(\sdxfId=")(\d+)"/g, (_, head: string, dxf: string) => `${head}${styles.differentialFormat(Number(dxf))}"`);
}

/** A table part written by ExcelJS, with id `id` and its differential formats in the original's list. */
export function renumberTable(xml: string, id: number, styles: StylesMerge): string {
  return xml
    .replace(/(<table\b[^>]*?\sid=")\d+"/, `$1${id}"`)
    .replace(/(\s\w*[dD]xfId=")(\d+)"/g, (_, head: string, dxf: string) => `${head}${styles.differentialFormat(Number(dxf))}"`);
}
