/// <reference types="office-js" />
/**
 * The real host: batches run through `Excel.run`. Passing `Excel.RequestContext` where an
 * `XlContext` is expected is the compile-time proof that `xlTypes.ts` matches Office.js.
 */
import type { ExcelHost, XlContext } from "./xlTypes";

/** Runs batches with Office.js inside Excel. */
export function officeExcelHost(): ExcelHost {
  return {
    run: <T>(batch: (context: XlContext) => Promise<T>): Promise<T> => Excel.run((context) => batch(context)),
    runIn: <T>(context: unknown, batch: (context: XlContext) => Promise<T>): Promise<T> =>
      // The context comes from an event registration made by `run`, so it is a real one.
      Excel.run(context as OfficeExtension.ClientRequestContext, (ctx) => batch(ctx)),
  };
}
