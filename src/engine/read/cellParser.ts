/**
 * The complete typed readers for the cells of one table. Each reads a raw value as its column's
 * type, records V01-V07 and V09 findings at the cell, and returns the value or undefined when it
 * cannot be read (which then counts as absent). CellReader (cellReader.ts) puts fast paths for
 * the usual cell shapes in front of these.
 */
import { dayFromDate, dayFromSerial, dayFromText, isoFromDay, MAX_EXCEL_SERIAL } from "../../model/dates";
import type { Day } from "../../model/dates";
import { isIsoCurrency } from "../../model/currencyCodes";
import { idKey } from "../../model/ids";
import { decimalToCents, numberDigits, unitsToCents } from "../../model/money";
import type { Cents } from "../../model/money";
import type { Id, Maybe, Share } from "../../model/plan";
import type { ColumnSpec, TableSpec } from "../../model/schema";
import { describe, plainOf } from "./cellValue";
import type { FindingSink } from "../findings/findingSink";
import { enumLookupOf, foldEnumText, NO, serialText, YES } from "./cellVocabulary";
import { NO_CODE } from "../store/activityColumns";
import type { EnumLookup } from "./cellVocabulary";
import { numericTextValue, parseNumericText } from "./numericText";
import type { NumericText } from "./numericText";
import { readContext } from "./readContext";
import { numberHint } from "./numberHint";
import { digitsRead, minorRead, unitsRead, withMark } from "./readAs";
import type { ReadContext } from "./readContext";

/** A schema column resolved to its position in the table (-1 when the table lacks it). */
export interface Slot {
  readonly spec: ColumnSpec;
  readonly index: number;
}

/** Reads the cells of one row at a time; `begin` moves it to the next row. */
export class CellParser {
  protected cells: readonly unknown[] = [];
  private row = 0;
  private partner: string | null = null;
  private readonly enumLookups = new Map<ColumnSpec, EnumLookup>();

  constructor(
    private readonly table: TableSpec,
    private readonly sink: FindingSink,
    /** The plan's number convention and where named currencies are noted (shared by the plan's readers). */
    protected readonly context: ReadContext = readContext(),
  ) {}

  /** Numeric text under the plan's convention; an amount naming its currency is noted for the conversion stage. */
  private numericText(slot: Slot, text: string): Maybe<NumericText> {
    const parsed = parseNumericText(text, this.context.convention);
    if (parsed !== undefined && parsed.currencyMark !== "") this.context.notes.add(this.table.name, this.row, slot.spec.key, parsed.currencyMark);
    return parsed;
  }

  /** The allowed values of an enum column, by spelling (cached per column). */
  protected enumLookup(slot: Slot): EnumLookup {
    return enumLookupOf(this.enumLookups, slot.spec);
  }

  /** Moves to a row: its cells and its sheet row number. */
  begin(cells: readonly unknown[], row: number): void {
    this.cells = cells;
    this.row = row;
    this.partner = null;
  }

  /** Sets the partner findings of this row are filed under (for filtering by partner). */
  setPartner(partner: Maybe<Id>): void {
    this.partner = partner?.text ?? null;
  }

  /** Sets the partner findings of this row are filed under, by its ID text (null: none). */
  setPartnerText(partner: string | null): void {
    this.partner = partner;
  }

  /** Records a finding at a column of the current row; returns its place in the sink. */
  report(code: Parameters<FindingSink["add"]>[0], slot: Slot, message: string): number {
    return this.sink.add(code, this.table, this.row, slot.spec.key, message, this.partner);
  }

  protected raw(slot: Slot): unknown {
    return slot.index < 0 ? undefined : this.cells[slot.index];
  }

  /** A blank cell: V01 when its column is required (and present). */
  protected missing(slot: Slot): undefined {
    if (slot.spec.required && slot.index >= 0) this.report("V01", slot, `${slot.spec.header} is required`);
    return undefined;
  }

  private errorValue(slot: Slot, error: string): undefined {
    this.report("V07", slot, `${slot.spec.header} shows the Excel error ${error}`);
    return undefined;
  }

  /**
   * V09 for text read as a number or a date, saying what it was read as (`read`: digits without
   * grouping, an ISO date), so a reader can see the plan's Number format was applied as meant.
   * "Read as", not "used as": a check after it may still refuse the value (V04, V06).
   */
  private storedAsText(slot: Slot, text: string, what: "number" | "date", read: string): number {
    return this.report("V09", slot, `${slot.spec.header} ${describe(text)} is a ${what} stored as text; it is read as ${read}`);
  }

