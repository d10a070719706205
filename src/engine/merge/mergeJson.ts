/**
 * The `--json` preview of a merge (SPEC section 6): `added`, `changed`, `conflicts`, `refused`
 * (each entry with its table and ID, cells with their column, plan value and pack value) and
 * `kept`, with what the pack says about itself and whether the plan was written.
 */
import type { AddedEntry, ChangedEntry, ConflictEntry, KeptEntry, MergePlan, RefusedEntry } from "./mergeTypes";
import type { PackProvenance } from "./provenance";

/** The JSON document. */
export interface MergeJson {
  readonly pack: {
    readonly partner: string;
    readonly partnerName: string;
    readonly plan: string;
    readonly source: string;
    readonly packedAt: string;
  };
  /** True when the plan file was updated. */
  readonly applied: boolean;
  readonly dryRun: boolean;
  readonly added: readonly AddedEntry[];
  readonly changed: readonly ChangedEntry[];
  readonly conflicts: readonly ConflictEntry[];
  readonly refused: readonly RefusedEntry[];
  readonly kept: readonly KeptEntry[];
}

/** The JSON of a merge plan. */
export function mergeJson(plan: MergePlan, provenance: PackProvenance, state: { dryRun: boolean; applied: boolean }): MergeJson {
  return {
    pack: {
      partner: provenance.partnerId,
      partnerName: provenance.partnerName,
      plan: provenance.planName,
      source: provenance.source,
      packedAt: provenance.packedAt,
    },
    applied: state.applied,
    dryRun: state.dryRun,
    added: plan.added,
    changed: plan.changed,
    conflicts: plan.conflicts,
    refused: plan.refused,
    kept: plan.kept,
  };
}
