/**
 * Which parts of the opened file a splicing save replaces: the sheets the tool rewrites and
 * every part only they use. A part the writer cannot carry (see `uncarriedParts.ts`) is lost
 * only when it is among them; anywhere else it is copied as it is.
 */
import type { Workbook } from "exceljs";
import { TABLES } from "../../../model/schema";
import { IMPORT_MAPPING_NAME } from "../../importMappingCell";
import { locateJmpTable } from "../locateTables";
import { logSheet } from "../mergeLogSheet";
import { namedCell } from "../namedCell";
import { DASHBOARD_SHEET, findGeneratedSheet, ISSUES_SHEET } from "../resultsPlacement";
import { VERSION_NAME } from "../templateVersion";
import type { PackageLayout } from "../packageLayout";
import type { Relationship, UncarriedPart } from "../uncarriedParts";
import { carriedDrawing, relationshipsPartOf } from "./relationships";

/** The defined names the tool writes (lower case); a save takes these from ExcelJS and keeps every other. */
export const OWNED_NAMES: ReadonlySet<string> = new Set([DASHBOARD_SHEET.marker, ISSUES_SHEET.marker, VERSION_NAME, IMPORT_MAPPING_NAME].map((n) => n.toLowerCase()));

/**
 * The sheets (lower-case names) the tool writes: those holding a JMP table, the generated
 * Dashboard and Issues, the `JMP Log` a merge appends to, and the hidden sheets of its own
 * facts. Only these are rewritten.
 */
export function ownedSheetNames(workbook: Workbook): Set<string> {
  const names = new Set<string>();
  for (const spec of TABLES) {
    const located = locateJmpTable(workbook, spec);
    if (located) names.add((located.kind === "table" ? located.table.sheet : located.region.sheet).name.toLowerCase());
  }
  for (const kind of [DASHBOARD_SHEET, ISSUES_SHEET]) {
    const sheet = findGeneratedSheet(workbook, kind);
    if (sheet) names.add(sheet.name.toLowerCase());
  }
  const log = logSheet(workbook);
  if (log) names.add(log.name.toLowerCase());
  for (const name of [VERSION_NAME, IMPORT_MAPPING_NAME]) {
    const cell = namedCell(workbook, name);
    if (cell) names.add(cell.sheet.name.toLowerCase());
  }
  return names;
}

/** The relationships of each relationships part, by its archive name. */
function bySource(layout: PackageLayout): Map<string, Relationship[]> {
  const out = new Map<string, Relationship[]>();
  for (const r of layout.relationships) {
    const list = out.get(r.source);
    if (list === undefined) out.set(r.source, [r]);
    else list.push(r);
  }
  return out;
}

/** The parts reached from `starts` through the relationships `from` holds, following none out of `stopAt`. */
function reach(layout: PackageLayout, from: ReadonlyMap<string, readonly Relationship[]>, starts: readonly string[], stopAt: ReadonlySet<string>): Set<string> {
  const reached = new Set<string>();
  const queue = [...starts];
  while (queue.length > 0) {
    const relsPart = layout.parts.resolve(relationshipsPartOf(queue.shift() as string));
    for (const { target } of (relsPart === undefined ? undefined : from.get(relsPart)) ?? []) {
      if (reached.has(target)) continue;
      reached.add(target);
      if (!stopAt.has(target)) queue.push(target);
    }
  }
  return reached;
}

/**
 * The parts a save replaces when it rewrites the sheets `owned` (lower-case names): those sheets
 * and what only they use, each with the names of the rewritten sheets it belongs to (as the
 * workbook spells them). A rewritten sheet keeps the drawing it shows, and all under it, as the
 * splicing save carries it (`carriedDrawing`, the same decision); a drawing relationship of the
 * sheet that is not carried is replaced, with what only it uses.
 */
export function partsReplaced(layout: PackageLayout, owned: ReadonlySet<string>): Map<string, readonly string[]> {
  const from = bySource(layout);
  const root = from.get(layout.parts.resolve("_rels/.rels") ?? "") ?? [];
  const workbookPart = root.find((r) => r.type.endsWith("/officeDocument"))?.target ?? "xl/workbook.xml";
  const workbookRels = from.get(layout.parts.resolve(relationshipsPartOf(workbookPart)) ?? "") ?? [];
  const sheets = layout.sheets.filter((s) => owned.has(s.name.toLowerCase())).flatMap((s) => {
    const part = workbookRels.find((r) => r.id === s.relationshipId)?.target;
    return part === undefined ? [] : [{ name: s.name, part }];
  });
  const sheetParts = sheets.map((s) => s.part);
  const replaced = new Set(sheetParts);
  const drawings = sheetParts.flatMap((sheet) => {
    const relationships = from.get(layout.parts.resolve(relationshipsPartOf(sheet)) ?? "") ?? [];
    return carriedDrawing(relationships, layout.drawingIds.get(sheet), (part) => layout.parts.has(part))?.target ?? [];
  });
  // The package's own relationships part is the one of the empty part name.
  const kept = reach(layout, from, ["", ...drawings], replaced);
  for (const drawing of drawings) kept.add(drawing);
  for (const part of reach(layout, from, sheetParts, new Set())) if (!kept.has(part)) replaced.add(part);
  // Each replaced part is named with the sheets it hangs from, so a refusal can say where it is.
  const bySheet = new Map<string, string[]>();
  for (const sheet of sheets) {
    for (const part of [sheet.part, ...reach(layout, from, [sheet.part], new Set())]) {
      if (!replaced.has(part)) continue;
      const names = bySheet.get(part);
      if (names === undefined) bySheet.set(part, [sheet.name]);
      else if (!names.includes(sheet.name)) names.push(sheet.name);
    }
  }
  return new Map([...replaced].map((part) => [part, bySheet.get(part) ?? []]));
}

/** The parts of `uncarried` a save rewriting the sheets `owned` would drop, each with the sheets it is on. */
export function uncarriedPartsReplaced(layout: PackageLayout, owned: ReadonlySet<string>, uncarried: readonly UncarriedPart[]): UncarriedPart[] {
  const replaced = partsReplaced(layout, owned);
  return uncarried.flatMap((p) => {
    const sheets = replaced.get(p.part);
    if (sheets === undefined) return [];
    return sheets.length === 0 ? [p] : [{ ...p, sheets }];
  });
}
