/**
 * Charts of the Excel fake: a sheet's chart collection, a chart and its series, which remember
 * the ranges they plot.
 */
import type { XlChart, XlChartSeries, XlChartType, XlRange } from "../../src/workbook/excel/xlTypes";
import type { FakeContext } from "./fakeContext";
import { jsonBytes } from "./fakeMeter";
import { FakeObject } from "./fakeObject";
import type { FakeRange } from "./fakeRange";
import type { ObjectPath } from "./fakeRequest";
import type { ChartState, SeriesState, SheetState } from "./fakeSheet";
import { fakeError } from "./fakeState";

/** The charts of a sheet: a collection whose items' names load like other properties. */
export class FakeCharts extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly sheet: () => SheetState,
    path: ObjectPath,
  ) {
    super(ctx, path);
  }

  get items(): XlChart[] {
    return this.loaded("items");
  }

  add(type: XlChartType, sourceData: XlRange): XlChart {
    const chart: ChartState = { name: "", type, title: "", series: [] };
    const path = this.via("method", "Add", [type, { ObjectPathId: (sourceData as FakeRange).path.id }]);
    this.ctx.later(() => {
      chart.name ||= `Chart ${this.sheet().charts.length + 1}`;
      chart.series.push({ name: "Series1", values: (sourceData as FakeRange).absoluteAddress() });
      this.sheet().charts.push(chart);
    });
    return new FakeChart(this.ctx, chart, this.sheet, path);
  }

  protected override navigate(name: string): FakeObject | FakeObject[] {
    if (name === "items") return this.sheet().charts.map((chart) => new FakeChartItem(this.ctx, chart, this.sheet, this.ctx.itemPath(this.path, chart.name)));
    return super.navigate(name);
  }
}

/** A chart as a loaded collection item: its name, and it can be deleted. */
class FakeChartItem extends FakeObject {
  constructor(
    ctx: FakeContext,
    readonly chart: ChartState,
    private readonly sheet: () => SheetState,
    path: ObjectPath,
  ) {
    super(ctx, path);
  }
  get name(): string {
    return this.loaded("name");
  }
  delete(): void {
    new FakeChart(this.ctx, this.chart, this.sheet, this.path).delete();
  }
  protected override read(name: string): unknown {
    return name === "name" ? this.chart.name : super.read(name);
  }
}

/** A chart: writes go to its state when the batch syncs. */
class FakeChart implements XlChart {
  constructor(
    private readonly ctx: FakeContext,
    private readonly chart: ChartState,
    private readonly sheet: () => SheetState,
    private readonly path: ObjectPath,
  ) {}
  private titlePath: ObjectPath | undefined;
  private seriesPath: ObjectPath | undefined;

  get name(): string {
    return this.chart.name;
  }

  delete(): void {
    this.ctx.call(this.path, "method", "Delete", undefined, () => {
      const charts = this.sheet().charts;
      const at = charts.indexOf(this.chart);
      if (at < 0) throw fakeError("ItemNotFound", `No chart ${this.chart.name}`);
      charts.splice(at, 1);
    });
  }
  set name(name: string) {
    this.ctx.call(this.path, "setProperty", "Name", jsonBytes(name), () => (this.chart.name = name));
  }

  get title(): { text: string } {
    const { ctx, chart } = this;
    const title = (this.titlePath ??= ctx.instantiate("property", "Title", this.path));
    return {
      get text(): string {
        return chart.title;
      },
      set text(text: string) {
        ctx.call(title, "setProperty", "Text", jsonBytes(text), () => (chart.title = text));
      },
    };
  }

  get series(): { add(name?: string): XlChartSeries; getItemAt(index: number): XlChartSeries } {
    const series = (this.seriesPath ??= this.ctx.instantiate("property", "Series", this.path));
    return {
      add: (name) => {
        let created: SeriesState | undefined;
        const path = this.ctx.instantiate("method", "Add", series, [name ?? null]);
        this.ctx.later(() => {
          created = { name: name ?? `Series${this.chart.series.length + 1}`, values: "" };
          this.chart.series.push(created);
        });
        return new FakeSeries(
          this.ctx,
          () => {
            if (!created) throw fakeError("InvalidOperation", "The series was not added.");
            return created;
          },
          path,
        );
      },
      getItemAt: (index) =>
        new FakeSeries(
          this.ctx,
          () => {
            const s = this.chart.series[index];
            if (!s) throw fakeError("ItemNotFound", `No series ${index}`);
            return s;
          },
          this.ctx.instantiate("method", "GetItemAt", series, [index]),
        ),
    };
  }

  setPosition(startCell: string, endCell?: string): void {
    this.ctx.call(this.path, "method", "SetPosition", jsonBytes([startCell, endCell ?? null]) - 2, () => (this.chart.position = { start: startCell, end: endCell }));
  }
}

/** A chart series. */
class FakeSeries implements XlChartSeries {
  constructor(
    private readonly ctx: FakeContext,
    private readonly series: () => SeriesState,
    private readonly path: ObjectPath,
  ) {}

  get name(): string {
    return this.series().name;
  }
  set name(name: string) {
    this.ctx.call(this.path, "setProperty", "Name", jsonBytes(name), () => (this.series().name = name));
  }

  setValues(sourceData: XlRange): void {
    this.ctx.call(this.path, "method", "SetValues", jsonBytes({ ObjectPathId: (sourceData as FakeRange).path.id }), () => (this.series().values = (sourceData as FakeRange).absoluteAddress()));
  }

  setXAxisValues(sourceData: XlRange): void {
    this.ctx.call(this.path, "method", "SetXAxisValues", jsonBytes({ ObjectPathId: (sourceData as FakeRange).path.id }), () => (this.series().xValues = (sourceData as FakeRange).absoluteAddress()));
  }
}
