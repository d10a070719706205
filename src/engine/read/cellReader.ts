/**
 * The cell reader the engine uses: fast paths for the shapes nearly every cell has — a number
 * in a money or date column, a template spelling in an enum column, plain text — in front of
 * the complete readers of CellParser, which handle everything else and record the findings.
 *
 * The fast paths are kept short on purpose. The JavaScript engine copies a small method into
 * each loop that calls it; a method carrying all its rare cases with it made those loops about
 * three times slower on large plans (measured by `npm run bench`).
 */
import { dayFromSerial, MAX_EXCEL_SERIAL } from "../../model/dates";
import type { Day } from "../../model/dates";
import { unitsToCents } from "../../model/money";
import type { Cents } from "../../model/money";
import type { Maybe } from "../../model/plan";
import type { NumericFloor } from "../../model/schema";
import { CellParser } from "./cellParser";
import type { Slot } from "./cellParser";
import { isErrorLiteral } from "./cellValue";
import { NO_CODE } from "../store/activityColumns";
import type { IdDomain } from "../store/idDomain";
import { NO_ID } from "../store/idDomain";

export type { Slot } from "./cellParser";

/** True for a visible ASCII character: no kind of space. */
function isVisibleAscii(code: number): boolean {
  return code > 32 && code < 127;
}

/** `text.trim()`, without calling it when both ends are visible ASCII (the usual case, and then nothing would change). */
function trimmed(text: string): string {
  return isVisibleAscii(text.charCodeAt(0)) && isVisibleAscii(text.charCodeAt(text.length - 1)) ? text : text.trim();
}

/**
 * The trimmed text of an ID cell holding plain text (the usual case), or undefined — then
 * `CellReader.idString` reads the cell in full.
 */
export function plainIdText(raw: unknown): Maybe<string> {
  // A cell starting with # may be an error value, whatever text it shares with an ID.
  if (typeof raw !== "string" || raw.charCodeAt(0) === 35) return undefined;
  const text = trimmed(raw);
  return text === "" ? undefined : text;
}

/**
 * The spelling of an ID cell already met in `domain` (the usual case), or NO_ID — then
 * `CellReader.idIn` reads the cell in full.
 */
export function knownId(raw: unknown, domain: IdDomain): number {
  return typeof raw === "string" ? domain.known(raw) : NO_ID;
}

/**
 * True for the usual blank cells — empty text, nothing — which need no parsing. (Text of
 * spaces and blank rich text are blank too; the complete readers recognize those.)
 */
export function isEmptyCell(raw: unknown): boolean {
  return raw === "" || raw === undefined || raw === null;
}

/** Text of a cell holding plain text (the usual case), trimmed, or undefined — then `CellReader.text` reads it in full. */
export function plainText(raw: unknown): Maybe<string> {
  // Error text ("#N/A", as the Excel JavaScript API hands errors over) and blank text take the full path.
  if (typeof raw !== "string" || isErrorLiteral(raw)) return undefined;
  const text = trimmed(raw);
  return text === "" ? undefined : text;
}

/**
 * Cents of a money cell holding a number of whole cents within its column's floor (the usual
 * case), or NaN — then `CellReader.money` reads it in full (and notes digits below the cent).
 */
export function plainCents(raw: unknown, floor: NumericFloor | undefined): number {
  if (typeof raw !== "number" || !Number.isFinite(raw)) return NaN;
  const cents = unitsToCents(raw);
  return Number.isSafeInteger(cents) && cents / 100 === raw && (floor === undefined || (floor === "positive" ? cents > 0 : cents >= 0)) ? cents : NaN;
}

/** A number cell within its column's floor (the usual case), or NaN — then `CellReader.number` reads it in full. */
export function plainNumber(raw: unknown, floor: NumericFloor | undefined): number {
  if (typeof raw !== "number" || !Number.isFinite(raw)) return NaN;
  return floor === undefined || (floor === "positive" ? raw > 0 : raw >= 0) ? raw : NaN;
}

/** The day of a date cell holding a serial (the usual case), or NaN — then `CellReader.date` reads it in full. */
export function plainDay(raw: unknown): number {
  // NaN fails both comparisons.
  return typeof raw === "number" && raw >= 1 && raw <= MAX_EXCEL_SERIAL ? dayFromSerial(raw) : NaN;
}

/** The code of an enum cell spelled as the template spells it (the usual case), or undefined — then `CellReader.enumCode` reads it in full. */
export function plainCode(raw: unknown, spellings: readonly (string | undefined)[]): Maybe<number> {
  if (typeof raw !== "string") return undefined;
  // A handful of values: comparing them in turn beats hashing the cell's text.
  for (let code = 0; code < spellings.length; code++) if (spellings[code] === raw) return code;
  return undefined;
}

/** Reads the cells of one row at a time; `begin` moves it to the next row. */
export class CellReader extends CellParser {
  /** Free text; numbers, booleans and dates are shown as Excel would show them. */
  override text(slot: Slot): string {
    const raw = this.raw(slot);
    return plainText(raw) ?? (isEmptyCell(raw) ? (this.missing(slot), "") : super.text(slot));
  }

  /** Money in cents, rounded half away from zero; numeric text is used with a V09 warning. */
  override money(slot: Slot): Maybe<Cents> {
    const raw = this.raw(slot);
    const cents = plainCents(raw, slot.spec.floor);
    if (cents === cents) return cents;
    return isEmptyCell(raw) ? this.missing(slot) : super.money(slot);
  }

  /** A calendar day from a serial, a Date or date text (text gets a V09 warning). */
  override date(slot: Slot): Maybe<Day> {
    const raw = this.raw(slot);
    const day = plainDay(raw);
    if (day === day) return day;
    return isEmptyCell(raw) ? this.missing(slot) : super.date(slot);
  }

  /** The position of the cell's value among the column's allowed values, or NO_CODE. */
  override enumCode(slot: Slot, spellings = this.enumSpellings(slot)): number {
    const raw = this.raw(slot);
    return plainCode(raw, spellings) ?? (isEmptyCell(raw) ? (this.missing(slot), NO_CODE) : super.enumCode(slot));
  }

  /**
   * The allowed values of an enum column as the template spells them, the values `enumCode`
   * tries first; a caller reading a whole column passes them in rather than have each cell
   * look them up.
   */
  enumSpellings(slot: Slot): readonly (string | undefined)[] {
    return this.enumLookup(slot).exact;
  }

  /** An ID as text (trimmed), or undefined when blank or unreadable. Same rules as `id`. */
  idString(slot: Slot): Maybe<string> {
    const raw = this.raw(slot);
    return plainIdText(raw) ?? this.idText(slot, raw);
  }

  /** An ID interned in `domain`: its spelling, or NO_ID when blank or unreadable. Same rules as `id`. */
  idIn(slot: Slot, domain: IdDomain): number {
    const raw = this.raw(slot);
    const known = knownId(raw, domain);
    if (known !== NO_ID) return known;
    return isEmptyCell(raw) ? (this.missing(slot), NO_ID) : this.newId(slot, domain, raw);
  }

  /** An ID cell whose raw value was not met before in its domain. */
  private newId(slot: Slot, domain: IdDomain, raw: unknown): number {
    if (typeof raw === "string" && !isErrorLiteral(raw)) {
      const text = raw.trim();
      if (text !== "") return domain.add(text, raw);
    }
    const text = this.idText(slot, raw);
    return text === undefined ? NO_ID : domain.intern(text);
  }
}
