/**
 * Gives the cell formats a rewritten sheet uses a place in the workbook's own styles part. The
 * sheets this writer keeps point into the original styles by index, so those lists are kept as
 * they are and only grow: each format the rewritten sheets use (ExcelJS's numbering) is found
 * in the original or appended, with its font, fill, border and number format, and the sheets'
 * style indices are renumbered. Formats equal to an existing one reuse it, so saving again and
 * again does not grow the file.
 */
import { attributesOf, childElements, findElement, splice, withAttribute } from "./xmlText";

/** The lists of a styles part this writer extends, in the order the schema puts them. */
const SECTION_ORDER = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs", "tableStyles", "colors", "extLst"] as const;
type Section = "numFmts" | "fonts" | "fills" | "borders" | "cellXfs" | "dxfs";

const FIRST_CUSTOM_FORMAT = 164;

/** A list of the original styles part, growing. */
class StyleList {
  readonly items: string[];
  readonly added: string[] = [];
  private readonly index = new Map<string, number>();

  constructor(items: string[]) {
    this.items = items;
    items.forEach((item, i) => {
      if (!this.index.has(item)) this.index.set(item, i);
    });
  }

  /** The index of `item`, appended when the list lacks it. */
  place(item: string): number {
    const found = this.index.get(item);
    if (found !== undefined) return found;
    const at = this.items.length;
    this.items.push(item);
    this.added.push(item);
    this.index.set(item, at);
    return at;
  }
}

/** The children of a section of a styles part (none when it is absent). */
function sectionItems(styles: string, section: string): string[] {
  const found = findElement(styles, section);
  return found?.inner === undefined ? [] : childElements(found.inner);
}

/** Merges a rewritten package's formats into the original styles part. */
export class StylesMerge {
  private readonly lists = new Map<Section, StyleList>();
  private readonly source = new Map<Section, string[]>();
  private readonly xfMap = new Map<number, number>();
  private readonly dxfMap = new Map<number, number>();
  private readonly formatCodes = new Map<string, number>();
  private nextFormatId: number;
  private readonly prefix: string;

  /** `original`: the workbook's styles part; `rewritten`: the styles part the sheets' indices point into. */
  constructor(
    private readonly original: string,
    rewritten: string,
  ) {
    const sections: Section[] = ["numFmts", "fonts", "fills", "borders", "cellXfs", "dxfs"];
    for (const section of sections) {
      this.lists.set(section, new StyleList(sectionItems(original, section)));
      this.source.set(section, sectionItems(rewritten, section));
    }
    let highest = FIRST_CUSTOM_FORMAT - 1;
    for (const item of this.lists.get("numFmts")?.items ?? []) {
      const { numFmtId, formatCode } = attributesOf(item);
      const id = Number(numFmtId);
      if (formatCode !== undefined && !this.formatCodes.has(formatCode)) this.formatCodes.set(formatCode, id);
      if (id > highest) highest = id;
    }
    this.nextFormatId = highest + 1;
    this.prefix = /<([\w.-]+:)?styleSheet\b/.exec(original)?.[1] ?? "";
  }

  /** The original's index of the rewritten package's cell format `xf`. */
  cellFormat(xf: number): number {
    const known = this.xfMap.get(xf);
    if (known !== undefined) return known;
    const written = this.source.get("cellXfs")?.[xf];
    const placed = written === undefined ? 0 : this.place("cellXfs", this.mapCellFormat(written));
    this.xfMap.set(xf, placed);
    return placed;
  }

  /** The original's index of the rewritten package's differential format `dxf` (conditional formats, table columns). */
  differentialFormat(dxf: number): number {
    const known = this.dxfMap.get(dxf);
    if (known !== undefined) return known;
    const written = this.source.get("dxfs")?.[dxf];
    const placed = written === undefined ? 0 : this.place("dxfs", this.prefixed(written));
    this.dxfMap.set(dxf, placed);
    return placed;
  }

