/**
 * Where the generated Dashboard and Issues sheets go. The tool marks each sheet it generates
 * with a workbook-level defined name pointing at its A1 cell; only a sheet carrying that mark is
 * ever replaced. A user's own sheet that happens to be called "Dashboard" is left alone and the
 * generated one takes the next free name ("JMP Dashboard").
 */
import type { Workbook, Worksheet } from "exceljs";
import { quoteSheetName } from "../../model/sheetReference";

/** Re-exported for the writers that place the generated sheets. */
export { quoteSheetName };

/** The generated sheets: default name and the defined name that marks them. */
export interface GeneratedSheetKind {
  /** Name used when the workbook has no sheet of that name yet. */
  readonly name: string;
  /** Workbook-level defined name that points at the generated sheet's A1. */
  readonly marker: string;
}

/** The Dashboard sheet. */
export const DASHBOARD_SHEET: GeneratedSheetKind = { name: "Dashboard", marker: "JmpGeneratedDashboard" };
/** The Issues sheet. */
export const ISSUES_SHEET: GeneratedSheetKind = { name: "Issues", marker: "JmpGeneratedIssues" };

/** ExcelJS keeps the tab position in `orderNo`, which its typings omit. */
interface Ordered {
  orderNo: number;
}


/** The sheet name of a defined-name range such as `'Joint Plan'!$A$1` or `Issues!$A$1`. */
function sheetOfRange(range: string): string | undefined {
  const match = /^(?:'((?:[^']|'')+)'|([^!]+))!/.exec(range);
  if (!match) return undefined;
  return match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2];
}

/** The sheet the tool generated for `kind`, found through its marker, or undefined. */
export function findGeneratedSheet(workbook: Workbook, kind: GeneratedSheetKind): Worksheet | undefined {
  const entry = workbook.definedNames.model.find((n) => n.name === kind.marker);
  for (const range of entry?.ranges ?? []) {
    const sheetName = sheetOfRange(range);
    const sheet = sheetName === undefined ? undefined : sheetNamed(workbook, sheetName);
    if (sheet) return sheet;
  }
  return undefined;
}

/** Excel compares sheet names case-insensitively. */
function sheetNamed(workbook: Workbook, name: string): Worksheet | undefined {
  const wanted = name.toLowerCase();
  return workbook.worksheets.find((w) => w.name.toLowerCase() === wanted);
}

/** The first of "Dashboard", "JMP Dashboard", "JMP Dashboard 2", ... for which `taken` is false. */
export function freeGeneratedName(taken: (name: string) => boolean, base: string): string {
  if (!taken(base)) return base;
  const prefixed = `JMP ${base}`;
  if (!taken(prefixed)) return prefixed;
  for (let n = 2; ; n++) {
    const candidate = `${prefixed} ${n}`;
    if (!taken(candidate)) return candidate;
  }
}

/** Removes every marker range of `kind` (they point at a sheet about to be replaced or gone). */
function clearMarker(workbook: Workbook, kind: GeneratedSheetKind): void {
  const entry = workbook.definedNames.model.find((n) => n.name === kind.marker);
  for (const range of entry?.ranges ?? []) workbook.definedNames.remove(range, kind.marker);
}

/**
 * A fresh, empty sheet for `kind`: the previously generated one is deleted and recreated under
 * the same name and at the same tab position; otherwise a new sheet is appended under a free
 * name. The new sheet carries the marker. No other sheet is touched.
 */
export function freshGeneratedSheet(workbook: Workbook, kind: GeneratedSheetKind): Worksheet {
  const previous = findGeneratedSheet(workbook, kind);
  clearMarker(workbook, kind);
  let name: string;
  let position: number | undefined;
  if (previous) {
    name = previous.name;
    position = (previous as unknown as Ordered).orderNo;
    workbook.removeWorksheet(previous.id);
  } else {
    name = freeGeneratedName((n) => sheetNamed(workbook, n) !== undefined, kind.name);
  }
  const sheet = workbook.addWorksheet(name);
  if (position !== undefined) (sheet as unknown as Ordered).orderNo = position;
  workbook.definedNames.add(`${quoteSheetName(name)}!$A$1`, kind.marker);
  return sheet;
}
