/**
 * Reads the value cells of a large table (everything but its IDs) into its columns.
 */
import type { NumericFloor } from "../../model/schema";
import type { ActivityTable, DataRow, ValueColumn } from "./activityTables";
import type { CellReader, Slot } from "./cellReader";
import { isEmptyCell, plainCents, plainCode, plainDay, plainText } from "./cellReader";
import type { IdentifiedColumns } from "../store/activityColumns";
import { NO_CODE } from "../store/activityColumns";
import type { Sweep } from "./sweep";
import type { Slots } from "./tableColumns";

/**
 * Reads the other cells, row by row: a row's cells sit together in memory. A cell is first
 * tried on its plain form (a number, a serial, a template spelling, trimmed text); only a cell
 * that is not (text amounts, error values, blanks in required columns...) is handed to the
 * reader, which is put on its row then, as it files findings under the row and its partner.
 */
export function readValueRows<C extends IdentifiedColumns>(table: ActivityTable<C>, sweep: Sweep, slots: Slots, columns: C): void {
  const values = table.values.map((column) => placed(column, slots[column.key], columns, sweep.reader));
  const dependent = table.readDependent;
  const row = new SweptRow(sweep);
  for (let k = 0; k < sweep.count; k++) {
    const cells = sweep.cellsAt(k);
    const at = sweep.placeOf(k);
    for (let c = 0; c < values.length; c++) readCell(sweep, k, cells, values[c], at);
    if (dependent) dependent(row.on(k, cells), slots, columns, at);
  }
}

/** The row a sweep is on, handed to a table's dependent reads (one object, moved row to row). */
class SweptRow implements DataRow {
  private k = 0;
  cells: readonly unknown[] = [];

  constructor(private readonly sweep: Sweep) {}

  on(k: number, cells: readonly unknown[]): this {
    this.k = k;
    this.cells = cells;
    return this;
  }

  reader(): CellReader {
    return this.sweep.at(this.k);
  }
}

/** A value column resolved for reading: where its cells are and the array they go to. */
type PlacedColumn = PlacedFields &
  (
    | { readonly kind: "money"; readonly out: Float64Array }
    | { readonly kind: "date"; readonly out: Float32Array }
    | { readonly kind: "enum"; readonly out: Int8Array }
    | { readonly kind: "text"; readonly out: string[] }
  );

/** What every placed column holds, whatever its kind. */
interface PlacedFields {
  readonly slot: Slot;
  /** The column's position in a row (-1: the table lacks it). */
  readonly index: number;
  /** The floor of a money column. */
  readonly floor: NumericFloor | undefined;
  /** The template spellings of an enum column (none for other kinds). */
  readonly spellings: readonly (string | undefined)[];
}

const NO_SPELLINGS: readonly string[] = [];

function placed<C>(column: ValueColumn<C>, slot: Slot, columns: C, reader: CellReader): PlacedColumn {
  const spellings = column.kind === "enum" ? reader.enumSpellings(slot) : NO_SPELLINGS;
  // One object shape for every kind, so the row loop reads each property from one shape.
  return { kind: column.kind, slot, index: slot.index, out: column.into(columns), floor: slot.spec.floor, spellings } as PlacedColumn;
}

/** Reads the k-th data row's cell of `column` (its `cells`) into the column at `at`. */
function readCell(sweep: Sweep, k: number, cells: readonly unknown[], column: PlacedColumn, at: number): void {
  const raw = column.index < 0 ? undefined : cells[column.index];
  // The plain forms only: this stays small enough to be compiled into the row loop.
  switch (column.kind) {
    case "money": {
      const cents = plainCents(raw, column.floor);
      if (cents === cents) return void (column.out[at] = cents);
      break;
    }
    case "date": {
      const day = plainDay(raw);
      if (day === day) return void (column.out[at] = day);
      break;
    }
    case "enum": {
      const code = plainCode(raw, column.spellings);
      if (code !== undefined) return void (column.out[at] = code);
      break;
    }
    case "text": {
      const text = plainText(raw);
      if (text !== undefined) return void (column.out[at] = text);
      break;
    }
  }
  readOtherCell(sweep, k, raw, column, at);
}

/** A cell not in its plain form: blank, or read in full by the reader on its row. */
function readOtherCell(sweep: Sweep, k: number, raw: unknown, column: PlacedColumn, at: number): void {
  const slot = column.slot;
  // A blank optional cell needs no reader: it holds no value and makes no finding.
  const blank = isEmptyCell(raw) && !slot.spec.required;
  switch (column.kind) {
    case "money":
      column.out[at] = blank ? NaN : (sweep.at(k).money(slot) ?? NaN);
      return;
    case "date":
      column.out[at] = blank ? NaN : (sweep.at(k).date(slot) ?? NaN);
      return;
    case "enum":
      column.out[at] = blank ? NO_CODE : sweep.at(k).enumCode(slot, column.spellings);
      return;
    case "text":
      column.out[at] = blank ? "" : sweep.at(k).text(slot);
      return;
  }
}
