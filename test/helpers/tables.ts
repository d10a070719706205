/**
 * Builders for raw JMP tables in tests: rows are written by header, and every table sits on its
 * template sheet with its header on row 1 starting in column A (so data row i is sheet row i + 2).
 */
import type { RawTable } from "../../src/model/rawTable";
import { requireTableSpec, TABLES } from "../../src/model/schema";
import type { TableName } from "../../src/model/schema";

/** A row as header -> cell value. */
export type RowData = Record<string, unknown>;

/** A raw table in template column order from rows keyed by header. */
export function table(name: TableName, rows: readonly RowData[], headers?: readonly string[]): RawTable {
  const spec = requireTableSpec(name);
  const cols = headers ?? spec.columns.map((c) => c.header);
  return {
    name,
    sheet: spec.sheet,
    headerRow: 1,
    firstColumn: 0,
    headers: [...cols],
    rows: rows.map((r) => cols.map((h) => r[h])),
  };
}

/** Settings rows from a name -> value record. */
export function settingsTable(values: Record<string, unknown>): RawTable {
  return table("JmpSettings", Object.entries(values).map(([Setting, Value]) => ({ Setting, Value })));
}

/** Settings of a clean plan: calendar 2026, USD, 50 %, 45 days, as of 2026-11-30. */
export const PLAN_SETTINGS: Record<string, unknown> = {
  "Plan name": "FY26 Joint Marketing Plan",
  Vendor: "Contoso",
  "Period start": new Date(Date.UTC(2026, 0, 1)),
  "Period end": new Date(Date.UTC(2026, 11, 31)),
  Currency: "USD",
  "Max MDF share": 0.5,
  "Claim window (days)": 45,
  "As of": new Date(Date.UTC(2026, 10, 30)),
};

/** A Date at UTC midnight, as ExcelJS delivers a date cell. */
export function d(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** A complete workbook's tables from rows per table; tables not given are present and empty. */
export function workbook(parts: Partial<Record<TableName, readonly RowData[]>>, settings: Record<string, unknown> = PLAN_SETTINGS): RawTable[] {
  return TABLES.map((spec) => (spec.name === "JmpSettings" ? settingsTable(settings) : table(spec.name, parts[spec.name] ?? [])));
}

/**
 * A small plan with no findings at all: two partners, two initiatives, a funded and claimed
 * tactic per partner, outcomes with and without a tactic.
 */
export function cleanPlan(): Partial<Record<TableName, RowData[]>> {
  return {
    JmpInitiatives: [
      { "Initiative ID": "I-CLOUD", Initiative: "Cloud migration", Metric: "Revenue", Target: 500000, Active: "Yes" },
      { "Initiative ID": "I-SEC", Initiative: "Security", Metric: "Pipeline", Target: 200000, Active: "Yes" },
    ],
    JmpPartners: [
      { "Partner ID": "P001", Partner: "Northwind", Tier: "Gold", Region: "EMEA", "MDF budget": 50000, Active: "Yes" },
      { "Partner ID": "P002", Partner: "Fabrikam", Tier: "Silver", Region: "AMER", "MDF budget": 20000, Active: "Yes" },
    ],
    JmpJointPlan: [
      { "Partner ID": "P001", "Initiative ID": "I-CLOUD", "Forecast revenue": 100000 },
      { "Partner ID": "P001", "Initiative ID": "I-SEC", "Forecast revenue": 40000 },
      { "Partner ID": "P002", "Initiative ID": "I-SEC", "Forecast revenue": 30000 },
    ],
    JmpTactics: [
      { "Tactic ID": "T1", "Partner ID": "P001", "Initiative ID": "I-CLOUD", "Tactic type": "Event", Start: d("2026-03-01"), End: d("2026-03-02"), "Total cost": 20000, "MDF requested": 10000, Status: "Completed" },
      { "Tactic ID": "T2", "Partner ID": "P001", "Initiative ID": "I-SEC", "Tactic type": "Webinar", Start: d("2026-11-01"), End: d("2026-11-01"), "Total cost": 8000, "MDF requested": 4000, Status: "Approved" },
      { "Tactic ID": "T3", "Partner ID": "P002", "Initiative ID": "I-SEC", "Tactic type": "Webinar", Start: d("2026-04-01"), End: d("2026-04-01"), "Total cost": 6000, "MDF requested": 3000, Status: "Approved" },
      { "Tactic ID": "T4", "Partner ID": "P002", "Initiative ID": "I-SEC", "Tactic type": "Event", Start: d("2026-12-01"), End: d("2026-12-02"), "Total cost": 5000, "MDF requested": 2000, Status: "Draft" },
    ],
    JmpAllocations: [
      { "Allocation ID": "A1", "Partner ID": "P001", "Tactic ID": "T1", Amount: 10000, "Authorized on": d("2026-02-01") },
      { "Allocation ID": "A2", "Partner ID": "P001", "Tactic ID": "T2", Amount: 4000, "Authorized on": d("2026-10-01") },
      { "Allocation ID": "A3", "Partner ID": "P002", "Tactic ID": "T3", Amount: 3000, "Authorized on": d("2026-03-01") },
    ],
    JmpClaims: [
      { "Claim ID": "C1", "Tactic ID": "T1", "Amount claimed": 9000, "Amount approved": 8500, "Submitted on": d("2026-03-20"), Status: "Paid", "Paid on": d("2026-04-10") },
      { "Claim ID": "C2", "Tactic ID": "T3", "Amount claimed": 3000, "Submitted on": d("2026-04-15"), Status: "Approved" },
    ],
    JmpOutcomes: [
      { "Outcome ID": "O1", "Partner ID": "P001", "Tactic ID": "T1", Metric: "Revenue", Value: 60000, Date: d("2026-06-01") },
      { "Outcome ID": "O2", "Partner ID": "P001", "Initiative ID": "I-CLOUD", Metric: "Opportunities", Value: 4, Date: d("2026-06-01") },
      { "Outcome ID": "O3", "Partner ID": "P002", "Tactic ID": "T3", Metric: "Pipeline", Value: 25000, Date: d("2026-05-01") },
      { "Outcome ID": "O4", "Partner ID": "P002", "Initiative ID": "I-SEC", Metric: "Revenue", Value: 12000.5, Date: d("2026-07-01") },
    ],
  };
}
