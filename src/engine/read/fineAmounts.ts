/**
 * Amount cells read with digits below the cent ("1.235", a formula's 1234.5678), as typed. Every
 * amount is kept in cents; a cell of a currency with three decimals (KWD, BHD: the fils) must
 * still convert from its fils, once, not from the cent it was read to (convertMinor). Such
 * cells are rare, so they are noted while reading (by table, sheet row and column) rather than
 * kept for every cell.
 */
import { belowTheCent, numberDigits } from "../../model/money";
import type { Cents, DecimalDigits } from "../../model/money";
import type { TableName } from "../../model/schema";

/** The amount cells read with digits below the cent. */
export class FineAmounts {
  private readonly byTable = new Map<TableName, Map<string, DecimalDigits>>();

  /** Notes the digits of the amount at `row` of column `key` of `table`. */
  add(table: TableName, row: number, key: string, digits: DecimalDigits): void {
    let cells = this.byTable.get(table);
    if (cells === undefined) this.byTable.set(table, (cells = new Map()));
    cells.set(`${row}|${key}`, digits);
  }

  /** Notes a number amount that was read as `cents` if it had digits below the cent. */
  number(table: TableName, row: number, key: string, units: number, cents: Cents): void {
    // The usual amount is whole cents: the same double as its cents over 100.
    if (cents / 100 === units) return;
    const digits = numberDigits(units);
    if (belowTheCent(digits.fraction)) this.add(table, row, key, digits);
  }

  /** Notes a text amount's digits if they go below the cent. */
  text(table: TableName, row: number, key: string, digits: DecimalDigits): void {
    if (belowTheCent(digits.fraction)) this.add(table, row, key, { negative: digits.negative, integer: digits.integer, fraction: digits.fraction });
  }

  /** The digits of a noted cell, or undefined for a cell read to the cent exactly. */
  of(table: TableName, row: number, key: string): DecimalDigits | undefined {
    return this.byTable.get(table)?.get(`${row}|${key}`);
  }

  /** The noted cells of a table: sheet row, column key. */
  *cellsOf(table: TableName): Iterable<{ readonly row: number; readonly key: string }> {
    for (const place of this.byTable.get(table)?.keys() ?? []) {
      const bar = place.indexOf("|");
      yield { row: Number(place.slice(0, bar)), key: place.slice(bar + 1) };
    }
  }
}
