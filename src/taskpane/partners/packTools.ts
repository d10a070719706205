/**
 * The pane's side of partner packs: build a pack from the plan the session holds (any host: the
 * tables are read through the port), plan the import of a filled pack, and write that merge into
 * the plan (the port's `applyMerge`, on either adapter). The packs code and
 * ExcelJS come in through a dynamic import, so the pane loads them only when a pack is used.
 */
import type { PackSelection } from "../../engine/merge";
import type { MergeableWorkbook, WorkbookPort } from "../../workbook/port";
import type { PreparedMerge } from "../../workbook/packs";
import { datedReader } from "./datedTables";

/** The packs code and the xlsx adapter, loaded on first use. */
export interface PackModules {
  readonly packs: typeof import("../../workbook/packs");
  readonly xlsx: typeof import("../../workbook/xlsx/XlsxWorkbook");
}

/** Loads the packs code (the same chunk as browser mode's xlsx adapter). */
export async function loadPackModules(): Promise<PackModules> {
  const [packs, xlsx] = await Promise.all([
    import(/* webpackChunkName: "xlsx" */ "../../workbook/packs"),
    import(/* webpackChunkName: "xlsx" */ "../../workbook/xlsx/XlsxWorkbook"),
  ]);
  return { packs, xlsx };
}

/** A pack ready to download. */
export interface ExportedPack {
  readonly bytes: Uint8Array;
  readonly fileName: string;
  readonly selection: PackSelection;
}

/** A file name without the characters Windows and macOS refuse. */
function safeName(text: string): string {
  const kept = [...text].map((ch) => (ch < " " || '\\/:*?"<>|'.includes(ch) ? " " : ch)).join("");
  return kept.replace(/\s+/g, " ").trim();
}

/** The pack's file name: the plan's name and the partner's ID. */
export function packFileName(planName: string, partnerId: string): string {
  return `${safeName(planName) || "JMP plan"} - ${safeName(partnerId) || "partner"} pack.xlsx`;
}

/** Builds the pack of `partnerId` from the plan in `workbook`; `source` is the plan's file name. */
export async function exportPack(modules: PackModules, workbook: WorkbookPort, partnerId: string, source: string, now?: () => Date): Promise<ExportedPack> {
  const { pack, selection } = await modules.packs.makePack(datedReader(workbook), partnerId, { source, now });
  const bytes = await pack.toBuffer();
  return { bytes, fileName: packFileName(selection.planName, selection.partner.id), selection };
}

/** Opens a filled pack (size- and zip-checked first) and plans its merge into the plan. */
export async function previewImport(modules: PackModules, workbook: WorkbookPort, bytes: Uint8Array, packName: string): Promise<PreparedMerge> {
  const pack = await modules.xlsx.XlsxWorkbook.load(bytes);
  const history = isMergeable(workbook) ? await workbook.readMergeLog() : [];
  return modules.packs.prepareMerge(datedReader(workbook), pack, packName, history);
}

/** True when the workbook can take a merge (both adapters). */
export function isMergeable(workbook: WorkbookPort): workbook is MergeableWorkbook {
  return typeof (workbook as Partial<MergeableWorkbook>).applyMerge === "function";
}

/** Writes a planned merge into the plan's workbook. */
export async function writeMerge(modules: PackModules, workbook: WorkbookPort, prepared: PreparedMerge): Promise<void> {
  if (isMergeable(workbook)) await modules.packs.applyMerge(workbook, prepared);
  else throw new Error("This workbook cannot take an import; use jmp merge on the file instead.");
}
