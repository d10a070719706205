/**
 * Excel's escape for characters an XML attribute or text cannot hold as typed: `_xHHHH_`, the
 * UTF-16 code in hex. A header typed with Alt+Enter is stored as the table column name
 * `MDF_x000a_requested`; a literal "_x" is itself escaped (`_x005F_x...`), so one pass decodes it.
 */

/** `text` with Excel's `_xHHHH_` escapes decoded ("MDF_x000a_requested" -> "MDF\nrequested"). */
export function decodeExcelEscapes(text: string): string {
  return text.includes("_x") ? text.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : text;
}
