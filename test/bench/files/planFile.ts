/**
 * Writes a synthetic plan as a real plan workbook: the template with its Excel tables, the rows
 * written into them as `jmp import` writes a new plan's rows (`BulkRowsWorkbook`), so that dates
 * carry the template's date formats and money its number formats. At the SPEC size the file is
 * some 30 MB, the size of plan the issue of file speed was measured on.
 */
import { writeFile } from "node:fs/promises";
import type { RawTable } from "../../../src/model/rawTable";
import type { TableName } from "../../../src/model/schema";
import { BulkRowsWorkbook } from "../../../src/workbook/xlsx/BulkRowsWorkbook";

/** A row as a record keyed by its table's headers; blank cells are left out. */
function asRecord(headers: readonly unknown[], row: readonly unknown[]): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  headers.forEach((header, i) => {
    const value = row[i];
    if (value !== "" && value !== null && value !== undefined) record[String(header)] = value;
  });
  return record;
}

/** Writes `tables` into a new plan workbook at `path`. */
export async function writePlanWorkbook(path: string, tables: readonly RawTable[]): Promise<void> {
  const workbook = new BulkRowsWorkbook();
  await workbook.applyTemplate();
  const present = new Set((await workbook.readTables()).map((t) => t.name));
  for (const table of tables) {
    if (!present.has(table.name)) continue;
    await workbook.appendRows(table.name as TableName, table.rows.map((row) => asRecord(table.headers, row)));
  }
  await writeFile(path, await workbook.toBuffer());
}