  /** Free text; numbers, booleans and dates are shown as Excel would show them. */
  text(slot: Slot): string {
    const p = plainOf(this.raw(slot));
    if (p.kind === "blank") return (this.missing(slot), "");
    if (p.kind === "error") return (this.errorValue(slot, p.error), "");
    if (p.kind === "unreadable") {
      this.report("V05", slot, `${slot.spec.header} holds ${p.shown}, which is not text`);
      return "";
    }
    const v = p.value;
    if (typeof v === "string") return v.trim();
    if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
    if (v instanceof Date) return describe(v);
    return Number.isFinite(v) ? String(v) : "";
  }

  /** An ISO 4217 currency code, upper case; "" when blank or not a code (V05, whose message ends with `outcome`). */
  currencyCode(slot: Slot, outcome = "the plan currency is used"): string {
    const text = this.text(slot);
    if (text === "" || isIsoCurrency(text)) return text.toUpperCase();
    this.report("V05", slot, `${slot.spec.header} ${describe(text)} is not an ISO 4217 currency code; ${outcome}`);
    return "";
  }

  /** An ID: text or a whole number, compared trimmed and case-insensitively. */
  id(slot: Slot): Maybe<Id> {
    const raw = this.raw(slot);
    if (typeof raw === "string") {
      const text = raw.trim();
      if (text !== "" && text.charCodeAt(0) !== 35) return { text, key: idKey(text) };
    }
    const text = this.idText(slot, raw);
    return text === undefined ? undefined : { text, key: idKey(text) };
  }

  /** The slow path of an ID cell: its trimmed text, or undefined with the finding reported. */
  protected idText(slot: Slot, raw: unknown): Maybe<string> {
    const p = plainOf(raw);
    if (p.kind === "blank") return this.missing(slot);
    if (p.kind === "error") return this.errorValue(slot, p.error);
    if (p.kind === "value" && typeof p.value === "string") return p.value.trim();
    if (p.kind === "value" && typeof p.value === "number" && Number.isFinite(p.value)) return String(p.value);
    this.report("V05", slot, `${slot.spec.header} ${p.kind === "value" ? describe(p.value) : p.shown} is not a valid ID`);
    return undefined;
  }

  /** A finite number; numeric text is used with a V09 warning. */
  number(slot: Slot): Maybe<number> {
    return this.numberOf(slot, false);
  }

  /** `number`; `money` for an outcome's money Value, whose V09 says what is counted (`unitsText`). */
  private numberOf(slot: Slot, money: boolean): Maybe<number> {
    const raw = this.raw(slot);
    let value: number;
    if (typeof raw === "number") {
      value = raw;
    } else {
      const p = plainOf(raw);
      if (p.kind === "blank") return this.missing(slot);
      if (p.kind === "error") return this.errorValue(slot, p.error);
      if (p.kind === "value" && typeof p.value === "number") value = p.value;
      else if (p.kind === "value" && typeof p.value === "string") {
        const parsed = this.numericText(slot, p.value);
        if (!parsed) return this.notANumber(slot, p.value);
        value = numericTextValue(parsed);
        if (money && Number.isFinite(value)) this.unitsText(slot, p.value, parsed, value);
        // "500%" is used as 5: say so, not 500.
        else this.storedAsText(slot, p.value, "number", withMark(digitsRead(parsed.percent ? { ...parsed, ...numberDigits(value) } : parsed), parsed));
      } else return this.notANumber(slot, p.kind === "value" ? p.value : p.shown);
    }
    if (!Number.isFinite(value)) return this.notANumber(slot, value);
    return this.floorChecked(slot, value, value);
  }

  /**
   * The V09 of an outcome's money Value typed as text, read as `value`: counted to the cent for
   * now, restated by the conversion stage where its row's currency counts otherwise
   * (textAmounts.ts). Its digits are the number's at Excel's 15 (numberDigits), which the
   * count starts from (unitsToCents, ownUnit.ts convertUnits), not every digit typed.
   */
  private unitsText(slot: Slot, text: string, parsed: NumericText, value: number): void {
    const counted: NumericText = { ...parsed, ...numberDigits(value), percent: false };
    const finding = this.storedAsText(slot, text, "number", unitsRead(counted, 2) ?? withMark(digitsRead(parsed), parsed));
    this.context.texts.add(this.table.name, this.row, slot.spec.key, counted, finding, true);
  }

