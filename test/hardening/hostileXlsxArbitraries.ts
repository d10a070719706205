/**
 * Generators of structurally valid .xlsx files with hostile ranges for the fuzz of the zip guard
 * and the CLI: a range (in Excel's grid or past it, small or covering millions of cells) placed
 * where a reader expands or checks it (merges, validations, a table, `<col>` spans, the
 * dimension, conditional formats, an auto filter, a defined name), written every way XML allows
 * (either quote, whitespace and newlines inside the tag, character references, a namespace
 * prefix), with the table's part under names that are not `<something>.xml`, resolved through the
 * sheet's relationships, and sometimes a zip entry named otherwise in its local header.
 *
 * Each case knows what the guard must do with it (`mustRefuse`), so the fuzz checks the guard
 * against an independent model of the limits, not only that nothing crashes.
 */
import fc from "fast-check";
import { letters as columnLetters, MAX_COLUMN, MAX_ROW } from "../../src/workbook/xlsx/a1";
import type { PartEdit } from "./hostileParts";
import { MAIN_NS, part } from "./hostileParts";

/** The guard's default budgets (zipGuard.ts DEFAULT_LIMITS). */
const EXPANDED_BUDGET = 5_000_000;
const TABLE_BUDGET = 20_000_000;
const SHEET = "xl/worksheets/sheet1.xml";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A generated range: its text and what it covers. */
export interface HostileRange {
  readonly text: string;
  /** Every corner inside Excel's 1,048,576 rows and 16,384 columns. */
  readonly inGrid: boolean;
  readonly cells: number;
}

const gridRow = fc.integer({ min: 1, max: MAX_ROW });
const pastRow = fc.integer({ min: MAX_ROW + 1, max: 9_999_999 });
const gridColumn = fc.integer({ min: 1, max: MAX_COLUMN });
/** Three letters at most (past XFD up to ZZZ), as a reader still takes them for a column. */
const pastColumn = fc.integer({ min: MAX_COLUMN + 1, max: 18_278 });
const dollar = fc.constantFrom("", "$");

function corner(column: number, row: number, marks: readonly [string, string]): string {
  return `${marks[0]}${columnLetters(column)}${marks[1]}${row}`;
}

/** A small range well inside the grid: a reader expands it in no time. */
const smallRange: fc.Arbitrary<HostileRange> = fc
  .tuple(fc.integer({ min: 1, max: MAX_COLUMN - 20 }), fc.integer({ min: 1, max: MAX_ROW - 50 }), fc.integer({ min: 0, max: 19 }), fc.integer({ min: 0, max: 49 }), dollar, dollar)
  .map(([c, r, w, h, a, b]) => ({ text: `${corner(c, r, [a, b])}:${corner(c + w, r + h, [a, b])}`, inGrid: true, cells: (w + 1) * (h + 1) }));

/** A range inside the grid covering millions of cells: past every budget. */
const hugeRange: fc.Arbitrary<HostileRange> = fc
  .tuple(fc.integer({ min: 1, max: 10 }), fc.integer({ min: 1, max: 10 }), fc.integer({ min: 2_000, max: MAX_COLUMN - 10 }), dollar)
  .map(([c, r, width, a]) => ({ text: `${corner(c, r, [a, a])}:${corner(c + width, MAX_ROW, [a, a])}`, inGrid: true, cells: (width + 1) * (MAX_ROW - r + 1) }));

/** A range with a corner past the grid's last row or column. */
const pastGridRange: fc.Arbitrary<HostileRange> = fc
  .tuple(fc.oneof(gridColumn, pastColumn), fc.oneof(gridRow, pastRow), fc.boolean(), dollar)
  .filter(([c, r]) => c > MAX_COLUMN || r > MAX_ROW)
  .map(([c, r, asCorner, a]) => ({ text: asCorner ? `A1:${corner(c, r, [a, a])}` : corner(c, r, [a, a]), inGrid: false, cells: asCorner ? c * r : 1 }));

