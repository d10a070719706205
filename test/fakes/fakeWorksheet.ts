/**
 * Worksheets of the Excel fake: the collection, a sheet with its tables, charts, frozen panes
 * and filter, and chart series that remember the ranges they plot.
 */
import type { XlChart, XlChartSeries, XlChartType, XlEvent, XlRange, XlTable, XlWorksheet, XlWorksheetCalculatedArgs, XlWorksheetChangedArgs, XlWorksheets } from "../../src/workbook/excel/xlTypes";
import type { Rect } from "./address";
import { MAX_COLS, MAX_ROWS, parseAddress } from "./address";
import { FakeEvent, FakeObject } from "./fakeContext";
import type { FakeContext } from "./fakeContext";
import { jsonBytes } from "./fakeMeter";
import { FakeRange } from "./fakeRange";
import type { ChartState, SeriesState, SheetState } from "./fakeSheet";
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
    this.ctx.queue(jsonBytes(name ?? null), () => {
      created = this.ctx.state.addSheet(name ?? `Sheet${this.ctx.state.sheets.length + 1}`);
    });
    return new FakeWorksheet(this.ctx, () => {
      if (!created) throw fakeError("InvalidOperation", "The sheet was not added.");
      return created;
    });
  }

  getItem(key: string): XlWorksheet {
    return new FakeWorksheet(this.ctx, () => this.ctx.state.sheet(key));
  }

  protected override navigate(name: string): FakeObject | FakeObject[] {
    if (name === "items") return this.ctx.state.sheets.map((s) => new FakeWorksheet(this.ctx, () => s));
    return super.navigate(name);
  }
}

/** One worksheet. */
export class FakeWorksheet extends FakeObject implements XlWorksheet {
  constructor(
    ctx: FakeContext,
    readonly sheet: () => SheetState,
  ) {
    super(ctx);
  }

  get name(): string {
    return this.loaded("name");
  }
  get onChanged(): XlEvent<XlWorksheetChangedArgs> {
    return new FakeEvent(this.ctx, this.ctx.state.sheetEvents(this.sheet()).changed);
  }
  get onCalculated(): XlEvent<XlWorksheetCalculatedArgs> {
    return new FakeEvent(this.ctx, this.ctx.state.sheetEvents(this.sheet()).calculated);
  }
  get position(): number {
    return this.loaded("position");
  }
  set position(position: number) {
    this.ctx.queue(8, () => this.ctx.state.moveSheet(this.sheet(), position));
  }

  get visibility(): string {
    return this.loaded("visibility");
  }
  set visibility(visibility: string) {
    this.ctx.queue(jsonBytes(visibility), () => {
      this.sheet().visibility = visibility;
    });
  }

  get tables(): { add(address: string, hasHeaders: boolean): XlTable } {
    return {
      add: (address, hasHeaders) => {
        let created: TableState | undefined;
        this.ctx.queue(jsonBytes(address), (stage) => {
          if (!hasHeaders) throw fakeError("NotImplemented", "The fake makes tables with headers only.");
          const sheet = this.sheet();
          const rect = parseAddress(address);
          if (this.ctx.state.tablesTouching(sheet, rect).length > 0) throw fakeError("InvalidOperation", "A table can't overlap another table.");
          created = this.ctx.state.addTable(sheet, rect);
          stage.added.push(created);
        });
        return new FakeTable(this.ctx, () => {
          if (!created) throw fakeError("InvalidOperation", "The table was not added.");
          return created;
        });
      },
    };
  }

  get charts(): FakeCharts {
    return this.child("charts", () => new FakeCharts(this.ctx, this.sheet));
  }

  get freezePanes(): { freezeRows(count?: number): void } {
    return {
      freezeRows: (count = 1) =>
        this.ctx.queue(4, () => {
          this.sheet().frozenRows = count;
        }),
    };
  }

  get autoFilter(): { apply(address: string): void } {
    return {
      apply: (address) =>
        this.ctx.queue(jsonBytes(address), () => {
          this.sheet().autoFilter = parseAddress(address);
        }),
    };
  }

  getRange(address?: string): XlRange {
    const rect: Rect = address === undefined ? { row: 0, col: 0, rows: MAX_ROWS, cols: MAX_COLS } : parseAddress(address);
    return new FakeRange(this.ctx, () => ({ sheet: this.sheet(), rect }));
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): XlRange {
    if (rowCount < 1 || columnCount < 1) throw fakeError("InvalidArgument", "A range has at least one row and one column.");
    return new FakeRange(this.ctx, () => ({ sheet: this.sheet(), rect: { row: startRow, col: startColumn, rows: rowCount, cols: columnCount } }));
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): XlRange {
    if (!valuesOnly) throw fakeError("NotImplemented", "The fake computes the used range of values only.");
    return new FakeRange(this.ctx, () => {
      const sheet = this.sheet();
      const rect = sheet.usedRect();
      return rect ? { sheet, rect } : undefined;
    });
  }

