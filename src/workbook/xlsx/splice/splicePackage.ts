/**
 * Writes a workbook by splicing: the original package is copied part for part (the archive's
 * compressed bytes reused as they are), and only the sheets the tool rewrites are taken from the
 * package ExcelJS wrote, with the parts hanging off them (tables, notes, images). The parts
 * shared by every sheet are edited, never replaced: the styles and shared strings grow by what
 * the rewritten sheets use, the workbook part gets its new sheet list and defined names, the
 * relationships and content types gain the new parts and lose the ones only the replaced sheets
 * used. Charts, pivot tables, images, links to other workbooks, comments, custom XML and any
 * part the tool does not know are carried byte for byte, on every sheet it does not rewrite.
 */
import { readDirectoryEnd, readZipEntries } from "../zipDirectory";
import type { ArchivePart } from "./archiveWriter";
import { writeArchive } from "./archiveWriter";
import { drawingToCarry, withDrawing } from "./carriedDrawings";
import { ContentTypes } from "./contentTypes";
import { PackageGraph } from "./packageGraph";
import type { PartRelationship } from "./relationships";
import { freeRelationshipId, isDrawingRelationship, relationshipsPartOf, relationshipsXml, relationshipXml, relativeTarget } from "./relationships";
import { renumberSheet, renumberTable } from "./rewrittenSheets";
import { SharedStringsMerge } from "./sharedStringsMerge";
import { StylesMerge } from "./stylesMerge";
import { definedNames, editWorkbookPart, newSheetElement, withScope, withState, workbookSheets } from "./workbookPart";
import type { WorkbookSheet } from "./workbookPart";
import { findElements, splice } from "./xmlText";

/** What to splice. */
export interface SpliceInput {
  /** The workbook file as it was opened. */
  readonly original: Uint8Array;
  /** The package holding the rewritten sheets (the whole workbook as ExcelJS wrote it, or the parts of the generated sheets by name). */
  readonly rewritten: Uint8Array | ReadonlyMap<string, string>;
  /** The sheets (lower-case names) to take from `rewritten`; every other sheet is the original's. */
  readonly ownedSheets: ReadonlySet<string>;
  /** The defined names (lower case) the tool writes; every other name is the original's. */
  readonly ownedNames: ReadonlySet<string>;
}

const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
const STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml";

/** A workbook's sheets with their parts. */
interface Sheets {
  readonly workbookPart: string;
  readonly text: string;
  readonly relationships: PartRelationship[];
  readonly sheets: (WorkbookSheet & { readonly part: string | undefined })[];
}

async function sheetsOf(graph: PackageGraph): Promise<Sheets> {
  const workbookPart = (await graph.relationshipsOf("")).find((r) => r.type.endsWith("/officeDocument"))?.target ?? "xl/workbook.xml";
  const text = await graph.text(workbookPart);
  if (text === undefined) throw new Error("The workbook has no workbook part");
  const relationships = await graph.relationshipsOf(workbookPart);
  const sheets = workbookSheets(text).map((sheet) => ({ ...sheet, part: relationships.find((r) => r.id === sheet.relationshipId)?.target }));
  return { workbookPart, text, relationships, sheets };
}

/** The first free name like `wanted` (`xl/tables/table3.xml`, `table4.xml`...), taken. */
function takeName(taken: Set<string>, wanted: string): string {
  const [, stem, digits, extension] = /^(.*?)(\d*)(\.[^./]*)?$/.exec(wanted) ?? [wanted, wanted, "", ""];
  let name = wanted;
  for (let n = digits === "" ? 1 : Number(digits); taken.has(name.toLowerCase()); n++) name = `${stem}${n + 1}${extension ?? ""}`;
  taken.add(name.toLowerCase());
  return name;
}

/** Markup ExcelJS wrote (no prefixes) under the prefix the original uses for the main namespace. */
function inPrefix(xml: string, prefix: string): string {
  return prefix === "" ? xml : xml.replace(/<(\/?)(?![\w.-]+:)([\w.-]+)/g, `<$1${prefix}$2`);
}

