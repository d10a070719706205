/**
 * What the plan an import goes into already holds, read from its tables as the workbook gives
 * them: the partners and initiatives a tracker's names may stand for, the IDs new ones must not
 * repeat, where each row sits (so a re-import updates a tactic instead of adding it twice), the
 * plan's own tactic types and the Settings rows.
 */
import { idKey, pairKey } from "../../../model/ids";
import type { RawTable } from "../../../model/rawTable";
import { normalizeHeader, requireTableSpec, TABLES, TACTIC_TYPES } from "../../../model/schema";
import type { TableName } from "../../../model/schema";
import { readDay, readText } from "./trackerValues";
import type { Day } from "../../../model/dates";

/** A row of the plan, by the schema column keys it has. */
export interface PlanRow {
  /** Sheet row number. */
  readonly row: number;
  readonly get: (key: string) => unknown;
}

/** A tactic already in the plan, with what a tracker row without an ID is matched by. */
export interface PlanTactic {
  readonly id: string;
  readonly row: number;
  readonly partnerKey: string;
  readonly description: string;
  readonly start: Day | undefined;
  /** The plan's initiative ID of the tactic ("" when blank): kept when the tracker names none. */
  readonly initiativeId: string;
}

/** The target plan as an import sees it. */
export interface ExistingPlan {
  /** Partner ID by the name's key (`partyKey`); a name two partners share stands for neither. */
  readonly partnerByName: ReadonlyMap<string, string>;
  /** Partner ID by its ID key, as the plan spells it. */
  readonly partnerById: ReadonlyMap<string, string>;
  readonly initiativeByName: ReadonlyMap<string, string>;
  readonly initiativeById: ReadonlyMap<string, string>;
  /** Joint Plan pairs (`pairKey` of the ID keys). */
  readonly pairs: ReadonlySet<string>;
  /** Every ID in each table's unique ID column, as written. */
  readonly ids: ReadonlyMap<TableName, readonly string[]>;
  /** Sheet row of each ID (by ID key) in each table. */
  readonly rows: ReadonlyMap<TableName, ReadonlyMap<string, number>>;
  readonly tactics: readonly PlanTactic[];
  /** The plan's tactic types (the template's ten when it has no list of its own). */
  readonly tacticTypes: readonly string[];
  /** Sheet row of each Settings row, by normalized setting name. */
  readonly settingsRows: ReadonlyMap<string, number>;
  /** Values of the Settings rows, by normalized setting name. */
  readonly settings: ReadonlyMap<string, unknown>;
  /** True when the plan has any partner, tactic or claim row yet. */
  readonly hasRows: boolean;
  /** True when the workbook holds any JMP table (an empty template included): a plan, not some other workbook. */
  readonly holdsTables: boolean;
  /** The tables as read: what the cells an import updates are compared with. */
  readonly tables: readonly RawTable[];
}

/** The key partners and initiatives are matched by: letters and digits only, lower case. */
export function nameKey(name: string): string {
  return name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "");
}

/** Legal forms that end company names. */
const LEGAL_FORMS = /(?:\s|,|\.)+(inc|incorporated|ltd|limited|llc|llp|plc|gmbh|ag|sa|sas|sarl|srl|spa|bv|nv|oy|ab|as|corp|corporation|co|company|pty|pte|kg)\.?$/i;

/** The key a partner or initiative is matched by: its name's key without a legal form at the end. */
export function partyKey(name: string): string {
  let stripped = name.trim();
  for (let i = 0; i < 2 && LEGAL_FORMS.test(stripped); i++) stripped = stripped.replace(LEGAL_FORMS, "");
  return nameKey(stripped) || nameKey(name);
}

/** The plan's tactic types table (template v2) and its type column. */
const TACTIC_TYPES_TABLE = "JmpTacticTypes";
const TACTIC_TYPE_HEADER = "Tactic type";

function rowsOf(raw: RawTable, table: TableName): PlanRow[] {
  const spec = requireTableSpec(table);
  const at = new Map<string, number>();
  raw.headers.forEach((h, i) => {
    const column = spec.columns.find((c) => normalizeHeader(c.header) === normalizeHeader(h));
    if (column && !at.has(column.key)) at.set(column.key, i);
  });
  const count = raw.hasTotalsRow ? raw.rows.length - 1 : raw.rows.length;
  return raw.rows.slice(0, count).map((cells, i) => ({ row: raw.headerRow + 1 + i, get: (key: string) => (at.has(key) ? cells[at.get(key) as number] : undefined) }));
}

