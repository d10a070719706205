/**
 * `jmp merge FILE.xlsx PACK.xlsx [--dry-run] [--json]`: imports a filled partner pack into the
 * plan (SPEC section 7). The preview lists what is added, changed, in conflict, refused and
 * kept; without --dry-run the plan is then updated in place (only the cells that change, new
 * rows appended) and its Dashboard and Issues sheets refreshed. Exit 0 when everything was
 * applied (or there was nothing to do), 1 when refused cells or rows or conflicts are listed.
 */
import { flag, FORCE_OPTION, parseCommandArgs } from "../args";
import type { Command } from "../command";
import { COULD_NOT_RUN, SAVE_HELP } from "../usage";
import { EXIT } from "../errors";
import { println } from "../io";
import type { TextOut } from "../io";
import { analyzeWorkbook, openEditable, partsASaveDrops, saveReplacing } from "../planFile";
import type { NumberConvention } from "../../model/numberFormat";
import { cellWords, columnWords, isCellRefusal, isNoOp, jsonEntries, packValueWords, placeWords, refusedWords, LOG_SHEET, mergeJson, needsAttention, textWriteWords, textWrites } from "../../engine/merge";
import type { ChangedEntry, ConflictEntry, DecidingCells, MergePlan, PackCurrencies, PackProvenance, ShownValue } from "../../engine/merge";
import { countFindings } from "../../model/findings";
import { tableSpec } from "../../model/schema";
import { applyMerge, mergeWrites, prepareMerge } from "../../workbook/packs";
import { findingsPhrase, plural } from "../words";

/** Exit code of a merge that listed refusals or conflicts (the rest was applied). */
const EXIT_LISTED = 1;

const OPTIONS = { "dry-run": { type: "boolean" }, json: { type: "boolean" }, ...FORCE_OPTION } as const;

function shown(value: ShownValue | undefined): string {
  return value === null || value === undefined || value === "" ? "(blank)" : typeof value === "string" ? JSON.stringify(value) : String(value);
}

function where(table: string, id: string): string {
  return `${tableSpec(table)?.label ?? table} ${id || "(no ID)"}`;
}

/**
 * How a column's values are printed: amounts as money in their currency ($17,250.00, as the pane
 * shows them), the rest as `shown`; `deciding` are the row's cells that decide it (an outcome's Metric).
 */
type ColumnWords = (table: string, column: string, deciding?: DecidingCells) => (value: ShownValue | undefined) => string;

function cells(entry: ChangedEntry | ConflictEntry, words: ColumnWords): string {
  return entry.columns
    .map((c) => `${columnWords(c)}${"changedIn" in c ? ":" : ""} ${cellWords(c, words(entry.table, c.column, entry.deciding), "->")}`)
    .join("; ");
}

function section(out: TextOut, title: string, lines: readonly string[]): void {
  println(out, `${title}: ${lines.length === 0 ? "none" : lines.length}`);
  for (const line of lines) println(out, `  ${line}`);
}

/** The preview as text, one line per entry. */
function printPreview(out: TextOut, plan: MergePlan, provenance: PackProvenance, packPath: string, planConvention: NumberConvention, currencies: PackCurrencies): void {
  const words: ColumnWords = (table, column, deciding) => packValueWords(table, column, currencies, shown, deciding);
  const partner = `${provenance.partnerId}${provenance.partnerName ? ` ${provenance.partnerName}` : ""}`;
  println(out, `${packPath}: pack of partner ${partner}, made ${provenance.packedAt || "(time unknown)"} from ${provenance.source || "the plan"}.`);
  section(out, "Added", plan.added.map((a) => where(a.table, a.id)));
  section(out, "Changed", plan.changed.map((c) => `${where(c.table, c.id)}: ${cells(c, words)}`));
  // Each cell names its place in the pack; a row with no cells listed names the row's.
  section(out, "Conflicts (not applied)", plan.conflicts.map((c) => `${where(c.table, c.id)}${c.columns.length > 0 ? "" : placeWords(c.packRef)}: ${c.reason}${c.columns.length > 0 ? `: ${cells(c, words)}` : ""}`));
  section(
    out,
    "Refused",
    // A whole column or table names no row: "Tactics (Tactics!K1): 'MDF Req.' is not a column of the plan: ignored".
    plan.refused.map((r) => (isCellRefusal(r) ? `${where(r.table, r.id)} ${refusedWords(r, words(r.table, r.column ?? "", r.deciding))}` : `${r.wholeColumn ? (tableSpec(r.table)?.label ?? r.table) : where(r.table, r.id)}${placeWords(r.packRef)}: ${refusedWords(r, shown)}`)),
  );
  section(out, "Kept (not in the pack, left as they are)", plan.kept.map((k) => where(k.table, k.id)));
  const texts = textWrites(plan, planConvention);
  if (texts.length > 0) section(out, "Written as text where a number or date is expected (the check reports them)", texts.map((t) => `${where(t.table, t.id)} ${t.column}: ${shown(t.text)} ${textWriteWords(t)}`));
}

