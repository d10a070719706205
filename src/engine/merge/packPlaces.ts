/**
 * Where in the pack the partner typed what a merge refuses or finds in conflict, as Excel writes
 * a reference (`Tactics!H12`, `'Joint Plan'!C5`, quoted by model/sheetReference): a table, ID and
 * column name a row the partner has to look for, while a reference is one Go To away, and it is
 * what the vendor can send back ("correct Tactics!H12"). A whole row is its cells in the table
 * (`Tactics!A12:N12`).
 */
import { columnLetters } from "../../model/rawTable";
import type { RawTable } from "../../model/rawTable";
import { requireTableSpec } from "../../model/schema";
import type { TableName } from "../../model/schema";
import { cellReference } from "../../model/sheetReference";
import { resolveColumns } from "../read/tableColumns";
import { findRawTable } from "./keyedRows";
import type { ConflictEntry, MergePlan, RefusedEntry } from "./mergeTypes";

/** The reference of header cell `index` (zero-based within the table) of a pack table. */
export function headerReference(raw: RawTable, index: number): string {
  return cellReference(raw.sheet, `${columnLetters(raw.firstColumn + index)}${raw.headerRow}`);
}

/** The references of one pack table's cells and rows. */
interface TablePlaces {
  /** The cell of `column` (a header) on sheet row `row`; undefined when the pack lacks the column. */
  cell(column: string, row: number): string | undefined;
  /** Sheet row `row` across the table's columns. */
  row(row: number): string;
}

function tablePlaces(table: TableName, raw: RawTable): TablePlaces {
  const spec = requireTableSpec(table);
  const { letters } = resolveColumns(spec, raw);
  const byHeader = new Map(spec.columns.flatMap((c) => (letters.has(c.key) ? [[c.header, letters.get(c.key) as string] as const] : [])));
  const first = columnLetters(raw.firstColumn);
  const last = columnLetters(raw.firstColumn + Math.max(raw.headers.length, 1) - 1);
  return {
    cell: (column, row) => {
      const letter = byHeader.get(column);
      return letter === undefined ? undefined : cellReference(raw.sheet, `${letter}${row}`);
    },
    row: (row) => cellReference(raw.sheet, first === last ? `${first}${row}` : `${first}${row}:${last}${row}`),
  };
}

/**
 * `merge` with the pack reference of each refusal and conflict that names a pack row: the
 * refused cell (or the row, when the whole row is refused), the conflicting row and each of its
 * cells. An entry that already has one (a column's header) keeps it; one with no pack row (a
 * column the pack lacks) gets none.
 */
export function withPackPlaces(merge: MergePlan, pack: readonly RawTable[]): MergePlan {
  const tables = new Map<TableName, TablePlaces | undefined>();
  const placesOf = (table: TableName): TablePlaces | undefined => {
    if (!tables.has(table)) {
      const raw = findRawTable(pack, table);
      tables.set(table, raw && tablePlaces(table, raw));
    }
    return tables.get(table);
  };
  const refused = merge.refused.map((r): RefusedEntry => {
    const places = placesOf(r.table);
    if (r.packRef !== undefined || r.packRow === undefined || !places) return r;
    const packRef = r.column === undefined ? places.row(r.packRow) : places.cell(r.column, r.packRow);
    return packRef === undefined ? r : { ...r, packRef };
  });
  const conflicts = merge.conflicts.map((c): ConflictEntry => {
    const places = placesOf(c.table);
    if (!places) return c;
    const columns = c.columns.map((cell) => {
      const packRef = places.cell(cell.column, c.packRow);
      return packRef === undefined ? cell : { ...cell, packRef };
    });
    return { ...c, packRef: places.row(c.packRow), columns };
  });
  return { ...merge, refused, conflicts };
}
