/**
 * Fingerprints of rows and cells, so a merge can tell which side changed a row since its pack
 * was made. A cell is reduced to a canonical text first, the way a person reads it: surrounding
 * spaces do not count, 1200 typed as text equals the number 1200, and a date equals its ISO
 * text. The hash is FNV-1a over 64 bits: a change detector, not a seal (a partner file can say
 * anything; the merge rules, not the hashes, keep the vendor's columns safe).
 */
import { plainOf } from "../read/cellValue";

/**
 * The 64-bit FNV-1a hash of a text's UTF-16 code units, as 16 hex digits. The 64-bit state is
 * kept in two 32-bit halves so no BigInt is needed: the prime is 2^40 + 0x1b3, so a product is
 * the state times 0x1b3 plus the low word shifted 40 bits up (8 bits into the high word).
 */
export function hashText(text: string): string {
  let lo = 0x84222325;
  let hi = 0xcbf29ce4;
  for (let i = 0; i < text.length; i++) {
    lo = (lo ^ text.charCodeAt(i)) >>> 0;
    const low = lo * 0x1b3;
    hi = (hi * 0x1b3 + Math.floor(low / 0x100000000) + ((lo << 8) >>> 0)) >>> 0;
    lo = low >>> 0;
  }
  return hi.toString(16).padStart(8, "0") + lo.toString(16).padStart(8, "0");
}

function dateText(date: Date): string {
  const time = date.getTime();
  if (!Number.isFinite(time)) return "?date";
  // Whole seconds: a time stored as an Excel serial comes back a few microseconds off.
  const iso = new Date(Math.round(time / 1000) * 1000).toISOString();
  return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso.slice(0, 19);
}

/** The canonical text of a raw cell value; blank cells (and spaces only) are "". */
export function canonicalCell(raw: unknown): string {
  const plain = plainOf(raw);
  switch (plain.kind) {
    case "blank":
      return "";
    case "error":
      return plain.error;
    case "unreadable":
      return `?${plain.shown}`;
    case "value": {
      const value = plain.value;
      if (typeof value === "string") return value.trim();
      if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
      if (value instanceof Date) return dateText(value);
      return Object.is(value, -0) ? "0" : String(value);
    }
  }
}

/** The fingerprint of one cell. */
export function cellFingerprint(raw: unknown): string {
  return hashText(canonicalCell(raw));
}

/**
 * The fingerprint of a row: its cells in the order of `keys` (the schema's column keys), a
 * missing column counting as blank.
 */
export function rowFingerprint(cells: ReadonlyMap<string, unknown>, keys: readonly string[]): string {
  // JSON keeps the join unambiguous whatever the cells hold.
  return hashText(JSON.stringify(keys.map((key) => canonicalCell(cells.get(key)))));
}

/** Cell values as a report shows them: JSON-safe, dates as ISO text, blanks as null. */
export type ShownValue = string | number | boolean | null;

/** A raw cell value for a report. */
export function shownValue(raw: unknown): ShownValue {
  const plain = plainOf(raw);
  switch (plain.kind) {
    case "blank":
      return null;
    case "error":
      return plain.error;
    case "unreadable":
      return plain.shown;
    case "value":
      return plain.value instanceof Date ? dateText(plain.value) : plain.value;
  }
}
