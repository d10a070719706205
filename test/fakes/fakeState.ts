/**
 * The workbook behind the Excel fake: sheets, tables, defined names, event
 * handlers and what the user sees selected. Proxies (`fakeProxies`) read and change it.
 */
import type { Rect } from "./address";
import { formatAddress, intersects } from "./address";
import { SheetState } from "./fakeSheet";

/** An Excel table (ListObject). The header row is `top`; the body follows it. */
export interface TableState {
  readonly id: string;
  name: string;
  sheet: SheetState;
  top: number;
  left: number;
  columnCount: number;
  bodyRows: number;
  showHeaders: boolean;
  style: string;
  /** Column names; the header cells when the header row shows. */
  columnNames: string[];
}

/** Arguments the fake hands table event handlers. */
export interface TableEventArgs {
  readonly tableId: string;
  readonly tableName: string;
  readonly worksheetId: string;
  readonly source: "Local" | "Remote";
  readonly type: string;
  readonly address?: string;
}

/** A registered event handler (table events get `TableEventArgs`, worksheet events their own). */
export type Handler = (args: object) => Promise<unknown>;

/** Handler sets of the workbook's table collection. */
export interface TableEvents {
  readonly changed: Set<Handler>;
  readonly added: Set<Handler>;
  readonly deleted: Set<Handler>;
}

/** Handler sets of one worksheet. */
export interface SheetEvents {
  readonly changed: Set<Handler>;
  readonly calculated: Set<Handler>;
}

/** The whole workbook. */
export class WorkbookState {
  readonly sheets: SheetState[] = [];
  readonly tables: TableState[] = [];
  readonly names = new Map<string, { name: string; formula: string }>();
  readonly events: TableEvents = { changed: new Set(), added: new Set(), deleted: new Set() };
  activeSheet: string | undefined;
  selection: string | undefined;
  private readonly sheetHandlers = new Map<string, SheetEvents>();
  /** Resolves when the user leaves cell edit mode; undefined while not editing. */
  cellEdit: { readonly ended: Promise<void>; readonly end: () => void } | undefined;
  private nextId = 1;

  /** The event handlers of a worksheet (by its id, which survives a rename). */
  sheetEvents(sheet: SheetState): SheetEvents {
    let events = this.sheetHandlers.get(sheet.id);
    if (!events) {
      events = { changed: new Set(), calculated: new Set() };
      this.sheetHandlers.set(sheet.id, events);
    }
    return events;
  }

  /** The user starts typing in a cell: batches now wait or fail, as their run options say. */
  beginCellEdit(): void {
    if (this.cellEdit) return;
    let end: () => void = () => undefined;
    const ended = new Promise<void>((resolve) => {
      end = resolve;
    });
    this.cellEdit = { ended, end };
  }

  /** The user leaves the cell (Enter or Esc): delayed batches run. */
  endCellEdit(): void {
    const edit = this.cellEdit;
    this.cellEdit = undefined;
    edit?.end();
  }

  /** A new sheet at the end; names are unique ignoring case. */
  addSheet(name: string): SheetState {
    if (this.findSheet(name)) throw fakeError("ItemAlreadyExists", `A sheet named ${name} exists`);
    const sheet = new SheetState(`{sheet-${this.nextId++}}`, name);
    this.sheets.push(sheet);
    this.activeSheet ??= name;
    return sheet;
  }

