/**
 * Tracker cells read the way the engine reads plan cells (`src/engine`): numbers, numbers typed
 * as text ("$12,500", "12,500.00 USD", "(300)"), Excel dates and serials, date text ("3/15/2026",
 * "15 Mar 2026", "2026-03-15"). The importer writes what it reads as real numbers and dates, so
 * the plan it makes holds clean cells; a cell it cannot read is copied as it is, and the engine
 * then reports it at its plan cell.
 */
import { plainOf } from "../../../engine/read/cellValue";
import { serialText } from "../../../engine/read/cellVocabulary";
import { numericTextValue, parseNumericText } from "../../../engine/read/numericText";
import { dayFromDate, dayFromSerial, dayFromText, MAX_EXCEL_SERIAL } from "../../../model/dates";
import type { Day } from "../../../model/dates";
import { decimalToCents, unitsToCents } from "../../../model/money";
import type { Cents } from "../../../model/money";
import type { TrackerField } from "./fields";
import { fieldKind } from "./fields";

/** What a cell holds, read as one kind of value. */
export type Read<T> =
  | { readonly kind: "blank" }
  | { readonly kind: "value"; readonly value: T; readonly fromText: boolean }
  | { readonly kind: "invalid"; readonly raw: unknown };

const BLANK = { kind: "blank" } as const;

function invalid(raw: unknown): { kind: "invalid"; raw: unknown } {
  return { kind: "invalid", raw };
}

/** An amount in cents (half away from zero), as the engine reads money. */
export function readCents(raw: unknown): Read<Cents> {
  const p = plainOf(raw);
  if (p.kind === "blank") return BLANK;
  if (p.kind !== "value") return invalid(raw);
  const v = p.value;
  if (typeof v === "number") return Number.isFinite(v) ? { kind: "value", value: unitsToCents(v), fromText: false } : invalid(raw);
  if (typeof v !== "string") return invalid(raw);
  const parsed = parseNumericText(v);
  if (!parsed || parsed.percent) return invalid(raw);
  const cents = decimalToCents(parsed.negative, parsed.integer, parsed.fraction);
  return cents === undefined ? invalid(raw) : { kind: "value", value: cents, fromText: true };
}

/** A plain number (a count of leads, say). */
export function readNumber(raw: unknown): Read<number> {
  const p = plainOf(raw);
  if (p.kind === "blank") return BLANK;
  if (p.kind !== "value") return invalid(raw);
  const v = p.value;
  if (typeof v === "number") return Number.isFinite(v) ? { kind: "value", value: v, fromText: false } : invalid(raw);
  if (typeof v !== "string") return invalid(raw);
  const parsed = parseNumericText(v);
  return parsed && !parsed.percent ? { kind: "value", value: numericTextValue(parsed), fromText: true } : invalid(raw);
}

/** A day: a Date, an Excel serial, or date text. */
export function readDay(raw: unknown): Read<Day> {
  const p = plainOf(raw);
  if (p.kind === "blank") return BLANK;
  if (p.kind !== "value") return invalid(raw);
  const v = p.value;
  if (v instanceof Date) {
    const day = dayFromDate(v);
    return day === undefined ? invalid(raw) : { kind: "value", value: day, fromText: false };
  }
  if (typeof v === "number") return v >= 1 && v <= MAX_EXCEL_SERIAL ? { kind: "value", value: dayFromSerial(v), fromText: false } : invalid(raw);
  if (typeof v !== "string") return invalid(raw);
  const day = dayFromText(v) ?? serialText(v);
  return day === undefined ? invalid(raw) : { kind: "value", value: day, fromText: true };
}

/** A cell's text, trimmed with inner spaces collapsed; numbers as they read; "" when blank. */
export function readText(raw: unknown): string {
  const p = plainOf(raw);
  if (p.kind !== "value") return "";
  const v = p.value;
  if (typeof v === "string") return v.trim().replace(/\s+/g, " ");
  if (v instanceof Date) return Number.isFinite(v.getTime()) ? v.toISOString().slice(0, 10) : "";
  if (typeof v === "number") return Number.isFinite(v) ? String(v) : "";
  return v ? "TRUE" : "FALSE";
}

/** Words a tracker holds where an amount is not known yet ("TBD", "n/a", "?"). */
const PLACEHOLDER = /^(?:tbd|tba|tbc|n\/?a|none|nil|pending|unknown|\?+)$/i;
/** An accounting dash: Excel's accounting format shows a zero so, and people type it for "nothing". */
const DASH = /^[-\u2013\u2014]+$/;

/** True when a cell holds only a dash ("-", "–", "—"): in an amount column, a blank. */
export function isDash(raw: unknown): boolean {
  return typeof raw === "string" && DASH.test(raw.trim());
}

/**
 * True when a cell holds a placeholder ("TBD", "n/a") or an Excel error (#N/A): in an amount
 * column, a cell to list for review, but no sign that the column holds something else.
 */
export function isPlaceholder(raw: unknown): boolean {
  const p = plainOf(raw);
  if (p.kind === "error") return true;
  return p.kind === "value" && typeof p.value === "string" && PLACEHOLDER.test(p.value.trim().replace(/\.$/, ""));
}

/** True when a cell reads as a number (numeric text included). */
export function looksNumeric(raw: unknown): boolean {
  return readNumber(raw).kind === "value";
}

/** Excel serials of 1954 to 2119: a number in this range in a date column is a date. */
const SERIAL_RANGE = { min: 20_000, max: 80_000 };

/** True when a cell reads as a date (a number only within the usual serial range). */
export function looksLikeDate(raw: unknown): boolean {
  const p = plainOf(raw);
  if (p.kind !== "value") return false;
  if (typeof p.value === "number") return p.value >= SERIAL_RANGE.min && p.value <= SERIAL_RANGE.max;
  if (typeof p.value === "boolean") return false;
  return readDay(raw).kind === "value";
}

/** A money or count cell as a number to add up: cents for money, the number for counts. */
export function totalledValue(field: TrackerField, raw: unknown): number | undefined {
  const read = fieldKind(field) === "money" ? readCents(raw) : readNumber(raw);
  return read.kind === "value" ? read.value : undefined;
}