/** The `merge` command. */
export const mergeCommand: Command = {
  name: "merge",
  synopsis: "merge FILE.xlsx PACK.xlsx [--dry-run] [--json] [--force]",
  summary: "Import a filled partner pack into the plan (--dry-run: preview only).",
  help: `Options:
  --dry-run  Show what the merge would add, change, refuse and leave in conflict, and whether
             its save would be refused (parts jmp cannot carry); write nothing.
  --json     The merge as JSON: pack, applied, dryRun, added, changed, conflicts, refused, kept,
             refusedBefore, textWrites, saveWouldDrop.

${SAVE_HELP}

Exit codes:
  0  Applied, or nothing to do.
  1  Applied, but refused cells or rows or conflicts are listed (they are not applied); or a
     dry run whose merge would be refused at its save.
  ${COULD_NOT_RUN}`,
  async run(context, argv) {
    const args = parseCommandArgs("merge", argv, OPTIONS, ["FILE.xlsx", "PACK.xlsx"]);
    const [path, packPath] = args.positionals;
    const dryRun = flag(args, "dry-run");
    const plan = await openEditable(context, path);
    const pack = await openEditable(context, packPath);
    const prepared = await prepareMerge(plan, pack, packPath, await plan.readMergeLog());
    const { merge, provenance } = prepared;

    // A merge that only refuses still writes its lines to the JMP Log.
    const wouldWrite = mergeWrites(prepared);
    const write = !dryRun && wouldWrite;
    let findings: string | undefined;
    if (write) {
      await applyMerge(plan, prepared);
      const analysis = await analyzeWorkbook(context, plan, path);
      await plan.writeResults(analysis);
      await saveReplacing(context, plan, path, { force: flag(args, "force") });
      findings = findingsPhrase(countFindings(analysis.findings));
    }

    // A preview says when the merge itself would be refused at its save (parts jmp cannot carry).
    const dropped = dryRun && wouldWrite && !flag(args, "force") ? partsASaveDrops(plan) : undefined;
    const out = context.io.stdout;
    if (flag(args, "json")) {
      out.write(`${JSON.stringify({ ...mergeJson(merge, provenance, { dryRun, applied: write }), refusedBefore: jsonEntries(prepared.refusedBefore), textWrites: textWrites(merge, prepared.planConvention), saveWouldDrop: dropped ?? null }, null, 2)}\n`);
    } else {
      printPreview(out, merge, provenance, packPath, prepared.planConvention, { partner: prepared.partnerCurrency, plan: prepared.currency });
      const changedCells = merge.changed.reduce((n, c) => n + c.columns.length, 0);
      const what = `${plural(merge.added.length, "row")} added, ${plural(changedCells, "cell")} changed in ${plural(merge.changed.length, "row")}`;
      if (prepared.refusedBefore.length > 0) println(out, `Refused by an earlier merge of this pack (see the ${LOG_SHEET} sheet), not listed again: ${prepared.refusedBefore.length}`);
      if (!write && isNoOp(merge)) println(out, `Nothing to apply; ${path} is unchanged.`);
      else if (!dryRun && isNoOp(merge)) println(out, `Nothing to apply; what was refused or in conflict is logged in the ${LOG_SHEET} sheet of ${path}.`);
      else if (dryRun) println(out, `Dry run: nothing written (${what} without --dry-run).`);
      else println(out, `${path} updated: ${what}. Dashboard and Issues sheets refreshed (${findings ?? "no findings"}).`);
      // A merge that only refuses still saves (its JMP Log lines), so it is refused at its save too.
      if (dropped !== undefined) println(out, `Without --dry-run this merge would be refused: ${path} holds ${dropped}, which saving with jmp would drop (--force saves without them; or merge the pack with the add-in inside Excel).`);
    }
    return needsAttention(merge) || dropped !== undefined ? EXIT_LISTED : EXIT.ok;
  },
};
