/**
 * Excel hands date cells over as serial numbers, an .xlsx file as Dates. A pack built from the
 * open Excel workbook must hold real date cells, so the plan's tables are read with the date
 * columns' serial numbers turned into Dates first (the merge itself compares the two forms as
 * the same day). Anything else (text, a blank, a number outside Excel's dates) passes through.
 */
import { dateFromDay, dayFromSerial, MAX_EXCEL_SERIAL } from "../../model/dates";
import type { RawTable } from "../../model/rawTable";
import { normalizeHeader, tableSpec } from "../../model/schema";
import type { WorkbookPort } from "../../workbook/port";

/** The table with the serial numbers of its date columns as Dates. */
export function withDates(table: RawTable): RawTable {
  const spec = tableSpec(table.name);
  if (!spec) return table;
  const dateColumns = table.headers.map((h) => spec.columns.some((c) => c.type === "date" && normalizeHeader(c.header) === normalizeHeader(h)));
  if (!dateColumns.includes(true)) return table;
  const rows = table.rows.map((row) =>
    row.map((value, i) => (dateColumns[i] && typeof value === "number" && value >= 1 && value <= MAX_EXCEL_SERIAL ? dateFromDay(dayFromSerial(value)) : value)),
  );
  return { ...table, rows };
}

/** The workbook's tables as the packs code compares them (dates as Dates). */
export function datedReader(workbook: WorkbookPort): Pick<WorkbookPort, "readTables"> {
  return { readTables: async (options) => (await workbook.readTables(options)).map(withDates) };
}
