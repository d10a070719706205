/**
 * Parts the workbook model (ExcelJS 4.4) would not find, where the streaming reader does. ExcelJS
 * finds parts not through the package's relationships, as Excel does, but by file name: a sheet
 * only as `xl/worksheets/sheetN.xml`, the shared strings and styles only as `xl/sharedStrings.xml`
 * and `xl/styles.xml`, and a sheet's tables as `xl/tables/tableN.xml`, each looked up by its
 * relationship's target as written (`../tables/tableN.xml`). Loading a legal package stored
 * otherwise, or written with namespace prefixes (`<x:worksheet>`, as some generators write),
 * makes it fail ("Cannot read properties of undefined (reading 'name')") or, worse,
 * load a sheet without its table or every text as a number, which a save would then write back.
 * So the commands that read (check, report, pack) read such a file; a change that needs the
 * model is refused with this line instead.
 */
import { PartNames } from "./partNames";
import type { PartsSeen } from "./uncarriedParts";

const SHEET_RELS = /^xl\/worksheets\/_rels\/[^/]+\.rels$/;
const TABLE_TARGET = /^\.\.\/tables\/table\d+\.xml$/;
const MODEL_SHEET = /^xl\/worksheets\/sheet\d+\.xml$/;
/** The parts the model reads by these exact names, by relationship type. */
const MODEL_NAMES: Readonly<Record<string, string>> = { sharedStrings: "xl/sharedStrings.xml", styles: "xl/styles.xml" };

/** The kinds of part the model reads by the name the relationship gives. */
const MODEL_READS: ReadonlySet<string> = new Set(["worksheet", "sharedStrings", "styles", "table"]);

/** The root elements of the parts the model parses itself (a prefixed one makes it fail: "Unexpected xml node"). */
const MODEL_ROOTS: ReadonlySet<string> = new Set(["workbook", "worksheet", "sst", "styleSheet", "table"]);

const AFTER = "open the file in Excel and save it again";

/** Why the workbook model cannot load this package, or undefined when it can. */
export function modelReadProblem(seen: PartsSeen, names: ReadonlySet<string>): string | undefined {
  for (const [part, root] of seen.prefixedRoots) {
    if (MODEL_ROOTS.has(seen.roots.get(part) ?? "")) return `its part ${part} is written with a namespace prefix (<${root}>), which the workbook loader cannot read; ${AFTER}`;
  }
  const anyCase = new PartNames(names);
  for (const rel of seen.relationships) {
    const kind = rel.type.slice(rel.type.lastIndexOf("/") + 1);
    // Named in one case by the relationship, stored in another: the loader looks for the name as
    // written. (Drawings never reach it: the save carries them, splice/carriedDrawings.ts.)
    const stored = names.has(rel.target) ? rel.target : anyCase.resolve(rel.target);
    if (MODEL_READS.has(kind) && stored !== undefined && stored !== rel.target) return `the part ${rel.target} is stored as ${stored}, which the workbook loader does not find; ${AFTER}`;
    if (SHEET_RELS.test(rel.source) && kind === "table") {
      const sheet = rel.source.replace("/_rels/", "/").replace(/\.rels$/, "");
      if (!MODEL_SHEET.test(sheet)) return `the sheet part ${sheet} holds a table but is not named as the workbook loader reads sheets (xl/worksheets/sheetN.xml); ${AFTER}`;
      if (TABLE_TARGET.test(rel.written) && names.has(rel.target)) continue;
      const where = names.has(rel.target) ? `is stored as ${rel.target}` : `should be at ${rel.target}, which the file lacks`;
      return `a table of ${sheet} ${where}, not where the workbook loader looks for tables (xl/tables/tableN.xml, named ../tables/tableN.xml); ${AFTER}`;
    }
    const expected = rel.source === "xl/_rels/workbook.xml.rels" ? MODEL_NAMES[kind] : undefined;
    if (expected !== undefined && rel.target !== expected && names.has(rel.target)) {
      return `its ${kind === "styles" ? "styles" : "shared strings"} part is ${rel.target}, not ${expected} where the workbook loader reads it; ${AFTER}`;
    }
  }
  return undefined;
}
