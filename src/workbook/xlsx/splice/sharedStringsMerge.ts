/**
 * Gives the strings a rewritten sheet uses a place in the workbook's own shared strings. The
 * sheets this writer keeps point into the original table by index, so it keeps its items and
 * only grows: a string already there is reused, a new one appended, and the rewritten sheets'
 * string indices are renumbered.
 */
import { childElements, findElement, splice, withAttribute } from "./xmlText";

const EMPTY_TABLE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"></sst>`;

/** Merges a rewritten package's shared strings into the original table. */
export class SharedStringsMerge {
  private readonly index = new Map<string, number>();
  private readonly source: string[];
  private readonly map = new Map<number, number>();
  private readonly added: string[] = [];
  private count: number;
  private readonly prefix: string;
  private readonly original: string;

  /** `original`: the workbook's shared strings part (undefined: it has none); `rewritten`: the one the sheets point into. */
  constructor(original: string | undefined, rewritten: string | undefined) {
    this.original = original ?? EMPTY_TABLE;
    const items = childElements(findElement(this.original, "sst")?.inner ?? "");
    items.forEach((item, i) => {
      if (!this.index.has(item)) this.index.set(item, i);
    });
    this.count = items.length;
    this.source = rewritten === undefined ? [] : childElements(findElement(rewritten, "sst")?.inner ?? "");
    this.prefix = /<([\w.-]+:)?sst\b/.exec(this.original)?.[1] ?? "";
  }

  /** The original's index of the rewritten package's string `id`. */
  stringIndex(id: number): number {
    const known = this.map.get(id);
    if (known !== undefined) return known;
    const written = this.source[id];
    if (written === undefined) throw new Error(`The rewritten sheet points at shared string ${id}, which its package lacks`);
    const item = this.prefix === "" ? written : written.replace(/<(\/?)(?![\w.-]+:)([\w.-]+)/g, `<$1${this.prefix}$2`);
    let placed = this.index.get(item);
    if (placed === undefined) {
      placed = this.count++;
      this.index.set(item, placed);
      this.added.push(item);
    }
    this.map.set(id, placed);
    return placed;
  }

  /** The shared strings part with what was added; undefined when nothing was. */
  result(): string | undefined {
    if (this.added.length === 0) return undefined;
    const root = findElement(this.original, "sst");
    if (!root) throw new Error("The shared strings part has no <sst> element");
    const open = withAttribute(withAttribute(/^<[^>]*?(?=\/?>)/.exec(root.xml)?.[0] ?? "<sst", "uniqueCount", String(this.count)), "count", String(this.count));
    const inner = (root.inner ?? "") + this.added.join("");
    return splice(this.original, root.start, root.end, `${open}>${inner}</${root.prefix}sst>`);
  }

}
