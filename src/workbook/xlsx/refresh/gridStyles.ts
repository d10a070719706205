/**
 * The styles part of the generated sheets written on their own: each distinct look a grid cell
 * has (number format, font, fill, border, alignment) becomes one cell format, written as
 * SpreadsheetML says. The splice then finds or appends each in the workbook's own styles
 * (`splice/stylesMerge.ts`), as it does for what ExcelJS writes. Only what the writers set is
 * known; anything else is refused, so that nothing is written wrong (the caller then writes
 * through the whole model).
 */
import type { Alignment, Border, Borders, Color, Fill, Font } from "exceljs";
import { encodeXml } from "../splice/xmlText";
import type { GridCell } from "./sheetGrid";

/** Built-in number formats by code (ECMA-376 18.8.30); any other code gets an id from 164. */
const BUILT_IN_FORMATS: Readonly<Record<string, number>> = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10, "@": 49 };
const FIRST_CUSTOM_FORMAT = 164;
const DEFAULT_FONT = `<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>`;
const NO_FILLS = [`<fill><patternFill patternType="none"/></fill>`, `<fill><patternFill patternType="gray125"/></fill>`];
const NO_BORDER = `<border><left/><right/><top/><bottom/><diagonal/></border>`;

function refuse(what: string): never {
  throw new Error(`The generated sheets use ${what}, which the light writer does not write`);
}

function colorXml(element: string, color: Partial<Color> | undefined): string {
  if (color === undefined) return "";
  if (color.argb !== undefined) return `<${element} rgb="${encodeXml(color.argb)}"/>`;
  if (color.theme !== undefined) return `<${element} theme="${color.theme}"/>`;
  return refuse("a colour that is neither ARGB nor a theme colour");
}

function fontXml(font: Partial<Font>): string {
  const known = new Set(["bold", "italic", "underline", "strike", "size", "color", "name", "family"]);
  for (const key of Object.keys(font)) if (!known.has(key)) refuse(`the font property ${key}`);
  let xml = "<font>";
  if (font.bold) xml += "<b/>";
  if (font.italic) xml += "<i/>";
  if (font.strike) xml += "<strike/>";
  if (font.underline === true || font.underline === "single") xml += "<u/>";
  else if (font.underline) xml += `<u val="${encodeXml(String(font.underline))}"/>`;
  if (font.size !== undefined) xml += `<sz val="${font.size}"/>`;
  xml += colorXml("color", font.color);
  if (font.name !== undefined) xml += `<name val="${encodeXml(font.name)}"/>`;
  if (font.family !== undefined) xml += `<family val="${font.family}"/>`;
  return `${xml}</font>`;
}

function fillXml(fill: Fill): string {
  if (fill.type !== "pattern") return refuse("a gradient fill");
  return `<fill><patternFill patternType="${fill.pattern}">${colorXml("fgColor", fill.fgColor)}${colorXml("bgColor", fill.bgColor)}</patternFill></fill>`;
}

function edgeXml(element: string, edge: Partial<Border> | undefined): string {
  if (edge?.style === undefined) return `<${element}/>`;
  return `<${element} style="${edge.style}">${colorXml("color", edge.color)}</${element}>`;
}

function borderXml(border: Partial<Borders>): string {
  for (const key of Object.keys(border)) if (!["left", "right", "top", "bottom"].includes(key)) refuse(`the border property ${key}`);
  return `<border>${edgeXml("left", border.left)}${edgeXml("right", border.right)}${edgeXml("top", border.top)}${edgeXml("bottom", border.bottom)}<diagonal/></border>`;
}

function alignmentXml(alignment: Partial<Alignment>): string {
  let xml = "<alignment";
  for (const [key, value] of Object.entries(alignment)) {
    if (value === undefined) continue;
    if (!["horizontal", "vertical", "wrapText", "indent", "shrinkToFit", "textRotation"].includes(key)) refuse(`the alignment property ${key}`);
    xml += ` ${key}="${typeof value === "boolean" ? (value ? "1" : "0") : encodeXml(String(value))}"`;
  }
  return `${xml}/>`;
}

