/**
 * The real host asks Excel to hold every batch while the user edits a cell, for new contexts and
 * for the context an event handler was registered in.
 */
import { officeExcelHost } from "../../../src/workbook/excel/officeHost";

test("every Excel.run carries delayForCellEdit: true", async () => {
  const calls: unknown[] = [];
  const context = { sync: async () => undefined };
  (globalThis as { Excel?: unknown }).Excel = {
    run: (options: unknown, batch: (context: unknown) => Promise<unknown>) => {
      calls.push(options);
      return batch(context);
    },
  };
  try {
    const host = officeExcelHost();
    await host.run(async () => 1);
    await host.runIn(context, async () => 2);
    expect(calls).toEqual([{ delayForCellEdit: true }, { delayForCellEdit: true, previousObjects: context }]);
  } finally {
    delete (globalThis as { Excel?: unknown }).Excel;
  }
});
