/**
 * Reads a large table into its columns in two sweeps. First the ID columns, one column at a
 * time, so that only one ID domain's hash table is in use while half a million cells stream
 * past (interleaving them row by row made every lookup a cache miss). Then the other cells, row
 * by row. A row whose own ID repeats an earlier row's is reported as V08 and not kept — its
 * cells are still read, so their own findings stand — because counting a copied claim or
 * allocation twice would make every figure wrong.
 */
import type { Maybe } from "../model/plan";
import type { RawTable } from "../model/rawTable";
import { requireTableSpec } from "../model/schema";
import type { ActivityTable } from "./activityTables";
import { CellReader } from "./cellReader";
import type { FindingSink } from "./findingSink";
import { cellsOf, dataRows } from "./rowScan";
import type { IdentifiedColumns } from "./store/activityColumns";
import type { IdDomain, IdDomains } from "./store/idDomain";
import { NO_ID } from "./store/idDomain";
import type { Slots } from "./tableColumns";

/** A table found in the workbook, with its columns resolved. */
export interface FoundTable {
  readonly raw: RawTable;
  readonly slots: Slots;
}

/** Reads a large table; a table the workbook lacks reads as empty. */
export function readActivityTable<C extends IdentifiedColumns>(table: ActivityTable<C>, found: Maybe<FoundTable>, ids: IdDomains, sink: FindingSink): C {
  if (!found) return table.empty(0);
  const positions = dataRows(found.raw, found.slots);
  const columns = table.empty(positions.length);
  const firstDataRow = found.raw.headerRow + 1;
  for (let k = 0; k < positions.length; k++) columns.row[k] = firstDataRow + positions[k];
  const reader = new CellReader(requireTableSpec(table.name), sink);
  const partners = readIds(table, found, positions, columns, ids, reader);
  const keep = keptRows(table, columns, positions.length, ids[table.ids[0].domain], sink);

  const idArrays = table.ids.map((c) => c.into(columns));
  const rows = found.raw.rows;
  let at = 0;
  for (let k = 0; k < positions.length; k++) {
    reader.begin(cellsOf(rows[positions[k]]), columns.row[k]);
    reader.setPartnerText(partners ? partnerText(ids.partners, partners[k]) : null);
    const kept = keep === null || keep[k] === 1;
    // Kept rows move up over dropped ones; a dropped row is read into the next free place.
    if (kept && at !== k) {
      columns.row[at] = columns.row[k];
      for (const a of idArrays) a[at] = a[k];
    }
    table.readRest(reader, found.slots, columns, at);
    if (kept) at++;
  }
  columns.size = at;
  return columns;
}

/** Reads every ID column; returns the partner spellings when the table has a Partner ID. */
function readIds<C extends IdentifiedColumns>(table: ActivityTable<C>, found: FoundTable, positions: Int32Array, columns: C, ids: IdDomains, reader: CellReader): Int32Array | null {
  const rows = found.raw.rows;
  let partners: Int32Array | null = null;
  for (const column of table.ids) {
    const out = column.into(columns);
    const domain = ids[column.domain];
    const slot = found.slots[column.key];
    for (let k = 0; k < positions.length; k++) {
      reader.begin(cellsOf(rows[positions[k]]), columns.row[k]);
      if (partners) reader.setPartnerText(partnerText(ids.partners, partners[k]));
      out[k] = reader.idIn(slot, domain);
    }
    if (column.isPartner) partners = out;
  }
  return partners;
}

/** Flags the rows to keep (null: all of them), reporting each repeated own ID as V08. */
function keptRows<C extends IdentifiedColumns>(table: ActivityTable<C>, columns: C, count: number, own: IdDomain, sink: FindingSink): Uint8Array | null {
  const spec = requireTableSpec(table.name);
  const column = table.ids[0].key;
  // Sheet row of the first row of each ID key; 0 is "not seen" (sheet rows start at 2).
  const firstRow = new Int32Array(own.keyCount);
  let keep: Uint8Array | null = null;
  for (let k = 0; k < count; k++) {
    const spelling = columns.id[k];
    if (spelling === NO_ID) continue;
    const key = own.key(spelling);
    const first = firstRow[key];
    if (first === 0) {
      firstRow[key] = columns.row[k];
      continue;
    }
    sink.add("V08", spec, columns.row[k], column, `${own.text(spelling)} is already used on row ${first}; this row is not counted`);
    keep ??= new Uint8Array(count).fill(1);
    keep[k] = 0;
  }
  return keep;
}

function partnerText(partners: IdDomain, spelling: number): string | null {
  return spelling === NO_ID ? null : partners.text(spelling);
}
