/**
 * The money columns of a plan's tables follow a Currency set after they were made (an import
 * that sets the Currency of a plan without rows), over Office.js: the money cells of each
 * table's blank rows take the new currency's format. Those rows are what a new template table
 * holds (one empty row), and the look Excel gives a row typed below the table. Rows holding
 * anything keep their look. Three syncs: the tables, their bodies, the formats.
 */
import { formatKind, normalizeHeader, tableSpec } from "../../model/schema";
import { columnFormats } from "../columnFormats";
import { isBlankRow } from "../convert/tableRows";
import { gridBytes, WriteBatch } from "./payload";
import type { XlContext, XlRange, XlTable } from "./xlTypes";

/** A table with money columns, its columns and body queued for loading. */
interface Target {
  readonly table: XlTable;
  readonly money: ReadonlySet<string>;
  readonly body: XlRange;
}

/** The runs of consecutive blank rows of a body, as [first index, count]. */
function blankRuns(formulas: readonly (readonly unknown[])[]): [number, number][] {
  const runs: [number, number][] = [];
  formulas.forEach((row, r) => {
    if (!isBlankRow(row)) return;
    const last = runs[runs.length - 1];
    if (last && last[0] + last[1] === r) last[1]++;
    else runs.push([r, 1]);
  });
  return runs;
}

/** Gives the money cells of every JMP table's blank rows the money format of `currency`. */
export async function formatBlankMoney(context: XlContext, currency: string, budgetBytes: number): Promise<void> {
  const format = columnFormats(currency).forType("money") as string;
  const tables = context.workbook.tables;
  tables.load("items/name");
  await context.sync();
  const targets: Target[] = [];
  for (const table of tables.items) {
    const spec = tableSpec(table.name);
    const money = new Set(spec?.columns.filter((c) => formatKind(c.type) === "money").map((c) => normalizeHeader(c.header)));
    if (money.size === 0) continue;
    table.columns.load("items/name");
    const body = table.getDataBodyRange();
    // Formulas, not values: a row whose formulas show nothing is not blank.
    body.load("formulas,rowIndex,columnIndex");
    targets.push({ table, money, body });
  }
  if (targets.length === 0) return;
  await context.sync();

  const batch = new WriteBatch(context, budgetBytes);
  let queued = false;
  for (const { table, money, body } of targets) {
    const columns = table.columns.items.flatMap((c, i) => (money.has(normalizeHeader(c.name)) ? [i] : []));
    for (const [first, count] of blankRuns(body.formulas)) {
      for (const c of columns) {
        const formats = Array.from({ length: count }, () => [format]);
        await batch.reserve(2, gridBytes(formats));
        table.worksheet.getRangeByIndexes(body.rowIndex + first, body.columnIndex + c, count, 1).numberFormat = formats;
        queued = true;
      }
    }
  }
  if (queued) await batch.flush();
}
