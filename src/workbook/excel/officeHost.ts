/// <reference types="office-js" />
/**
 * The real host: batches run through `Excel.run`. Passing `Excel.RequestContext` where an
 * `XlContext` is expected is the compile-time proof that `xlTypes.ts` matches Office.js.
 *
 * Every batch asks Excel to wait while the user is editing a cell (`delayForCellEdit`): without
 * it a batch that reaches Excel mid-edit fails with `InvalidOperationInCellEditMode`, and the
 * debounced re-read after an edit often arrives exactly while the user types the next value.
 */
import type { ExcelHost, XlContext } from "./xlTypes";

/** The options of every batch the add-in starts. */
export const RUN_OPTIONS = { delayForCellEdit: true } as const;

/** Runs batches with Office.js inside Excel. */
export function officeExcelHost(): ExcelHost {
  return {
    run: <T>(batch: (context: XlContext) => Promise<T>): Promise<T> => Excel.run({ ...RUN_OPTIONS }, (context) => batch(context)),
    runIn: <T>(context: unknown, batch: (context: XlContext) => Promise<T>): Promise<T> =>
      // The context comes from an event registration made by `run`, so it is a real one.
      Excel.run({ ...RUN_OPTIONS, previousObjects: context as OfficeExtension.ClientRequestContext }, (ctx) => batch(ctx)),
  };
}
