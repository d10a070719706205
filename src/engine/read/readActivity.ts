/**
 * Reads a large table into its columns. The ID columns are read one column at a time, so only
 * one ID domain's lookup tables are in use while its column streams past (reading IDs row by
 * row, when every lookup went through a Map, made each one a cache miss). The other cells are read row by row, as a row's cells sit
 * together in memory (reading them a column at a time was slower).
 *
 * A row whose own ID repeats an earlier row's is reported as V08 and left out — its cells are
 * still read, so their own findings stand — because counting a copied claim or allocation
 * twice would make every figure wrong. Own IDs are read first, in the same pass that finds the
 * data rows, so every later column writes each row straight to its final place.
 */
import type { Maybe } from "../../model/plan";
import type { RawTable } from "../../model/rawTable";
import { requireTableSpec } from "../../model/schema";
import type { ActivityTable } from "./activityTables";
import { CellReader, isEmptyCell, knownId, plainIdText } from "./cellReader";
import type { Slot } from "./cellReader";
import type { FindingSink } from "../findings/findingSink";
import { readValueRows } from "./readValues";
import { cellsOf, DataRowTest } from "./rowScan";
import type { IdentifiedColumns } from "../store/activityColumns";
import type { IdDomain, IdDomains } from "../store/idDomain";
import type { WorkArrays } from "../store/workArrays";
import { NO_ID } from "../store/idDomain";
import { repeatsOf } from "../store/repeats";
import { Sweep } from "./sweep";
import type { Slots } from "./tableColumns";
import type { ReadContext } from "./readContext";

/** A table found in the workbook, with its columns resolved. */
export interface FoundTable {
  readonly raw: RawTable;
  readonly slots: Slots;
}

/**
 * Reads a large table; a table the workbook lacks reads as empty. The arrays needed only while
 * reading (row positions, hashes, places) come from `work`.
 */
export function readActivityTable<C extends IdentifiedColumns>(table: ActivityTable<C>, found: Maybe<FoundTable>, ids: IdDomains, sink: FindingSink, work: WorkArrays, context?: ReadContext): C {
  if (!found) return table.empty(0);
  const reader = new CellReader(requireTableSpec(table.name), sink, context);
  const test = new DataRowTest(found.raw, found.slots);
  // Room for every row; blank rows (rare) leave some unused.
  const columns = table.empty(test.end);
  const positions = readOwnIds(table, found, test, reader, columns, work);
  const sweep = new Sweep(reader, found.raw.rows, positions, found.raw.headerRow + 1, work);
  placeOwnIds(table, sweep, columns, sink);
  if (table.ownSpelling) ids[table.ownSpelling.domain].internOwn(columns.idText, columns.size, table.ownSpelling.into(columns));
  readIdColumns(table, sweep, found.slots, columns, ids);
  readValueRows(table, sweep, found.slots, columns);
  return columns;
}

/**
 * Finds the data rows and reads each one's own ID into `columns.idText`, in one pass (findings
 * there are filed under no partner). Returns the positions of the data rows in the table, in
 * work memory.
 */
function readOwnIds<C extends IdentifiedColumns>(table: ActivityTable<C>, found: FoundTable, test: DataRowTest, reader: CellReader, columns: C, work: WorkArrays): Int32Array {
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
    positions[count++] = i;
  }
  return positions.subarray(0, count);
}

/** Reports rows repeating an earlier row's own ID as V08 and leaves them out; puts the kept rows' numbers and IDs in place. */
function placeOwnIds<C extends IdentifiedColumns>(table: ActivityTable<C>, sweep: Sweep, columns: C, sink: FindingSink): void {
  const count = sweep.count;
  const texts = columns.idText;
  const repeats = repeatsOf(texts, count, sweep.work);
  const spec = requireTableSpec(table.name);
  for (const [k, first] of repeats) {
    sink.add("V08", spec, sweep.rowNumber(k), table.ownId, `${texts[k]} is already used on row ${sweep.rowNumber(first)}; this row is not counted`);
  }
  sweep.leaveOut(repeats);
  columns.size = count - repeats.size;
  columns.leftOut = repeats.size;
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
