import { analyze } from "../../src/engine";
import type { Figures } from "../../src/engine";
import { SAMPLE_ROWS, samplePlanTables } from "../../src/model/sample/samplePlan";
import { requireTableSpec, TABLES, TACTIC_STATUSES, TACTIC_TYPES, CLAIM_STATUSES, OUTCOME_METRICS } from "../../src/model/schema";
import type { TableName } from "../../src/model/schema";

/** The column holding each table's row ID, to find the sheet row of a deliberate problem. */
const ID_HEADER: Partial<Record<TableName, string>> = {
  JmpTactics: "Tactic ID",
  JmpAllocations: "Allocation ID",
  JmpClaims: "Claim ID",
  JmpOutcomes: "Outcome ID",
};

/** Sheet row of the row with this ID: the header is on row 1, data starts on row 2. */
function sheetRow(table: TableName, id: string): number {
  const header = ID_HEADER[table] as string;
  const index = SAMPLE_ROWS[table].findIndex((row) => row[header] === id);
  if (index < 0) throw new Error(`${id} is not in ${table}`);
  return index + 2;
}

/** The deliberate problems the sample documents, one rule each (the Draft-tactic claim is also C01). */
const DELIBERATE: readonly [code: string, table: TableName, id: string, column: string][] = [
  ["R02", "JmpTactics", "T-26064", "Initiative ID"],
  ["P02", "JmpTactics", "T-26023", "Initiative ID"],
  ["F02", "JmpTactics", "T-26029", "MDF requested"],
  ["F03", "JmpTactics", "T-26073", "MDF requested"],
  ["C06", "JmpTactics", "T-26041", "End"],
  ["F04", "JmpAllocations", "AL-033", "Tactic ID"],
  ["C02", "JmpClaims", "CL-014", "Amount claimed"],
  ["C05", "JmpClaims", "CL-012", "Paid on"],
  ["V09", "JmpClaims", "CL-030", "Amount claimed"],
  ["C07", "JmpClaims", "CL-040", "Tactic ID"],
  ["C01", "JmpClaims", "CL-040", "Tactic ID"],
  ["O01", "JmpOutcomes", "OC-001", "Date"],
];

const analysis = analyze(samplePlanTables());

describe("the built-in sample plan", () => {
  test("reports exactly its deliberate problems, each at its row", () => {
    const found = analysis.findings.map((f) => `${f.code} ${f.table} row ${f.row} ${f.column}`).sort();
    const expected = DELIBERATE.map(([code, table, id, column]) => `${code} ${table} row ${sheetRow(table, id)} ${column}`).sort();
    expect(found).toEqual(expected);
  });

  test("has the advertised shape: 10 partners, 6 initiatives, 80 tactics over every type and status", () => {
    const { plan } = analysis;
    expect(plan.settings.planName).toBe("FY2026 Joint Marketing Plan");
    expect(plan.settings.vendor).toBe("Contoso Cloud");
    expect(plan.settings.currency.code).toBe("USD");
    expect(plan.settings.maxMdfShare.basisPoints).toBe(5000);
    expect(plan.settings.claimWindowDays).toBe(45);
    expect(plan.partners).toHaveLength(10);
    expect(plan.partners.filter((p) => !p.active)).toHaveLength(1);
    expect(plan.partners.filter((p) => p.maxMdfShare !== undefined)).toHaveLength(1);
    expect(plan.initiatives).toHaveLength(6);
    expect(plan.initiatives.filter((i) => !i.active)).toHaveLength(1);
    expect(plan.jointPlan.length).toBeGreaterThanOrEqual(20);
    expect(plan.tactics).toHaveLength(80);
    expect(new Set(plan.tactics.map((t) => t.tacticType))).toEqual(new Set(TACTIC_TYPES));
    expect(new Set(plan.tactics.map((t) => t.status))).toEqual(new Set(TACTIC_STATUSES));
    expect(new Set(plan.claims.map((c) => c.status))).toEqual(new Set(CLAIM_STATUSES));
    expect(new Set(plan.outcomes.map((o) => o.metric))).toEqual(new Set(OUTCOME_METRICS));
    expect(plan.outcomes.length).toBeGreaterThanOrEqual(100);
    expect(plan.outcomes.some((o) => o.tacticId && !o.initiativeId)).toBe(true);
    expect(plan.outcomes.some((o) => !o.tacticId)).toBe(true);
  });

  test("has plausible totals", () => {
    const t = analysis.totals;
    expect(t.coverage).toBeGreaterThanOrEqual(0.7);
    expect(t.coverage).toBeLessThanOrEqual(1);
    expect(t.alignment).toBeGreaterThanOrEqual(0.7);
    expect(t.alignment).toBeLessThanOrEqual(1);
    expect(t.roi).toBeGreaterThan(0);
    expect(t.attainment).toBeGreaterThan(0.5);
    expect(t.spend).toBeLessThanOrEqual(t.authorized);
    expect(t.authorized).toBeLessThanOrEqual(t.budget ?? 0);
    expect(t.overdueClaims).toBe(1);
  });

  test("per-partner figures add up to the totals", () => {
    const summed: (keyof Figures)[] = [
      "budget", "requested", "authorized", "aligned", "spend", "paid", "revenue", "pipeline",
      "opportunities", "leads", "deals", "forecast", "overdueClaims", "approvedTactics", "claimedTactics",
    ];
    for (const key of summed) {
      const sum = analysis.partners.reduce((acc, p) => acc + Number(p.figures[key]), 0);
      expect({ key, sum }).toEqual({ key, sum: analysis.totals[key] });
    }
  });

  test("keeps every row keyed by its table's template headers", () => {
    const unknown: string[] = [];
    for (const spec of TABLES) {
      const headers = new Set(spec.columns.map((c) => c.header));
      for (const row of SAMPLE_ROWS[spec.name]) {
        for (const key of Object.keys(row)) if (!headers.has(key)) unknown.push(`${spec.name}: ${key}`);
      }
    }
    expect(unknown).toEqual([]);
  });

  test("delivers date cells as UTC-midnight Dates and leaves other text as text", () => {
    const tables = samplePlanTables();
    const tactics = tables.find((t) => t.name === "JmpTactics");
    const start = requireTableSpec("JmpTactics").columns.findIndex((c) => c.header === "Start");
    expect(tactics?.rows[0][start]).toEqual(new Date(`${SAMPLE_ROWS.JmpTactics[0].Start}T00:00:00Z`));
    const settings = tables.find((t) => t.name === "JmpSettings");
    const asOf = settings?.rows.find((r) => r[0] === "As of");
    expect(asOf?.[1]).toEqual(new Date("2026-11-30T00:00:00Z"));
    const claims = tables.find((t) => t.name === "JmpClaims");
    const claimed = requireTableSpec("JmpClaims").columns.findIndex((c) => c.header === "Amount claimed");
    expect(claims?.rows[sheetRow("JmpClaims", "CL-030") - 2][claimed]).toBe("$1,250.00");
  });

  test("hands out fresh tables on every call", () => {
    const first = samplePlanTables();
    (first[0].rows as unknown[][]).length = 0;
    expect(samplePlanTables()[0].rows.length).toBe(SAMPLE_ROWS.JmpSettings.length);
  });
});
