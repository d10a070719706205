/**
 * What a user builds without the add-in: the JMP tables as plain A1 data on their sheets and a
 * Figures sheet with one row per partner holding Requested, Authorized, Spend and Revenue as
 * SUMIFS formulas, evaluated by HyperFormula.
 *
 * Claims carry no Partner ID, so the Claims sheet gets a helper column "Tactic partner" with the
 * Partner ID of each claim's tactic. It is filled here in JavaScript rather than by a lookup
 * formula: that keeps the lookup's cost off HyperFormula's clock, so the comparison flatters the
 * formulas, never the engine.
 */
import { HyperFormula } from "hyperformula";
import type { RawCellContent } from "hyperformula";
import type { Analysis } from "../../src/engine";
import type { Cents } from "../../src/model/money";
import { columnLetters } from "../../src/model/rawTable";
import type { RawTable } from "../../src/model/rawTable";
import { normalizeHeader, requireTableSpec } from "../../src/model/schema";
import type { TableName } from "../../src/model/schema";

/** The per-partner figures the formulas compute, in cents. */
export interface NativeFigures {
  readonly partner: string;
  readonly requested: Cents;
  readonly authorized: Cents;
  readonly spend: Cents;
  readonly revenue: Cents;
}

/** Sheets ready for `HyperFormula.buildFromSheets`, and the partners of the Figures sheet. */
export interface NativeWorkbook {
  readonly sheets: Record<string, RawCellContent[][]>;
  readonly partners: readonly string[];
}

/** The sheet holding the formulas. */
export const FIGURES_SHEET = "Figures";
const HELPER_HEADER = "Tactic partner";

/** HyperFormula's options for the comparison (the GPL licence key of its open-source edition). */
export const HYPERFORMULA_CONFIG = { licenseKey: "gpl-v3" } as const;

/** An absolute A1 range over the data rows of one column of a table's sheet. */
class SheetRanges {
  private readonly at = new Map<string, number>();
  readonly sheet: string;

  constructor(
    private readonly raw: RawTable,
    extraHeaders: readonly string[] = [],
  ) {
    this.sheet = raw.sheet;
    [...raw.headers, ...extraHeaders].forEach((h, i) => {
      const key = normalizeHeader(h);
      if (!this.at.has(key)) this.at.set(key, i);
    });
  }

  /** `'Tactics'!$I$2:$I$10001` for a header of the table. */
  range(header: string): string {
    const index = this.at.get(normalizeHeader(header));
    if (index === undefined) throw new Error(`${this.raw.name} has no column ${header}`);
    const col = columnLetters(this.raw.firstColumn + index);
    const first = this.raw.headerRow + 1;
    const last = Math.max(first, this.raw.headerRow + this.raw.rows.length);
    return `'${this.sheet}'!$${col}$${first}:$${col}$${last}`;
  }
}

/** A cell as a sheet holds it: Office.js reports an empty cell as "", which is no value at all. */
function cellContent(value: unknown): RawCellContent {
  if (value === "" || value === undefined || value === null) return null;
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return null;
}

/** A table as sheet data: header row, then rows (the sheet starts at A1, as in the template). */
function sheetData(raw: RawTable, extra?: { header: string; values: readonly RawCellContent[] }): RawCellContent[][] {
  const header: RawCellContent[] = raw.headers.map(cellContent);
  if (extra) header.push(extra.header);
  const rows = raw.rows.map((row, i) => {
    const cells = row.map(cellContent);
    if (extra) cells.push(extra.values[i]);
    return cells;
  });
  return [header, ...rows];
}

const idKey = (value: unknown): string | undefined => (typeof value === "string" ? value.trim().toUpperCase() : undefined);

function find(tables: readonly RawTable[], name: TableName): RawTable {
  const raw = tables.find((t) => t.name === name);
  if (!raw || raw.headerRow !== 1 || raw.firstColumn !== 0) throw new Error(`${name} must be present with its header in A1`);
  return raw;
}

/** Each claim's tactic's Partner ID (first tactic row of an ID, as the engine keeps). */
function tacticPartners(tactics: RawTable, claims: RawTable): RawCellContent[] {
  const spec = requireTableSpec("JmpTactics");
  const header = (key: string): number => tactics.headers.findIndex((h) => normalizeHeader(h) === normalizeHeader(spec.columns.find((c) => c.key === key)?.header));
  const idAt = header("tacticId");
  const partnerAt = header("partnerId");
  const partnerOf = new Map<string, RawCellContent>();
  for (const row of tactics.rows) {
    const key = idKey(row[idAt]);
    if (key !== undefined && !partnerOf.has(key)) partnerOf.set(key, cellContent(row[partnerAt]));
  }
  const claimTacticAt = claims.headers.findIndex((h) => normalizeHeader(h) === "tactic id");
  return claims.rows.map((row) => partnerOf.get(idKey(row[claimTacticAt]) ?? "") ?? null);
}

