/**
 * Merging a filled pack into its plan, over the port: read both, check that the pack is a pack
 * of this plan, plan the merge (pure, in the engine), and on request write it into the plan in
 * place (each adapter's `applyMerge`). Re-analysing the plan and refreshing its Dashboard and Issues sheets is the
 * caller's step, as for every other edit.
 */
import { appliedByThisPack, isNoOp, mergeLogLines, packOriginProblem, packCellReader, packReading, planIdentity, planMerge, withoutLoggedRefusals } from "../../engine/merge";
import type { LogLine, MergePlan, PackProvenance, RefusedEntry } from "../../engine/merge";
import type { MergeableWorkbook, PackSource, WorkbookPort } from "../port";
import { PackError } from "./errors";
import type { NumberConvention } from "../../model/numberFormat";

/** A planned merge and what it needs to be applied. */
export interface PreparedMerge {
  readonly provenance: PackProvenance;
  readonly merge: MergePlan;
  /** The plan's currency code, for the number formats of new cells. */
  readonly currency: string;
  /** The pack partner's currency code (the plan's when it has none): the money its rows hold. */
  readonly partnerCurrency: string;
  /** Refusals an earlier merge of this same pack logged: not listed in `merge.refused` again. */
  readonly refusedBefore: readonly RefusedEntry[];
  /** How the plan reads text (its Number format): the preview says which text amounts it counts. */
  readonly planConvention: NumberConvention;
}

/**
 * Plans the merge of `pack` into `plan`. Throws PackError when the pack is not a pack or belongs
 * to another plan; `packName` names the pack file in the message. The plan may be on any host:
 * only its tables are read. `history` is the plan's `JMP Log`: what this pack's earlier merges
 * already refused is not listed again.
 */
export async function prepareMerge(plan: Pick<WorkbookPort, "readTables">, pack: PackSource, packName: string, history: readonly LogLine[] = []): Promise<PreparedMerge> {
  const opened = await pack.readPack(packName);
  const planTables = await plan.readTables();
  const problem = packOriginProblem(planTables, opened.provenance);
  if (problem) throw new PackError(`${packName} is not a pack of this plan: ${problem}`);
  // What the partner typed as text in its own number format is read as it meant it.
  const reading = packReading(planTables, opened.provenance.partnerId);
  const readPackCell = packCellReader(reading);
  // A cell an earlier merge of this pack wrote is the partner's change, not the vendor's.
  const appliedBefore = appliedByThisPack(opened.provenance, history);
  const planned = planMerge({ plan: planTables, pack: opened.tables, provenance: opened.provenance, readPackCell, appliedBefore });
  const { refusedBefore, ...merge } = withoutLoggedRefusals(planned, opened.provenance, history);
  return { provenance: opened.provenance, merge, currency: planIdentity(planTables).currency, partnerCurrency: reading.partnerCurrency, refusedBefore, planConvention: reading.plan };
}

/** True when a merge leaves anything in the plan: cells or rows to write, or lines for the log. */
export function mergeWrites(prepared: PreparedMerge): boolean {
  return mergeLogLines(prepared.merge, prepared.provenance, new Date(0)).length > 0;
}

/**
 * Writes a prepared merge into the plan (a file's in memory: the caller saves) and appends a
 * line per change to its `JMP Log`, stamped `when`.
 */
export async function applyMerge(plan: MergeableWorkbook, prepared: PreparedMerge, when: Date = new Date()): Promise<void> {
  if (!isNoOp(prepared.merge)) await plan.applyMerge(prepared.merge, prepared.currency, prepared.partnerCurrency);
  await plan.appendMergeLog(mergeLogLines(prepared.merge, prepared.provenance, when));
}
