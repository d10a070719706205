/**
 * Which rows of a plan go into one partner's pack (SPEC section 7): the partner's Joint Plan,
 * Tactics, Claims (those on the partner's tactics) and Outcomes rows; its Allocations (its own
 * lump sums and what funds its tactics, shown read-only); its own Partners row; the
 * template's Settings rows; the active initiatives and any initiative the partner's rows name.
 * Nothing of another partner: a claim or outcome tied to another partner's tactic stays out,
 * even when the row names this partner (the engine reports the mismatch as R04), and a user's
 * own Settings rows stay out (they may say anything).
 */
import type { TacticTypeEntry } from "../../model/plan";
import type { RawTable } from "../../model/rawTable";
import { normalizeHeader, requireTableSpec, SETTINGS, TABLES } from "../../model/schema";
import type { TableName } from "../../model/schema";
import { idKey } from "../../model/ids";
import { parse } from "../read/parse";
import type { Parsed } from "../read/parse";
import { findRawTable, keyedTable, rowId } from "./keyedRows";
import type { KeyedRow, KeyedTable } from "./keyedRows";
import { packedRow, PACKED_TABLES } from "./provenance";
import type { PackedRow } from "./provenance";

/** A partner as the Partners table names it. */
export interface PackPartner {
  readonly id: string;
  readonly key: string;
  readonly name: string;
}

/** Everything a pack holds, before it is written to a workbook. */
export interface PackSelection {
  readonly partner: PackPartner;
  readonly planName: string;
  readonly vendor: string;
  /** The plan currency's ISO code. */
  readonly currency: string;
  /** The currency of the partner's amounts (its `Partners[Currency]`, else the plan's): the pack shows its money in it. */
  readonly partnerCurrency: string;
  /** The number format the pack is written for: the partner's, else the plan's setting. */
  readonly numberFormat: string;
  /** The rows of each table in the pack, in plan order; every template table but Tactic Types. */
  readonly tables: ReadonlyMap<TableName, readonly KeyedRow[]>;
  /** The plan's tactic types as the check reads them (the defaults for a plan without its own list): the pack's dropdown. */
  readonly tacticTypes: readonly TacticTypeEntry[];
  /** Fingerprints of the partner tables' and the allocations' rows as packed. */
  readonly packed: readonly PackedRow[];
}

function tablesOf(plan: readonly RawTable[]): Map<TableName, KeyedTable> {
  return new Map(TABLES.map((spec) => [spec.name, keyedTable(spec, findRawTable(plan, spec.name))]));
}

function text(value: unknown): string {
  return typeof value === "string" ? value.trim() : typeof value === "number" ? String(value) : "";
}

/** The partners of a plan, in sheet order. */
export function planPartners(plan: readonly RawTable[]): PackPartner[] {
  return keyedTable(requireTableSpec("JmpPartners"), findRawTable(plan, "JmpPartners"))
    .rows.filter((r) => r.key !== undefined)
    .map((r) => ({ id: r.id, key: r.key as string, name: text(r.cells.get("partner")) }));
}

/** The partner a user means by `wanted`: its ID, else its name (both compared like lookups). */
export function findPackPartner(plan: readonly RawTable[], wanted: string): PackPartner | undefined {
  const key = idKey(wanted);
  const partners = planPartners(plan);
  return partners.find((p) => p.key === key) ?? partners.find((p) => p.name !== "" && idKey(p.name) === key);
}

function keyOf(row: KeyedRow, column: string): string | undefined {
  return rowId(row.cells.get(column))?.key;
}

/** Tactic keys by owner: this partner's, and any other partner's (or no partner's). */
function tacticOwners(tactics: KeyedTable, partnerKey: string): { own: Set<string>; others: Set<string> } {
  const own = new Set<string>();
  const others = new Set<string>();
  for (const row of tactics.rows) {
    if (row.key === undefined) continue;
    (keyOf(row, "partnerId") === partnerKey ? own : others).add(row.key);
  }
  return { own, others };
}

