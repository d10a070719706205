/**
 * The Dashboard and Issues sheets of a workbook file, written on their own into a small package:
 * the writers fill light grids (`sheetGrid.ts`, serialized by `gridXml.ts` with `gridStyles.ts`)
 * instead of a workbook model, and the package's workbook part lists an empty stand-in for every
 * sheet of the file, so the splice (`splice/splicePackage.ts`) keeps each generated sheet where
 * it was, puts a new one after the file's last sheet and takes only the generated sheets and
 * their markers from it. Names follow `resultsPlacement.ts`: a sheet generated before keeps its
 * name; a new one takes "Dashboard", or "JMP Dashboard" when a sheet of the user's has that name.
 */
import type { Analysis } from "../../../engine";
import { dashboardLayout, issueRows } from "../../layout";
import type { GeneratedSheet, WriteResultsOptions } from "../../port";
import { writeDashboard } from "../resultsDashboard";
import { writeIssues } from "../resultsIssues";
import type { GeneratedSheetKind } from "../resultsPlacement";
import { DASHBOARD_SHEET, freeGeneratedName, ISSUES_SHEET, quoteSheetName } from "../resultsPlacement";
import { numberFormats } from "../resultsStyle";
import { encodeXml } from "../splice/xmlText";
import { GridStyles } from "./gridStyles";
import { gridXml } from "./gridXml";
import { SheetGrid } from "./sheetGrid";
import { referenceParts } from "./workbookFacts";

/** What the file has that the generated sheets' names and places depend on. */
export interface FileSheets {
  /** Every sheet of the workbook part, in tab order. */
  readonly names: readonly string[];
  /** The workbook-level defined names: name -> reference. */
  readonly definedNames: ReadonlyMap<string, string>;
}

/** The generated sheets as a package of their own. */
export interface GeneratedPackage {
  /** The package's parts' text, by part name (the splice reads them as they are, never zipped). */
  readonly parts: ReadonlyMap<string, string>;
  /** The generated sheets (lower-case names): the only sheets to take from `bytes`. */
  readonly sheets: ReadonlySet<string>;
}

/** The defined names that mark the generated sheets (lower case): the only names to take from the package. */
export const MARKER_NAMES: ReadonlySet<string> = new Set([DASHBOARD_SHEET.marker, ISSUES_SHEET.marker].map((n) => n.toLowerCase()));

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

/** The name of the sheet generated for `kind`: the one its marker points at, else a free one. */
function sheetName(file: FileSheets, kind: GeneratedSheetKind, chosen: readonly string[]): string {
  const reference = file.definedNames.get(kind.marker);
  const marked = reference === undefined ? undefined : referenceParts(reference)?.sheet.toLowerCase();
  const existing = file.names.find((n) => n.toLowerCase() === marked);
  if (existing !== undefined) return existing;
  const taken = new Set([...file.names, ...chosen].map((n) => n.toLowerCase()));
  return freeGeneratedName((name) => taken.has(name.toLowerCase()), kind.name);
}

/** The generated sheets `options.only` asks for, filled for `analysis`. */
function fillGrids(file: FileSheets, analysis: Analysis, options: WriteResultsOptions): { grid: SheetGrid; kind: GeneratedSheetKind }[] {
  const wanted = (which: GeneratedSheet): boolean => options.only === undefined || options.only === which;
  const layout = dashboardLayout(analysis);
  const grids: { grid: SheetGrid; kind: GeneratedSheetKind }[] = [];
  if (wanted("dashboard")) {
    const grid = new SheetGrid(sheetName(file, DASHBOARD_SHEET, []));
    writeDashboard(grid, layout, numberFormats(analysis.plan.settings.currency));
    grids.push({ grid, kind: DASHBOARD_SHEET });
  }
  if (wanted("issues")) {
    const grid = new SheetGrid(sheetName(file, ISSUES_SHEET, grids.map((g) => g.grid.name)));
    writeIssues(grid, issueRows(analysis), layout.subtitle);
    grids.push({ grid, kind: ISSUES_SHEET });
  }
  return grids;
}

/** Writes the generated sheets for `analysis` into a package of their own. */
export function generatedPackage(file: FileSheets, analysis: Analysis, options: WriteResultsOptions = {}): GeneratedPackage {
  const grids = fillGrids(file, analysis, options);
  const styles = new GridStyles();
  const parts = new Map<string, string>();
  const sheets: string[] = [];
  const rels: string[] = [];
  const overrides: string[] = [];
  const byName = new Map(grids.map((g, i) => [g.grid.name.toLowerCase(), i]));
  const sheetElement = (name: string, id: number) => {
    const index = byName.get(name.toLowerCase());
    if (index === undefined) return `<sheet name="${encodeXml(name)}" sheetId="${id}"/>`;
    const part = `worksheets/sheet${index + 1}.xml`;
    parts.set(`xl/${part}`, gridXml(grids[index].grid, styles));
    rels.push(`<Relationship Id="rId${index + 1}" Type="${REL}/worksheet" Target="${part}"/>`);
    overrides.push(`<Override PartName="/xl/${part}" ContentType="${SHEET_TYPE}"/>`);
    byName.delete(name.toLowerCase());
    return `<sheet name="${encodeXml(name)}" sheetId="${id}" r:id="rId${index + 1}"/>`;
  };
  for (const name of file.names) sheets.push(sheetElement(name, sheets.length + 1));
  for (const { grid } of grids) if (byName.has(grid.name.toLowerCase())) sheets.push(sheetElement(grid.name, sheets.length + 1));
  const names = grids.map(({ grid, kind }) => `<definedName name="${kind.marker}">${encodeXml(`${quoteSheetName(grid.name)}!$A$1`)}</definedName>`);
  rels.push(`<Relationship Id="rIdStyles" Type="${REL}/styles" Target="styles.xml"/>`);

  const declaration = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n`;
  parts.set("xl/styles.xml", styles.xml());
  parts.set("xl/workbook.xml", `${declaration}<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets>${sheets.join("")}</sheets><definedNames>${names.join("")}</definedNames></workbook>`);
  parts.set("xl/_rels/workbook.xml.rels", `${declaration}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`);
  parts.set("_rels/.rels", `${declaration}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  parts.set(
    "[Content_Types].xml",
    `${declaration}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` +
      `<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>${overrides.join("")}</Types>`,
  );
  return { parts, sheets: new Set(grids.map((g) => g.grid.name.toLowerCase())) };
}
