/**
 * Tables of the Excel fake: the collection with its change events, a table with its columns
 * and rows. Adding a column or rows inserts cells the way Excel does, so cells next to a table
 * move instead of being overwritten, and formats, validation and conditional formats of the
 * last body row extend to rows added below it.
 */
import type { XlEvent, XlRange, XlTable, XlTableColumn, XlTables, XlWorksheet } from "../../src/workbook/excel/xlTypes";
import { FakeEvent, FakeObject } from "./fakeObject";
import type { FakeContext } from "./fakeContext";
import { FakeRange } from "./fakeRange";
import type { ObjectPath } from "./fakeRequest";
import type { TableState } from "./fakeState";
import { bodyRect, fakeError, growTable, tableRect } from "./fakeState";
import { FakeWorksheet } from "./fakeWorksheet";

/** The workbook's tables. */
export class FakeTables extends FakeObject implements XlTables {
  get items(): FakeTable[] {
    return this.loaded("items");
  }

  getItem(key: string): FakeTable {
    return new FakeTable(this.ctx, () => this.ctx.state.table(key), this.via("indexer", "", [key]));
  }

  get onChanged(): XlEvent<{ tableId: string; source: string }> {
    return new FakeEvent(this.ctx, this.ctx.state.events.changed, this.path, "OnChanged");
  }
  get onAdded(): XlEvent<{ tableId: string }> {
    return new FakeEvent(this.ctx, this.ctx.state.events.added, this.path, "OnAdded");
  }
  get onDeleted(): XlEvent<{ tableId: string; tableName: string }> {
    return new FakeEvent(this.ctx, this.ctx.state.events.deleted, this.path, "OnDeleted");
  }

  protected override navigate(name: string): FakeObject | FakeObject[] {
    if (name === "items") return this.ctx.state.tables.map((t) => new FakeTable(this.ctx, () => t, this.ctx.itemPath(this.path, t.id)));
    return super.navigate(name);
  }
}

/** One table. */
export class FakeTable extends FakeObject implements XlTable {
  constructor(
    ctx: FakeContext,
    readonly state: () => TableState,
    path: ObjectPath,
  ) {
    super(ctx, path);
  }

  get id(): string {
    return this.loaded("id");
  }
  get name(): string {
    return this.loaded("name");
  }
  set name(name: string) {
    this.set("Name", name, () => {
      const t = this.state();
      const other = this.ctx.state.findTable(name);
      if (other && other !== t) throw fakeError("InvalidArgument", `A table named ${name} exists`);
      t.name = name;
    });
  }
  get showHeaders(): boolean {
    return this.loaded("showHeaders");
  }
  get style(): string {
    return this.loaded("style");
  }
  set style(style: string) {
    this.set("Style", style, () => {
      this.state().style = style;
    });
  }

  get worksheet(): XlWorksheet {
    return this.child("worksheet", () => new FakeWorksheet(this.ctx, () => this.state().sheet, this.via("property", "Worksheet")));
  }
  get columns(): FakeTableColumns {
    return this.child("columns", () => new FakeTableColumns(this.ctx, this.state, this.via("property", "Columns")));
  }
  get rows(): { add(index?: number, values?: (string | number | boolean)[][]): unknown } {
    const rows = this.child("rows", () => new FakeTableRows(this.ctx, this.via("property", "Rows")));
    return { add: (index, values) => this.addRows(rows, index, values) };
  }

  getHeaderRowRange(): XlRange {
    return new FakeRange(
      this.ctx,
      () => {
        const t = this.state();
        return { sheet: t.sheet, rect: { row: t.top, col: t.left, rows: 1, cols: t.columnCount } };
      },
      this.via("method", "GetHeaderRowRange"),
    );
  }

  getDataBodyRange(): XlRange {
    return new FakeRange(
      this.ctx,
      () => {
        const t = this.state();
        return { sheet: t.sheet, rect: bodyRect(t) };
      },
      this.via("method", "GetDataBodyRange"),
    );
  }

  protected override read(name: string): unknown {
    const t = this.state();
    switch (name) {
      case "id":
        return t.id;
      case "name":
        return t.name;
      case "showHeaders":
        return t.showHeaders;
      case "style":
        return t.style;
      default:
        return super.read(name);
    }
  }

  protected override navigate(name: string): FakeObject | FakeObject[] {
    if (name === "worksheet") return this.worksheet as FakeWorksheet;
    if (name === "columns") return this.columns;
    return super.navigate(name);
  }