  /**
   * A number that is an amount of money (an outcome's Revenue or Pipeline value): as `number`,
   * and its cents must be exact (at most 2^53), else V02: a sum could not be right to the cent.
   */
  amount(slot: Slot): Maybe<number> {
    const value = this.numberOf(slot, true);
    if (value === undefined || Number.isSafeInteger(unitsToCents(value))) return value;
    return this.tooLarge(slot, value);
  }

  /** V02 for an amount whose cents pass 2^53: a sum of it could not be right to the cent. */
  private tooLarge(slot: Slot, value: unknown): undefined {
    this.report("V02", slot, `${slot.spec.header} ${describe(value)} is too large to count to the cent`);
    return undefined;
  }

  /** A whole number >= 0. */
  count(slot: Slot): Maybe<number> {
    const value = this.number(slot);
    if (value === undefined) return undefined;
    if (value < 0) {
      this.report("V04", slot, `${slot.spec.header} ${value} cannot be negative`);
      return undefined;
    }
    if (!Number.isInteger(value)) {
      this.report("V02", slot, `${slot.spec.header} ${value} is not a whole number`);
      return undefined;
    }
    return value;
  }

  /** Money in cents, rounded half away from zero; numeric text is used with a V09 warning. */
  money(slot: Slot): Maybe<Cents> {
    const raw = this.raw(slot);
    let cents: Maybe<Cents>;
    if (typeof raw === "number") {
      if (!Number.isFinite(raw)) return this.notANumber(slot, raw);
      cents = this.numberCents(slot, raw);
    } else {
      const p = plainOf(raw);
      if (p.kind === "blank") return this.missing(slot);
      if (p.kind === "error") return this.errorValue(slot, p.error);
      if (p.kind === "value" && typeof p.value === "number") {
        if (!Number.isFinite(p.value)) return this.notANumber(slot, p.value);
        cents = this.numberCents(slot, p.value);
      } else if (p.kind === "value" && typeof p.value === "string") {
        const parsed = this.numericText(slot, p.value);
        if (!parsed || parsed.percent) return this.notANumber(slot, p.value);
        cents = decimalToCents(parsed.negative, parsed.integer, parsed.fraction);
        if (cents === undefined) return this.notANumber(slot, p.value);
        this.context.fine.text(this.table.name, this.row, slot.spec.key, parsed);
        // To the cent for now: the conversion stage restates it where the row's currency counts otherwise (textAmounts.ts).
        const finding = this.storedAsText(slot, p.value, "number", minorRead(cents, 2, parsed));
        this.context.texts.add(this.table.name, this.row, slot.spec.key, parsed, finding);
      } else return this.notANumber(slot, p.kind === "value" ? p.value : p.shown);
    }
    if (!Number.isSafeInteger(cents)) return this.tooLarge(slot, raw);
    return this.floorChecked(slot, cents, cents / 100);
  }

  /** A number amount's cents; digits below the cent are noted (fineAmounts.ts). */
  private numberCents(slot: Slot, units: number): Cents {
    const cents = unitsToCents(units);
    this.context.fine.number(this.table.name, this.row, slot.spec.key, units, cents);
    return cents;
  }

  /**
   * A percent as a share of 1. Numbers in [0, 1] are Excel's stored fractions (50 % is 0.5);
   * numbers above 1 up to 100 are read as percent points, as people type them in plain cells.
   */
  percent(slot: Slot): Maybe<Share> {
    const raw = this.raw(slot);
    const p = plainOf(raw);
    if (p.kind === "blank") return this.missing(slot);
    if (p.kind === "error") return this.errorValue(slot, p.error);
    let fraction: number;
    if (p.kind === "value" && typeof p.value === "number") {
      fraction = p.value > 1 ? p.value / 100 : p.value;
    } else if (p.kind === "value" && typeof p.value === "string") {
      const parsed = parseNumericText(p.value, this.context.convention);
      if (!parsed) return this.notANumber(slot, p.value);
      const value = numericTextValue(parsed);
      fraction = parsed.percent || value <= 1 ? value : value / 100;
      this.storedAsText(slot, p.value, "number", `${Math.round(fraction * 1_000_000) / 10_000} %`);
    } else return this.notANumber(slot, p.kind === "value" ? p.value : p.shown);
    if (!Number.isFinite(fraction)) return this.notANumber(slot, raw);
    if (fraction < 0 || fraction > 1) {
      this.report("V06", slot, `${slot.spec.header} ${describe(raw)} is outside 0-100 %`);
      return undefined;
    }
    return { fraction, basisPoints: Math.round(fraction * 10_000) };
  }

