/**
 * CSV text (RFC 4180: comma separated, CRLF lines, quotes doubled). Text that a spreadsheet
 * would run as a formula (starting with =, +, -, @) is prefixed with an apostrophe, so opening
 * a report built from a partner's data cannot execute anything.
 */

/** A CSV cell value: numbers as written, null as an empty cell. */
export type CsvValue = string | number | null;

function field(value: CsvValue): string {
  if (value === null) return "";
  if (typeof value === "number") return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A CSV document with a header line; starts with a UTF-8 BOM so Excel reads accents right. */
export function csv(headers: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  const lines = [headers, ...rows].map((row) => row.map(field).join(","));
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
