/**
 * Applies a mapping: an ad-hoc sheet's rows become rows of a JMP table, keyed by template
 * header, ready for `ConvertibleWorkbook.appendRows`. Values are copied as the sheet holds
 * them (formula results, never formulas; text stays text) and read by the engine later, with
 * two exceptions the user asks for through the mapping: generated IDs, and partner or
 * initiative names in ID columns, which become the IDs the plan knows them by. The sheet
 * itself is only read.
 */
import { requireTableSpec } from "../../model/schema";
import type { SheetValues } from "../port";
import { DEFAULT_ID_PREFIX, generateIds } from "./generateIds";
import { normalizeLabel } from "./labels";
import type { Mapping } from "./mapping";
import { canGenerate } from "./mapping";
import type { ReferenceLookups } from "./references";
import { resolveReference } from "./references";
import { isBlankCell } from "./tableRows";

/** What else a conversion may use. */
export interface ConvertOptions {
  /** Names that stand for IDs, by referenced table (`referenceLookups`). */
  readonly references?: ReferenceLookups;
  /** The IDs already in the target table; generated IDs continue and avoid them. */
  readonly existingIds?: readonly unknown[];
}

/** The converted rows and what was done on the way. */
export interface Conversion {
  /** Rows keyed by template header; blank-source columns are left out. */
  readonly rows: Record<string, unknown>[];
  /** Sheet row number each converted row came from. */
  readonly sheetRows: number[];
  /** Rows with nothing in the mapped columns, skipped. */
  readonly blankRows: number;
  /** Rows labelled as totals ("Total", "Grand total"), skipped so that nothing counts twice. */
  readonly totalRows: number;
  /** IDs made up for generated columns. */
  readonly generatedIds: number;
  /** Names replaced by the ID they stand for. */
  readonly namesResolved: number;
}

const TOTAL_LABELS = new Set(["total", "totals", "grand total", "sum", "subtotal", "sub total"]);

function isTotalsRow(cells: readonly unknown[]): boolean {
  return cells.some((v) => typeof v === "string" && TOTAL_LABELS.has(normalizeLabel(v)));
}

/** Converts the sheet's rows with `mapping`; see the module comment. */
export function convertRows(sheet: SheetValues, mapping: Mapping, options: ConvertOptions = {}): Conversion {
  const spec = requireTableSpec(mapping.table);
  const copied = spec.columns.flatMap((column) => {
    const source = mapping.sources[column.header];
    return source?.kind === "column" ? [{ column, index: source.index }] : [];
  });
  const generated = spec.columns.filter((c) => mapping.sources[c.header]?.kind === "generate" && canGenerate(c));

  const rows: Record<string, unknown>[] = [];
  const sheetRows: number[] = [];
  let blankRows = 0;
  let totalRows = 0;
  let namesResolved = 0;
  sheet.rows.forEach((cells, i) => {
    const values = copied.map(({ index }) => cells[index] ?? null);
    if (values.every(isBlankCell)) return void blankRows++;
    if (isTotalsRow(values)) return void totalRows++;
    const row: Record<string, unknown> = {};
    copied.forEach(({ column }, k) => {
      const lookup = column.references ? options.references?.[column.references] : undefined;
      const value = resolveReference(lookup, values[k]);
      if (value !== values[k]) namesResolved++;
      row[column.header] = value;
    });
    rows.push(row);
    sheetRows.push(sheet.headerRow + 1 + i);
  });

  for (const column of generated) {
    const ids = generateIds(options.existingIds ?? [], rows.length, DEFAULT_ID_PREFIX[mapping.table]);
    rows.forEach((row, i) => (row[column.header] = ids[i]));
  }
  return { rows, sheetRows, blankRows, totalRows, generatedIds: generated.length * rows.length, namesResolved };
}
