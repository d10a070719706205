/**
 * Keeps the compared amounts as the partners typed them while the conversion stage turns every
 * amount into plan cents (see store/ownAmounts.ts): each compared column is copied before its
 * rows convert, and a cell that named a currency of its own is put into its row's partner
 * currency instead of the plan's.
 */
import type { TableName } from "../../model/schema";
import type { AmountCell, NoteResolver } from "./currencyNotes";

/** The columns the funding, claim and budget rules compare, by table. */
const COMPARED: Partial<Record<TableName, readonly string[]>> = {
  JmpTactics: ["totalCost", "mdfRequested"],
  JmpAllocations: ["amount"],
  JmpClaims: ["amountClaimed", "amountApproved"],
};

/** Own-currency copies of the compared columns, by the plan column they copy. */
export class OwnCopies {
  private readonly copies = new Map<Float64Array, Float64Array>();

  /** `partnerView`: converts a noted cell into its row's partner currency, reporting nothing (the plan view reports). */
  constructor(private readonly partnerView: NoteResolver) {}

  /** Copies the compared columns of a table, as read, before its rows convert. */
  take(table: TableName, money: readonly { readonly key: string; readonly out: Float64Array }[]): void {
    const keys = COMPARED[table] ?? [];
    for (const { key, out } of money) if (keys.includes(key)) this.copies.set(out, out.slice());
  }

  /** Puts a noted cell of `column` (row `i`, value as read) into the row's partner currency. */
  noted(column: Float64Array, i: number, at: AmountCell, value: number, mark: string, rowCurrency: string, day: number): void {
    const copy = this.copies.get(column);
    if (copy) copy[i] = this.partnerView.cell(at, value, mark, rowCurrency, day, false);
  }

  /**
   * Leaves out of the copies what the conversion left out of the plan's amounts (a partner
   * currency with no rate, a row dated before its currency's first rate, an amount too large to
   * convert): V10 and V02 say those amounts are not counted, so nothing compares them either.
   */
  settle(money: readonly { readonly out: Float64Array }[]): void {
    for (const { out } of money) {
      const copy = this.copies.get(out);
      if (copy) for (let i = 0; i < out.length; i++) if (out[i] !== out[i]) copy[i] = NaN;
    }
  }

  /** The copy of a compared column. */
  of(column: Float64Array): Float64Array {
    const copy = this.copies.get(column);
    if (!copy) throw new Error("own amounts: a column that was not compared");
    return copy;
  }
}
