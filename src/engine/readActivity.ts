/**
 * Reads a large table into its columns. The ID columns are read one column at a time, so only
 * one ID domain's hash table is in use while its column streams past (reading IDs row by row
 * made each lookup a cache miss). The other cells are read row by row, as a row's cells sit
 * together in memory.
 *
 * A row whose own ID repeats an earlier row's is reported as V08 and left out — its cells are
 * still read, so their own findings stand — because counting a copied claim or allocation
 * twice would make every figure wrong. Own IDs are read first, so every later column writes
 * each row straight to its final place.
 */
import type { Maybe } from "../model/plan";
import type { RawTable } from "../model/rawTable";
import { requireTableSpec } from "../model/schema";
import type { ActivityTable, ValueColumn } from "./activityTables";
import { CellReader } from "./cellReader";
import type { Slot } from "./cellReader";
import type { FindingSink } from "./findingSink";
import { cellsOf, dataRows } from "./rowScan";
import type { IdentifiedColumns } from "./store/activityColumns";
import type { IdDomains } from "./store/idDomain";
import { NO_ID } from "./store/idDomain";
import { FIRST, keyHashOf, repeatsOf } from "./store/repeats";
import type { Slots } from "./tableColumns";

/** A table found in the workbook, with its columns resolved. */
export interface FoundTable {
  readonly raw: RawTable;
  readonly slots: Slots;
}

/** The data rows of a table, and a reader put on one of them at a time. */
class Sweep {
  /** The partner ID text of each row once the Partner ID column is read (findings are filed under it). */
  partners: readonly (string | null)[] | null = null;
  /** Where each row goes in the columns, once the own IDs are read. */
  place: Int32Array = new Int32Array(0);

  constructor(
    private readonly reader: CellReader,
    private readonly rows: readonly unknown[],
    private readonly positions: Int32Array,
    private readonly rowNumbers: Int32Array,
  ) {}

  get count(): number {
    return this.positions.length;
  }

  /** The reader, on the k-th data row. */
  at(k: number): CellReader {
    this.reader.begin(cellsOf(this.rows[this.positions[k]]), this.rowNumbers[k]);
    this.reader.setPartnerText(this.partners ? this.partners[k] : null);
    return this.reader;
  }
}

/** Reads a large table; a table the workbook lacks reads as empty. */
export function readActivityTable<C extends IdentifiedColumns>(table: ActivityTable<C>, found: Maybe<FoundTable>, ids: IdDomains, sink: FindingSink): C {
  if (!found) return table.empty(0);
  const positions = dataRows(found.raw, found.slots);
  const firstDataRow = found.raw.headerRow + 1;
  const rowNumbers = positions.map((position) => firstDataRow + position);
  const sweep = new Sweep(new CellReader(requireTableSpec(table.name), sink), found.raw.rows, positions, rowNumbers);
  const columns = readOwnIds(table, sweep, found.slots, rowNumbers, sink);
  readIdColumns(table, sweep, found.slots, columns, ids);
  readValueRows(table, sweep, found.slots, columns);
  return columns;
}

/**
 * Reads each row's own ID (findings there are filed under no partner), decides where each row
 * goes, and returns the columns with the kept rows' numbers and IDs in place.
 */
function readOwnIds<C extends IdentifiedColumns>(table: ActivityTable<C>, sweep: Sweep, slots: Slots, rowNumbers: Int32Array, sink: FindingSink): C {
  const count = sweep.count;
  const slot = slots[table.ownId];
  const ownIds = new Array<string>(count);
  const ownHashes = new Uint32Array(count);
  for (let k = 0; k < count; k++) {
    const text = sweep.at(k).idString(slot) ?? "";
    ownIds[k] = text;
    if (text !== "") ownHashes[k] = keyHashOf(text);
  }
  const place = placesOf(table, ownIds, ownHashes, rowNumbers, sink);
  // One spare place past the kept rows: a left-out row is still read (for its findings) there.
  const columns = table.empty(count + 1);
  for (let k = 0; k < count; k++) {
    columns.row[place[k]] = rowNumbers[k];
    columns.idText[place[k]] = ownIds[k];
  }
  columns.size = place.kept;
  sweep.place = place;
  return columns;
}

