/**
 * Opens an .xlsx from its bytes as a `StreamFirstWorkbook` whose tables are streamed. A runtime
 * that cannot inflate a zip entry as a stream (no `DecompressionStream`: old browsers, jsdom)
 * loads ExcelJS's model at once instead.
 */
import { StreamedTables } from "./stream/StreamedTables";
import { StreamFirstWorkbook } from "./StreamFirstWorkbook";
import type { XlsxOptions } from "./XlsxWorkbook";
import { XlsxWorkbook } from "./XlsxWorkbook";
import { asBytes } from "./zipGuard";
import { canInflate } from "./zipInflate";

/** Checks the bytes (SPEC section 8) and finds the sheets and tables; no sheet is read yet. */
export async function openStreamFirst(bytes: Uint8Array | ArrayBuffer, options: XlsxOptions = {}): Promise<StreamFirstWorkbook> {
  const data = asBytes(bytes);
  const loadModel = (): Promise<XlsxWorkbook> => XlsxWorkbook.load(data, options);
  if (!canInflate()) {
    const opened = new StreamFirstWorkbook(data, undefined, loadModel);
    // Checked now, as the streaming reader would have.
    await opened.listSheets();
    return opened;
  }
  return new StreamFirstWorkbook(data, await StreamedTables.load(data, options.limits), loadModel);
}
