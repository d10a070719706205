/**
 * One worksheet of the Excel fake: cell values, formulas, number formats and cell styles kept
 * sparse (a plan of half a million rows fits), plus the sheet's column widths, validation
 * rules, conditional formats and charts. Values written as text are parsed the way Excel
 * parses typed input, so a test sees what a careless write would do to `00123` or `=1+1`.
 */
import { dayFromText, serialFromDay } from "../../src/model/dates";
import type { Rect } from "./address";
import { contains, intersects } from "./address";

/** Formatting of one cell that the adapter sets. */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  color?: string;
  size?: number;
  underline?: unknown;
  fill?: string;
  wrapText?: boolean;
  verticalAlignment?: unknown;
  horizontalAlignment?: unknown;
}

/** A data validation rule over a rectangle. */
export interface ValidationState {
  rect: Rect;
  rule: unknown;
  errorAlert?: unknown;
}

/** A custom conditional format over a rectangle. */
export interface ConditionalFormatState {
  rect: Rect;
  formula: string;
  fill?: string;
  fontColor?: string;
}

/** A chart series: ranges as A1 addresses. */
export interface SeriesState {
  name: string;
  values: string;
  xValues?: string;
}

/** A chart on the sheet. */
export interface ChartState {
  name: string;
  type: string;
  title: string;
  series: SeriesState[];
  position?: { start: string; end?: string };
}

/** The columns Excel allows; cell keys are `row * COLS + col`. */
const COLS = 16_384;

function key(row: number, col: number): number {
  return row * COLS + col;
}

/** A worksheet's state. */
export class SheetState {
  readonly values: (unknown[] | undefined)[] = [];
  readonly formulas = new Map<number, string>();
  readonly numberFormats = new Map<number, string>();
  readonly styles = new Map<number, CellStyle>();
  readonly columnWidths = new Map<number, number>();
  readonly validations: ValidationState[] = [];
  readonly conditionalFormats: ConditionalFormatState[] = [];
  readonly charts: ChartState[] = [];
  frozenRows = 0;
  visibility = "Visible";
  autoFilter: Rect | undefined;

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  /** The stored value of a cell ("" when empty). */
  value(row: number, col: number): unknown {
    const v = this.values[row]?.[col];
    return v === undefined ? "" : v;
  }

  /** The formula of a cell, or its value when it holds none (Office.js `formulas`). */
  formula(row: number, col: number): unknown {
    return this.formulas.get(key(row, col)) ?? this.value(row, col);
  }

  numberFormat(row: number, col: number): string {
    return this.numberFormats.get(key(row, col)) ?? "General";
  }

  style(row: number, col: number): CellStyle | undefined {
    return this.styles.get(key(row, col));
  }

  /** Stores a value as is (seeding): no parsing. */
  setRaw(row: number, col: number, value: unknown): void {
    let r = this.values[row];
    if (!r) {
      r = [];
      this.values[row] = r;
    }
    r[col] = value;
    this.formulas.delete(key(row, col));
  }

  /** Writes what a user or `range.values` would type into a cell; null leaves it unchanged. */
  input(row: number, col: number, input: unknown): void {
    if (input === null || input === undefined) return;
    if (typeof input !== "string") {
      this.setRaw(row, col, input);
      return;
    }
    if (this.numberFormat(row, col) === "@") return this.setRaw(row, col, input);
    if (input.startsWith("'")) return this.setRaw(row, col, input.slice(1));
    const parsed = parseTyped(input);
    // Like typing: `=`, `@`, or a `+`/`-` that does not start a plain number makes a formula.
    if (/^[=@]/.test(input) || (/^[+-]/.test(input) && typeof parsed.value !== "number")) {
      this.setRaw(row, col, formulaValue(input));
      this.formulas.set(key(row, col), input.startsWith("=") ? input : `=${input}`);
      return;
    }
    this.setRaw(row, col, parsed.value);
    if (parsed.format && this.numberFormat(row, col) === "General") this.numberFormats.set(key(row, col), parsed.format);
  }

  setNumberFormat(row: number, col: number, format: unknown): void {
    if (typeof format === "string") this.numberFormats.set(key(row, col), format);
  }