/** A list of distinct XML items, each with its index. */
class ItemList {
  readonly items: string[];
  private readonly index = new Map<string, number>();

  constructor(initial: readonly string[]) {
    this.items = [...initial];
    this.items.forEach((item, i) => this.index.set(item, i));
  }

  place(item: string): number {
    let at = this.index.get(item);
    if (at === undefined) {
      at = this.items.length;
      this.items.push(item);
      this.index.set(item, at);
    }
    return at;
  }
}

/** The cell formats of the generated sheets, growing as cells are written. */
export class GridStyles {
  private readonly fonts = new ItemList([DEFAULT_FONT]);
  private readonly fills = new ItemList(NO_FILLS);
  private readonly borders = new ItemList([NO_BORDER]);
  private readonly cellXfs = new ItemList([`<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`]);
  private readonly formats = new Map<string, number>();
  /** The XML of each style object, by identity: the writers share most of theirs across cells. */
  private readonly xmlOf = new WeakMap<object, string>();

  /** The index of the cell's format (0: no look of its own). */
  styleOf(cell: GridCell): number {
    const { numFmt, font, fill, border, alignment } = cell;
    if (numFmt === undefined && font === undefined && fill === undefined && border === undefined && alignment === undefined) return 0;
    const numFmtId = numFmt === undefined ? 0 : this.formatId(numFmt);
    const fontId = font === undefined ? 0 : this.fonts.place(this.memo(font, fontXml));
    const fillId = fill === undefined ? 0 : this.fills.place(this.memo(fill, fillXml));
    const borderId = border === undefined ? 0 : this.borders.place(this.memo(border, borderXml));
    const aligned = alignment === undefined ? "" : this.memo(alignment, alignmentXml);
    const applies = `${numFmt === undefined ? "" : ' applyNumberFormat="1"'}${font === undefined ? "" : ' applyFont="1"'}${fill === undefined ? "" : ' applyFill="1"'}${border === undefined ? "" : ' applyBorder="1"'}${aligned === "" ? "" : ' applyAlignment="1"'}`;
    const head = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}`;
    return this.cellXfs.place(aligned === "" ? `${head}/>` : `${head}>${aligned}</xf>`);
  }

  /** The styles part. */
  xml(): string {
    const section = (name: string, items: readonly string[]) => `<${name} count="${items.length}">${items.join("")}</${name}>`;
    const numFmts = [...this.formats].map(([code, id]) => `<numFmt numFmtId="${id}" formatCode="${encodeXml(code)}"/>`);
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
      (numFmts.length > 0 ? section("numFmts", numFmts) : "") +
      section("fonts", this.fonts.items) +
      section("fills", this.fills.items) +
      section("borders", this.borders.items) +
      section("cellStyleXfs", [`<xf numFmtId="0" fontId="0" fillId="0" borderId="0"/>`]) +
      section("cellXfs", this.cellXfs.items) +
      section("cellStyles", [`<cellStyle name="Normal" xfId="0" builtinId="0"/>`]) +
      `<dxfs count="0"/></styleSheet>`
    );
  }

  private formatId(code: string): number {
    const builtIn = BUILT_IN_FORMATS[code];
    if (builtIn !== undefined) return builtIn;
    let id = this.formats.get(code);
    if (id === undefined) {
      id = FIRST_CUSTOM_FORMAT + this.formats.size;
      this.formats.set(code, id);
    }
    return id;
  }

  private memo<T extends object>(style: T, toXml: (style: T) => string): string {
    let xml = this.xmlOf.get(style);
    if (xml === undefined) {
      xml = toXml(style);
      this.xmlOf.set(style, xml);
    }
    return xml;
  }
}
