/**
 * The slice of the Excel JavaScript API the adapter uses, as structural types. The real
 * `Excel.RequestContext` satisfies them (`officeHost.ts` proves it at compile time) and so does
 * the test fake, so the same adapter code runs in Excel and in tests that count round trips.
 *
 * Semantics are Office.js's: methods and property writes are queued, `load` asks for
 * properties, and nothing is read or written until `context.sync()`.
 */

/** A value read after the next sync (`OfficeExtension.ClientResult`). */
export interface XlClientResult<T> {
  readonly value: T;
}

/** Font of a range. */
export interface XlFont {
  bold: boolean;
  italic: boolean;
  color: string;
  size: number;
  underline: unknown;
}

/** Fill of a range. */
export interface XlFill {
  color: string;
}

/** Format of a range. */
export interface XlRangeFormat {
  readonly font: XlFont;
  readonly fill: XlFill;
  columnWidth: number;
  wrapText: boolean;
  verticalAlignment: unknown;
  horizontalAlignment: unknown;
}

/** A list data validation, as Excel takes it. */
export interface XlListRule {
  readonly list: { readonly inCellDropDown: boolean; readonly source: string };
}

/** Data validation of a range. */
export interface XlDataValidation {
  /** `None`, `List`, ... or `Inconsistent` when the cells differ. */
  readonly type: string;
  rule: unknown;
  errorAlert: unknown;
  load(propertyNames: string): unknown;
  /** Removes the rule (Excel refuses a new rule over cells that have one). */
  clear(): void;
}

/** One conditional format of type `Custom`. */
export interface XlConditionalFormat {
  readonly custom: {
    readonly rule: { formula: string };
    readonly format: { readonly fill: XlFill; readonly font: { color: string } };
  };
}

/** The conditional formats of a range. */
export interface XlConditionalFormats {
  add(type: "Custom"): XlConditionalFormat;
  getCount(): XlClientResult<number>;
}

/** A rectangular range of cells. */
export interface XlRange {
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly address: string;
  readonly isNullObject: boolean;
  readonly format: XlRangeFormat;
  readonly dataValidation: XlDataValidation;
  readonly conditionalFormats: XlConditionalFormats;
  load(propertyNames: string): unknown;
  select(): void;
  /** Clears the cells' contents, formats and conditional formats (`All`). */
  clear(applyTo?: "All" | "Contents" | "Formats"): void;
  /** The range's last row. */
  getLastRow(): XlRange;
  /** `count` rows just below the range, as wide as it. */
  getRowsBelow(count?: number): XlRange;
  /** The part of the range holding values (or formats, unless `valuesOnly`); a null object when none. */
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
}

/** A chart series. */
export interface XlChartSeries {
  name: string;
  setValues(sourceData: XlRange): void;
  setXAxisValues(sourceData: XlRange): void;
}

/** A chart. */
export interface XlChart {
  name: string;
  readonly title: { text: string };
  readonly series: { add(name?: string): XlChartSeries; getItemAt(index: number): XlChartSeries };
  setPosition(startCell: string, endCell?: string): void;
  delete(): void;
}

/** Chart types the dashboard draws. */
export type XlChartType = "ColumnClustered" | "BarClustered";

/** Arguments of a worksheet's changed event (any cell of the sheet, table or not). */
export interface XlWorksheetChangedArgs {
  readonly worksheetId: string;
  readonly address: string;
  readonly source: string;
}

/** Arguments of a worksheet's calculated event. */
export interface XlWorksheetCalculatedArgs {
  readonly worksheetId: string;
  /** The cells recalculated (ExcelApi 1.11; absent before). */
  readonly address?: string;
}