  /** Appends rows at the bottom (Excel ignores no index either): cells below move down. */
  private addRows(rows: FakeTableRows, index: number | undefined, values: (string | number | boolean)[][] | undefined): unknown {
    // `rows.add` returns the added rows: an object path and an Instantiate action carrying the values.
    this.ctx.instantiate("method", "Add", rows.path, [index ?? null, values ?? null]);
    this.ctx.later((stage) => {
      if (index !== undefined && index !== null) throw fakeError("NotImplemented", "The fake appends rows only.");
      const t = this.state();
      const count = values?.length ?? 1;
      if (values?.some((row) => row.length !== t.columnCount)) throw fakeError("InvalidArgument", "Row width differs from the table's.");
      const sheet = t.sheet;
      const at = t.top + 1 + t.bodyRows;
      const below = { row: at, col: t.left, rows: count, cols: t.columnCount };
      if (sheet.hasContent(below)) sheet.insertCellsDown(at, t.left, t.left + t.columnCount - 1, count);
      for (let i = 0; i < count; i++) {
        for (let c = 0; c < t.columnCount; c++) sheet.setNumberFormat(at + i, t.left + c, "General");
      }
      growTable(t, count);
      for (let i = 0; i < count; i++) {
        for (let c = 0; c < t.columnCount; c++) sheet.input(at + i, t.left + c, values?.[i]?.[c] ?? "");
      }
      stage.touched.add(t);
    });
    return {};
  }
}

/** The rows of a table (only their path: rows are added through the table). */
class FakeTableRows extends FakeObject {}

/** The columns of a table. */
export class FakeTableColumns extends FakeObject {
  constructor(
    ctx: FakeContext,
    private readonly table: () => TableState,
    path: ObjectPath,
  ) {
    super(ctx, path);
  }

  get items(): FakeTableColumn[] {
    return this.loaded("items");
  }

  /** Appends a column named `name`; cells right of the table move right when not empty. */
  add(index?: number, values?: (string | number | boolean)[][], name?: string): XlTableColumn {
    let created = -1;
    const path = this.via("method", "Add", [index ?? null, values ?? null, name ?? null]);
    this.ctx.later((stage) => {
      if (index !== undefined && index !== null) throw fakeError("NotImplemented", "The fake appends columns only.");
      if (values !== undefined && values !== null) throw fakeError("NotImplemented", "The fake adds empty columns only.");
      const t = this.table();
      const col = t.left + t.columnCount;
      const span = tableRect(t);
      const header = name ?? `Column${t.columnCount + 1}`;
      if (t.columnNames.some((n) => n.toLowerCase() === header.toLowerCase())) throw fakeError("InvalidArgument", `Column ${header} exists`);
      if (t.sheet.hasContent({ row: span.row, col, rows: span.rows, cols: 1 })) t.sheet.insertCellsRight(span.row, span.row + span.rows - 1, col);
      t.sheet.setRaw(t.top, col, header);
      created = t.columnCount;
      t.columnCount++;
      t.columnNames = [...t.columnNames, header];
      stage.touched.add(t);
    });
    return new FakeTableColumn(
      this.ctx,
      () => {
        if (created < 0) throw fakeError("InvalidOperation", "The column was not added.");
        return { table: this.table(), index: created };
      },
      path,
    );
  }

  getItem(key: string): XlTableColumn {
    return new FakeTableColumn(
      this.ctx,
      () => {
        const table = this.table();
        const index = table.columnNames.findIndex((n) => n.toLowerCase() === key.toLowerCase());
        if (index < 0) throw fakeError("ItemNotFound", `No column ${key} in ${table.name}`);
        return { table, index };
      },
      this.via("indexer", "", [key]),
    );
  }

  protected override navigate(name: string): FakeObject | FakeObject[] {
    if (name === "items") {
      const table = this.table();
      return table.columnNames.map((_, index) => new FakeTableColumn(this.ctx, () => ({ table, index }), this.ctx.itemPath(this.path, index + 1)));
    }
    return super.navigate(name);
  }
}

/** One column of a table. */
export class FakeTableColumn extends FakeObject implements XlTableColumn {
  constructor(
    ctx: FakeContext,
    private readonly at: () => { table: TableState; index: number },
    path: ObjectPath,
  ) {
    super(ctx, path);
  }

  get name(): string {
    return this.loaded("name");
  }

  getDataBodyRange(): XlRange {
    return new FakeRange(
      this.ctx,
      () => {
        const { table, index } = this.at();
        const body = bodyRect(table);
        return { sheet: table.sheet, rect: { ...body, col: body.col + index, cols: 1 } };
      },
      this.via("method", "GetDataBodyRange"),
    );
  }

  protected override read(name: string): unknown {
    if (name === "name") {
      const { table, index } = this.at();
      return table.columnNames[index];
    }
    return super.read(name);
  }
}
