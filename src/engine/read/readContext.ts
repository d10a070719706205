/**
 * What cell reading needs to know about the plan beyond a cell: the number convention text is
 * read by (the `Number format` setting), and where to note a currency written in an amount cell
 * ("EUR 28,280.04", "4.934,18 €"), an amount with digits below the cent (fineAmounts.ts) and an
 * amount typed as text (textAmounts.ts), which the conversion stage reads (convertCurrencies.ts).
 */
import { currencyOfMark } from "../../model/currencyCodes";
import { DEFAULT_CONVENTION } from "../../model/numberFormat";
import type { NumberConvention } from "../../model/numberFormat";
import type { TableName } from "../../model/schema";
import { FineAmounts } from "./fineAmounts";
import { TextAmounts } from "./textAmounts";

/** An amount cell that named its currency. */
export interface CurrencyNote {
  /** The sheet row number. */
  readonly row: number;
  /** Schema key of the column. */
  readonly key: string;
  /** The symbol or code as written ("€", "EUR"). */
  readonly mark: string;
}

/** The amount cells that named their currency, by table, in reading order. */
export class CurrencyNotes {
  private readonly byTable = new Map<TableName, CurrencyNote[]>();

  /** Notes the cell at `row` of column `key` of `table` named `mark`. */
  add(table: TableName, row: number, key: string, mark: string): void {
    let notes = this.byTable.get(table);
    if (notes === undefined) this.byTable.set(table, (notes = []));
    notes.push({ row, key, mark });
  }

  /** The notes of a table (none: an empty list). */
  of(table: TableName): readonly CurrencyNote[] {
    return this.byTable.get(table) ?? [];
  }

  /** True when no cell named a currency. */
  get empty(): boolean {
    return this.byTable.size === 0;
  }

  /** True when a cell named a currency other than `code` (a symbol of it, such as $ for USD, is it). */
  nameOtherThan(code: string): boolean {
    for (const notes of this.byTable.values()) for (const note of notes) if (currencyOfMark(note.mark, code) !== code) return true;
    return false;
  }
}

/** The context of one plan's reading. */
export interface ReadContext {
  convention: NumberConvention;
  readonly notes: CurrencyNotes;
  /** Amounts read with digits below the cent, for currencies with three decimals. */
  readonly fine: FineAmounts;
  /** Amounts typed as text, whose V09 the conversion stage restates as their currency counts them. */
  readonly texts: TextAmounts;
}

/** A fresh context with the default convention. */
export function readContext(convention: NumberConvention = DEFAULT_CONVENTION): ReadContext {
  return { convention, notes: new CurrencyNotes(), fine: new FineAmounts(), texts: new TextAmounts() };
}
