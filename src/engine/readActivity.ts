/**
 * Reads a large table into its columns. The ID columns are read one column at a time, so only
 * one ID domain's hash table is in use while its column streams past (reading IDs row by row
 * made each lookup a cache miss). The other cells are read row by row, as a row's cells sit
 * together in memory (reading them a column at a time was slower).
 *
 * A row whose own ID repeats an earlier row's is reported as V08 and left out — its cells are
 * still read, so their own findings stand — because counting a copied claim or allocation
 * twice would make every figure wrong. Own IDs are read first, in the same pass that finds the
 * data rows, so every later column writes each row straight to its final place.
 */
import type { Maybe } from "../model/plan";
import type { RawTable } from "../model/rawTable";
import { requireTableSpec } from "../model/schema";
import type { NumericFloor } from "../model/schema";
import type { ActivityTable, DataRow, ValueColumn } from "./activityTables";
import { CellReader, isEmptyCell, knownId, plainCents, plainCode, plainDay, plainIdText, plainText } from "./cellReader";
import type { Slot } from "./cellReader";
import type { FindingSink } from "./findingSink";
import { cellsOf, DataRowTest } from "./rowScan";
import type { IdentifiedColumns } from "./store/activityColumns";
import type { IdDomain, IdDomains } from "./store/idDomain";
import type { WorkArrays } from "./store/workArrays";
import { NO_CODE } from "./store/activityColumns";
import { NO_ID } from "./store/idDomain";
import { keyHashOf, repeatsOf } from "./store/repeats";
import type { Slots } from "./tableColumns";

/** A table found in the workbook, with its columns resolved. */
export interface FoundTable {
  readonly raw: RawTable;
  readonly slots: Slots;
}

/** The data rows of a table, where each goes in the columns, and a reader put on one at a time. */
class Sweep {
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

/**
 * Reads a large table; a table the workbook lacks reads as empty. The arrays needed only while
 * reading (row positions, hashes, places) come from `work`.
 */
export function readActivityTable<C extends IdentifiedColumns>(table: ActivityTable<C>, found: Maybe<FoundTable>, ids: IdDomains, sink: FindingSink, work: WorkArrays): C {
  if (!found) return table.empty(0);
  const reader = new CellReader(requireTableSpec(table.name), sink);
  const test = new DataRowTest(found.raw, found.slots);
  // Room for every row; blank rows (rare) leave some unused.
  const columns = table.empty(test.end);
  const hashes = work.uint32("hashes", test.end);
  const positions = readOwnIds(table, found, test, reader, columns, hashes, work);
  const sweep = new Sweep(reader, found.raw.rows, positions, found.raw.headerRow + 1, work);
  placeOwnIds(table, sweep, columns, hashes, sink);
  if (table.ownSpelling) ids[table.ownSpelling.domain].internOwn(columns.idText, columns.size, table.ownSpelling.into(columns));
  readIdColumns(table, sweep, found.slots, columns, ids);
  readValueRows(table, sweep, found.slots, columns);
  return columns;
}

/**
 * Finds the data rows and reads each one's own ID into `columns.idText` and its key's hash into
 * `hashes`, in one pass (findings there are filed under no partner). Returns the positions of
 * the data rows in the table, in work memory.
 */
function readOwnIds<C extends IdentifiedColumns>(table: ActivityTable<C>, found: FoundTable, test: DataRowTest, reader: CellReader, columns: C, hashes: Uint32Array, work: WorkArrays): Int32Array {
  const rows = found.raw.rows;
  const slot = found.slots[table.ownId];
  const texts = columns.idText;
  const positions = work.int32("positions", test.end);
  let count = 0;
  for (let i = 0; i < test.end; i++) {
    const cells = cellsOf(rows[i]);
    const plain = slot.index < 0 ? undefined : plainIdText(cells[slot.index]);
    // A row with an ID in its cell holds data, unless it is the last row and reads "Total".
    if (plain !== undefined ? !test.holdsDataGivenContent(cells, i) : !test.holdsData(cells, i)) continue;
    let text = plain;
    if (text === undefined) {
      reader.begin(cells, found.raw.headerRow + 1 + i);
      text = reader.idString(slot) ?? "";
    }
    texts[count] = text;
    hashes[count] = text === "" ? 0 : keyHashOf(text);
    positions[count++] = i;
  }
  return positions.subarray(0, count);
}

/** Reports rows repeating an earlier row's own ID as V08 and leaves them out; puts the kept rows' numbers and IDs in place. */
function placeOwnIds<C extends IdentifiedColumns>(table: ActivityTable<C>, sweep: Sweep, columns: C, hashes: Uint32Array, sink: FindingSink): void {
  const count = sweep.count;
  const texts = columns.idText;
  const repeats = repeatsOf(texts, hashes, count, sweep.work);
  const spec = requireTableSpec(table.name);
  for (const [k, first] of repeats) {
    sink.add("V08", spec, sweep.rowNumber(k), table.ownId, `${texts[k]} is already used on row ${sweep.rowNumber(first)}; this row is not counted`);
  }
  sweep.leaveOut(repeats);
  columns.size = count - repeats.size;
  for (let k = 0; k < count; k++) columns.row[sweep.placeOf(k)] = sweep.rowNumber(k);
  if (repeats.size === 0) return;
  // Kept rows move up (a kept row's place is never after its position), then the left-out rows follow.
  const leftOut = Array.from(repeats.keys(), (k) => texts[k]);
  for (let k = 0; k < count; k++) {
    const at = sweep.placeOf(k);
    if (at < columns.size) texts[at] = texts[k];
  }
  for (let j = 0; j < leftOut.length; j++) texts[columns.size + j] = leftOut[j];
}

/** Reads the ID columns that point into other tables, one column at a time. */
function readIdColumns<C extends IdentifiedColumns>(table: ActivityTable<C>, sweep: Sweep, slots: Slots, columns: C, ids: IdDomains): void {
  for (const column of table.ids) {
    const out = column.into(columns);
    const domain = ids[column.domain];
    const slot = slots[column.key];
    for (let k = 0; k < sweep.count; k++) {
      const raw = sweep.cell(k, slot.index);
      const known = knownId(raw, domain);
      out[sweep.placeOf(k)] = known !== NO_ID ? known : readOtherId(sweep, k, slot, domain, raw);
    }
    if (column.isPartner) sweep.setPartners(out, domain);
  }
}

/** An ID cell whose text was not met before in its domain: blank, new or unreadable. */
function readOtherId(sweep: Sweep, k: number, slot: Slot, domain: IdDomain, raw: unknown): number {
  // An optional ID left blank (a lump-sum allocation, an outcome without a tactic) needs no reader.
  return isEmptyCell(raw) && !slot.spec.required ? NO_ID : sweep.at(k).idIn(slot, domain);
}

/**
 * Reads the other cells, row by row: a row's cells sit together in memory. A cell is first
 * tried on its plain form (a number, a serial, a template spelling, trimmed text); only a cell
 * that is not (text amounts, error values, blanks in required columns...) is handed to the
 * reader, which is put on its row then, as it files findings under the row and its partner.
 */
function readValueRows<C extends IdentifiedColumns>(table: ActivityTable<C>, sweep: Sweep, slots: Slots, columns: C): void {
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
