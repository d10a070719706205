/**
 * Relationships parts as the splicing writer needs them: read, extended, and their targets
 * written relative to the source part (as Excel writes them, and where ExcelJS looks for them).
 */
import { resolveTarget } from "../uncarriedParts";
import { encodeXml, findElements } from "./xmlText";

/** One relationship of a part. */
export interface PartRelationship {
  readonly id: string;
  readonly type: string;
  /** The target as written. */
  readonly written: string;
  /** The target as a part name (undefined for an external target). */
  readonly target: string | undefined;
}

/** True for the relationship type of a sheet's drawing (its charts, images and shapes). */
export function isDrawingRelationship(type: string): boolean {
  return type.endsWith("/relationships/drawing");
}

/**
 * The one drawing relationship a rewritten sheet carries (see `carriedDrawings.ts`): the one its
 * `<drawing>` element names (`drawingId`), when the package holds its target (`has`). Any other
 * drawing relationship of the sheet, one no element names or a second one, is not carried: the
 * splicing save replaces it with the sheet, and the check of what a save drops counts what is
 * under it, both through this function.
 */
export function carriedDrawing<R extends { readonly id: string; readonly type: string; readonly target: string | undefined }>(
  sheetRelationships: readonly R[],
  drawingId: string | undefined,
  has: (part: string) => boolean,
): R | undefined {
  if (drawingId === undefined) return undefined;
  return sheetRelationships.find((r) => r.id === drawingId && isDrawingRelationship(r.type) && r.target !== undefined && has(r.target));
}

/** The relationships part of `part`: `xl/workbook.xml` -> `xl/_rels/workbook.xml.rels`. */
export function relationshipsPartOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The relationships in the text of relationships part `relsPart`. */
export function parseRelationships(relsPart: string, text: string): PartRelationship[] {
  return findElements(text, "Relationship").map(({ attributes }) => {
    const written = attributes.Target ?? "";
    const external = attributes.TargetMode === "External";
    return { id: attributes.Id ?? "", type: attributes.Type ?? "", written, target: external || written === "" ? undefined : resolveTarget(relsPart, written) };
  });
}

/** The path to `target` from the folder of part `source`: `xl/worksheets/sheet1.xml`, `xl/tables/table2.xml` -> `../tables/table2.xml`. */
export function relativeTarget(source: string, target: string): string {
  const from = source.split("/").slice(0, -1);
  const to = target.split("/");
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

/** A `<Relationship>` element. */
export function relationshipXml(id: string, type: string, target: string): string {
  return `<Relationship Id="${encodeXml(id)}" Type="${encodeXml(type)}" Target="${encodeXml(target)}"/>`;
}

/** A whole relationships part holding `elements`. */
export function relationshipsXml(elements: readonly string[]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${elements.join("")}</Relationships>`;
}

/** An id not among `ids`: `rIdJmp1`, `rIdJmp2`... */
export function freeRelationshipId(ids: Set<string>): string {
  for (let n = 1; ; n++) {
    const id = `rIdJmp${n}`;
    if (!ids.has(id)) {
      ids.add(id);
      return id;
    }
  }
}
