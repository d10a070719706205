/**
 * Parse: raw tables -> the plan data, with the structure and value findings (S01-S03,
 * V01-V09). One pass over each table; rows are read by column position resolved once. The
 * small tables become row records, the large ones columns (see store/planData.ts). The plan's
 * tactic types are read first, as the Tactics are checked against them (tacticTypes.ts).
 */
import { periodKey } from "../../model/fiscalCalendar";
import { pairKey } from "../../model/ids";
import type { Id, Maybe, RowRef, TableLocation } from "../../model/plan";
import type { RawTable } from "../../model/rawTable";
import { TABLES } from "../../model/schema";
import type { TableName, TableSpec } from "../../model/schema";
import { CellReader } from "./cellReader";
import { FindingSink } from "../findings/findingSink";
import { parseSettings } from "./parseSettings";
import type { SettingsOptions } from "./parseSettings";
import { ALLOCATIONS, CLAIMS, OUTCOMES, TACTICS } from "./activityTables";
import type { ActivityTable } from "./activityTables";
import { readInitiative, readJointPlanEntry, readPartner } from "./rowReaders";
import { withPlanPeriods } from "./jointPlanPeriods";
import { scanRows } from "./rowScan";
import { readActivityTable } from "./readActivity";
import type { FoundTable } from "./readActivity";
import type { IdentifiedColumns } from "../store/activityColumns";
import { IdDomain } from "../store/idDomain";
import { repeatsOf } from "../store/repeats";
import type { IdDomains } from "../store/idDomain";
import { WorkArrays } from "../store/workArrays";
import { convertCurrencies } from "./convertCurrencies";
import type { CurrencyView } from "./convertCurrencies";
import { readContext } from "./readContext";
import type { ReadContext } from "./readContext";
import { readRates } from "./readRates";
import { readTacticTypes, withPlanTypes } from "./tacticTypes";
import type { PlanData } from "../store/planData";
import { checkHeaders, resolveColumns } from "./tableColumns";
import type { Slots } from "./tableColumns";

/** Options of reading a plan. */
export interface ReadOptions extends SettingsOptions {
  /** The currency figures are made in: the plan's (the default), or each partner's own. */
  readonly currencyView?: CurrencyView;
}

/** The result of parsing: the plan data and the sink holding the findings so far. */
export interface Parsed {
  readonly data: PlanData;
  readonly sink: FindingSink;
}

type RowReader<T> = (r: CellReader, c: Slots, row: number) => T;


type Found = FoundTable;

/**
 * Parses every JMP table; tables the workbook lacks are reported as S01 and read as empty.
 * `work` is the memory the large tables are read with (see store/workArrays.ts): a caller
 * analysing the same plan again and again passes the same one (see `AnalyzeOptions.work`).
 */
export function parse(tables: readonly RawTable[], options: ReadOptions = {}, work: WorkArrays = new WorkArrays()): Parsed {
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
    if (f) checkHeaders(spec, f.raw, sink);
    // A table added by a later template version is missing from every workbook made before it,
    // which read its defaults instead; only a workbook with no JMP table at all lacks it too.
    else if (spec.addedIn === undefined || found.size === 0) sink.add("S01", spec, null, null, `The workbook has no table named ${spec.name} (${spec.label})`);
  }
  const tacticTypes = readTacticTypes(found.get("JmpTacticTypes"), sink);
  const tacticsTable = found.get("JmpTactics");
  if (tacticsTable) found.set("JmpTactics", withPlanTypes(tacticsTable, tacticTypes));

  const context = readContext();
  const settingsTable = found.get("JmpSettings");
  // First: the Number format setting decides how the text of every later cell reads.
  const settings = parseSettings(settingsTable?.raw, settingsTable?.slots, sink, options, context);
  const read = <T>(name: TableName, reader: RowReader<T>): T[] => readTable(TABLES_BY[name], found.get(name), sink, reader, context);
  const ids = idDomains();
  const columns = <C extends IdentifiedColumns>(table: ActivityTable<C>): C => readActivityTable(table, found.get(table.name), ids, sink, work, context);
  const rates = readRates(found.get("JmpRates"), sink, context);
  const data: PlanData = {
    settings,
    tacticTypes,
    initiatives: unique(read("JmpInitiatives", readInitiative), (r) => r.id, "JmpInitiatives", "initiativeId", sink),
    partners: unique(read("JmpPartners", readPartner), (r) => r.id, "JmpPartners", "partnerId", sink),
    jointPlan: uniqueTriples(withPlanPeriods(read("JmpJointPlan", readJointPlanEntry), settings, sink), sink),
    tactics: columns(TACTICS),
    allocations: columns(ALLOCATIONS),
    claims: columns(CLAIMS),
    outcomes: columns(OUTCOMES),
    rates,
    ids,
    locations,
  };
  return { data: convertCurrencies(data, rates, context, sink, options.currencyView), sink };
}

/** Empty ID domains. */
function idDomains(): IdDomains {
  return { partners: new IdDomain(), initiatives: new IdDomain(), tactics: new IdDomain() };
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

function readTable<T>(spec: TableSpec, f: Maybe<Found>, sink: FindingSink, read: RowReader<T>, context: ReadContext): T[] {
  if (!f) return [];
  const reader = new CellReader(spec, sink, context);
  const out: T[] = [];
  scanRows(f.raw, f.slots, (cells, row) => {
    reader.begin(cells, row);
    out.push(read(reader, f.slots, row));
  });
  return out;
}

/**
 * Keeps the first row of each ID and reports later ones as V08 (the same search as the large
 * tables', `repeatsOf`). Duplicates are left out of the plan: counting a copied row twice would
 * make every figure wrong.
 */
function unique<T extends RowRef>(
  rows: T[],
  idOf: (row: T) => Maybe<Id>,
  table: TableName,
  column: string,
  sink: FindingSink,
): T[] {
  const repeats = repeatsOf(rows.map((row) => idOf(row)?.text ?? ""));
  for (const [k, first] of repeats) {
    sink.add("V08", TABLES_BY[table], rows[k].row, column, `${idOf(rows[k])?.text} is already used on row ${rows[first].row}; this row is not counted`);
  }
  return repeats.size === 0 ? rows : rows.filter((_, k) => !repeats.has(k));
}

/**
 * Keeps the first Joint Plan row of each partner x initiative x period triple (a blank Period is
 * the whole plan period, a period of its own) and reports later ones as V08.
 */
function uniqueTriples<T extends RowRef & { partnerId: Maybe<Id>; initiativeId: Maybe<Id>; period: string }>(rows: T[], sink: FindingSink): T[] {
  const tripleKey = (row: T): string => (row.partnerId && row.initiativeId ? `${pairKey(row.partnerId.key, row.initiativeId.key)}\u0000${periodKey(row.period)}` : "");
  const repeats = repeatsOf(rows.map(tripleKey));
  for (const [k, first] of repeats) {
    const { partnerId, initiativeId, period, row } = rows[k];
    sink.add(
      "V08",
      TABLES_BY.JmpJointPlan,
      row,
      "initiativeId",
      `${partnerId?.text} / ${initiativeId?.text}${period === "" ? "" : ` / ${period}`} is already in the Joint Plan on row ${rows[first].row}; this row is not counted`,
      partnerId?.text,
    );
  }
  return repeats.size === 0 ? rows : rows.filter((_, k) => !repeats.has(k));
}
