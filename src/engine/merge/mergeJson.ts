/**
 * The `--json` preview of a merge (SPEC section 6): `added`, `changed`, `conflicts`, `refused`
 * (each entry with its table and ID, cells with their column, plan value and pack value) and
 * `kept`, with what the pack says about itself and whether the plan was written.
 */
import type { AddedEntry, ChangedEntry, ConflictEntry, DecidingCells, KeptEntry, MergePlan, RefusedEntry } from "./mergeTypes";
import type { PackProvenance } from "./provenance";

/** An entry as the JSON gives it: its values as they are, so without the cells that decide their words. */
export type JsonEntry<T> = Omit<T, "deciding">;

/** `entries` as the JSON gives them. */
export function jsonEntries<T extends { readonly deciding?: DecidingCells }>(entries: readonly T[]): JsonEntry<T>[] {
  return entries.map(({ deciding: _deciding, ...entry }) => entry);
}

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
  readonly changed: readonly JsonEntry<ChangedEntry>[];
  readonly conflicts: readonly JsonEntry<ConflictEntry>[];
  readonly refused: readonly JsonEntry<RefusedEntry>[];
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
    changed: jsonEntries(plan.changed),
    conflicts: jsonEntries(plan.conflicts),
    refused: jsonEntries(plan.refused),
    kept: plan.kept,
  };
}
