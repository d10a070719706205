/**
 * Ranges of the Excel fake. A range finds its cells when its commands run, so a table body
 * taken before rows were added covers the new rows, as in Excel. Its format, data validation
 * and conditional formats are in `fakeRangeParts.ts`.
 */
import type { XlConditionalFormats, XlDataValidation, XlRange, XlRangeFormat } from "../../src/workbook/excel/xlTypes";
import type { Rect } from "./address";
import { formatAddress } from "./address";
import { FakeObject } from "./fakeObject";
import type { FakeContext, Stage } from "./fakeContext";
import { jsonBytes } from "./fakeMeter";
import type { ObjectPath } from "./fakeRequest";
import { FakeConditionalFormats, FakeDataValidation, FakeRangeFormat } from "./fakeRangeParts";
import type { CellStyle, SheetState } from "./fakeSheet";
import { fakeError, growTable } from "./fakeState";

/** Where a range is: resolved when a command runs; undefined for a null object. */
export type Locator = () => { sheet: SheetState; rect: Rect } | undefined;

/** A rectangle of cells. */
export class FakeRange extends FakeObject implements XlRange {
  constructor(
    ctx: FakeContext,
    private readonly locate: Locator,
    path: ObjectPath,
  ) {
    super(ctx, path);
  }

  /** The sheet and cells now; throws when the range does not exist. */
  where(): { sheet: SheetState; rect: Rect } {
    const at = this.locate();
    if (!at) throw fakeError("InvalidOperation", "The range is a null object.");
    return at;
  }

  /** The absolute address now (`'Joint Plan'!$A$1:$B$2`), for references. */
  absoluteAddress(): string {
    const { sheet, rect } = this.where();
    return formatAddress(sheet.name, rect, true);
  }

  get values(): unknown[][] {
    return this.loaded("values");
  }
  set values(grid: unknown[][]) {
    this.writeGrid("Values", grid, (sheet, r, c, v) => sheet.input(r, c, v), true);
  }

  get formulas(): unknown[][] {
    return this.loaded("formulas");
  }
  set formulas(grid: unknown[][]) {
    this.writeGrid("Formulas", grid, (sheet, r, c, v) => sheet.input(r, c, v), true);
  }

  get numberFormat(): unknown[][] {
    return this.loaded("numberFormat");
  }
  set numberFormat(grid: unknown[][]) {
    this.writeGrid("NumberFormat", grid, (sheet, r, c, v) => sheet.setNumberFormat(r, c, v));
  }

  get rowIndex(): number {
    return this.loaded("rowIndex");
  }
  get columnIndex(): number {
    return this.loaded("columnIndex");
  }
  get rowCount(): number {
    return this.loaded("rowCount");
  }
  get columnCount(): number {
    return this.loaded("columnCount");
  }
  get address(): string {
    return this.loaded("address");
  }

  get format(): XlRangeFormat {
    return this.child("format", () => new FakeRangeFormat(this.ctx, this, this.via("property", "Format")));
  }
  get dataValidation(): XlDataValidation {
    return this.child("dataValidation", () => new FakeDataValidation(this.ctx, this, this.via("property", "DataValidation")));
  }
  get conditionalFormats(): XlConditionalFormats {
    return this.child("conditionalFormats", () => new FakeConditionalFormats(this.ctx, this, this.via("property", "ConditionalFormats")));
  }

  select(): void {
    this.invoke("Select", [], () => {
      const { sheet, rect } = this.where();
      this.ctx.state.activeSheet = sheet.name;
      this.ctx.state.selection = formatAddress(sheet.name, rect);
    });
  }

  getLastRow(): XlRange {
    return new FakeRange(
      this.ctx,
      () => {
        const { sheet, rect } = this.where();
        return { sheet, rect: { ...rect, row: rect.row + rect.rows - 1, rows: 1 } };
      },
      this.via("method", "GetLastRow"),
    );
  }

