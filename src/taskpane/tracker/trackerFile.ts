/**
 * A tracker kept in a file of its own, opened beside the plan (browser mode has no other way to
 * bring one in; in Excel it saves copying the sheet into the plan first). The file is checked as
 * every untrusted workbook is (size, zip, parts) and only ever read; ExcelJS comes with the xlsx
 * chunk, loaded on first use, as for partner packs.
 */
import { readFileBytes } from "../browser/fileIo";
import type { TrackerFile } from "./useTrackerImport";

/** A picked file: a Blob with a name. */
export interface PickedFile extends Blob {
  readonly name: string;
}

/** Loads the xlsx adapter (the tests hand it in directly). */
export type LoadXlsx = () => Promise<typeof import("../../workbook/xlsx/fileWorkbooks")>;

const loadChunk: LoadXlsx = () => import(/* webpackChunkName: "xlsx" */ "../../workbook/xlsx/fileWorkbooks");

/** Opens a picked .xlsx file as the tracker's sheets; rejects with the reader's one-line reason. */
export async function openTrackerFile(file: PickedFile, load: LoadXlsx = loadChunk): Promise<TrackerFile> {
  const [bytes, { XlsxWorkbook }] = await Promise.all([readFileBytes(file), load()]);
  return { name: file.name, sheets: await XlsxWorkbook.load(bytes) };
}
