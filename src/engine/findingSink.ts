/**
 * Collects findings while the engine reads and checks a plan, filling in the sheet, column
 * header and cell address from where each table was found.
 */
import type { Finding, RuleCode } from "../model/findings";
import { RULES } from "../model/findings";
import type { TableLocation } from "../model/plan";
import type { TableSpec } from "../model/schema";

/** Accumulates findings for one analysis. */
export class FindingSink {
  readonly findings: Finding[] = [];

  constructor(private readonly locations: ReadonlyMap<string, TableLocation>) {}

  /**
   * Records a finding at a table cell. `columnKey` is the schema key of the column (or null for a
   * whole row); `row` the sheet row number (or null for the whole table).
   */
  add(
    code: RuleCode,
    table: TableSpec,
    row: number | null,
    columnKey: string | null,
    message: string,
    partner: string | null = null,
  ): void {
    const location = this.locations.get(table.name);
    const column = columnKey === null ? null : (table.columns.find((c) => c.key === columnKey)?.header ?? columnKey);
    const letters = columnKey === null ? undefined : location?.columns.get(columnKey);
    this.findings.push({
      code,
      severity: RULES[code].severity,
      table: table.name,
      sheet: location?.sheet ?? null,
      row,
      column,
      cell: letters !== undefined && row !== null ? `${letters}${row}` : null,
      message,
      partner,
    });
  }

  /**
   * Records a finding about a header (duplicate or missing); `cell` is the header cell when one
   * exists (a missing column has none).
   */
  addHeader(code: RuleCode, table: TableSpec, row: number | null, header: string, message: string, cell: string | null = null): void {
    const location = this.locations.get(table.name);
    this.findings.push({
      code,
      severity: RULES[code].severity,
      table: table.name,
      sheet: location?.sheet ?? null,
      row,
      column: header,
      cell,
      message,
      partner: null,
    });
  }
}