  /** Merges `patch` into the style of every cell of `rect`. */
  patchStyle(rect: Rect, patch: CellStyle): void {
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      for (let c = rect.col; c < rect.col + rect.cols; c++) {
        const k = key(r, c);
        this.styles.set(k, { ...this.styles.get(k), ...patch });
      }
    }
  }

  /** Clears `rect` like `range.clear("All")`: values, formulas, formats, styles, conditional formats inside it. */
  clearRect(rect: Rect, applyTo: "All" | "Contents" | "Formats" = "All"): void {
    const inside = (r: number, c: number): boolean => r >= rect.row && r < rect.row + rect.rows && c >= rect.col && c < rect.col + rect.cols;
    if (applyTo !== "Formats") {
      this.values.forEach((row, r) => row?.forEach((_, c) => inside(r, c) && delete row[c]));
      for (const k of [...this.formulas.keys()]) if (inside(Math.floor(k / COLS), k % COLS)) this.formulas.delete(k);
    }
    if (applyTo === "Contents") return;
    for (const map of [this.numberFormats, this.styles]) for (const k of [...map.keys()]) if (inside(Math.floor(k / COLS), k % COLS)) map.delete(k);
    const within = (r: Rect): boolean => inside(r.row, r.col) && inside(r.row + r.rows - 1, r.col + r.cols - 1);
    this.conditionalFormats.splice(0, this.conditionalFormats.length, ...this.conditionalFormats.filter((f) => !within(f.rect)));
  }

  /** True when any cell of `rect` holds a value or formula. */
  hasContent(rect: Rect): boolean {
    const lastRow = Math.min(rect.row + rect.rows, this.values.length);
    for (let r = rect.row; r < lastRow; r++) {
      const row = this.values[r];
      if (!row) continue;
      const lastCol = Math.min(rect.col + rect.cols, row.length);
      for (let c = rect.col; c < lastCol; c++) if (row[c] !== undefined && row[c] !== "") return true;
    }
    return false;
  }

  /** The smallest rectangle holding every value (formats ignored), or undefined when empty. */
  usedRect(): Rect | undefined {
    let top = -1;
    let bottom = -1;
    let left = Infinity;
    let right = -1;
    this.values.forEach((row, r) => {
      row?.forEach((v, c) => {
        if (v === undefined || v === "") return;
        if (top < 0) top = r;
        bottom = r;
        left = Math.min(left, c);
        right = Math.max(right, c);
      });
    });
    return top < 0 ? undefined : { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  /** Inserts one blank cell at `col` on rows `top..bottom`, shifting cells right (Excel's insert). */
  insertCellsRight(top: number, bottom: number, col: number): void {
    for (let r = top; r <= bottom; r++) {
      const row = this.values[r];
      if (row && row.length > col) row.splice(col, 0, undefined);
    }
    this.moveKeys((r, c) => (r >= top && r <= bottom && c >= col ? [r, c + 1] : undefined));
  }

  /** Inserts `count` blank rows of cells at `row` in columns `left..right`, shifting cells down. */
  insertCellsDown(row: number, left: number, right: number, count: number): void {
    for (let r = this.values.length - 1; r >= row; r--) {
      for (let c = left; c <= right; c++) {
        const v = this.values[r]?.[c];
        if (v === undefined) continue;
        this.setRaw(r + count, c, v);
        this.setRaw(r, c, undefined);
      }
    }
    this.moveKeys((r, c) => (r >= row && c >= left && c <= right ? [r + count, c] : undefined));
  }

  /** Moves formulas, formats and styles of the cells `to` maps to a new place. */
  private moveKeys(to: (row: number, col: number) => [number, number] | undefined): void {
    for (const map of [this.formulas, this.numberFormats, this.styles] as Map<number, unknown>[]) {
      const moved: [number, unknown][] = [];
      for (const [k, v] of map) {
        const target = to(Math.floor(k / COLS), k % COLS);
        if (!target) continue;
        moved.push([key(target[0], target[1]), v]);
        map.delete(k);
      }
      for (const [k, v] of moved) map.set(k, v);
    }
  }

  /** The validation rule type of `rect`: `None`, the rule's type, or `Inconsistent`. */
  validationType(rect: Rect): string {
    const covering = this.validations.filter((v) => intersects(v.rect, rect));
    if (covering.length === 0) return "None";
    if (covering.length === 1 && contains(covering[0].rect, rect)) return ruleType(covering[0].rule);
    return "Inconsistent";
  }
}

function ruleType(rule: unknown): string {
  const kinds = Object.keys((rule ?? {}) as object);
  const kind = kinds[0] ?? "none";
  return kind === "wholeNumber" ? "WholeNumber" : kind.charAt(0).toUpperCase() + kind.slice(1);
}

/** What a formula cell shows: the text of `HYPERLINK(link, "text")`; other formulas show 0. */
function formulaValue(formula: string): unknown {
  const link = /^=HYPERLINK\("(?:[^"]|"")*",\s*"((?:[^"]|"")*)"\)$/i.exec(formula);
  return link ? link[1].replace(/""/g, '"') : 0;
}

/** Excel's reading of typed text: numbers, percents, ISO dates and TRUE/FALSE become values. */
function parseTyped(text: string): { value: unknown; format?: string } {
  const trimmed = text.trim();
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(trimmed)) return { value: Number(trimmed) };
  const percent = /^([+-]?\d+(?:\.\d+)?)%$/.exec(trimmed);
  if (percent) return { value: Number(percent[1]) / 100, format: "0%" };
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) {
    const day = dayFromText(trimmed);
    if (day !== undefined) return { value: serialFromDay(day), format: "yyyy-mm-dd" };
  }
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === "true" };
  return { value: text };
}
