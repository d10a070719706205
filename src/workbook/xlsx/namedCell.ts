/**
 * Cells the tool keeps its own facts in (the template version, the tracker mapping): a cell of
 * a hidden sheet that a workbook-level defined name points at. A name pointing at a cell
 * survives every round trip through ExcelJS and can be read by any host with one lookup.
 */
import type { Workbook, Worksheet } from "exceljs";
import { address, parseRange } from "./a1";
import { sheetNamed } from "./locateTables";

/** A named cell: its sheet and A1 address. */
export interface NamedCell {
  readonly sheet: Worksheet;
  readonly address: string;
}

/** The sheet and A1 cell a defined-name range points at (`'JmpTemplate'!$B$1`). */
function target(workbook: Workbook, reference: string): NamedCell | undefined {
  const match = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(reference);
  if (!match) return undefined;
  const sheet = sheetNamed(workbook, match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2]);
  const range = parseRange(match[3]);
  return sheet && range ? { sheet, address: address(range.top, range.left) } : undefined;
}

/** The cell the defined name `name` points at, or undefined when it points nowhere. */
export function namedCell(workbook: Workbook, name: string): NamedCell | undefined {
  const entry = workbook.definedNames.model.find((n) => n.name === name);
  for (const reference of entry?.ranges ?? []) {
    const found = target(workbook, reference);
    if (found) return found;
  }
  return undefined;
}

/** `base`, or `base 2`, `base 3`... whichever no sheet has. */
export function freeSheetName(workbook: Workbook, base: string): string {
  let name = base;
  for (let n = 2; sheetNamed(workbook, name); n++) name = `${base} ${n}`;
  return name;
}
