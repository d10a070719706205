/**
 * Whether applying the template to a workbook file would change nothing, decided from the file
 * without loading it: the rules of `applyTemplate.ts` asked the other way round. The answer is
 * yes only when the workbook carries the current template version, every JMP table is an Excel
 * table with every schema column, the Settings table names every setting, and every column the
 * template gives a dropdown already has a validation over its data cells (as `hasValidation`
 * asks it). Anything else is a change, made by the workbook model as before.
 */
import { normalizeHeader, requireTableSpec, SETTINGS, TABLES, TEMPLATE_VERSION } from "../../../model/schema";
import type { ColumnSpec } from "../../../model/schema";
import type { RawTable } from "../../../model/rawTable";
import type { CellRange } from "../a1";
import { overlaps, parseRange } from "../a1";
import { settingsHeaders } from "../sampleValues";
import { planTable } from "../stream/locateParts";
import type { TablePart, WorkbookMap } from "../stream/workbookMap";
import { valueListFormula } from "../validations";

/** What the decision reads. */
export interface TemplateFacts {
  readonly map: WorkbookMap;
  /** The template version the workbook carries, if any. */
  readonly version: number | undefined;
  /** The JMP tables as read. */
  readonly tables: readonly RawTable[];
  /** The data validations' ranges (`sqref`) by worksheet part. */
  readonly validations: ReadonlyMap<string, readonly string[]>;
}

/** True when the template gives this column a dropdown (every JMP table being placed). */
function takesDropdown(column: ColumnSpec): boolean {
  if (column.valuesFrom !== undefined || valueListFormula(column) !== undefined) return true;
  return column.references !== undefined && requireTableSpec(column.references).columns.some((c) => c.unique);
}

/** The data cells of a table's column, or undefined when it has no data row. */
function dataCells(table: TablePart, index: number): CellRange | undefined {
  const top = table.range.top + table.headerRowCount;
  const bottom = table.range.bottom - table.totalsRowCount;
  if (bottom < top) return undefined;
  const column = table.range.left + index;
  return { top, bottom, left: column, right: column };
}

/** The ranges of a space-separated `sqref` list. */
function sqrefRanges(sqref: string): CellRange[] {
  return sqref.split(/\s+/).flatMap((ref) => parseRange(ref) ?? []);
}

/** True when every setting the template lists has its row in the Settings table. */
function settingsComplete(tables: readonly RawTable[]): boolean {
  const table = tables.find((t) => t.name === "JmpSettings");
  const headers = settingsHeaders(requireTableSpec("JmpSettings"));
  const nameColumn = table?.headers.findIndex((h) => normalizeHeader(h) === headers.name) ?? -1;
  if (!table || nameColumn < 0) return false;
  const present = new Set(table.rows.map((row) => normalizeHeader(row[nameColumn])));
  return SETTINGS.every((s) => present.has(normalizeHeader(s.name)));
}

/** True when applying the template would leave the workbook as it is. */
export function templateIsCurrent(facts: TemplateFacts): boolean {
  if (facts.version !== TEMPLATE_VERSION) return false;
  for (const spec of TABLES) {
    const planned = planTable(facts.map, spec);
    if (planned?.kind !== "table") return false;
    const headers = planned.table.columns.map(normalizeHeader);
    if (!spec.columns.every((c) => headers.includes(normalizeHeader(c.header)))) return false;
    const ranges = (facts.validations.get(planned.sheet.part) ?? []).flatMap(sqrefRanges);
    for (const [index, header] of headers.entries()) {
      const column = spec.columns.find((c) => normalizeHeader(c.header) === header);
      const cells = column && takesDropdown(column) ? dataCells(planned.table, index) : undefined;
      if (cells && !ranges.some((r) => overlaps(r, cells))) return false;
    }
  }
  return settingsComplete(facts.tables);
}