function find(tables: readonly RawTable[], name: string): RawTable | undefined {
  return tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
}

function named(rows: readonly PlanRow[], idColumn: string, nameColumn: string): { byName: Map<string, string>; byId: Map<string, string> } {
  const byName = new Map<string, string>();
  const byId = new Map<string, string>();
  const ambiguous = new Set<string>();
  for (const row of rows) {
    const id = readText(row.get(idColumn));
    if (id === "") continue;
    if (!byId.has(idKey(id))) byId.set(idKey(id), id);
    const key = partyKey(readText(row.get(nameColumn)));
    if (key === "") continue;
    if (byName.has(key) && byName.get(key) !== id) ambiguous.add(key);
    byName.set(key, id);
  }
  for (const key of ambiguous) byName.delete(key);
  return { byName, byId };
}

/** The plan as read from `tables` (every JMP table the workbook has; any may be missing). */
export function existingPlan(tables: readonly RawTable[]): ExistingPlan {
  const rowsByTable = new Map<TableName, PlanRow[]>();
  for (const spec of TABLES) {
    const raw = find(tables, spec.name);
    rowsByTable.set(spec.name, raw ? rowsOf(raw, spec.name) : []);
  }
  const rowsOfTable = (t: TableName) => rowsByTable.get(t) ?? [];
  const partners = named(rowsOfTable("JmpPartners"), "partnerId", "partner");
  const initiatives = named(rowsOfTable("JmpInitiatives"), "initiativeId", "initiative");

  const ids = new Map<TableName, string[]>();
  const rows = new Map<TableName, Map<string, number>>();
  for (const spec of TABLES) {
    const column = spec.columns.find((c) => c.type === "id" && c.unique);
    if (!column) continue;
    const list: string[] = [];
    const at = new Map<string, number>();
    for (const row of rowsOfTable(spec.name)) {
      const id = readText(row.get(column.key));
      if (id === "") continue;
      list.push(id);
      if (!at.has(idKey(id))) at.set(idKey(id), row.row);
    }
    ids.set(spec.name, list);
    rows.set(spec.name, at);
  }

  const pairs = new Set<string>();
  for (const row of rowsOfTable("JmpJointPlan")) pairs.add(pairKey(idKey(readText(row.get("partnerId"))), idKey(readText(row.get("initiativeId")))));

  const tactics = rowsOfTable("JmpTactics").flatMap((row): PlanTactic[] => {
    const id = readText(row.get("tacticId"));
    if (id === "") return [];
    const start = readDay(row.get("start"));
    return [{ id, row: row.row, partnerKey: idKey(readText(row.get("partnerId"))), description: readText(row.get("description")), start: start.kind === "value" ? start.value : undefined, initiativeId: readText(row.get("initiativeId")) }];
  });

  const settingsRows = new Map<string, number>();
  const settings = new Map<string, unknown>();
  for (const row of rowsOfTable("JmpSettings")) {
    const name = normalizeHeader(row.get("setting"));
    if (name === "" || settingsRows.has(name)) continue;
    settingsRows.set(name, row.row);
    settings.set(name, row.get("value"));
  }

  const typesTable = find(tables, TACTIC_TYPES_TABLE);
  const typeAt = typesTable ? typesTable.headers.findIndex((h) => normalizeHeader(h) === normalizeHeader(TACTIC_TYPE_HEADER)) : -1;
  const listed = typesTable && typeAt >= 0 ? typesTable.rows.map((r) => readText(r[typeAt])).filter((t) => t !== "") : [];

  return {
    partnerByName: partners.byName,
    partnerById: partners.byId,
    initiativeByName: initiatives.byName,
    initiativeById: initiatives.byId,
    pairs,
    ids,
    rows,
    tactics,
    tacticTypes: typesTable ? listed : [...TACTIC_TYPES],
    settingsRows,
    settings,
    holdsTables: TABLES.some((spec) => find(tables, spec.name) !== undefined),
    tables,
    hasRows: (["JmpPartners", "JmpTactics", "JmpClaims"] as const).some((t) => rowsOfTable(t).some((r) => readText(r.get(requireTableSpec(t).columns[0].key)) !== "")),
  };
}

/** The plan of a new workbook: nothing yet but the template's tactic types. */
export const EMPTY_PLAN: ExistingPlan = existingPlan([]);