/** Selects the rows of `partner`'s pack from a plan's raw tables. */
export function selectPackRows(plan: readonly RawTable[], partner: PackPartner): PackSelection {
  const tables = tablesOf(plan);
  const rows = (name: TableName): readonly KeyedRow[] => tables.get(name)?.rows ?? [];
  const ownedByPartner = (row: KeyedRow): boolean => keyOf(row, "partnerId") === partner.key;
  const tactics = tacticOwners(tables.get("JmpTactics") as KeyedTable, partner.key);
  // A tactic ID used by two partners (finding V08) is not this partner's alone.
  const isOwnTactic = (key: string | undefined): boolean => key !== undefined && tactics.own.has(key) && !tactics.others.has(key);

  const jointPlan = rows("JmpJointPlan").filter(ownedByPartner);
  const partnerTactics = rows("JmpTactics").filter(ownedByPartner);
  const claims = rows("JmpClaims").filter((r) => isOwnTactic(keyOf(r, "tacticId")));
  // Authorized amounts of the partner's own tactics and lump sums, never another partner's tactic.
  const allocations = rows("JmpAllocations").filter((r) => {
    const tactic = keyOf(r, "tacticId");
    return ownedByPartner(r) && (tactic === undefined || isOwnTactic(tactic));
  });
  const outcomes = rows("JmpOutcomes").filter((r) => {
    const tactic = keyOf(r, "tacticId");
    return ownedByPartner(r) && (tactic === undefined || !tactics.others.has(tactic));
  });

  const { data: parsed } = parse(plan);
  const named = new Set([...jointPlan, ...partnerTactics, ...outcomes].map((r) => keyOf(r, "initiativeId")));
  const active = new Set(parsed.initiatives.filter((i) => i.active).map((i) => i.id.key));
  const initiatives = rows("JmpInitiatives").filter((r) => r.key !== undefined && (active.has(r.key) || named.has(r.key)));
  const { partnerCurrency, numberFormat } = packConventionsOf(parsed, partner.key);
  const settings = shownSettings(rows("JmpSettings"), parsed, partner.key);
  const partners = rows("JmpPartners").filter((r) => r.key === partner.key);

  const selected = new Map<TableName, readonly KeyedRow[]>([
    ["JmpSettings", settings],
    ["JmpInitiatives", initiatives],
    ["JmpPartners", partners],
    ["JmpJointPlan", jointPlan],
    ["JmpTactics", partnerTactics],
    ["JmpClaims", claims],
    ["JmpOutcomes", outcomes],
    ["JmpAllocations", allocations],
  ]);
  const packed = PACKED_TABLES.flatMap((name) => (selected.get(name) ?? []).map(packedRow));
  return { partner, planName: parsed.settings.planName, vendor: parsed.settings.vendor, currency: parsed.settings.currency.code, partnerCurrency, numberFormat, tables: selected, tacticTypes: parsed.tacticTypes, packed };
}

/** The currency and number format partner `partnerKey`'s pack is in: the partner's own, else the plan's. */
function packConventionsOf(parsed: Parsed["data"], partnerKey: string): { partnerCurrency: string; numberFormat: string } {
  const own = parsed.partners.find((p) => p.id.key === partnerKey);
  return { partnerCurrency: own?.currency || parsed.settings.currency.code, numberFormat: own?.numberFormat || parsed.settings.numberFormat };
}

/**
 * The Settings rows a pack of partner `partnerKey` shows: the template's settings of the plan
 * (`planRows`), with the Currency and Number format the pack's amounts and text are in (the
 * partner's). The merge compares a pack's Settings with these, so what the pack itself wrote
 * there is no edit of the partner's.
 */
export function shownSettings(planRows: readonly KeyedRow[], parsed: Parsed["data"], partnerKey: string): KeyedRow[] {
  const settingNames = new Set(SETTINGS.map((s) => normalizeHeader(s.name)));
  const { partnerCurrency, numberFormat } = packConventionsOf(parsed, partnerKey);
  return packSettings(planRows.filter((r) => r.key !== undefined && settingNames.has(r.key)), { Currency: partnerCurrency, "Number format": numberFormat });
}

/** The plan's settings rows with `values` set (by setting name), a row added for a setting the plan lacks. */
function packSettings(rows: readonly KeyedRow[], values: Readonly<Record<string, string>>): KeyedRow[] {
  const out = rows.map((row) => {
    const name = Object.keys(values).find((n) => normalizeHeader(n) === row.key);
    return name === undefined ? row : { ...row, cells: new Map(row.cells).set("value", values[name]) };
  });
  for (const [name, value] of Object.entries(values)) {
    if (!out.some((row) => row.key === normalizeHeader(name))) out.push({ table: "JmpSettings", row: 0, key: normalizeHeader(name), id: name, cells: new Map<string, unknown>([["setting", name], ["value", value]]) });
  }
  return out;
}
