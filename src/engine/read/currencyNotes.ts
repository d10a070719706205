/**
 * The amount cells that name their currency ("EUR 28,280.04", "4.934,18 €"), converted one by
 * one: from the currency they name into the plan's (or, in the partner view, the row's), with
 * their findings at the cell.
 */
import { currencyOfMark, isIsoCurrency } from "../../model/currencyCodes";
import { isoFromDay } from "../../model/dates";
import type { Id, Maybe } from "../../model/plan";
import { requireTableSpec } from "../../model/schema";
import type { TableName } from "../../model/schema";
import type { FindingSink } from "../findings/findingSink";
import type { CurrencyView } from "./convertCurrencies";
import type { CurrencyConverter } from "./currencyConverter";
import type { CurrencyNote, CurrencyNotes } from "./readContext";
import type { FineAmounts } from "./fineAmounts";
import { exponentOf } from "../../model/money";
import type { DecimalDigits } from "../../model/money";
import { convertAmount, convertUnits } from "./ownUnit";

/** Where an amount sits, for its findings. */
export interface AmountCell {
  readonly table: TableName;
  /** Sheet row number. */
  readonly row: number;
  /** Schema key of the column. */
  readonly key: string;
  /** The row's partner ID text (findings are filed under it), or null. */
  readonly partner: string | null;
}

/** Converts single amounts, knowing which cells named a currency. */
export class NoteResolver {
  private readonly marks = new Map<string, string>();

  constructor(
    private readonly converter: CurrencyConverter,
    private readonly notes: CurrencyNotes,
    /** Where findings go; null in the partner view (its findings are the plan view's). */
    private readonly sink: FindingSink | null,
    private readonly view: CurrencyView,
    /** Amounts read with digits below the cent: a currency with three decimals converts from them. */
    private readonly fine: FineAmounts,
  ) {
    for (const table of ["JmpPartners", "JmpJointPlan"] as const) for (const note of notes.of(table)) this.marks.set(`${table}|${note.row}|${note.key}`, note.mark);
  }

  /** The notes of a large table (converted through `cell`). */
  notesOf(table: TableName): readonly CurrencyNote[] {
    return this.notes.of(table);
  }

  /** The cells of a large table read with digits below the cent (converted through `cell`: ownUnit.ts). */
  fineCellsOf(table: TableName): Iterable<{ readonly row: number; readonly key: string }> {
    return this.fine.cellsOf(table);
  }

  /** The digits of a cell read below the cent, or undefined. */
  digitsOf(table: TableName, row: number, key: string): DecimalDigits | undefined {
    return this.fine.of(table, row, key);
  }

  /** An amount of a small table's row (no date: the latest rates), converted; undefined when it cannot be. */
  smallCell(table: TableName, row: number, key: string, cents: Maybe<number>, rowCurrency: string, partner: Maybe<Id>): Maybe<number> {
    if (cents === undefined) return undefined;
    const mark = this.marks.get(`${table}|${row}|${key}`);
    // A plan in a currency without a minor unit (yen) still reads its own amounts to the whole unit.
    if (mark === undefined && rowCurrency === this.converter.planCurrency && exponentOf(rowCurrency) >= 2) return cents;
    const converted = this.cell({ table, row, key, partner: partner?.text ?? null }, cents, mark, rowCurrency, NaN, false);
    return converted === converted ? converted : undefined;
  }

  /**
   * An amount (`value`: cents, or currency units when `units`) in the currency `mark` names
   * (none: the row's), converted for the view on `day` (NaN: the latest rates). NaN, with a
   * finding, when it cannot be.
   */
  cell(at: AmountCell, value: number, mark: Maybe<string>, rowCurrency: string, day: number, units: boolean): number {
    if (value !== value) return value;
    const plan = this.converter.planCurrency;
    const named = mark === undefined ? rowCurrency : currencyOfMark(mark, rowCurrency, plan);
    if (named === undefined || !isIsoCurrency(named)) {
      this.report("V05", at, `${mark} is not an ISO 4217 currency code; the amount is not counted`);
      return NaN;
    }
    // The partner view leaves out what the plan view cannot count (the row's currency has no
    // rate on its day), so the two agree on which rows count.
    if (this.view === "partner" && rowCurrency !== plan && typeof this.converter.toPlan(rowCurrency, day) === "string") return NaN;
    const target = this.view === "plan" ? plan : rowCurrency;
    const conversion = this.converter.between(named, target, day);
    if (conversion === "noRate") {
      // The partner's own currency without a rate is reported once, at the partner.
      if (mark !== undefined) this.report("V10", at, `The amount is in ${named}, which has no rate in the Rates table; it is not counted`);
      return NaN;
    }
    if (conversion === "beforeFirst") {
      const first = this.converter.firstDay(named);
      this.report("V10", at, `No ${named} rate is in force on ${isoFromDay(day)}${first === undefined ? "" : ` (the first is from ${isoFromDay(first)})`}; the amount is not counted`);
      return NaN;
    }
    if (named === plan && rowCurrency !== plan) {
      this.report("V12", at, `The amount is in ${plan}, the plan currency, on a row of a partner working in ${rowCurrency}; it is used as ${plan}`);
    }
    const cents = units ? convertUnits(value, named, conversion) : convertAmount(value, this.fine.of(at.table, at.row, at.key), named, conversion);
    if (cents !== cents) this.report("V02", at, `The amount is too large to convert to the cent`);
    return units ? cents / 100 : cents;
  }

  private report(code: "V02" | "V05" | "V10" | "V12", at: AmountCell, message: string): void {
    this.sink?.add(code, requireTableSpec(at.table), at.row, at.key, message, at.partner);
  }
}