/** Reads the ID columns that point into other tables, one column at a time. */
function readIdColumns<C extends IdentifiedColumns>(table: ActivityTable<C>, sweep: Sweep, slots: Slots, columns: C, ids: IdDomains): void {
  const place = sweep.place;
  for (const column of table.ids) {
    const out = column.into(columns);
    const domain = ids[column.domain];
    const slot = slots[column.key];
    const spellings = new Int32Array(sweep.count);
    for (let k = 0; k < sweep.count; k++) spellings[k] = out[place[k]] = sweep.at(k).idIn(slot, domain);
    if (column.isPartner) sweep.partners = Array.from(spellings, (spelling) => (spelling === NO_ID ? null : ids.partners.text(spelling)));
  }
}

/** Reads the other cells, row by row. */
function readValueRows<C extends IdentifiedColumns>(table: ActivityTable<C>, sweep: Sweep, slots: Slots, columns: C): void {
  const place = sweep.place;
  const values = table.values.map((column) => placed(column, slots[column.key], columns));
  const dependent = table.readDependent;
  for (let k = 0; k < sweep.count; k++) {
    const reader = sweep.at(k);
    const at = place[k];
    for (let c = 0; c < values.length; c++) readCell(reader, values[c], at);
    if (dependent) dependent(reader, slots, columns, at);
  }
}

/** Where each data row goes in the columns, and how many rows are kept. */
type Places = Int32Array & { readonly kept: number };

/**
 * The place of each data row: kept rows in order, and every row whose own ID repeats an earlier
 * row's (reported as V08) at the spare place after them.
 */
function placesOf<C extends IdentifiedColumns>(table: ActivityTable<C>, ownIds: readonly string[], ownHashes: Uint32Array, rowNumbers: Int32Array, sink: FindingSink): Places {
  const spec = requireTableSpec(table.name);
  const firstOf = repeatsOf(ownIds, ownHashes);
  let kept = 0;
  for (let k = 0; k < ownIds.length; k++) if (firstOf[k] === FIRST) kept++;
  const place = new Int32Array(ownIds.length);
  let next = 0;
  for (let k = 0; k < ownIds.length; k++) {
    const first = firstOf[k];
    if (first === FIRST) {
      place[k] = next++;
      continue;
    }
    place[k] = kept;
    sink.add("V08", spec, rowNumbers[k], table.ownId, `${ownIds[k]} is already used on row ${rowNumbers[first]}; this row is not counted`);
  }
  return Object.assign(place, { kept });
}

/** A value column resolved for reading: where its cells are and the array they go to. */
type PlacedColumn =
  | { readonly kind: "money" | "date"; readonly slot: Slot; readonly out: Float64Array }
  | { readonly kind: "enum"; readonly slot: Slot; readonly out: Int8Array }
  | { readonly kind: "text"; readonly slot: Slot; readonly out: string[] };

function placed<C>(column: ValueColumn<C>, slot: Slot, columns: C): PlacedColumn {
  switch (column.kind) {
    case "money":
    case "date":
      return { kind: column.kind, slot, out: column.into(columns) };
    case "enum":
      return { kind: column.kind, slot, out: column.into(columns) };
    case "text":
      return { kind: column.kind, slot, out: column.into(columns) };
  }
}

/** Reads one cell of the reader's row into its column at `at`. */
function readCell(reader: CellReader, column: PlacedColumn, at: number): void {
  switch (column.kind) {
    case "money":
      column.out[at] = reader.money(column.slot) ?? NaN;
      return;
    case "date":
      column.out[at] = reader.date(column.slot) ?? NaN;
      return;
    case "enum":
      column.out[at] = reader.enumCode(column.slot);
      return;
    case "text":
      column.out[at] = reader.text(column.slot);
      return;
  }
}
