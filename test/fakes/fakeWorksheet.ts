/**
 * Worksheets of the Excel fake: the collection, a sheet with its tables, charts, frozen panes
 * and filter, and chart series that remember the ranges they plot.
 */
import type { XlEvent, XlRange, XlTable, XlWorksheet, XlWorksheetCalculatedArgs, XlWorksheetChangedArgs, XlWorksheets } from "../../src/workbook/excel/xlTypes";
import type { Rect } from "./address";
import { MAX_COLS, MAX_ROWS, parseAddress } from "./address";
import { FakeEvent, FakeObject } from "./fakeObject";
import type { FakeContext } from "./fakeContext";
import { jsonBytes } from "./fakeMeter";
import { FakeRange } from "./fakeRange";
import type { ObjectPath } from "./fakeRequest";
import type { SheetState } from "./fakeSheet";
import { FakeCharts } from "./fakeCharts";
import type { TableState } from "./fakeState";
import { fakeError } from "./fakeState";
import { FakeTable } from "./fakeTable";

/** The workbook's worksheets. */
export class FakeWorksheets extends FakeObject implements XlWorksheets {
  get items(): FakeWorksheet[] {
    return this.loaded("items");
  }

  add(name?: string): XlWorksheet {
    let created: SheetState | undefined;
    const path = this.via("method", "Add", [name ?? null]);
    this.ctx.later(() => {
      created = this.ctx.state.addSheet(name ?? `Sheet${this.ctx.state.sheets.length + 1}`);
    });
    return new FakeWorksheet(
      this.ctx,
      () => {
        if (!created) throw fakeError("InvalidOperation", "The sheet was not added.");
        return created;
      },
      path,
    );
  }

  getItem(key: string): XlWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.state.sheet(key), this.via("indexer", "", [key]));
  }

  protected override navigate(name: string): FakeObject | FakeObject[] {
    if (name === "items") return this.ctx.state.sheets.map((s) => new FakeWorksheet(this.ctx, () => s, this.ctx.itemPath(this.path, s.id)));
    return super.navigate(name);
  }
}

/** One worksheet. */
export class FakeWorksheet extends FakeObject implements XlWorksheet {
  constructor(
    ctx: FakeContext,
    readonly sheet: () => SheetState,
    path: ObjectPath,
  ) {
    super(ctx, path);
  }

  get name(): string {
    return this.loaded("name");
  }
  get onChanged(): XlEvent<XlWorksheetChangedArgs> {
    return new FakeEvent(this.ctx, this.ctx.state.sheetEvents(this.sheet()).changed, this.path, "OnChanged");
  }
  get onCalculated(): XlEvent<XlWorksheetCalculatedArgs> {
    return new FakeEvent(this.ctx, this.ctx.state.sheetEvents(this.sheet()).calculated, this.path, "OnCalculated");
  }
  get position(): number {
    return this.loaded("position");
  }
  set position(position: number) {
    this.set("Position", position, () => this.ctx.state.moveSheet(this.sheet(), position));
  }

  get visibility(): string {
    return this.loaded("visibility");
  }
  set visibility(visibility: string) {
    this.set("Visibility", visibility, () => {
      this.sheet().visibility = visibility;
    });
  }

  get tables(): { add(address: string, hasHeaders: boolean): XlTable } {
    const tables = this.child("tables", () => new FakePart(this.ctx, this.via("property", "Tables")));
    return {
      add: (address, hasHeaders) => {
        let created: TableState | undefined;
        const path = this.ctx.instantiate("method", "Add", tables.path, [address, hasHeaders]);
        this.ctx.later((stage) => {
          if (!hasHeaders) throw fakeError("NotImplemented", "The fake makes tables with headers only.");
          const sheet = this.sheet();
          const rect = parseAddress(address);
          if (this.ctx.state.tablesTouching(sheet, rect).length > 0) throw fakeError("InvalidOperation", "A table can't overlap another table.");
          created = this.ctx.state.addTable(sheet, rect);
          stage.added.push(created);
        });
        return new FakeTable(
          this.ctx,
          () => {
            if (!created) throw fakeError("InvalidOperation", "The table was not added.");
            return created;
          },
          path,
        );
      },
    };
  }

  get charts(): FakeCharts {
    return this.child("charts", () => new FakeCharts(this.ctx, this.sheet, this.via("property", "Charts")));
  }

  get freezePanes(): { freezeRows(count?: number): void } {
    const panes = this.child("freezePanes", () => new FakePart(this.ctx, this.via("property", "FreezePanes")));
    return {
      freezeRows: (count = 1) =>
        this.ctx.call(panes.path, "method", "FreezeRows", jsonBytes([count]) - 2, () => {
          this.sheet().frozenRows = count;
        }),
    };
  }

  get autoFilter(): { apply(address: string): void } {
    const filter = this.child("autoFilter", () => new FakePart(this.ctx, this.via("property", "AutoFilter")));
    return {
      apply: (address) =>
        this.ctx.call(filter.path, "method", "Apply", jsonBytes([address]) - 2, () => {
          this.sheet().autoFilter = parseAddress(address);
        }),
    };
  }

  getRange(address?: string): XlRange {
    const rect: Rect = address === undefined ? { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS } : parseAddress(address);
    return new FakeRange(this.ctx, () => ({ sheet: this.sheet(), rect }), this.via("method", "GetRange", address === undefined ? undefined : [address]));
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): XlRange {
    if (rowCount < 1 || columnCount < 1) throw fakeError("InvalidArgument", "A range has at least one row and one column.");
    return new FakeRange(this.ctx, () => ({ sheet: this.sheet(), rect: { row: startRow, col: startColumn, rows: rowCount, cols: columnCount } }), this.via("method", "GetRangeByIndexes", [startRow, startColumn, rowCount, columnCount]));
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange {
    if (!valuesOnly) throw fakeError("NotImplemented", "The fake computes the used range of values only.");
    return new FakeRange(
      this.ctx,
      () => {
        const sheet = this.sheet();
        const rect = sheet.usedRect();
        return rect ? { sheet, rect } : undefined;
      },
      this.via("method", "GetUsedRangeOrNullObject", [valuesOnly]),
    );
  }

  activate(): void {
    this.invoke("Activate", [], () => {
      this.ctx.state.activeSheet = this.sheet().name;
    });
  }

  delete(): void {
    this.invoke("Delete", [], (stage) => {
      stage.deleted.push(...this.ctx.state.deleteSheet(this.sheet()));
    });
  }

  protected override read(name: string): unknown {
    const sheet = this.sheet();
    if (name === "name") return sheet.name;
    if (name === "position") return this.ctx.state.sheets.indexOf(sheet);
    if (name === "visibility") return sheet.visibility;
    return super.read(name);
  }
}

/** A part of a sheet that only needs a path here (its tables, frozen panes, filter). */
class FakePart extends FakeObject {}
