/**
 * What the commands need from a workbook file: the port, plus saving. The composition root
 * (`main.ts`) supplies the xlsx adapter; commands only see these interfaces.
 */
import type { ConvertibleWorkbook, MergeableWorkbook, PackSource, WorkbookPort } from "../workbook/port";
import type { UncarriedPart } from "../workbook/xlsx/uncarriedParts";

/** A workbook opened only to read its JMP tables. */
export type TableSource = Pick<WorkbookPort, "readTables">;

/** A workbook opened from or destined for a file. */
export interface WorkbookFile extends WorkbookPort {
  /** Writes the workbook to `path` (replacing it). */
  saveAs(path: string): Promise<void>;
  /** Parts of the opened file that saving would drop (charts, pivot tables, links to other workbooks...); absent: none. */
  partsLostOnSave?(): readonly UncarriedPart[];
}

/** A workbook file whose cells a partner pack's merge can be written into, or that may be a filled pack. */
export interface EditableWorkbookFile extends WorkbookFile, MergeableWorkbook, PackSource {}

/** Opens and creates workbook files. */
export interface WorkbookFiles {
  /** Opens an existing .xlsx; rejects with a one-line reason when it cannot be read. */
  open(path: string): Promise<WorkbookFile>;
  /** A new, empty workbook. */
  create(): Promise<WorkbookFile>;
  /**
   * Opens an .xlsx only to read its JMP tables (check, report, pack), faster and leaner than
   * `open` and able to read files `open` cannot; rejects with a one-line reason when it cannot
   * be read. Absent: `open` serves.
   */
  openTables?(path: string): Promise<TableSource>;
  /**
   * Opens an existing .xlsx whose cells are edited in place (the plan of a merge) or read as a
   * filled partner pack. Absent: merges are refused.
   */
  openEditable?(path: string): Promise<EditableWorkbookFile>;
  /**
   * Opens an .xlsx only to read its sheets' values (a tracker), faster than `open`; rejects
   * with a one-line reason when it cannot be read. Absent: `open` serves.
   */
  openSheets?(path: string): Promise<SheetSource>;
  /**
   * A new, empty workbook made to take many rows (a plan imported from a tracker): its fresh
   * tables' rows are written at save time. Absent: `create` serves.
   */
  createForRows?(): Promise<WorkbookFile>;
}

/** A workbook's sheets to read values from. */
export type SheetSource = Pick<ConvertibleWorkbook, "listSheets" | "readSheet">;