/** Any generated range. */
export const hostileRange: fc.Arbitrary<HostileRange> = fc.oneof({ weight: 3, arbitrary: smallRange }, { weight: 2, arbitrary: hugeRange }, { weight: 2, arbitrary: pastGridRange });

/** How an attribute or element is written: quotes, whitespace, character references, a prefix. */
export interface XmlStyle {
  readonly quote: "'" | '"';
  /** Whitespace around `=` and between attributes. */
  readonly space: string;
  /** Positions of the value written as character references (decimal or hex). */
  readonly references: readonly (readonly [number, "dec" | "hex"])[];
  readonly prefixed: boolean;
}

export const xmlStyle: fc.Arbitrary<XmlStyle> = fc.record({
  quote: fc.constantFrom<"'" | '"'>("'", '"'),
  space: fc.constantFrom("", " ", "\n", "\t", "\r\n  "),
  references: fc.array(fc.tuple(fc.nat(30), fc.constantFrom<"dec" | "hex">("dec", "hex")), { maxLength: 4 }),
  prefixed: fc.boolean(),
});

/** `value` escaped for XML, some of its characters as character references. */
function encoded(value: string, style: XmlStyle): string {
  const positions = new Map(style.references.map(([at, kind]) => [at % Math.max(value.length, 1), kind]));
  return [...value].map((ch, i) => (positions.has(i) ? (positions.get(i) === "hex" ? `&#x${ch.charCodeAt(0).toString(16)};` : `&#${ch.charCodeAt(0)};`) : ch)).join("");
}

/** An element with attributes, in the given style. */
function element(name: string, attributes: Record<string, string>, style: XmlStyle, content?: string): string {
  const tag = style.prefixed ? `x:${name}` : name;
  const ns = style.prefixed ? `${style.space} xmlns:x="${MAIN_NS}"` : "";
  const attrs = Object.entries(attributes)
    .map(([k, v]) => ` ${style.space}${k}${style.space}=${style.space}${style.quote}${encoded(v, style)}${style.quote}`)
    .join("");
  return content === undefined ? `<${tag}${ns}${attrs}${style.space}/>` : `<${tag}${ns}${attrs}${style.space}>${content}</${tag}>`;
}

/** Where a range goes, and which budget (if any) it counts against. */
export type Placement = "mergeCell" | "dataValidation" | "table" | "col" | "dimension" | "conditionalFormatting" | "autoFilter" | "definedName";
export const PLACEMENTS: readonly Placement[] = ["mergeCell", "dataValidation", "table", "col", "dimension", "conditionalFormatting", "autoFilter", "definedName"];

/** Names the table part may have: resolved through the sheet's relationships, not by its name. */
export const tablePartName = fc.constantFrom("xl/tables/table1.xml", "xl/tables/table1.bin", "xl/other/list", "xl/tables/T.XML.old");

/** One hostile workbook: the edits to the base workbook and whether the guard must refuse it. */
export interface HostileCase {
  readonly edits: Record<string, PartEdit>;
  readonly mustRefuse: boolean;
  readonly description: string;
}

// Replacer functions, not strings: a value such as "$&#66;" holds "$&", which a replacement string takes for the match.
const afterData = (xml: string) => (text: string) => text.replace("</sheetData>", () => `</sheetData>${xml}`);
const beforeData = (xml: string) => (text: string) => text.replace("<sheetData", () => `${xml}<sheetData`);

