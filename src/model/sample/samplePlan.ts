/**
 * The built-in sample plan: "FY2026 Joint Marketing Plan" of the vendor Contoso Cloud with ten
 * partners, calendar 2026, USD, as of 2026-11-30 so every overdue check gives the same answer.
 * The rows live in `samplePlan.json`; this module hands them out as values for a template writer
 * (`SAMPLE_ROWS`) and as the raw tables the engine reads (`samplePlanTables`).
 *
 * The plan is clean except for these deliberate problems, one per rule, so a first look at the
 * Issues sheet shows what the checks catch:
 * - R02 tactic T-26064 (Lamna) names initiative INI-EDGE, which is not in the Initiatives table.
 * - P02 tactic T-26023 (Litware) is on INI-SECURITY, outside Litware's Joint Plan.
 * - F02 tactic T-26029 is funded twice (AL-024 + AL-026), $2,500 above its MDF requested.
 * - F03 tactic T-26073 is approved but has no allocation yet.
 * - F04 allocation AL-033 is a lump sum to Adatum tied to no tactic.
 * - C02 claim CL-014 is paid $610 above tactic T-26019's funding.
 * - C05 claim CL-012 is Paid but has no Paid on date.
 * - C06 tactic T-26041 ended 2026-09-16; its claim was due by 2026-10-31 and none is filed.
 * - V09 claim CL-030 holds its amount as the text "$1,250.00" (still counted).
 * - C07 claim CL-040 is on Draft tactic T-26046; that tactic has no funding either, so the same
 *   claim is also C01.
 * - O01 outcome OC-001 is dated 2025-12-18, before the plan period.
 *
 * The Joint Plan forecasts of P-101 and P-102 on INI-CLOUD are given by quarter (`Period`
 * FY2026-Q1 to Q4, the first in the row's place, the others at the end), so the quarters show
 * forecast against actual; every other row forecasts the whole year.
 */
import { dateFromDay, dayFromText } from "../dates";
import { DEFAULT_TACTIC_TYPE_ROWS } from "../defaultRows";
import type { RawTable } from "../rawTable";
import { SETTINGS, TABLES } from "../schema";
import type { TableName, TableSpec } from "../schema";
import sampleJson from "./samplePlan.json";

/** A cell of the sample as stored: text (dates as ISO `YYYY-MM-DD`) or a number. */
export type SampleValue = string | number;

/** One row of a JMP table: template header text -> value; a header left out is a blank cell. */
export type SampleRow = Readonly<Partial<Record<string, SampleValue>>>;

/** The sample's rows per table; `JmpSettings` holds `Setting`/`Value` rows. */
export type SampleRows = Readonly<Record<TableName, readonly SampleRow[]>>;

/**
 * The sample plan's rows per table, dates as ISO text, for writers that fill a template. Its
 * tactic types are the template's defaults.
 */
export const SAMPLE_ROWS: SampleRows = freezeRows({ ...sampleJson, JmpTacticTypes: DEFAULT_TACTIC_TYPE_ROWS, JmpRates: [] });

/**
 * The sample plan as the engine reads it from a workbook: each table on its template sheet with
 * the header on row 1 from column A, blank cells as null, and ISO dates in date columns and date
 * settings turned into `Date` objects at UTC midnight, as ExcelJS delivers date cells. Other text
 * stays text. Returns new arrays on every call.
 */
export function samplePlanTables(): RawTable[] {
  return TABLES.map((spec) => rawTable(spec, SAMPLE_ROWS[spec.name]));
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATE_SETTINGS = new Set(SETTINGS.filter((s) => s.type === "date").map((s) => s.name));

function rawTable(spec: TableSpec, rows: readonly SampleRow[]): RawTable {
  const headers = spec.columns.map((c) => c.header);
  const dateHeaders = new Set(spec.columns.filter((c) => c.type === "date").map((c) => c.header));
  return {
    name: spec.name,
    sheet: spec.sheet,
    headerRow: 1,
    firstColumn: 0,
    headers,
    rows: rows.map((row) => {
      // Settings are key/value rows: the Value cell is a date only for the date settings.
      const dateRow = spec.name === "JmpSettings" && DATE_SETTINGS.has(String(row.Setting));
      return headers.map((h) => cell(row[h], dateHeaders.has(h) || (dateRow && h === "Value")));
    }),
  };
}

function cell(value: SampleValue | undefined, isDate: boolean): unknown {
  if (value === undefined) return null;
  if (isDate && typeof value === "string" && ISO_DATE.test(value)) {
    const day = dayFromText(value);
    if (day !== undefined) return dateFromDay(day);
  }
  return value;
}

function freezeRows(data: Record<TableName, readonly SampleRow[]>): SampleRows {
  for (const rows of Object.values(data)) {
    for (const row of rows) Object.freeze(row);
    Object.freeze(rows);
  }
  return Object.freeze(data);
}
