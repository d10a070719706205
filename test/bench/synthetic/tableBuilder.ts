/**
 * Builds raw JMP tables row by row, by schema column key, plus the date and ID helpers the
 * synthetic tables share.
 */
import { dayFromParts, serialFromDay } from "../../../src/model/dates";
import type { RawTable } from "../../../src/model/rawTable";
import { requireTableSpec } from "../../../src/model/schema";
import type { TableName, TableSpec } from "../../../src/model/schema";

/** A row of raw cells. */
export type Row = unknown[];

/** Builds a table's rows by schema column key, in template column order. */
export class TableBuilder {
  readonly rows: Row[] = [];
  private readonly at: Record<string, number> = {};
  private readonly spec: TableSpec;

  constructor(readonly name: TableName) {
    this.spec = requireTableSpec(name);
    this.spec.columns.forEach((c, i) => (this.at[c.key] = i));
  }

  /** Adds a row from values by column key; columns not given are blank. */
  add(values: Record<string, unknown>): Row {
    const row: Row = this.spec.columns.map((c) => values[c.key] ?? "");
    this.rows.push(row);
    return row;
  }

  /** The position of a column. */
  col(key: string): number {
    return this.at[key];
  }

  /** The raw table: header on sheet row 1, first column A. */
  toRaw(): RawTable {
    return { name: this.name, sheet: this.spec.sheet, headerRow: 1, firstColumn: 0, headers: this.spec.columns.map((c) => c.header), rows: this.rows };
  }
}

/** An ID of a prefix and a zero-padded number: `pad("T", 7, 6)` -> "T000007". */
export const pad = (prefix: string, n: number, width: number): string => prefix + String(n).padStart(width, "0");
/** The first day of the synthetic plan period (2026-01-01). */
export const PERIOD_START = dayFromParts(2026, 1, 1) as number;
/** The Excel serial of a day, as Office.js delivers a date cell. */
export const serial = (day: number): number => serialFromDay(day);
