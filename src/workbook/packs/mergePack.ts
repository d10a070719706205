/**
 * Merging a filled pack into its plan, over the port: read both, check that the pack is a pack
 * of this plan, plan the merge (pure, in the engine), and on request write it into the plan in
 * place (each adapter's `applyMerge`). Re-analysing the plan and refreshing its Dashboard and Issues sheets is the
 * caller's step, as for every other edit.
 */
import { packOriginProblem, planIdentity, planMerge } from "../../engine/merge";
import type { MergePlan, PackProvenance } from "../../engine/merge";
import type { MergeableWorkbook, PackSource, WorkbookPort } from "../port";
import { PackError } from "./errors";

/** A planned merge and what it needs to be applied. */
export interface PreparedMerge {
  readonly provenance: PackProvenance;
  readonly merge: MergePlan;
  /** The plan's currency code, for the number formats of new cells. */
  readonly currency: string;
}

/**
 * Plans the merge of `pack` into `plan`. Throws PackError when the pack is not a pack or belongs
 * to another plan; `packName` names the pack file in the message. The plan may be on any host:
 * only its tables are read.
 */
export async function prepareMerge(plan: Pick<WorkbookPort, "readTables">, pack: PackSource, packName: string): Promise<PreparedMerge> {
  const opened = await pack.readPack(packName);
  const planTables = await plan.readTables();
  const problem = packOriginProblem(planTables, opened.provenance);
  if (problem) throw new PackError(`${packName} is not a pack of this plan: ${problem}`);
  const merge = planMerge({ plan: planTables, pack: opened.tables, provenance: opened.provenance });
  return { provenance: opened.provenance, merge, currency: planIdentity(planTables).currency };
}

/** Writes a prepared merge into the plan (a file's in memory: the caller saves). */
export function applyMerge(plan: MergeableWorkbook, prepared: PreparedMerge): Promise<void> {
  return plan.applyMerge(prepared.merge, prepared.currency);
}