  activate(): void {
    this.ctx.queue(0, () => {
      this.ctx.state.activeSheet = this.sheet().name;
    });
  }

  delete(): void {
    this.ctx.queue(0, (stage) => {
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

/** A chart: writes go to its state when the batch syncs. */
/** The charts of a sheet: a collection whose items' names load like other properties. */
class FakeCharts extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => SheetState,
  ) {
    super(ctx);
  }

  get items(): XlChart[] {
    return this.loaded("items");
  }

  add(type: XlChartType, sourceData: XlRange): XlChart {
    const chart: ChartState = { name: "", type, title: "", series: [] };
    this.ctx.queue(type.length, () => {
      chart.name ||= `Chart ${this.sheet().charts.length + 1}`;
      chart.series.push({ name: "Series1", values: (sourceData as FakeRange).absoluteAddress() });
      this.sheet().charts.push(chart);
    });
    return new FakeChart(this.ctx, chart, this.sheet);
  }

  protected override navigate(name: string): FakeObject | FakeObject[] {
    if (name === "items") return this.sheet().charts.map((chart) => new FakeChartItem(this.ctx, chart, this.sheet));
    return super.navigate(name);
  }
}

/** A chart as a loaded collection item: its name, and it can be deleted. */
class FakeChartItem extends FakeObject {
  constructor(
    ctx: FakeContext,
    readonly chart: ChartState,
    private readonly sheet: () => SheetState,
  ) {
    super(ctx);
  }
  get name(): string {
    return this.loaded("name");
  }
  delete(): void {
    new FakeChart(this.ctx, this.chart, this.sheet).delete();
  }
  protected override read(name: string): unknown {
    return name === "name" ? this.chart.name : super.read(name);
  }
}

class FakeChart implements XlChart {
  constructor(
    private readonly ctx: FakeContext,
    private readonly chart: ChartState,
    private readonly sheet: () => SheetState,
  ) {}

  get name(): string {
    return this.chart.name;
  }

  delete(): void {
    this.ctx.queue(0, () => {
      const charts = this.sheet().charts;
      const at = charts.indexOf(this.chart);
      if (at < 0) throw fakeError("ItemNotFound", `No chart ${this.chart.name}`);
      charts.splice(at, 1);
    });
  }
  set name(name: string) {
    this.ctx.queue(jsonBytes(name), () => (this.chart.name = name));
  }

  get title(): { text: string } {
    const { ctx, chart } = this;
    return {
      get text(): string {
        return chart.title;
      },
      set text(text: string) {
        ctx.queue(jsonBytes(text), () => (chart.title = text));
      },
    };
  }

  get series(): { add(name?: string): XlChartSeries; getItemAt(index: number): XlChartSeries } {
    return {
      add: (name) => {
        let created: SeriesState | undefined;
        this.ctx.queue(jsonBytes(name ?? null), () => {
          created = { name: name ?? `Series${this.chart.series.length + 1}`, values: "" };
          this.chart.series.push(created);
        });
        return new FakeSeries(this.ctx, () => {
          if (!created) throw fakeError("InvalidOperation", "The series was not added.");
          return created;
        });
      },
      getItemAt: (index) =>
        new FakeSeries(this.ctx, () => {
          const s = this.chart.series[index];
          if (!s) throw fakeError("ItemNotFound", `No series ${index}`);
          return s;
        }),
    };
  }

  setPosition(startCell: string, endCell?: string): void {
    this.ctx.queue(jsonBytes([startCell, endCell]), () => (this.chart.position = { start: startCell, end: endCell }));
  }
}

/** A chart series. */
class FakeSeries implements XlChartSeries {
  constructor(
    private readonly ctx: FakeContext,
    private readonly series: () => SeriesState,
  ) {}

  get name(): string {
    return this.series().name;
  }
  set name(name: string) {
    this.ctx.queue(jsonBytes(name), () => (this.series().name = name));
  }

  setValues(sourceData: XlRange): void {
    this.ctx.queue(16, () => (this.series().values = (sourceData as FakeRange).absoluteAddress()));
  }

  setXAxisValues(sourceData: XlRange): void {
    this.ctx.queue(16, () => (this.series().xValues = (sourceData as FakeRange).absoluteAddress()));
  }
}
