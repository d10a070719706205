/**
 * Where a workbook's sheets and tables are, found through its relationships as Excel finds them:
 * the workbook part lists the sheets, each sheet's relationships point at its table parts, and
 * a table part gives the table's name, range, header and totals rows and column names. Only
 * these small parts are read; no sheet is.
 */
import { decodeExcelEscapes } from "../../../model/excelEscapes";
import { parseRange } from "../a1";
import type { CellRange } from "../a1";
import type { PackageParts } from "./packageParts";
import { readRelationships } from "./packageParts";

/** An Excel table as its part declares it. */
export interface TablePart {
  readonly name: string;
  /** The whole table: header, data and totals rows. */
  readonly range: CellRange;
  readonly headerRowCount: number;
  readonly totalsRowCount: number;
  /** Column names in order. */
  readonly columns: readonly string[];
}

/** A worksheet and the tables on it. */
export interface SheetPart {
  readonly name: string;
  /** The sheet's part ("xl/worksheets/sheet1.xml"). */
  readonly part: string;
  readonly tables: readonly TablePart[];
  /** Hidden or very hidden (`state` of its `<sheet>`): not listed to the user. */
  readonly hidden: boolean;
}

/** The workbook's worksheets in tab order, and what their cells need to be read. */
export interface WorkbookMap {
  /** The workbook part ("xl/workbook.xml"). */
  readonly workbookPart: string;
  readonly sheets: readonly SheetPart[];
  /** Dates count from 1904 (old Mac workbooks). */
  readonly date1904: boolean;
  /** The shared strings and styles parts, when the workbook has them. */
  readonly sharedStrings: string | undefined;
  readonly styles: string | undefined;
}

const WORKBOOK = "xl/workbook.xml";

/** The relationship id of a `<sheet>`: `r:id`, whatever the prefix. */
function relationshipId(attributes: Readonly<Record<string, string>>): string | undefined {
  for (const key of Object.keys(attributes)) if (key.endsWith(":id")) return attributes[key];
  return undefined;
}

function isType(type: string, kind: string): boolean {
  return type.endsWith(`/${kind}`);
}

/** The workbook part named by the package's root relationships (almost always xl/workbook.xml). */
async function workbookPart(parts: PackageParts): Promise<string> {
  const root = await readRelationships(parts, "");
  for (const rel of root.values()) if (isType(rel.type, "officeDocument") && parts.has(rel.target)) return rel.target;
  return WORKBOOK;
}

async function readTablePart(parts: PackageParts, part: string): Promise<TablePart | undefined> {
  let table: { name: string; ref: string; header: number; totals: number } | undefined;
  const columns: string[] = [];
  await parts.read(part, {
    open(name, a) {
      if (name === "table" && table === undefined) {
        table = { name: a.name ?? a.displayName ?? "", ref: a.ref ?? "", header: a.headerRowCount === undefined ? 1 : Number(a.headerRowCount), totals: Number(a.totalsRowCount ?? 0) };
      } else if (name === "tableColumn") {
        // A header typed with Alt+Enter is stored escaped ("MDF_x000a_requested").
        columns.push(decodeExcelEscapes(a.name ?? ""));
      }
    },
  });
  const range = parseRange(table?.ref);
  if (!table || !range) return undefined;
  return { name: table.name, range, headerRowCount: table.header > 0 ? 1 : 0, totalsRowCount: table.totals > 0 ? 1 : 0, columns };
}

/** Reads the workbook part, its relationships and every worksheet's table parts. */
export async function readWorkbookMap(parts: PackageParts): Promise<WorkbookMap> {
  const book = await workbookPart(parts);
  const declared: { name: string; id: string; hidden: boolean }[] = [];
  let date1904 = false;
  await parts.read(book, {
    open(name, a) {
      if (name === "workbookPr") date1904 = a.date1904 === "1" || a.date1904 === "true";
      if (name !== "sheet") return;
      const id = relationshipId(a);
      if (a.name !== undefined && id !== undefined) declared.push({ name: a.name, id, hidden: a.state === "hidden" || a.state === "veryHidden" });
    },
  });
  const rels = await readRelationships(parts, book);
  const sheets: SheetPart[] = [];
  for (const { name, id, hidden } of declared) {
    const rel = rels.get(id);
    if (!rel || !isType(rel.type, "worksheet") || !parts.has(rel.target)) continue;
    const tables: TablePart[] = [];
    for (const tableRel of (await readRelationships(parts, rel.target)).values()) {
      if (!isType(tableRel.type, "table")) continue;
      const table = await readTablePart(parts, tableRel.target);
      if (table) tables.push(table);
    }
    sheets.push({ name, part: rel.target, tables, hidden });
  }
  const target = (kind: string) => [...rels.values()].find((r) => isType(r.type, kind) && parts.has(r.target))?.target;
  return { workbookPart: book, sheets, date1904, sharedStrings: target("sharedStrings"), styles: target("styles") };
}