/** The edits placing `range` at `placement` in `style`. */
function placed(placement: Placement, range: HostileRange, style: XmlStyle, tablePart: string, columns: readonly [number, number]): Record<string, PartEdit> {
  switch (placement) {
    case "mergeCell":
      return { [SHEET]: afterData(`<mergeCells count="1">${element("mergeCell", { ref: range.text }, style)}</mergeCells>`) };
    case "dataValidation":
      return { [SHEET]: afterData(`<dataValidations count="1">${element("dataValidation", { type: "list", sqref: range.text }, style, '<formula1>"a,b"</formula1>')}</dataValidations>`) };
    case "conditionalFormatting":
      return { [SHEET]: afterData(element("conditionalFormatting", { sqref: range.text }, style, '<cfRule type="expression" priority="1"><formula>TRUE</formula></cfRule>')) };
    case "autoFilter":
      return { [SHEET]: afterData(element("autoFilter", { ref: range.text }, style)) };
    case "dimension":
      return { [SHEET]: beforeData(element("dimension", { ref: range.text }, style)) };
    case "col":
      return { [SHEET]: beforeData(`<cols>${element("col", { min: String(columns[0]), max: String(columns[1]), width: "9" }, style)}</cols>`) };
    case "definedName":
      return { "xl/workbook.xml": (text) => text.replace("</sheets>", () => `</sheets><definedNames>${element("definedName", { name: "Hostile" }, style, encoded(`Data!${range.text}`, style))}</definedNames>`) };
    case "table": {
      const target = `../${tablePart.replace(/^xl\//, "")}`;
      return {
        [SHEET]: (text) => text.replace("</worksheet>", `<tableParts count="1"><tablePart xmlns:r="${REL}" r:id="rIdT"/></tableParts></worksheet>`),
        "xl/worksheets/_rels/sheet1.xml.rels": `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdT" Type="${REL}/table" Target="${target}"/></Relationships>`,
        [tablePart]: `<?xml version="1.0" encoding="UTF-8"?>\n${element("table", { id: "1", name: "T", displayName: "T", ref: range.text }, style, '<tableColumns count="1"><tableColumn id="1" name="x"/></tableColumns>')}`,
      };
    }
  }
}

/** Whether the guard must refuse: a checked range past the grid, or a budget overrun. */
function refused(placement: Placement, range: HostileRange, columns: readonly [number, number]): boolean {
  if (placement === "col") return !(columns[0] >= 1 && columns[0] <= columns[1] && columns[1] <= MAX_COLUMN);
  if (placement === "definedName") return range.cells > EXPANDED_BUDGET;
  if (!range.inGrid) return true;
  if (placement === "table") return range.cells > TABLE_BUDGET;
  return (placement === "mergeCell" || placement === "dataValidation") && range.cells > EXPANDED_BUDGET;
}

/** A `<col min max>` pair: mostly inside 1..16,384, sometimes reversed, zero or far past it. */
const columnSpan: fc.Arbitrary<readonly [number, number]> = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: MAX_COLUMN }), fc.integer({ min: 0, max: 50 })).map(([min, extra]) => [min, Math.min(MAX_COLUMN, min + extra)] as const),
  fc.tuple(fc.integer({ min: 0, max: MAX_COLUMN + 5 }), fc.integer({ min: 0, max: 2_147_483_647 })),
);

/** One hostile workbook case: a range placed somewhere, in some style, maybe with a renamed local header. */
export const hostileCase: fc.Arbitrary<HostileCase> = fc
  .record({ placement: fc.constantFrom(...PLACEMENTS), range: hostileRange, style: xmlStyle, tablePart: tablePartName, columns: columnSpan, renamedLocal: fc.boolean() })
  .map(({ placement, range, style, tablePart, columns, renamedLocal }) => {
    const edits = placed(placement, range, style, tablePart, columns);
    // Readers differ in which name they trust: a part named one thing in the directory and
    // another in its local header is refused, whatever it holds.
    const renamed = renamedLocal && placement !== "definedName" && placement !== "table";
    if (renamed) {
      const sheetEdit = edits[SHEET] as (text: string) => string;
      edits[SHEET] = { ...part(SHEET, sheetEdit(`<worksheet xmlns="${MAIN_NS}"><sheetData/></worksheet>`)), localName: "xl/worksheets/sheet2.xml" };
    }
    const description = `${placement} ${placement === "col" ? columns.join("-") : JSON.stringify(range.text)}${renamed ? " (local header renamed)" : ""}`;
    return { edits, mustRefuse: renamed || refused(placement, range, columns), description };
  });
