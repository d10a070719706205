/**
 * The tracker mapping kept in the open workbook, as the xlsx adapter keeps it (a hidden sheet's
 * cell that the defined name `JmpImportMapping` points at), so a plan moves between Excel and
 * the CLI without losing it. Reading takes two syncs, writing two.
 */
import { IMPORT_MAPPING_NAME, IMPORT_SHEET, MAX_CELL_TEXT } from "../importMappingCell";
import { quoteSheetName, sheetOfReference } from "./generatedSheets";
import type { XlContext } from "./xlTypes";

interface MappingCell {
  readonly named: boolean;
  readonly sheet?: string;
  readonly address?: string;
}

/** Where the name points, after the names and sheet names are loaded (one sync). */
async function mappingCell(context: XlContext): Promise<MappingCell & { taken: Set<string> }> {
  const { names, worksheets } = context.workbook;
  names.load("items/name,items/formula");
  worksheets.load("items/name");
  await context.sync();
  const taken = new Set(worksheets.items.map((s) => s.name.toLowerCase()));
  const item = names.items.find((n) => n.name.toLowerCase() === IMPORT_MAPPING_NAME.toLowerCase());
  if (!item) return { named: false, taken };
  const formula = String(item.formula ?? "");
  const sheet = sheetOfReference(formula);
  const address = /!(\$?[A-Z]{1,3}\$?\d+)$/i.exec(formula)?.[1];
  return { named: true, sheet: sheet && taken.has(sheet.toLowerCase()) ? sheet : undefined, address, taken };
}

/** The stored mapping text, or undefined. */
export async function readImportMapping(context: XlContext): Promise<string | undefined> {
  const cell = await mappingCell(context);
  if (!cell.sheet || !cell.address) return undefined;
  const range = context.workbook.worksheets.getItem(cell.sheet).getRange(cell.address);
  range.load("values");
  await context.sync();
  const value = range.values[0]?.[0];
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** Stores the mapping text, creating the hidden sheet and the name the first time. */
export async function writeImportMapping(context: XlContext, json: string): Promise<void> {
  if (json.length > MAX_CELL_TEXT) throw new Error(`The tracker mapping is ${json.length} characters, more than one cell holds`);
  const cell = await mappingCell(context);
  const { worksheets, names } = context.workbook;
  if (cell.sheet && cell.address) {
    worksheets.getItem(cell.sheet).getRange(cell.address).values = [[json]];
  } else {
    let name = IMPORT_SHEET;
    for (let n = 2; cell.taken.has(name.toLowerCase()); n++) name = `${IMPORT_SHEET} ${n}`;
    const sheet = worksheets.add(name);
    sheet.getRange("A1:B2").values = [
      ["Tracker mapping", json],
      ["Written by JMP Planner: how the tracker was last imported, so the next import maps it the same way.", ""],
    ];
    sheet.visibility = "Hidden";
    if (cell.named) names.getItem(IMPORT_MAPPING_NAME).delete();
    names.add(IMPORT_MAPPING_NAME, `=${quoteSheetName(name)}!$B$1`);
  }
  await context.sync();
}