/** The formulas of one partner's row (`row` is the sheet row number on the Figures sheet). */
function partnerFormulas(row: number, t: SheetRanges, a: SheetRanges, c: SheetRanges, o: SheetRanges): string[] {
  const p = `$A${row}`;
  const requestedBy = (status: string): string => `SUMIFS(${t.range("MDF requested")},${t.range("Partner ID")},${p},${t.range("Status")},"${status}",${t.range("MDF requested")},">=0")`;
  // A counted claim's value is Amount approved, or Amount claimed (when > 0) where that is blank.
  const spendBy = (status: string): string =>
    `SUMIFS(${c.range("Amount approved")},${c.range(HELPER_HEADER)},${p},${c.range("Status")},"${status}")` +
    `+SUMIFS(${c.range("Amount claimed")},${c.range(HELPER_HEADER)},${p},${c.range("Status")},"${status}",${c.range("Amount approved")},"",${c.range("Amount claimed")},">0")`;
  return [
    `=${requestedBy("Approved")}+${requestedBy("Completed")}`,
    `=SUMIFS(${a.range("Amount")},${a.range("Partner ID")},${p},${a.range("Amount")},">0")`,
    `=${spendBy("Approved")}+${spendBy("Paid")}`,
    `=SUMIFS(${o.range("Value")},${o.range("Partner ID")},${p},${o.range("Metric")},"Revenue",${o.range("Value")},">=0")`,
  ];
}

/** Lays a plan out as sheets with the per-partner formulas. The plan's tables must start at A1. */
export function nativeWorkbook(tables: readonly RawTable[]): NativeWorkbook {
  const partnersTable = find(tables, "JmpPartners");
  const tactics = find(tables, "JmpTactics");
  const allocations = find(tables, "JmpAllocations");
  const claims = find(tables, "JmpClaims");
  const outcomes = find(tables, "JmpOutcomes");
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const raw of [partnersTable, tactics, allocations, outcomes]) sheets[raw.sheet] = sheetData(raw);
  sheets[claims.sheet] = sheetData(claims, { header: HELPER_HEADER, values: tacticPartners(tactics, claims) });

  const t = new SheetRanges(tactics);
  const a = new SheetRanges(allocations);
  const c = new SheetRanges(claims, [HELPER_HEADER]);
  const o = new SheetRanges(outcomes);
  const partnerAt = partnersTable.headers.findIndex((h) => normalizeHeader(h) === "partner id");
  const partners = partnersTable.rows.map((row) => row[partnerAt]).filter((id): id is string => typeof id === "string");
  sheets[FIGURES_SHEET] = [
    ["Partner ID", "Requested", "Authorized", "Spend", "Revenue"],
    ...partners.map((id, i) => [id, ...partnerFormulas(i + 2, t, a, c, o)]),
  ];
  return { sheets, partners };
}

/** Builds the workbook in HyperFormula, evaluates every formula and reads the figures in cents. */
export function evaluateNative(book: NativeWorkbook): NativeFigures[] {
  const hf = HyperFormula.buildFromSheets(book.sheets, HYPERFORMULA_CONFIG);
  try {
    const sheet = hf.getSheetId(FIGURES_SHEET);
    if (sheet === undefined) throw new Error("the Figures sheet is missing");
    const values = hf.getSheetValues(sheet);
    const cents = (v: unknown): Cents => (typeof v === "number" ? Math.round(v * 100) : Number.NaN);
    return book.partners.map((partner, i) => {
      const [, requested, authorized, spend, revenue] = values[i + 1] ?? [];
      return { partner, requested: cents(requested), authorized: cents(authorized), spend: cents(spend), revenue: cents(revenue) };
    });
  } finally {
    hf.destroy();
  }
}

const COMPARED = ["requested", "authorized", "spend", "revenue"] as const;

/**
 * Where the formulas and the engine disagree, one line per partner and figure ("P00007 spend:
 * formulas 1200.00, engine 1150.00"); empty when every figure of every partner matches to the cent.
 */
export function differences(native: readonly NativeFigures[], analysis: Analysis): string[] {
  const engine = new Map(analysis.partners.map((p) => [p.id, p.figures]));
  const out: string[] = [];
  for (const n of native) {
    const figures = engine.get(n.partner);
    if (!figures) {
      out.push(`${n.partner}: not among the engine's partners`);
      continue;
    }
    for (const key of COMPARED) {
      if (n[key] !== figures[key]) out.push(`${n.partner} ${key}: formulas ${(n[key] / 100).toFixed(2)}, engine ${(figures[key] / 100).toFixed(2)}`);
    }
  }
  if (native.length !== analysis.partners.length) out.push(`formulas cover ${native.length} partners, the engine ${analysis.partners.length}`);
  return out;
}
