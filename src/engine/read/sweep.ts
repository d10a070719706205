/**
 * A sweep over the data rows of one large table: where each row sits in the table and where it
 * goes in the columns, and the cell reader, put on one row at a time when a cell needs it.
 */
import type { CellReader } from "./cellReader";
import { cellsOf } from "./rowScan";
import type { IdDomain } from "../store/idDomain";
import { NO_ID } from "../store/idDomain";
import type { WorkArrays } from "../store/workArrays";

/** The data rows of a table, where each goes in the columns, and a reader put on one at a time. */
export class Sweep {
  /** Where each row goes once the own IDs are read; null while every row is kept in order. */
  private place: Int32Array | null = null;
  /** The partner column once read (findings later in a row are filed under its partner). */
  private partners: { readonly column: Int32Array; readonly domain: IdDomain } | null = null;

  constructor(
    readonly reader: CellReader,
    private readonly rows: readonly unknown[],
    private readonly positions: Int32Array,
    private readonly firstDataRow: number,
    readonly work: WorkArrays,
  ) {}

  get count(): number {
    return this.positions.length;
  }

  /** The sheet row number of the k-th data row. */
  rowNumber(k: number): number {
    return this.firstDataRow + this.positions[k];
  }

  /** The raw value of the k-th data row's cell at a column position (-1: the table lacks the column). */
  cell(k: number, index: number): unknown {
    const row = this.rows[this.positions[k]];
    return index >= 0 && Array.isArray(row) ? row[index] : undefined;
  }

  /** Where the k-th data row goes in the columns. */
  placeOf(k: number): number {
    return this.place === null ? k : this.place[k];
  }

  /**
   * Keeps rows in order but moves the `leftOut` ones, in order, after the kept ones (past the
   * columns' size, where they are still read for their findings but count nowhere).
   */
  leaveOut(leftOut: ReadonlyMap<number, number>): void {
    if (leftOut.size === 0) return;
    const place = this.work.int32("places", this.count);
    let kept = 0;
    let after = this.count - leftOut.size;
    let k = 0;
    // The Map lists the left-out rows in row order: the kept rows between them go in order.
    for (const out of leftOut.keys()) {
      while (k < out) place[k++] = kept++;
      place[k++] = after++;
    }
    while (k < place.length) place[k++] = kept++;
    this.place = place;
  }

  /** Files each row's later findings under the partner in `column` (spellings of `domain`). */
  setPartners(column: Int32Array, domain: IdDomain): void {
    this.partners = { column, domain };
  }

  private partnerText(k: number): string | null {
    const spelling = this.partners ? this.partners.column[this.placeOf(k)] : NO_ID;
    return spelling === NO_ID ? null : this.partners!.domain.text(spelling);
  }

  /** The cells of the k-th data row. */
  cellsAt(k: number): readonly unknown[] {
    return cellsOf(this.rows[this.positions[k]]);
  }

  /** The reader, on the k-th data row. */
  at(k: number): CellReader {
    this.reader.begin(this.cellsAt(k), this.rowNumber(k));
    this.reader.setPartnerText(this.partnerText(k));
    return this.reader;
  }
}
