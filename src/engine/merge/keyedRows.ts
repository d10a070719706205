/**
 * The rows of a JMP table as a merge sees them: each non-blank data row (the rows the engine
 * reads) with its sheet row, its identity and its cells by column key. Identity follows the
 * template: a table's unique ID column, the (partner, initiative) pair for the Joint Plan, the
 * setting name for Settings; IDs are compared trimmed and case-insensitively.
 */
import { periodKey } from "../../model/fiscalCalendar";
import { dateFromDay, dayFromSerial, MAX_EXCEL_SERIAL } from "../../model/dates";
import { idKey } from "../../model/ids";
import type { RawTable } from "../../model/rawTable";
import { normalizeHeader } from "../../model/schema";
import type { TableName, TableSpec } from "../../model/schema";
import { plainOf } from "../read/cellValue";
import { scanRows } from "../read/rowScan";
import { resolveColumns } from "../read/tableColumns";

/** An ID as written and its comparison key. */
export interface RowId {
  readonly text: string;
  readonly key: string;
}

/** One data row of a table. */
export interface KeyedRow {
  readonly table: TableName;
  /** Sheet row number as Excel shows it. */
  readonly row: number;
  /** Comparison key of the row's identity; undefined when the row lacks it. */
  readonly key: string | undefined;
  /** The identity as people read it ("T-26001", "P-101 / INI-CLOUD"); "" when missing. */
  readonly id: string;
  /** Raw cell values by schema column key, for the columns the table has. */
  readonly cells: ReadonlyMap<string, unknown>;
}

/** A table's rows and which schema columns it has. */
export interface KeyedTable {
  readonly spec: TableSpec;
  readonly rows: readonly KeyedRow[];
  /** Schema column keys present in the table. */
  readonly columns: ReadonlySet<string>;
}

/** An ID cell read as the engine reads IDs: text (not an error literal) or a finite number. */
export function rowId(raw: unknown): RowId | undefined {
  const plain = plainOf(raw);
  if (plain.kind !== "value") return undefined;
  const value = plain.value;
  const text = typeof value === "string" ? value.trim() : typeof value === "number" && Number.isFinite(value) ? String(value) : "";
  return text === "" ? undefined : { text, key: idKey(text) };
}

/**
 * The key of a Joint Plan row: its partner-initiative pair, and its Period when one is named (a
 * pair may have a row per quarter). JSON keeps it unambiguous and safe to store in a cell; a
 * whole-plan row keeps the pair's key as it was before periods.
 */
export function jointPlanKey(partner: RowId, initiative: RowId, period = ""): string {
  const label = periodKey(period);
  return JSON.stringify(label === "" ? [partner.key, initiative.key] : [partner.key, initiative.key, label]);
}

/** The identity of a row of `spec` from its cells. */
function identity(spec: TableSpec, cells: ReadonlyMap<string, unknown>): { key: string | undefined; id: string } {
  if (spec.name === "JmpJointPlan") {
    const partner = rowId(cells.get("partnerId"));
    const initiative = rowId(cells.get("initiativeId"));
    const period = cells.get("period");
    const label = typeof period === "string" ? period.trim() : "";
    const id = [partner?.text ?? "", initiative?.text ?? "", ...(label === "" ? [] : [label])].join(" / ");
    return { key: partner && initiative ? jointPlanKey(partner, initiative, label) : undefined, id };
  }
  if (spec.name === "JmpSettings") {
    const name = normalizeHeader(cells.get("setting"));
    return { key: name === "" ? undefined : name, id: typeof cells.get("setting") === "string" ? String(cells.get("setting")).trim() : name };
  }
  const idColumn = spec.columns.find((c) => c.unique);
  const id = idColumn ? rowId(cells.get(idColumn.key)) : undefined;
  return { key: id?.key, id: id?.text ?? "" };
}

/** The table named `name` among `tables` (first match, case-insensitive, as the engine reads). */
export function findRawTable(tables: readonly RawTable[], name: TableName): RawTable | undefined {
  const wanted = name.toLowerCase();
  return tables.find((t) => typeof t?.name === "string" && t.name.toLowerCase() === wanted);
}

/** The rows of one table (an absent table has none). */
export function keyedTable(spec: TableSpec, raw: RawTable | undefined): KeyedTable {
  if (!raw) return { spec, rows: [], columns: new Set() };
  const { slots } = resolveColumns(spec, raw);
  const present = spec.columns.filter((c) => slots[c.key].index >= 0);
  const rows: KeyedRow[] = [];
  scanRows(raw, slots, (cells, row) => {
    const values = new Map<string, unknown>();
    for (const column of present) {
      const value = cells[slots[column.key].index] ?? null;
      values.set(column.key, column.type === "date" ? asDateCell(value) : value);
    }
    rows.push({ table: spec.name, row, ...identity(spec, values), cells: values });
  });
  return { spec, rows, columns: new Set(present.map((c) => c.key)) };
}

/**
 * Excel hands a date cell over as its serial number, an .xlsx file as a Date: the same day must
 * compare equal whichever host read the plan and the pack, so date columns hold Dates here.
 */
function asDateCell(value: unknown): unknown {
  return typeof value === "number" && value >= 1 && value <= MAX_EXCEL_SERIAL ? dateFromDay(dayFromSerial(value)) : value;
}
