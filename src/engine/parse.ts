/**
 * Parse: raw tables -> the plan data, with the structure and value findings (S01-S03,
 * V01-V09). One pass over each table; rows are read by column position resolved once. The
 * small tables become row records, the large ones columns (see store/planData.ts).
 */
import { pairKey } from "../model/ids";
import type { Id, Maybe, RowRef, TableLocation } from "../model/plan";
import type { RawTable } from "../model/rawTable";
import { TABLES } from "../model/schema";
import type { TableName, TableSpec } from "../model/schema";
import { CellReader } from "./cellReader";
import { FindingSink } from "./findingSink";
import { parseSettings } from "./parseSettings";
import type { SettingsOptions } from "./parseSettings";
import { readAllocationRow, readClaimRow, readOutcomeRow, readTacticRow } from "./activityReaders";
import { readInitiative, readJointPlanEntry, readPartner } from "./rowReaders";
import { scanRows } from "./rowScan";
import { allocationColumns, claimColumns, compactRows, outcomeColumns, tacticColumns } from "./store/activityColumns";
import type { RowColumns } from "./store/activityColumns";
import { IdDomain, NO_ID } from "./store/idDomain";
import type { IdDomains } from "./store/idDomain";
import type { PlanData } from "./store/planData";
import { checkHeaders, resolveColumns } from "./tableColumns";
import type { Slots } from "./tableColumns";

/** The result of parsing: the plan data and the sink holding the findings so far. */
export interface Parsed {
  readonly data: PlanData;
  readonly sink: FindingSink;
}

type RowReader<T> = (r: CellReader, c: Slots, row: number) => T;

/** Reads a row into columns at a position; returns the spelling of the row's own ID. */
type ColumnReader<C> = (r: CellReader, c: Slots, d: IdDomains, columns: C, at: number) => number;

/** Columns with the spellings of each row's own ID. */
type IdentifiedColumns = RowColumns & { readonly id: Int32Array };

interface Found {
  readonly raw: RawTable;
  readonly slots: Slots;
}

/** Parses every JMP table; tables the workbook lacks are reported as S01 and read as empty. */
export function parse(tables: readonly RawTable[], options: SettingsOptions = {}): Parsed {
  const byName = new Map<string, RawTable>();
  for (const t of Array.isArray(tables) ? tables : []) {
    if (t && typeof t.name === "string" && !byName.has(t.name.toLowerCase())) byName.set(t.name.toLowerCase(), t);
  }
  const locations = new Map<string, TableLocation>();
  const found = new Map<TableName, Found>();
  for (const spec of TABLES) {
    const raw = byName.get(spec.name.toLowerCase());
    if (!raw) continue;
    const safe = sanitize(raw);
    const { slots, letters } = resolveColumns(spec, safe);
    locations.set(spec.name, { sheet: safe.sheet, headerRow: safe.headerRow, columns: letters });
    found.set(spec.name, { raw: safe, slots });
  }
  const sink = new FindingSink(locations);
  for (const spec of TABLES) {
    const f = found.get(spec.name);
    if (!f) sink.add("S01", spec, null, null, `The workbook has no table named ${spec.name} (${spec.label})`);
    else checkHeaders(spec, f.raw, sink);
  }

  const read = <T>(name: TableName, reader: RowReader<T>): T[] => readTable(TABLES_BY[name], found.get(name), sink, reader);
  const rowsOf = (name: TableName): number => found.get(name)?.raw.rows.length ?? 0;
  const ids = idDomains(rowsOf);
  const columns = <C extends IdentifiedColumns>(name: TableName, empty: (n: number) => C, reader: ColumnReader<C>, own: IdDomain, idColumn: string): C => {
    const out = readColumns(TABLES_BY[name], found.get(name), sink, empty, reader, ids);
    dropDuplicateIds(out, own, TABLES_BY[name], idColumn, sink);
    return out;
  };
  const settingsTable = found.get("JmpSettings");
  const data: PlanData = {
    settings: parseSettings(settingsTable?.raw, settingsTable?.slots, sink, options),
    initiatives: unique(read("JmpInitiatives", readInitiative), (r) => r.id, "JmpInitiatives", "initiativeId", sink),
    partners: unique(read("JmpPartners", readPartner), (r) => r.id, "JmpPartners", "partnerId", sink),
    jointPlan: uniquePairs(read("JmpJointPlan", readJointPlanEntry), sink),
    tactics: columns("JmpTactics", tacticColumns, readTacticRow, ids.tactics, "tacticId"),
    allocations: columns("JmpAllocations", allocationColumns, readAllocationRow, ids.allocations, "allocationId"),
    claims: columns("JmpClaims", claimColumns, readClaimRow, ids.claims, "claimId"),
    outcomes: columns("JmpOutcomes", outcomeColumns, readOutcomeRow, ids.outcomes, "outcomeId"),
    ids,
    locations,
  };
  return { data, sink };
}

