/**
 * Reads a large table into its columns, one column at a time: each sweep down a column runs the
 * same few lines for every cell, which the JavaScript engine compiles tightly, and only one ID
 * domain's hash table is in use while its column streams past. (Reading row by row mixed every
 * kind of cell in one loop and made each ID lookup a cache miss; it was several times slower.)
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
  const count = positions.length;
  const firstDataRow = found.raw.headerRow + 1;
  const rowNumbers = positions.map((position) => firstDataRow + position);
  const sweep = new Sweep(new CellReader(requireTableSpec(table.name), sink), found.raw.rows, positions, rowNumbers);
  const slots = found.slots;

  const ownId = slots[table.ownId];
  const ownIds = new Array<string>(count);
  const ownHashes = new Uint32Array(count);
  for (let k = 0; k < count; k++) {
    const text = sweep.at(k).idString(ownId) ?? "";
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

  for (const column of table.ids) {
    const out = column.into(columns);
    const domain = ids[column.domain];
    const slot = slots[column.key];
    const spellings = new Int32Array(count);
    for (let k = 0; k < count; k++) spellings[k] = out[place[k]] = sweep.at(k).idIn(slot, domain);
    if (column.isPartner) sweep.partners = Array.from(spellings, (spelling) => (spelling === NO_ID ? null : ids.partners.text(spelling)));
  }
  for (const column of table.values) readValues(sweep, slots[column.key], column, columns, place);
  if (table.readDependent) for (let k = 0; k < count; k++) table.readDependent(sweep.at(k), slots, columns, place[k]);
  return columns;
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

/** Reads one value column; one loop per kind of value keeps each loop's code specific. */
function readValues<C>(sweep: Sweep, slot: Slot, column: ValueColumn<C>, columns: C, place: Int32Array): void {
  switch (column.kind) {
    case "money":
      return readMoney(sweep, slot, column.into(columns), place);
    case "date":
      return readDates(sweep, slot, column.into(columns), place);
    case "enum":
      return readCodes(sweep, slot, column.into(columns), place);
    case "text":
      return readTexts(sweep, slot, column.into(columns), place);
  }
}

function readMoney(sweep: Sweep, slot: Slot, out: Float64Array, place: Int32Array): void {
  for (let k = 0; k < sweep.count; k++) out[place[k]] = sweep.at(k).money(slot) ?? NaN;
}

function readDates(sweep: Sweep, slot: Slot, out: Float64Array, place: Int32Array): void {
  for (let k = 0; k < sweep.count; k++) out[place[k]] = sweep.at(k).date(slot) ?? NaN;
}

function readCodes(sweep: Sweep, slot: Slot, out: Int8Array, place: Int32Array): void {
  for (let k = 0; k < sweep.count; k++) out[place[k]] = sweep.at(k).enumCode(slot);
}

function readTexts(sweep: Sweep, slot: Slot, out: string[], place: Int32Array): void {
  for (let k = 0; k < sweep.count; k++) out[place[k]] = sweep.at(k).text(slot);
}
