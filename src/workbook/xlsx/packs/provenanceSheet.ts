/**
 * The provenance of a partner pack, kept in a very hidden, protected sheet of the pack
 * (`JmpPack`): who it is for, the plan it came from, when, and one line per packed row with its
 * fingerprints. A sheet survives every save of Excel and LibreOffice; custom document properties
 * do not always. It holds nothing but the partner's own rows' hashes and the plan's name.
 */
import type { Workbook, Worksheet } from "exceljs";
import { PACK_FORMAT, PACKED_TABLES } from "../../../engine/merge";
import type { PackedRow, PackProvenance } from "../../../engine/merge";
import type { TableName } from "../../../model/schema";
import { cellValueOf } from "../cellValues";
import { sheetNamed } from "../locateTables";
import { PackError } from "../../packs/errors";
import { PROVENANCE_SHEET } from "../../packs/packLayout";


const MARKER = "JMP partner pack";
const LABELS = {
  partnerId: "Partner ID",
  partnerName: "Partner",
  planName: "Plan name",
  vendor: "Vendor",
  source: "Source file",
  packedAt: "Packed at",
} as const;
type Field = keyof typeof LABELS;
const ROWS_HEADER = ["Table", "Row key", "Row ID", "Fingerprint", "Columns"];

function columnsText(columns: ReadonlyMap<string, string>): string {
  return [...columns].map(([key, hash]) => `${key}=${hash}`).join(" ");
}

function parseColumns(text: string): Map<string, string> {
  const columns = new Map<string, string>();
  for (const part of text.split(" ")) {
    const at = part.indexOf("=");
    if (at > 0) columns.set(part.slice(0, at), part.slice(at + 1));
  }
  return columns;
}

/** Writes the provenance sheet into a pack being built. */
export async function writeProvenance(workbook: Workbook, provenance: PackProvenance): Promise<void> {
  const sheet = workbook.addWorksheet(PROVENANCE_SHEET, { state: "veryHidden" });
  sheet.addRow([MARKER, provenance.format]);
  for (const field of Object.keys(LABELS) as Field[]) sheet.addRow([LABELS[field], provenance[field]]);
  sheet.addRow(["Note", "Written by JMP Planner: it lets the import tell the partner's changes from the vendor's. Keep this sheet."]);
  sheet.addRow([]);
  sheet.addRow(ROWS_HEADER);
  // Every value is written as text: a row key such as "1001" must come back as it went in.
  for (const row of provenance.rows) sheet.addRow([row.table, row.key, row.id, row.fingerprint, columnsText(row.columns)]);
  await sheet.protect("", {});
}

function text(sheet: Worksheet, row: number, column: number): string {
  const value = cellValueOf(sheet.findRow(row)?.findCell(column));
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : "";
}

/**
 * Reads the provenance of a pack. Throws PackError when the workbook is not a pack (no
 * provenance sheet, or one this version cannot read); `name` is the file as the user gave it.
 */
export function readProvenance(workbook: Workbook, name: string): PackProvenance {
  const sheet = sheetNamed(workbook, PROVENANCE_SHEET);
  if (!sheet || text(sheet, 1, 1) !== MARKER) {
    throw new PackError(`${name} is not a partner pack: it has no ${PROVENANCE_SHEET} sheet`, "notPack");
  }
  const format = Number(text(sheet, 1, 2));
  if (format !== PACK_FORMAT) throw new PackError(`${name} is a partner pack of format ${text(sheet, 1, 2) || "?"}, which this version cannot read`);
  const fields = new Map<string, string>();
  let row = 2;
  for (; row <= sheet.rowCount && text(sheet, row, 1) !== ROWS_HEADER[0]; row++) fields.set(text(sheet, row, 1), text(sheet, row, 2));
  const field = (f: Field): string => fields.get(LABELS[f]) ?? "";
  if (field("partnerId").trim() === "") throw new PackError(`${name} is not a usable partner pack: its ${PROVENANCE_SHEET} sheet names no partner`);
  const tables = new Set<string>(PACKED_TABLES);
  const rows: PackedRow[] = [];
  for (row++; row <= sheet.rowCount; row++) {
    const table = text(sheet, row, 1);
    if (!tables.has(table)) continue;
    rows.push({ table: table as TableName, key: text(sheet, row, 2), id: text(sheet, row, 3), fingerprint: text(sheet, row, 4), columns: parseColumns(text(sheet, row, 5)) });
  }
  return {
    format,
    partnerId: field("partnerId").trim(),
    partnerName: field("partnerName"),
    planName: field("planName"),
    vendor: field("vendor"),
    source: field("source"),
    packedAt: field("packedAt"),
    rows,
  };
}