  findSheet(name: string): SheetState | undefined {
    const wanted = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === wanted);
  }

  sheet(name: string): SheetState {
    const sheet = this.findSheet(name);
    if (!sheet) throw fakeError("ItemNotFound", `No sheet named ${name}`);
    return sheet;
  }

  /** Deletes a sheet with its tables; names pointing at it turn into `#REF!`. */
  deleteSheet(sheet: SheetState): TableState[] {
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    const gone = this.tables.filter((t) => t.sheet === sheet);
    for (const t of gone) this.tables.splice(this.tables.indexOf(t), 1);
    for (const item of this.names.values()) {
      if (item.formula.includes(`${sheet.name}!`)) item.formula = "=#REF!";
    }
    // So do cell formulas that point into it (a user's =Dashboard!B5 on another sheet).
    for (const other of this.sheets) {
      for (const [k, formula] of other.formulas) if (formula.includes(`${sheet.name}!`)) other.formulas.set(k, formula.split(`${sheet.name}!`).join("#REF!"));
    }
    if (this.activeSheet === sheet.name) this.activeSheet = this.sheets[0]?.name;
    return gone;
  }

  /** Moves a sheet to a tab position. */
  moveSheet(sheet: SheetState, position: number): void {
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(Math.max(0, Math.min(position, this.sheets.length)), 0, sheet);
  }

  findTable(key: string): TableState | undefined {
    const wanted = key.toLowerCase();
    return this.tables.find((t) => t.id === key || t.name.toLowerCase() === wanted);
  }

  table(key: string): TableState {
    const table = this.findTable(key);
    if (!table) throw fakeError("ItemNotFound", `No table ${key}`);
    return table;
  }

  /** A new table over `rect` whose first row holds the headers. */
  addTable(sheet: SheetState, rect: Rect): TableState {
    const names: string[] = [];
    for (let c = 0; c < rect.cols; c++) {
      const text = String(sheet.value(rect.row, rect.col + c));
      names.push(text === "" ? `Column${c + 1}` : text);
      sheet.setRaw(rect.row, rect.col + c, names[c]);
    }
    const table: TableState = {
      id: `{table-${this.nextId++}}`,
      name: `Table${this.tables.length + 1}`,
      sheet,
      top: rect.row,
      left: rect.col,
      columnCount: rect.cols,
      bodyRows: Math.max(1, rect.rows - 1),
      showHeaders: true,
      style: "TableStyleMedium2",
      columnNames: names,
    };
    this.tables.push(table);
    return table;
  }

  /** Tables whose cells `rect` on `sheet` touches. */
  tablesTouching(sheet: SheetState, rect: Rect): TableState[] {
    return this.tables.filter((t) => t.sheet === sheet && intersects(rect, tableRect(t)));
  }

  /** After header cells changed, the column names follow them (Excel keeps them equal). */
  syncColumnNames(table: TableState): void {
    if (!table.showHeaders) return;
    table.columnNames = table.columnNames.map((_, c) => String(table.sheet.value(table.top, table.left + c)));
  }
}

/** The table's whole range: header row and body. */
export function tableRect(t: TableState): Rect {
  return { row: t.top, col: t.left, rows: t.bodyRows + 1, cols: t.columnCount };
}

/** The table's data body. */
export function bodyRect(t: TableState): Rect {
  return { row: t.top + 1, col: t.left, rows: t.bodyRows, cols: t.columnCount };
}

/** The A1 address of a rectangle on a sheet, as Office.js reports it. */
export function addressOf(sheet: SheetState, rect: Rect): string {
  return formatAddress(sheet.name, rect);
}

/** An error shaped like `OfficeExtension.Error`: a message and a `code`. */
export function fakeError(code: string, message: string): Error & { code: string } {
  return Object.assign(new Error(message), { code });
}

/**
 * The table takes `count` more body rows (`rows.add`, or values written just below it): number
 * formats of its last row reach the new cells still in General, and the validation and
 * conditional formats over the last row grow with it.
 */
export function growTable(t: TableState, count: number): void {
  const sheet = t.sheet;
  const last = t.top + t.bodyRows;
  for (let i = 1; i <= count; i++) {
    for (let c = t.left; c < t.left + t.columnCount; c++) {
      if (sheet.numberFormat(last + i, c) === "General") sheet.setNumberFormat(last + i, c, sheet.numberFormat(last, c));
    }
  }
  for (const rule of [...sheet.validations, ...sheet.conditionalFormats]) {
    const r = rule.rect;
    if (r.row <= last && r.row + r.rows - 1 === last && r.col >= t.left && r.col + r.cols <= t.left + t.columnCount) rule.rect = { ...r, rows: r.rows + count };
  }
  t.bodyRows += count;
}
