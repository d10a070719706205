/**
 * Parts the workbook reader would not find. ExcelJS 4.4 finds a sheet's tables not through the
 * package's relationships, as Excel does, but by file name: it reads `xl/tables/tableN.xml` and
 * looks each table up by its relationship's target as written (`../tables/tableN.xml`). A table
 * stored anywhere else (a legal package; the fuzz of test/hardening writes them) makes it fail
 * with "Cannot read properties of undefined (reading 'name')"; this says what is wrong instead.
 */
import { UnreadableWorkbookError } from "./errors";
import type { PartsSeen } from "./uncarriedParts";

const SHEET_RELS = /^xl\/worksheets\/_rels\/[^/]+\.rels$/;
const TABLE_TARGET = /^\.\.\/tables\/table\d+\.xml$/;

/** Throws when a sheet's table is where the reader will not look for it (or is missing). */
export function checkReaderFindsParts(seen: PartsSeen, names: ReadonlySet<string>): void {
  for (const rel of seen.relationships) {
    if (!SHEET_RELS.test(rel.source) || !rel.type.endsWith("/table")) continue;
    if (TABLE_TARGET.test(rel.written) && names.has(rel.target)) continue;
    const sheet = rel.source.replace("/_rels/", "/").replace(/\.rels$/, "");
    const where = names.has(rel.target) ? `is stored as ${rel.target}` : `should be at ${rel.target}, which the file lacks`;
    throw new UnreadableWorkbookError(
      `The file cannot be read: a table of ${sheet} ${where}, not where the reader looks for tables (xl/tables/tableN.xml); open the file in Excel and save it again`,
      "corrupt",
    );
  }
}
