/**
 * Tells a listener when the JMP tables change, debounced so a paste, a fill, a burst of
 * co-author edits or the several events one edit raises make one notification. It listens on
 * the workbook's table collection: the changed event of any table (filtered to the JMP tables'
 * ids; edits by co-authors arrive through the same event with `source` "Remote"), and the added
 * and deleted events, so a JMP table created or removed after subscribing counts too.
 *
 * Table events miss some changes: a choice from a drop-down list in Excel on the web (office-js
 * issue #3899) and values that change by recalculation (#4066, #3888) raise no table changed
 * event. So the sheets holding JMP tables are watched too, through their own changed and
 * calculated events, into the same debounced wave. (A JMP table added later on another sheet is
 * followed through the table events only.) The generated sheets hold no tables, so writing
 * results never wakes the listener.
 */
import { tableSpec } from "../../model/schema";
import { touchesColumns } from "./addressSpan";
import type { ExcelHost, XlHandlerRegistration, XlRange, XlWorksheet } from "./xlTypes";

/** Subscribes `listener`; resolves to a function that removes every handler. */
export async function watchJmpTables(host: ExcelHost, listener: () => void, debounceMs: number): Promise<() => void> {
  const ids = new Set<string>();
  let active = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const notify = (): void => {
    if (!active) return;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      if (active) listener();
    }, debounceMs);
  };

  const registrations: XlHandlerRegistration[] = await host.run(async (context) => {
    const tables = context.workbook.tables;
    tables.load("items/id,items/name,items/worksheet/name");
    await context.sync();
    const sheets = new Map<string, { readonly sheet: XlWorksheet; readonly headers: XlRange[] }>();
    for (const t of tables.items) {
      if (!tableSpec(t.name)) continue;
      ids.add(t.id);
      const header = t.getHeaderRowRange();
      header.load("rowIndex,columnIndex,columnCount");
      const entry = sheets.get(t.worksheet.name) ?? { sheet: t.worksheet, headers: [] };
      entry.headers.push(header);
      sheets.set(t.worksheet.name, entry);
    }
    // Only cells of a JMP table count: its columns, from its header row down (it may have grown).
    const inTables = (headers: readonly XlRange[], address: string | undefined): boolean =>
      headers.some((h) => touchesColumns(address, h.rowIndex, h.columnIndex, h.columnIndex + h.columnCount - 1));
    const added = [
      ...[...sheets.values()].flatMap(({ sheet, headers }) => [
        sheet.onChanged.add(async (args) => {
          if (inTables(headers, args.address)) notify();
        }),
        sheet.onCalculated.add(async (args) => {
          if (inTables(headers, args.address)) notify();
        }),
      ]),
      tables.onChanged.add(async (args) => {
        if (ids.has(args.tableId)) notify();
      }),
      tables.onAdded.add(async (args) => {
        if (await isJmpTable(host, args.tableId)) {
          ids.add(args.tableId);
          notify();
        }
      }),
      tables.onDeleted.add(async (args) => {
        if (ids.delete(args.tableId) || tableSpec(args.tableName)) notify();
      }),
    ];
    await context.sync();
    return added;
  });

  return () => {
    if (!active) return;
    active = false;
    if (timer !== undefined) clearTimeout(timer);
    // Office.js removes handlers only in the context that added them.
    void host
      .runIn(registrations[0].context, async (context) => {
        for (const r of registrations) r.remove();
        await context.sync();
      })
      // Removal fails only when the workbook is gone, and its handlers with it.
      .catch(() => undefined);
  };
}

/** Whether the table with this id is a JMP table (false when it is already gone). */
async function isJmpTable(host: ExcelHost, id: string): Promise<boolean> {
  try {
    return await host.run(async (context) => {
      const table = context.workbook.tables.getItem(id);
      table.load("name");
      await context.sync();
      return tableSpec(table.name) !== undefined;
    });
  } catch {
    return false;
  }
}