/** A worksheet. */
export interface XlWorksheet {
  readonly name: string;
  /** Fires for every change of the sheet's cells, including ones tables do not report. */
  readonly onChanged: XlEvent<XlWorksheetChangedArgs>;
  /** Fires after the sheet recalculated (values formulas compute changed). */
  readonly onCalculated: XlEvent<XlWorksheetCalculatedArgs>;
  position: number;
  /** `Visible`, `Hidden` or `VeryHidden`. */
  visibility: string;
  readonly tables: { add(address: string, hasHeaders: boolean): XlTable };
  readonly charts: {
    readonly items: readonly XlChart[];
    add(type: XlChartType, sourceData: XlRange, seriesBy?: "Auto" | "Columns" | "Rows"): XlChart;
    load(propertyNames: string): unknown;
  };
  readonly freezePanes: { freezeRows(count?: number): void };
  readonly autoFilter: { apply(address: string): void };
  getRange(address?: string): XlRange;
  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): XlRange;
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange;
  activate(): void;
  delete(): void;
  load(propertyNames: string): unknown;
}

/** The worksheets of a workbook. */
export interface XlWorksheets {
  readonly items: readonly XlWorksheet[];
  add(name?: string): XlWorksheet;
  getItem(key: string): XlWorksheet;
  load(propertyNames: string): unknown;
}

/** A column of a table. */
export interface XlTableColumn {
  readonly name: string;
  getDataBodyRange(): XlRange;
}

/** An Excel table (ListObject). */
export interface XlTable {
  readonly id: string;
  name: string;
  readonly showHeaders: boolean;
  style: string;
  readonly worksheet: XlWorksheet;
  readonly columns: {
    readonly items: readonly XlTableColumn[];
    add(index?: number, values?: (string | number | boolean)[][], name?: string): XlTableColumn;
    getItem(key: string): XlTableColumn;
    load(propertyNames: string): unknown;
  };
  readonly rows: { add(index?: number, values?: (string | number | boolean)[][]): unknown };
  getHeaderRowRange(): XlRange;
  getDataBodyRange(): XlRange;
  load(propertyNames: string): unknown;
}

/** Arguments of a table's changed event; `source` is `Local` or `Remote` (a co-author). */
export interface XlTableChangedArgs {
  readonly tableId: string;
  readonly source: string;
}

/** Arguments of a table added event. */
export interface XlTableAddedArgs {
  readonly tableId: string;
}

/** Arguments of a table deleted event. */
export interface XlTableDeletedArgs {
  readonly tableId: string;
  readonly tableName: string;
}

/** A registered event handler; removal must run in `context` (Office.js rule). */
export interface XlHandlerRegistration {
  readonly context: unknown;
  remove(): void;
}

/** An event a handler can be added to. */
export interface XlEvent<T> {
  add(handler: (args: T) => Promise<unknown>): XlHandlerRegistration;
}

/** The tables of a workbook. */
export interface XlTables {
  readonly items: readonly XlTable[];
  getItem(key: string): XlTable;
  load(propertyNames: string): unknown;
  readonly onChanged: XlEvent<XlTableChangedArgs>;
  readonly onAdded: XlEvent<XlTableAddedArgs>;
  readonly onDeleted: XlEvent<XlTableDeletedArgs>;
}

/** A defined name. */
export interface XlNamedItem {
  readonly name: string;
  readonly formula: unknown;
  delete(): void;
}

/** The workbook. */
export interface XlWorkbook {
  readonly worksheets: XlWorksheets;
  readonly tables: XlTables;
  readonly names: {
    readonly items: readonly XlNamedItem[];
    add(name: string, reference: XlRange | string, comment?: string): unknown;
    getItem(name: string): XlNamedItem;
    load(propertyNames: string): unknown;
  };
}

/** The application: calculation and screen updating. */
export interface XlApplication {
  suspendApiCalculationUntilNextSync(): void;
  suspendScreenUpdatingUntilNextSync(): void;
  calculate(calculationType: "Recalculate"): void;
}

/** A request context: one batch of queued commands per `sync()`. */
export interface XlContext {
  readonly workbook: XlWorkbook;
  readonly application: XlApplication;
  sync(): Promise<void>;
}

/** Runs batches against a workbook: `Excel.run` in Office, the fake in tests. */
export interface ExcelHost {
  /** Runs `batch` in a new request context. */
  run<T>(batch: (context: XlContext) => Promise<T>): Promise<T>;
  /** Runs `batch` in the context an event handler was registered in (needed to remove it). */
  runIn<T>(context: unknown, batch: (context: XlContext) => Promise<T>): Promise<T>;
}
