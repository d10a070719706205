/**
 * Makes a partner pack (SPEC section 7): a new .xlsx holding one partner's Joint Plan, Tactics,
 * Claims and Outcomes rows with room for new ones, the plan's Settings, the partner's own
 * Partners row, the initiatives and the plan's tactic types as locked reference sheets, the
 * template's dropdowns (Tactic type lists the plan's types), an Instructions sheet, and the
 * pack's provenance. Only schema columns are copied (a user's own
 * columns may hold anything), and the document properties name nothing but the plan and the
 * partner, so not one cell of another partner's data is in the file.
 */
import { selectPackRows, findPackPartner, PACK_FORMAT, planPartners } from "../../../engine/merge";
import type { KeyedRow, PackSelection } from "../../../engine/merge";
import type { TacticTypeEntry } from "../../../model/plan";
import { normalizeHeader, requireTableSpec } from "../../../model/schema";
import type { TableName } from "../../../model/schema";
import { columnFormats } from "../../columnFormats";
import type { HeaderValues } from "../sampleValues";
import type { SheetTable } from "../tableModel";
import { createTableSheet } from "../tableSheets";
import { addTemplateValidations } from "../templateValidations";
import { XlsxWorkbook } from "../XlsxWorkbook";
import type { WorkbookPort } from "../../port";
import { PackError } from "../../packs/errors";
import { packInstructions } from "../../packs/instructions";
import { lockPartnerTable, lockSheet, writeInstructions } from "./packSheets";
import { writeProvenance } from "./provenanceSheet";

/** Empty rows each partner table gets for new entries. */
export const SPARE_ROWS = 20;

/** Pack sheets in the order the partner sees them: the tables to fill in, then the references. */
const PACK_TABLES: readonly { readonly name: TableName; readonly editable: boolean }[] = [
  { name: "JmpJointPlan", editable: true },
  { name: "JmpTactics", editable: true },
  { name: "JmpClaims", editable: true },
  { name: "JmpOutcomes", editable: true },
  { name: "JmpAllocations", editable: false },
  { name: "JmpInitiatives", editable: false },
  { name: "JmpTacticTypes", editable: false },
  { name: "JmpPartners", editable: false },
  { name: "JmpSettings", editable: false },
];

/** Options of making a pack. */
export interface PackOptions {
  /** The clock for the pack's time stamp (default: the system clock). */
  readonly now?: () => Date;
  /** The plan's file name, recorded in the pack (no folder: paths can say more than needed). */
  readonly source?: string;
}

/** A pack and what it holds. */
export interface MadePack {
  readonly pack: XlsxWorkbook;
  readonly selection: PackSelection;
}

function headerValues(row: KeyedRow): HeaderValues {
  const spec = requireTableSpec(row.table);
  return new Map(spec.columns.map((c) => [normalizeHeader(c.header), row.cells.get(c.key) ?? null]));
}

/** The plan's tactic types as rows of the Tactic Types table. */
function tacticTypeRows(types: readonly TacticTypeEntry[]): HeaderValues[] {
  const header = (key: string): string => normalizeHeader(requireTableSpec("JmpTacticTypes").columns.find((c) => c.key === key)?.header);
  return types.map((t) => new Map<string, unknown>([[header("tacticType"), t.name], [header("description"), t.description], [header("active"), t.active ? "Yes" : "No"]]));
}

/** The rows a pack table starts with: the selection's, or for Tactic Types the plan's list as the check reads it. */
function packRows(selection: PackSelection, name: TableName): HeaderValues[] {
  return name === "JmpTacticTypes" ? tacticTypeRows(selection.tacticTypes) : (selection.tables.get(name) ?? []).map(headerValues);
}

/** The partner `wanted` names (ID or name), or a PackError listing a few known partner IDs. */
function partnerOf(tables: Parameters<typeof findPackPartner>[0], wanted: string): ReturnType<typeof planPartners>[number] {
  const partner = findPackPartner(tables, wanted);
  if (partner) return partner;
  const known = planPartners(tables).map((p) => p.id);
  const hint = known.length === 0 ? "the plan has no partners" : `known: ${known.slice(0, 8).join(", ")}${known.length > 8 ? ", ..." : ""}`;
  throw new PackError(`unknown partner "${wanted}" (${hint})`);
}

/** Makes the pack of the partner `wanted` (ID or name) from an open plan (any host: only its tables are read). */
export async function makePack(plan: Pick<WorkbookPort, "readTables">, wanted: string, options: PackOptions = {}): Promise<MadePack> {
  const now = options.now ?? (() => new Date());
  const tables = await plan.readTables();
  const selection = selectPackRows(tables, partnerOf(tables, wanted));
  const { partner } = selection;

  const pack = XlsxWorkbook.create({ now });
  const workbook = pack.workbook;
  const planLabel = selection.planName || "the plan";
  workbook.creator = "JMP Planner";
  workbook.lastModifiedBy = "JMP Planner";
  workbook.title = `${planLabel}: partner pack for ${partner.id}`;
  workbook.subject = "Partner pack";
  workbook.created = now();
  workbook.modified = now();

  const instructions = workbook.addWorksheet("Instructions");
  // The partner reads and types its amounts in its own currency and number format.
  const formats = columnFormats(selection.partnerCurrency, selection.numberFormat);
  const placed = new Map<TableName, SheetTable>();
  for (const { name, editable } of PACK_TABLES) {
    const spec = requireTableSpec(name);
    const rows = packRows(selection, name);
    const spare = editable ? Array.from({ length: SPARE_ROWS }, () => new Map<string, unknown>()) : [];
    placed.set(name, createTableSheet(workbook, spec, [...rows, ...spare], formats));
  }
  addTemplateValidations(placed);
  for (const { name, editable } of PACK_TABLES) {
    const table = placed.get(name) as SheetTable;
    if (editable) await lockPartnerTable(table, requireTableSpec(name));
    else await lockSheet(table.sheet);
  }
  await writeInstructions(instructions, packInstructions(selection, now()));
  await writeProvenance(workbook, {
    format: PACK_FORMAT,
    partnerId: partner.id,
    partnerName: partner.name,
    planName: selection.planName,
    vendor: selection.vendor,
    source: options.source ?? "",
    packedAt: now().toISOString(),
    rows: selection.packed,
  });
  return { pack, selection };
}