/** Splices the rewritten sheets into the original package; returns the new package's bytes. */
export async function splicePackage(input: SpliceInput): Promise<Uint8Array> {
  const original = await PackageGraph.open(input.original);
  const rewritten = input.rewritten instanceof Uint8Array ? await PackageGraph.open(input.rewritten) : PackageGraph.ofParts(input.rewritten);
  const before = await sheetsOf(original);
  const after = await sheetsOf(rewritten);
  const key = (name: string) => name.toLowerCase();
  const originalByName = new Map(before.sheets.map((s) => [key(s.name), s]));
  const owned = after.sheets.filter((s) => input.ownedSheets.has(key(s.name)) || !originalByName.has(key(s.name)));
  const replacedParts = new Set(owned.flatMap((s) => originalByName.get(key(s.name))?.part ?? []));

  // A rewritten sheet gets its drawing back (ExcelJS never saw it, see carriedDrawings.ts).
  const carried = new Map<string, PartRelationship>();
  for (const sheet of owned) {
    const existing = originalByName.get(key(sheet.name))?.part;
    if (existing === undefined || sheet.part === undefined) continue;
    if ((await rewritten.relationshipsOf(sheet.part)).some((r) => isDrawingRelationship(r.type))) continue;
    const drawing = await drawingToCarry(original, existing);
    if (drawing !== undefined) carried.set(existing, drawing);
  }
  const carriedParts = [...carried.values()].map((r) => r.target as string);

  // What only the replaced sheets used goes; the calculation chain goes too (Excel rebuilds it).
  const calcChain = before.relationships.find((r) => r.type.endsWith("/calcChain"))?.target;
  const kept = await original.reach(["", ...carriedParts], replacedParts);
  for (const part of carriedParts) kept.add(part);
  const dropped = new Set([...(await original.reach([...replacedParts]))].filter((p) => !kept.has(p)));
  if (calcChain !== undefined) dropped.add(calcChain);
  for (const part of [...dropped, ...replacedParts]) {
    const relsPart = original.partName(relationshipsPartOf(part));
    if (relsPart !== undefined) dropped.add(relsPart);
  }

  const taken = new Set(original.names().filter((n) => !dropped.has(n)).map(key));
  const stylesPart = before.relationships.find((r) => r.type.endsWith("/styles"))?.target;
  const stringsRel = before.relationships.find((r) => r.type.endsWith("/sharedStrings"))?.target;
  const rewrittenStyles = (await rewritten.text(after.relationships.find((r) => r.type.endsWith("/styles"))?.target ?? "")) ?? "";
  const styles = new StylesMerge((stylesPart === undefined ? undefined : await original.text(stylesPart)) ?? rewrittenStyles, rewrittenStyles);
  // A rewritten package without shared strings (its text inline) leaves the original's table as it is, unread.
  const rewrittenStrings = await rewritten.text(after.relationships.find((r) => r.type.endsWith("/sharedStrings"))?.target ?? "");
  const strings = new SharedStringsMerge(stringsRel === undefined || rewrittenStrings === undefined ? undefined : await original.text(stringsRel), rewrittenStrings);
  const rewrittenTypes = new ContentTypes((await rewritten.text("[Content_Types].xml")) ?? "");
  const originalTypes = new ContentTypes((await original.text("[Content_Types].xml")) ?? "");

  // Kept tables keep their ids; the rewritten ones take the next.
  let tableId = 0;
  for (const name of original.names()) {
    if (dropped.has(name) || originalTypes.typeOf(name)?.endsWith(".table+xml") !== true) continue;
    const id = Number(/<(?:[\w.-]+:)?table\b[^>]*?\sid="(\d+)"/.exec((await original.text(name)) ?? "")?.[1] ?? 0);
    tableId = Math.max(tableId, id);
  }

  // Each rewritten sheet and every part reached from it, under a name free in the original.
  const written = new Map<string, string | Uint8Array>();
  const addedTypes: [string, string][] = [];
  const placed = new Map<string, string>();
  const newSheets = new Map<string, string>();
  for (const sheet of owned) {
    if (sheet.part === undefined) continue;
    const existing = originalByName.get(key(sheet.name))?.part;
    const name = existing ?? takeName(taken, sheet.part);
    placed.set(sheet.part, name);
    if (existing === undefined) newSheets.set(key(sheet.name), name);
  }
  const queue = [...placed.keys()];
  const importOrder: string[] = [];
  while (queue.length > 0) {
    const part = queue.shift() as string;
    importOrder.push(part);
    for (const { target } of await rewritten.relationshipsOf(part)) {
      if (target === undefined || placed.has(target) || !rewritten.has(target)) continue;
      placed.set(target, takeName(taken, target));
      queue.push(target);
    }
  }
  for (const part of importOrder) {
    const name = placed.get(part) as string;
    const type = rewrittenTypes.typeOf(part) ?? (part.endsWith(".xml") ? "application/xml" : "application/octet-stream");
    const relationships = await rewritten.relationshipsOf(part);
    const elements = relationships.map((r) => {
      const target = r.target === undefined ? undefined : placed.get(r.target);
      const external = r.target === undefined ? ' TargetMode="External"' : "";
      return relationshipXml(r.id, r.type, target === undefined ? r.written : relativeTarget(name, target)).replace("/>", `${external}/>`);
    });
    const drawing = type === SHEET_TYPE ? carried.get(name) : undefined;
    const drawingId = drawing === undefined ? undefined : freeRelationshipId(new Set(relationships.map((r) => r.id)));
    if (drawing !== undefined && drawingId !== undefined) elements.push(relationshipXml(drawingId, drawing.type, relativeTarget(name, drawing.target as string)));
    if (type === SHEET_TYPE) {
      const sheet = renumberSheet((await rewritten.text(part)) ?? "", styles, strings);
      written.set(name, drawingId === undefined ? sheet : withDrawing(sheet, drawingId));
    } else if (type.endsWith(".table+xml")) written.set(name, renumberTable((await rewritten.text(part)) ?? "", ++tableId, styles));
    else written.set(name, (await rewritten.bytes(part)) ?? new Uint8Array());
    // A name freed by a dropped part loses that part's override below: declare it again.
    if (dropped.has(name) || originalTypes.typeOf(name) !== type) addedTypes.push([name, type]);
    if (elements.length > 0) written.set(relationshipsPartOf(name), relationshipsXml(elements));
  }

  // The workbook's relationships: the original's, less the calculation chain, plus new sheets.
  let workbookRels = (await original.text(relationshipsPartOf(before.workbookPart))) ?? "";
  for (const element of findElements(workbookRels, "Relationship").reverse()) {
    if ((element.attributes.Type ?? "").endsWith("/calcChain")) workbookRels = splice(workbookRels, element.start, element.end, "");
  }
  const ids = new Set(before.relationships.map((r) => r.id));
  const addRelationship = (type: string, part: string): string => {
    const id = freeRelationshipId(ids);
    const at = workbookRels.lastIndexOf("</");
    workbookRels = splice(workbookRels, at, at, relationshipXml(id, `${REL}/${type}`, relativeTarget(before.workbookPart, part)));
    return id;
  };

  // The sheet list: the original's in its order, each new sheet after the one it follows in the rewritten workbook.
  let nextSheetId = Math.max(0, ...before.sheets.map((s) => Number(/\ssheetId="(\d+)"/.exec(s.xml)?.[1] ?? 0)));
  const order: { name: string; xml: string; originalIndex?: number }[] = before.sheets.map((s, i) => {
    const now = after.sheets.find((a) => key(a.name) === key(s.name));
    const xml = now !== undefined && input.ownedSheets.has(key(s.name)) ? withState(s.xml, now.state) : s.xml;
    return { name: s.name, xml, originalIndex: i };
  });
  after.sheets.forEach((sheet, i) => {
    const part = newSheets.get(key(sheet.name));
    if (part === undefined) return;
    const element = newSheetElement(before.text, sheet.name, ++nextSheetId, addRelationship("worksheet", part), sheet.state);
    const previous = after.sheets.slice(0, i).reverse().find((p) => order.some((o) => key(o.name) === key(p.name)));
    const at = previous === undefined ? 0 : order.findIndex((o) => key(o.name) === key(previous.name)) + 1;
    order.splice(at, 0, { name: sheet.name, xml: element });
  });
  const tabMap = new Map<number, number>();
  order.forEach((entry, i) => {
    if (entry.originalIndex !== undefined) tabMap.set(entry.originalIndex, i);
  });
  const newIndexOf = (name: string | undefined) => order.findIndex((o) => name !== undefined && key(o.name) === key(name));
  const names = [
    ...definedNames(before.text)
      .filter((n) => !input.ownedNames.has(key(n.name)))
      .map((n) => (n.localSheetId === undefined || tabMap.get(n.localSheetId) === n.localSheetId ? n.xml : withScope(n.xml, tabMap.get(n.localSheetId) ?? n.localSheetId))),
    ...definedNames(after.text)
      .filter((n) => input.ownedNames.has(key(n.name)))
      .map((n) => (n.localSheetId === undefined ? n.xml : withScope(n.xml, newIndexOf(after.sheets[n.localSheetId]?.name))))
      .map((xml) => inPrefix(xml, findElements(before.text, "sheets")[0]?.prefix ?? "")),
  ];
  written.set(before.workbookPart, editWorkbookPart(before.text, { sheets: order.map((o) => o.xml), names, tabMap }));

  const mergedStyles = styles.result();
  if (mergedStyles !== undefined) {
    const part = stylesPart ?? takeName(taken, "xl/styles.xml");
    if (stylesPart === undefined) {
      addRelationship("styles", part);
      addedTypes.push([part, "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"]);
    }
    written.set(part, mergedStyles);
  }
  const mergedStrings = strings.result();
  if (mergedStrings !== undefined) {
    const part = stringsRel ?? takeName(taken, "xl/sharedStrings.xml");
    if (stringsRel === undefined) {
      addRelationship("sharedStrings", part);
      addedTypes.push([part, STRINGS_TYPE]);
    }
    written.set(part, mergedStrings);
  }
  written.set(relationshipsPartOf(before.workbookPart), workbookRels);
  written.set("[Content_Types].xml", originalTypes.edited(dropped, addedTypes));

  // The original's entries in their order (a rewritten part in its place), then the new parts.
  const parts: ArchivePart[] = [];
  for (const entry of readZipEntries(input.original, readDirectoryEnd(input.original), Number.MAX_SAFE_INTEGER)) {
    const name = entry.name.replace(/^\//, "");
    if (dropped.has(name)) continue;
    const content = written.get(name);
    written.delete(name);
    parts.push(content === undefined ? { name: entry.name, kept: entry } : { name, content });
  }
  for (const [name, content] of written) parts.push({ name, content });
  return writeArchive(input.original, parts);
}
