/**
 * Builders of hostile .xlsx files for the hardening suite: a real workbook written by the
 * adapter, with some of its parts replaced or added, zipped again with zlib. No check here
 * measures time: a test process's CPU time also counts its GC and helper threads, so it is not a
 * deterministic bound; the suite's hang guard (`test/setup/hangGuard.cjs`) catches a read that
 * never ends, and the tests bound what can be counted (the guard's reason, the heap, the cells).
 */
import { crc32, deflateRawSync } from "zlib";
import { analyze } from "../../src/engine";
import type { Analysis } from "../../src/engine";
import { UnreadableWorkbookError } from "../../src/workbook/xlsx/errors";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import type { ZipPart } from "../workbook/xlsx/zipFiles";
import { buildZip, unzip } from "../workbook/xlsx/zipFiles";

/** The main spreadsheet namespace, for hand-written sheet parts. */
export const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** A part deflated at `level` (1 keeps building 50 MB parts quick). */
export function part(name: string, content: string | Buffer, level = 6): ZipPart {
  const bytes = typeof content === "string" ? Buffer.from(content, "utf8") : content;
  return { name, stored: deflateRawSync(bytes, { level }), method: 8, declaredSize: bytes.byteLength, crc: crc32(bytes) };
}

/** How a part is replaced or added: its new content, a ready zip entry, or an edit of its current text. */
export type PartEdit = string | Buffer | ZipPart | ((text: string) => string);

/** The .xlsx `bytes` rezipped with the parts in `replace` swapped in or added (a function receives the part's current text). */
export function withParts(bytes: Uint8Array, replace: Record<string, PartEdit>): Uint8Array {
  const parts = unzip(bytes);
  const out: ZipPart[] = [];
  const done = new Set<string>();
  const build = (name: string, content: Buffer | undefined): ZipPart => {
    const edit = replace[name];
    if (edit === undefined) return part(name, content ?? Buffer.alloc(0));
    if (typeof edit === "function") return part(name, edit(content?.toString("utf8") ?? ""));
    if (typeof edit === "string" || Buffer.isBuffer(edit)) return part(name, edit, 1);
    return edit;
  };
  for (const [name, content] of parts) {
    out.push(build(name, content));
    done.add(name);
  }
  for (const name of Object.keys(replace)) if (!done.has(name)) out.push(build(name, undefined));
  return buildZip(out);
}

/**
 * A workbook with one sheet "Data" (A1 = "x"), as the adapter saves it, rezipped with the parts
 * in `replace` swapped in or added (see `withParts`).
 */
export async function hostileWorkbook(replace: Record<string, PartEdit>): Promise<Uint8Array> {
  const wb = XlsxWorkbook.create();
  wb.workbook.addWorksheet("Data").getCell("A1").value = "x";
  return withParts(await wb.toBuffer(), replace);
}

/** A worksheet part with `sheetData` (and anything before it) as given. */
export function sheetXml(sheetData: string, before = ""): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="${MAIN_NS}">${before}<sheetData>${sheetData}</sheetData></worksheet>`;
}

/** What became of a hostile file: read (with its analysis) or refused (with the one-line reason). */
export type Outcome = { readonly kind: "read"; readonly workbook: XlsxWorkbook; readonly analysis: Analysis } | { readonly kind: "refused"; readonly error: UnreadableWorkbookError };

/**
 * Opens the file, reads its tables and checks them, as the CLI and the pane do. Any error but
 * `UnreadableWorkbookError` escapes (and fails the test).
 */
export async function openHostile(bytes: Uint8Array): Promise<Outcome> {
  let outcome: Outcome;
  try {
    const workbook = await XlsxWorkbook.load(bytes);
    const analysis = analyze(await workbook.readTables(), { asOf: Date.UTC(2026, 10, 30) / 86_400_000 });
    await workbook.listSheets();
    outcome = { kind: "read", workbook, analysis };
  } catch (error) {
    if (!(error instanceof UnreadableWorkbookError)) throw error;
    expect(error.message).not.toMatch(/\n/);
    expect(error.message.length).toBeGreaterThan(10);
    outcome = { kind: "refused", error };
  }
  return outcome;
}