  /** The styles part with what was placed; undefined when nothing was added. */
  result(): string | undefined {
    let text = this.original;
    let changed = false;
    for (const section of ["numFmts", "fonts", "fills", "borders", "cellXfs", "dxfs"] as const) {
      const list = this.lists.get(section);
      if (!list || list.added.length === 0) continue;
      changed = true;
      text = this.extendSection(text, section, list);
    }
    return changed ? text : undefined;
  }

  private place(section: Section, item: string): number {
    const list = this.lists.get(section);
    if (!list) throw new Error(`no styles list ${section}`);
    return list.place(item);
  }

  /** A cell format with its font, fill, border and number format placed in the original. */
  private mapCellFormat(xf: string): string {
    const attributes = attributesOf(/^<[^>]*>/.exec(xf)?.[0] ?? "");
    let mapped = this.prefixed(xf);
    const component = (attribute: string, section: Section) => {
      const index = Number(attributes[attribute] ?? "0");
      const item = this.source.get(section)?.[index];
      mapped = withAttribute(mapped, attribute, String(item === undefined ? 0 : this.place(section, this.prefixed(item))));
    };
    component("fontId", "fonts");
    component("fillId", "fills");
    component("borderId", "borders");
    mapped = withAttribute(mapped, "numFmtId", String(this.numberFormat(Number(attributes.numFmtId ?? "0"))));
    // The rewritten sheets use no named cell styles of their own: the original's Normal serves.
    return withAttribute(mapped, "xfId", "0");
  }

  /** The original's id of the rewritten package's number format `id` (built-in ids are the same everywhere). */
  private numberFormat(id: number): number {
    if (id < FIRST_CUSTOM_FORMAT) return id;
    const written = this.source.get("numFmts")?.find((item) => Number(attributesOf(item).numFmtId) === id);
    const code = written === undefined ? undefined : attributesOf(written).formatCode;
    if (code === undefined) return 0;
    const known = this.formatCodes.get(code);
    if (known !== undefined) return known;
    const placed = this.nextFormatId++;
    this.formatCodes.set(code, placed);
    this.place("numFmts", this.prefixed(withAttribute(written ?? "", "numFmtId", String(placed))));
    return placed;
  }

  /** Markup of the rewritten package (no prefixes) in the original's prefix for the main namespace. */
  private prefixed(xml: string): string {
    return this.prefix === "" ? xml : xml.replace(/<(\/?)(?![\w.-]+:)([\w.-]+)/g, `<$1${this.prefix}$2`);
  }

  /** `text` with `section` holding the list's items and its count updated (the section made where absent). */
  private extendSection(text: string, section: Section, list: StyleList): string {
    const found = findElement(text, section);
    if (found) {
      const open = withAttribute(/^<[^>]*?(?=\/?>)/.exec(found.xml)?.[0] ?? `<${this.prefix}${section}`, "count", String(list.items.length));
      if (found.inner === undefined) return splice(text, found.start, found.end, `${open}>${list.added.join("")}</${found.prefix}${section}>`);
      const closeAt = found.end - `</${found.prefix}${section}>`.length;
      const withItems = splice(text, closeAt, closeAt, list.added.join(""));
      const tagEnd = found.start + found.xml.indexOf(">");
      return splice(withItems, found.start, tagEnd, open);
    }
    const made = `<${this.prefix}${section} count="${list.items.length}">${list.added.join("")}</${this.prefix}${section}>`;
    return splice(text, this.insertionPoint(text, section), this.insertionPoint(text, section), made);
  }

  /** Where a missing section goes: before the first later section present, else before the root's end. */
  private insertionPoint(text: string, section: Section): number {
    for (const later of SECTION_ORDER.slice(SECTION_ORDER.indexOf(section) + 1)) {
      const found = findElement(text, later);
      if (found) return found.start;
    }
    return text.lastIndexOf("</");
  }
}