/** Empty ID domains, sized by the rows that may hold each kind of ID. */
function idDomains(rowsOf: (name: TableName) => number): IdDomains {
  return {
    partners: new IdDomain(rowsOf("JmpPartners")),
    initiatives: new IdDomain(rowsOf("JmpInitiatives")),
    tactics: new IdDomain(rowsOf("JmpTactics")),
    allocations: new IdDomain(rowsOf("JmpAllocations")),
    claims: new IdDomain(rowsOf("JmpClaims")),
    outcomes: new IdDomain(rowsOf("JmpOutcomes")),
  };
}

const TABLES_BY = Object.fromEntries(TABLES.map((t) => [t.name, t])) as Record<TableName, TableSpec>;

/** Guards against hosts (or fuzzers) handing over malformed table objects. */
function sanitize(raw: RawTable): RawTable {
  return {
    name: raw.name,
    sheet: typeof raw.sheet === "string" ? raw.sheet : "",
    headerRow: Number.isInteger(raw.headerRow) && raw.headerRow > 0 ? raw.headerRow : 1,
    firstColumn: Number.isInteger(raw.firstColumn) && raw.firstColumn >= 0 ? raw.firstColumn : 0,
    headers: Array.isArray(raw.headers) ? raw.headers : [],
    rows: Array.isArray(raw.rows) ? raw.rows : [],
    hasTotalsRow: raw.hasTotalsRow === true,
  };
}

function readTable<T>(spec: TableSpec, f: Maybe<Found>, sink: FindingSink, read: RowReader<T>): T[] {
  if (!f) return [];
  const reader = new CellReader(spec, sink);
  const out: T[] = [];
  scanRows(f.raw, f.slots, (cells, row) => {
    reader.begin(cells, row);
    out.push(read(reader, f.slots, row));
  });
  return out;
}

function readColumns<C extends RowColumns>(spec: TableSpec, f: Maybe<Found>, sink: FindingSink, empty: (n: number) => C, read: ColumnReader<C>, ids: IdDomains): C {
  const columns = empty(f ? f.raw.rows.length : 0);
  if (!f) return columns;
  const reader = new CellReader(spec, sink);
  scanRows(f.raw, f.slots, (cells, row) => {
    reader.begin(cells, row);
    const at = columns.size;
    columns.row[at] = row;
    read(reader, f.slots, ids, columns, at);
    columns.size = at + 1;
  });
  return columns;
}

/** `unique` for columns: keeps the first row of each ID key, reports later ones as V08. */
function dropDuplicateIds(columns: IdentifiedColumns, domain: IdDomain, spec: TableSpec, column: string, sink: FindingSink): void {
  // Sheet rows start at 2 (below a header), so 0 means "not seen yet".
  const firstRow = new Int32Array(domain.keyCount);
  let keep: Uint8Array | null = null;
  for (let i = 0; i < columns.size; i++) {
    const spelling = columns.id[i];
    if (spelling === NO_ID) continue;
    const key = domain.key(spelling);
    const first = firstRow[key];
    if (first === 0) {
      firstRow[key] = columns.row[i];
      continue;
    }
    sink.add("V08", spec, columns.row[i], column, `${domain.text(spelling)} is already used on row ${first}; this row is not counted`);
    keep ??= new Uint8Array(columns.size).fill(1);
    keep[i] = 0;
  }
  if (keep) compactRows(columns, keep);
}

/**
 * Keeps the first row of each ID and reports later ones as V08. Duplicates are left out of the
 * plan: counting a copied claim or allocation twice would make every figure wrong.
 */
function unique<T extends RowRef>(
  rows: T[],
  idOf: (row: T) => Maybe<Id>,
  table: TableName,
  column: string,
  sink: FindingSink,
): T[] {
  const firstRow = new Map<string, number>();
  const kept: T[] = [];
  for (const row of rows) {
    const id = idOf(row);
    if (id && id.key !== "") {
      const first = firstRow.get(id.key);
      if (first !== undefined) {
        sink.add("V08", TABLES_BY[table], row.row, column, `${id.text} is already used on row ${first}; this row is not counted`);
        continue;
      }
      firstRow.set(id.key, row.row);
    }
    kept.push(row);
  }
  return kept;
}

function uniquePairs<T extends RowRef & { partnerId: Maybe<Id>; initiativeId: Maybe<Id> }>(rows: T[], sink: FindingSink): T[] {
  const firstRow = new Map<string, number>();
  return rows.filter((row) => {
    if (!row.partnerId || !row.initiativeId) return true;
    const key = pairKey(row.partnerId.key, row.initiativeId.key);
    const first = firstRow.get(key);
    if (first !== undefined) {
      sink.add(
        "V08",
        TABLES_BY.JmpJointPlan,
        row.row,
        "initiativeId",
        `${row.partnerId.text} / ${row.initiativeId.text} is already in the Joint Plan on row ${first}; this row is not counted`,
        row.partnerId.text,
      );
      return false;
    }
    firstRow.set(key, row.row);
    return true;
  });
}
