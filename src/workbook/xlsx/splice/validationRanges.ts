/**
 * One data validation per rule in a sheet ExcelJS wrote. ExcelJS keeps a sheet's validations cell
 * by cell and joins them into ranges when it writes, walking the cells in text order ("B10"
 * before "B2"): a column validated from B2 to B55 comes out as B10:B55 and B2:B55, two rules over
 * the same cells, which Excel never writes and other readers refuse. Here the rules that are the
 * same but for their ranges become one, over the cells they cover together, each cell once.
 */
import type { CellRange } from "../a1";
import { formatRange, parseRange } from "../a1";

/** A `<dataValidation>` element as written: its attributes but `sqref`, its content and its ranges. */
interface Rule {
  readonly attributes: string;
  readonly content: string;
  readonly ranges: CellRange[];
}

const RULE = /<dataValidation\b([^>]*?)\ssqref="([^"]*)"([^>]*?)(?:\/>|>([\s\S]*?)<\/dataValidation>)/g;

/** Per column, the row intervals `ranges` cover, merged where they meet or overlap. */
function columnIntervals(ranges: readonly CellRange[]): Map<number, [number, number][]> {
  const byColumn = new Map<number, [number, number][]>();
  for (const r of ranges) for (let c = r.left; c <= r.right; c++) byColumn.set(c, [...(byColumn.get(c) ?? []), [r.top, r.bottom]]);
  for (const [column, intervals] of byColumn) {
    intervals.sort((a, b) => a[0] - b[0]);
    const merged: [number, number][] = [];
    for (const [top, bottom] of intervals) {
      const last = merged[merged.length - 1];
      if (last && top <= last[1] + 1) last[1] = Math.max(last[1], bottom);
      else merged.push([top, bottom]);
    }
    byColumn.set(column, merged);
  }
  return byColumn;
}

/** The cells of `ranges` as ranges that do not overlap: neighbouring columns with the same rows are joined. */
export function disjointRanges(ranges: readonly CellRange[]): CellRange[] {
  const columns = [...columnIntervals(ranges)].sort((a, b) => a[0] - b[0]);
  const out: CellRange[] = [];
  let open: CellRange[] = [];
  let previous: { column: number; key: string } | undefined;
  for (const [column, intervals] of columns) {
    const key = intervals.map(([t, b]) => `${t}:${b}`).join(",");
    if (previous && previous.column === column - 1 && previous.key === key) {
      open = open.map((r) => ({ ...r, right: column }));
    } else {
      out.push(...open);
      open = intervals.map(([top, bottom]) => ({ top, bottom, left: column, right: column }));
    }
    previous = { column, key };
  }
  return [...out, ...open].sort((a, b) => a.top - b.top || a.left - b.left);
}

/** `xml` (a worksheet part) with its data validations that differ only by range made one each, over disjoint ranges. */
export function mergedValidations(xml: string): string {
  const start = xml.indexOf("<dataValidations");
  if (start < 0) return xml;
  const end = xml.indexOf("</dataValidations>", start);
  if (end < 0) return xml;
  const block = xml.slice(start, end);
  const rules = new Map<string, Rule>();
  for (const match of block.matchAll(RULE)) {
    const attributes = `${match[1]}${match[3]}`;
    const content = match[4] ?? "";
    const ranges = match[2].split(/\s+/).flatMap((ref) => parseRange(ref) ?? []);
    const key = `${attributes}\u0000${content}`;
    const rule = rules.get(key);
    if (rule) rule.ranges.push(...ranges);
    else rules.set(key, { attributes, content, ranges });
  }
  const written = [...block.matchAll(RULE)].length;
  if (rules.size === written) return xml;
  const elements = [...rules.values()].map(({ attributes, content, ranges }) => {
    const sqref = disjointRanges(ranges).map((r) => formatRange(r)).join(" ");
    return content === "" ? `<dataValidation${attributes} sqref="${sqref}"/>` : `<dataValidation${attributes} sqref="${sqref}">${content}</dataValidation>`;
  });
  return `${xml.slice(0, start)}<dataValidations count="${elements.length}">${elements.join("")}${xml.slice(end)}`;
}
