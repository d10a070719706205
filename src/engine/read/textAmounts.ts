/**
 * Amount cells typed as text ("1.235", "¥1,234.56") and their V09. The V09 is written while the
 * cell is read, before the currency it is counted in is known (a row's is its partner's, a
 * claim's its tactic's partner's), and says what the amount is read as to the cent. Once the
 * conversion stage knows each row's currency, the V09 of an amount its currency counts
 * otherwise is restated as counted (ownUnit.ts `countedDecimals`): "1.235" on the row of a
 * partner in KWD is read as 1.235, converted from the fils, not 1.24; "¥1,234.56" as ¥1235, the
 * whole yen. The message and the figures then agree. An outcome's Revenue or Pipeline Value is
 * money too, written in plain digits as any Value is (readAs.ts `unitsRead`): to the cent when
 * read ("1.235" is read as 1.24 in dollars), restated as its currency counts it here ("1234.56"
 * on a yen partner's row as 1235).
 */
import { isIsoCurrency } from "../../model/currencyCodes";
import type { TableName } from "../../model/schema";
import type { FindingSink } from "../findings/findingSink";
import { currencyOfAmount } from "./amountCurrency";
import type { CurrencyView } from "./convertCurrencies";
import type { NumericText } from "./numericText";
import { countedDecimals } from "./ownUnit";
import { amountRead, unitsRead } from "./readAs";

/** An amount cell typed as text, and where its V09 is. */
export interface TextAmount {
  /** The sheet row number. */
  readonly row: number;
  /** Schema key of the column. */
  readonly key: string;
  readonly parsed: NumericText;
  /** The place of its V09 in the sink (`FindingSink.add`). */
  readonly finding: number;
  /** True for an outcome's Value (currency units), whose V09 gives plain digits (`unitsRead`). */
  readonly units: boolean;
}

/** The amount cells typed as text, by table. */
export class TextAmounts {
  private readonly byTable = new Map<TableName, TextAmount[]>();

  /**
   * Notes the text amount at `row` of column `key` of `table`, read as `parsed`, whose V09 is at
   * `finding`; `units` for an outcome's Value.
   */
  add(table: TableName, row: number, key: string, parsed: NumericText, finding: number, units = false): void {
    let cells = this.byTable.get(table);
    if (cells === undefined) this.byTable.set(table, (cells = []));
    cells.push({ row, key, parsed, finding, units });
  }

  /** The text amounts of a table (none: an empty list). */
  of(table: TableName): readonly TextAmount[] {
    return this.byTable.get(table) ?? [];
  }
}

/**
 * Restates the V09 of `amounts` (of one table) whose currency counts them otherwise than to the
 * cent, in figures made in the plan currency `plan` or, in the partner view, each row's own.
 * `currencyOfRow`: the currency of the row at a sheet row (undefined: a row not counted).
 */
export function restateTextAmounts(amounts: readonly TextAmount[], currencyOfRow: (row: number) => string | undefined, plan: string, view: CurrencyView, sink: FindingSink): void {
  for (const { row, parsed, finding, units } of amounts) {
    const rowCurrency = currencyOfRow(row);
    if (rowCurrency === undefined) continue;
    const named = currencyOfAmount(parsed, rowCurrency, plan);
    // A mark that names no currency is reported (V05) and not counted: nothing to restate.
    if (named === undefined || !isIsoCurrency(named)) continue;
    const decimals = countedDecimals(named, view === "plan" ? plan : rowCurrency);
    if (decimals === 2) continue;
    const read = units ? unitsRead : amountRead;
    const toTheCent = read(parsed, 2);
    const counted = read(parsed, decimals);
    const message = sink.findings[finding].message;
    if (toTheCent !== undefined && counted !== undefined && message.endsWith(toTheCent)) {
      sink.reword(finding, message.slice(0, message.length - toTheCent.length) + counted);
    }
  }
}
