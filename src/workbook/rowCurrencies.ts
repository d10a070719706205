/**
 * The currencies of a plan's rows, gathered from its tables for the writers that append rows:
 * a new row's money cells take its partner's currency format (`appendedMoneyFormat`), not the
 * look of the row above, which may be another partner's in another currency. Settings and
 * Partners are read as the engine reads them; of the Tactics only the two ID columns are looked at.
 */
import { findRawTable } from "../engine/merge";
import { parse } from "../engine/read";
import { idKey } from "../model/ids";
import type { RawTable } from "../model/rawTable";
import { normalizeHeader, requireTableSpec } from "../model/schema";
import type { TableName } from "../model/schema";
import type { RowCurrencies } from "./columnFormats";

function idText(value: unknown): string {
  return typeof value === "string" || typeof value === "number" ? idKey(String(value)) : "";
}

/** The value of column `key` of `table` in each row, found by its header (undefined when absent). */
function columnValues(raw: RawTable | undefined, table: TableName, key: string): ((row: readonly unknown[]) => unknown) | undefined {
  const header = normalizeHeader(requireTableSpec(table).columns.find((c) => c.key === key)?.header ?? "");
  const index = raw?.headers.findIndex((h) => normalizeHeader(h) === header) ?? -1;
  return index < 0 ? undefined : (row) => row[index];
}

/** Adds tactic rows' partners (the first tactic of an ID wins, as the reading links claims). */
function addTactics(into: Map<string, string>, rows: readonly (readonly unknown[])[], tacticOf: (row: readonly unknown[]) => unknown, partnerOf: (row: readonly unknown[]) => unknown): void {
  for (const row of rows) {
    const tactic = idText(tacticOf(row));
    if (tactic !== "" && !into.has(tactic)) into.set(tactic, idText(partnerOf(row)));
  }
}

/** The plan currency, each partner's currency and each tactic's partner, from the plan's tables. */
export function rowCurrencies(tables: readonly RawTable[]): RowCurrencies {
  const partnersTable = findRawTable(tables, "JmpPartners");
  const settingsTable = findRawTable(tables, "JmpSettings");
  const { settings, partners } = parse([settingsTable, partnersTable].filter((t): t is RawTable => t !== undefined)).data;
  const byPartner = new Map<string, string>();
  for (const p of partners) if (p.currency !== "" && !byPartner.has(p.id.key)) byPartner.set(p.id.key, p.currency);
  const tacticPartners = new Map<string, string>();
  const tactics = findRawTable(tables, "JmpTactics");
  const tacticOf = columnValues(tactics, "JmpTactics", "tacticId");
  const partnerOf = columnValues(tactics, "JmpTactics", "partnerId");
  if (tactics && tacticOf && partnerOf) addTactics(tacticPartners, tactics.rows, tacticOf, partnerOf);
  return { plan: settings.currency.code, partners: byPartner, tacticPartners };
}

/**
 * The currencies once `rows` (keyed by header) are appended to `table`: new partners and new
 * tactics count for the rows appended after them (a claim of a tactic added in the same import).
 */
export function withAppendedRows(currencies: RowCurrencies, table: TableName, rows: readonly Readonly<Record<string, unknown>>[]): RowCurrencies {
  if (table !== "JmpPartners" && table !== "JmpTactics") return currencies;
  const spec = requireTableSpec(table);
  const valueOf = (row: Readonly<Record<string, unknown>>, key: string): unknown => {
    const header = normalizeHeader(spec.columns.find((c) => c.key === key)?.header ?? "");
    const found = Object.keys(row).find((h) => normalizeHeader(h) === header);
    return found === undefined ? undefined : row[found];
  };
  if (table === "JmpTactics") {
    const tacticPartners = new Map(currencies.tacticPartners);
    const cells = rows.map((row) => [valueOf(row, "tacticId"), valueOf(row, "partnerId")]);
    addTactics(tacticPartners, cells, (row) => row[0], (row) => row[1]);
    return { ...currencies, tacticPartners };
  }
  const partners = new Map(currencies.partners);
  for (const row of rows) {
    const id = idText(valueOf(row, "partnerId"));
    const code = valueOf(row, "currency");
    if (id !== "" && typeof code === "string" && code.trim() !== "" && !partners.has(id)) partners.set(id, code.trim().toUpperCase());
  }
  return { ...currencies, partners };
}
