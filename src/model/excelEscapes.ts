/**
 * Excel's escape for characters an XML attribute or text cannot hold as typed: `_xHHHH_`, the
 * UTF-16 code in hex. A header typed with Alt+Enter is stored as the table column name
 * `MDF_x000a_requested`; a literal "_x" is itself escaped (`_x005F_x...`), so one pass decodes it.
 */

const ANY_CASE = /_x([0-9A-Fa-f]{4})_/g;
const UPPER_CASE = /_x([0-9A-F]{4})_/g;

/**
 * `text` with Excel's `_xHHHH_` escapes decoded ("MDF_x000a_requested" -> "MDF\nrequested").
 * `upperHexOnly` decodes as ExcelJS does in cell text (`_x000D_`, not `_x000d_`), so the streaming
 * reader gives the same text as it.
 */
export function decodeExcelEscapes(text: string, upperHexOnly = false): string {
  return text.includes("_x") ? text.replace(upperHexOnly ? UPPER_CASE : ANY_CASE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}