  /** A calendar day from a serial, a Date or date text (text gets a V09 warning). */
  date(slot: Slot): Maybe<Day> {
    const raw = this.raw(slot);
    const p = plainOf(raw);
    if (p.kind === "blank") return this.missing(slot);
    if (p.kind === "error") return this.errorValue(slot, p.error);
    if (p.kind === "value") {
      const v = p.value;
      if (typeof v === "number" && v >= 1 && v <= MAX_EXCEL_SERIAL) return dayFromSerial(v);
      if (v instanceof Date) {
        const day = dayFromDate(v);
        if (day !== undefined) return day;
      }
      if (typeof v === "string") {
        const fromText = dayFromText(v, this.context.convention.dayFirst) ?? serialText(v);
        if (fromText !== undefined) {
          this.storedAsText(slot, v, "date", isoFromDay(fromText));
          return fromText;
        }
      }
    }
    this.report("V03", slot, `${slot.spec.header} ${p.kind === "value" ? describe(p.value) : p.shown} is not a date`);
    return undefined;
  }

  /** Yes/No; booleans, Y/N, TRUE/FALSE, 1/0 accepted. Blank gives the column default. */
  yesNo(slot: Slot, blankMeans: boolean): boolean {
    const p = plainOf(this.raw(slot));
    if (p.kind === "blank") return blankMeans;
    if (p.kind === "error") return (this.errorValue(slot, p.error), blankMeans);
    if (p.kind === "value") {
      const v = p.value;
      if (typeof v === "boolean") return v;
      const text = String(v).trim().toLowerCase();
      if (YES.has(text)) return true;
      if (NO.has(text)) return false;
    }
    this.report("V05", slot, `${slot.spec.header} ${p.kind === "value" ? describe(p.value) : p.shown} is not Yes or No`);
    return blankMeans;
  }

  /** One of the column's allowed values, matched case-insensitively; returns the canonical one. */
  enumValue<T extends string>(slot: Slot): Maybe<T> {
    const code = this.enumCode(slot);
    return code === NO_CODE ? undefined : (slot.spec.values?.[code] as T);
  }

  /** The position of the cell's value among the column's allowed values, or NO_CODE. */
  enumCode(slot: Slot): number {
    const raw = this.raw(slot);
    const lookup = this.enumLookup(slot);
    const p = plainOf(raw);
    if (p.kind === "blank") return (this.missing(slot), NO_CODE);
    if (p.kind === "error") return (this.errorValue(slot, p.error), NO_CODE);
    if (p.kind === "value" && typeof p.value === "string") {
      const found = lookup.folded.get(foldEnumText(p.value));
      if (found !== undefined) return found;
    }
    const shown = p.kind === "value" ? describe(p.value) : p.shown;
    this.report("V05", slot, `${slot.spec.header} ${shown} is not one of ${(slot.spec.values ?? []).join(", ")}`);
    return NO_CODE;
  }

  private notANumber(slot: Slot, value: unknown): undefined {
    const hint = typeof value === "string" ? numberHint(value, this.context.convention) : "";
    this.report("V02", slot, `${slot.spec.header} ${typeof value === "string" && value.startsWith("(") ? value : describe(value)} is not a number${hint}`);
    return undefined;
  }

  private floorChecked<T extends number>(slot: Slot, value: T, shown: number): Maybe<T> {
    const floor = slot.spec.floor;
    if (floor === "positive" && value <= 0) {
      this.report("V04", slot, `${slot.spec.header} ${shown} must be greater than zero`);
      return undefined;
    }
    if (floor === "nonNegative" && value < 0) {
      this.report("V04", slot, `${slot.spec.header} ${shown} cannot be negative`);
      return undefined;
    }
    return value;
  }
}