  clear(applyTo: "All" | "Contents" | "Formats" = "All"): void {
    this.invoke("Clear", [applyTo], (stage) => {
      const { sheet, rect } = this.where();
      sheet.clearRect(rect, applyTo);
      this.touch(stage, sheet, rect);
    });
  }

  getRowsBelow(count = 1): XlRange {
    return new FakeRange(
      this.ctx,
      () => {
        const { sheet, rect } = this.where();
        return { sheet, rect: { ...rect, row: rect.row + rect.rows, rows: count } };
      },
      this.via("method", "GetRowsBelow", [count]),
    );
  }

  /** The fake answers the whole range when any cell holds something (callers test for none). */
  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange {
    if (!valuesOnly) throw fakeError("NotImplemented", "The fake computes the used range of values only.");
    return new FakeRange(
      this.ctx,
      () => {
        const at = this.locate();
        return at && at.sheet.hasContent(at.rect) ? at : undefined;
      },
      this.via("method", "GetUsedRangeOrNullObject", [valuesOnly]),
    );
  }

  protected override isNull(): boolean {
    return this.locate() === undefined;
  }

  protected override read(name: string): unknown {
    const { sheet, rect } = this.where();
    switch (name) {
      case "values":
        return this.grid(rect, (r, c) => sheet.value(r, c));
      case "formulas":
        return this.grid(rect, (r, c) => sheet.formula(r, c));
      case "numberFormat":
        return this.grid(rect, (r, c) => sheet.numberFormat(r, c));
      case "rowIndex":
        return rect.row;
      case "columnIndex":
        return rect.col;
      case "rowCount":
        return rect.rows;
      case "columnCount":
        return rect.cols;
      case "address":
        return formatAddress(sheet.name, rect);
      default:
        return super.read(name);
    }
  }

  private checkSize(rect: Rect): void {
    if (rect.rows * rect.cols > this.ctx.meter.limits.rangeCells) throw fakeError("RangeExceedsLimit", "The range has too many cells for one operation.");
  }

  private grid(rect: Rect, cell: (r: number, c: number) => unknown): unknown[][] {
    this.checkSize(rect);
    const out: unknown[][] = [];
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      const row: unknown[] = [];
      for (let c = rect.col; c < rect.col + rect.cols; c++) row.push(cell(r, c));
      out.push(row);
    }
    return out;
  }

  /** Writes a grid; `content` (values, formulas) written just below a table grows the table over it. */
  private writeGrid(property: string, grid: unknown[][], put: (sheet: SheetState, r: number, c: number, v: unknown) => void, content = false): void {
    this.set(property, grid, (stage) => {
      const { sheet, rect } = this.where();
      this.checkSize(rect);
      if (grid.length !== rect.rows || grid.some((row) => row.length !== rect.cols)) {
        throw fakeError("InvalidArgument", `The number of rows or columns in the input array doesn't match the size or dimensions of the range ${formatAddress(sheet.name, rect)}.`);
      }
      const grows = content && grid.some((row) => row.some((v) => v !== "" && v !== null)) ? this.ctx.state.tables.find((t) => t.sheet === sheet && rect.row === t.top + 1 + t.bodyRows && rect.col >= t.left && rect.col + rect.cols <= t.left + t.columnCount) : undefined;
      if (grows) growTable(grows, rect.rows);
      grid.forEach((row, i) => row.forEach((v, j) => put(sheet, rect.row + i, rect.col + j, v)));
      this.touch(stage, sheet, rect);
    });
  }

  /** Marks the tables a write touched (their change events fire after the sync). */
  touch(stage: Stage, sheet: SheetState, rect: Rect): void {
    for (const t of this.ctx.state.tablesTouching(sheet, rect)) {
      stage.touched.add(t);
      this.ctx.state.syncColumnNames(t);
    }
  }

  /** Queues a style change of every cell: property `name` set to `value` on the part at `target`. */
  styleCells(target: ObjectPath, name: string, value: unknown, patch: CellStyle): void {
    this.ctx.call(target, "setProperty", name, jsonBytes(value), () => {
      const { sheet, rect } = this.where();
      sheet.patchStyle(rect, patch);
    });
  }
}
