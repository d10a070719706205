/**
 * A sheet's drawing (its charts, images, shapes and text boxes) is never handed to ExcelJS,
 * which drops charts and shapes when it saves and cannot load some drawings at all (one written
 * in the default namespace fails with "reading 'anchors'"). ExcelJS loads a copy of the package
 * without any worksheet's drawing (`withoutDrawings`); the splicing save then gives each sheet
 * it rewrites the drawing the original sheet had (`withDrawings`), the drawing and every part
 * under it kept byte for byte.
 */
import { isWorksheetPart } from "../partParser";
import { readDirectoryEnd, readZipEntries } from "../zipDirectory";
import type { ArchivePart } from "./archiveWriter";
import { writeArchive } from "./archiveWriter";
import { PackageGraph } from "./packageGraph";
import type { PartRelationship } from "./relationships";
import { carriedDrawing, isDrawingRelationship, parseRelationships, relationshipsPartOf } from "./relationships";
import { findElements, splice } from "./xmlText";

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A worksheet's XML without its `<drawing>` element. */
function withoutDrawingElement(xml: string): string {
  let out = xml;
  for (const element of findElements(xml, "drawing").reverse()) out = splice(out, element.start, element.end, "");
  return out;
}

/**
 * The package as ExcelJS should load it: no worksheet holds a drawing (the `<drawing>` element,
 * its relationship and the drawing parts are left out, those of chart sheets too; every other
 * entry is copied as it is). Undefined when the file has no drawing, so it is loaded as it is.
 */
export async function withoutDrawings(bytes: Uint8Array): Promise<Uint8Array | undefined> {
  const graph = await PackageGraph.open(bytes);
  const edited = new Map<string, string>();
  const dropped = new Set<string>();
  for (const sheet of graph.names().filter(isWorksheetPart)) {
    const relsPart = graph.partName(relationshipsPartOf(sheet));
    const relsText = relsPart === undefined ? undefined : await graph.text(relsPart);
    if (relsPart === undefined || relsText === undefined) continue;
    const drawings = findElements(relsText, "Relationship").filter((r) => isDrawingRelationship(r.attributes.Type ?? ""));
    if (drawings.length === 0) continue;
    let rels = relsText;
    for (const element of [...drawings].reverse()) rels = splice(rels, element.start, element.end, "");
    edited.set(relsPart, rels);
    edited.set(sheet, withoutDrawingElement((await graph.text(sheet)) ?? ""));
    for (const { target } of parseRelationships(relsPart, drawings.map((d) => d.xml).join(""))) {
      const part = target === undefined ? undefined : graph.partName(target);
      if (part === undefined) continue;
      dropped.add(part);
      dropped.add(graph.partName(relationshipsPartOf(part)) ?? relationshipsPartOf(part));
    }
  }
  // ExcelJS parses every drawing part it finds by name, whoever uses it (a chart sheet, or
  // none): those go too (a note's VML drawing is not one of them).
  for (const name of graph.names()) {
    if (!/^xl\/drawings\/[^/]+\.xml$/i.test(name)) continue;
    dropped.add(name);
    dropped.add(graph.partName(relationshipsPartOf(name)) ?? relationshipsPartOf(name));
  }
  if (edited.size === 0 && dropped.size === 0) return undefined;
  const parts: ArchivePart[] = [];
  for (const entry of readZipEntries(bytes, readDirectoryEnd(bytes), Number.MAX_SAFE_INTEGER)) {
    const name = entry.name.replace(/^\//, "");
    if (dropped.has(name)) continue;
    const content = edited.get(name);
    parts.push(content === undefined ? { name: entry.name, kept: entry } : { name, content });
  }
  return writeArchive(bytes, parts);
}

/** The relationship id a worksheet's `<drawing>` element names, or undefined when it has none. */
export function drawingElementId(sheetXml: string): string | undefined {
  const element = findElements(sheetXml, "drawing")[0];
  return element === undefined ? undefined : Object.entries(element.attributes).find(([name]) => name.endsWith(":id"))?.[1];
}

/**
 * The drawing of an original sheet that a rewrite gives back to it (`carriedDrawing`: the
 * relationship its `<drawing>` element names), or undefined when it shows none.
 */
export async function drawingToCarry(original: PackageGraph, sheetPart: string): Promise<PartRelationship | undefined> {
  const relationships = await original.relationshipsOf(sheetPart);
  if (!relationships.some((r) => isDrawingRelationship(r.type))) return undefined;
  // Only a sheet with a drawing is read (a large one takes a moment to inflate).
  return carriedDrawing(relationships, drawingElementId((await original.text(sheetPart)) ?? ""), (part) => original.has(part));
}

/**
 * Elements of CT_Worksheet that come after `<drawing>`: it goes before the first of them that
 * the sheet has, else at the end.
 */
const AFTER_DRAWING = new Set(["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"]);

/**
 * Where the first child of the worksheet element named in AFTER_DRAWING starts, else where the
 * worksheet closes. Only the root's own children count: an `extLst` or a conditional format
 * inside another element (a rule's, an x14 one inside the sheet's `extLst`) is passed over.
 * The cells are skipped whole: every element after `<drawing>` comes after them.
 */
function drawingPlace(xml: string, bodyStart: number, prefix: string): number {
  const cellsEnd = Math.max(xml.indexOf(`</${prefix}sheetData>`), xml.indexOf(`<${prefix}sheetData/>`));
  const tag = /<(\/?)([\w.:-]+)[^>]*?(\/?)>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!\[CDATA\[[\s\S]*?\]\]>/g;
  tag.lastIndex = cellsEnd < 0 ? bodyStart : xml.indexOf(">", cellsEnd) + 1;
  let depth = 0;
  for (let match = tag.exec(xml); match !== null; match = tag.exec(xml)) {
    const name = match[2];
    if (name === undefined) continue;
    if (match[1] === "/") {
      if (depth === 0) return match.index;
      depth--;
      continue;
    }
    if (depth === 0 && name.startsWith(prefix) && AFTER_DRAWING.has(name.slice(prefix.length))) return match.index;
    if (match[3] !== "/") depth++;
  }
  throw new Error("The rewritten sheet's worksheet element is not closed");
}

/**
 * A rewritten worksheet's XML with a `<drawing>` pointing at relationship `id`, in its place in
 * the element order (a sheet has at most one). The `r` namespace is declared on the element,
 * whatever the root declares.
 */
export function withDrawing(xml: string, id: string): string {
  const root = /<([\w.-]+:)?worksheet(?=[\s/>])/.exec(xml);
  if (root === null) throw new Error("The rewritten sheet has no worksheet element");
  const prefix = root[1] ?? "";
  const at = drawingPlace(xml, xml.indexOf(">", root.index) + 1, prefix);
  return splice(xml, at, at, `<${prefix}drawing xmlns:r="${REL}" r:id="${id}"/>`);
}
