/**
 * The reasons a merge gives for what it refuses or cannot apply, in one place.
 */
import type { TableSpec } from "../../model/schema";

/** Why rows, cells and conflicts are listed. */
export const REASONS = {
  vendorColumn: (header: string): string => `${header} is the vendor's column; a pack cannot change it`,
  claimStatus: "Status is the vendor's column; a partner may only move a Draft claim to Submitted",
  decidedClaim: (status: string): string => `the claim is ${status}: the vendor has decided it, and a pack can no longer change it`,
  approvedTactic: (status: string, header: string): string => `the tactic is ${status}: its ${header} is what the vendor approved; ask the vendor to change it`,
  vendorTable: (spec: TableSpec): string => `${spec.label} are the vendor's, shown in a pack for reference; a pack cannot add or change them`,
  noId: (spec: TableSpec): string => {
    if (spec.name === "JmpJointPlan") return "the row needs both a Partner ID and an Initiative ID";
    const header = spec.columns.find((c) => c.unique)?.header ?? "ID";
    return `the row has no ${header}: give it one so that a later copy of the pack updates it instead of adding it again`;
  },
  duplicate: (spec: TableSpec): string => `the pack holds this ${spec.name === "JmpJointPlan" ? "pair" : "ID"} more than once; only the first row is read`,
  noPartner: "the row has no Partner ID",
  otherPartner: (owner: string, partner: string): string => `the row is partner ${owner}'s, not ${partner}'s`,
  otherPartnerInPlan: (partner: string): string => `in the plan this row is not partner ${partner}'s`,
  foreignTactic: (tactic: string, partner: string): string => `Tactic ID ${tactic} is not one of partner ${partner}'s tactics`,
  noTactic: "the claim has no Tactic ID",
  referenceTable: (spec: TableSpec): string => `${spec.label} are shown in a pack for reference; changes there are not imported`,
  noPlanTable: (spec: TableSpec): string => `the plan has no ${spec.label} table (${spec.name})`,
  noPlanColumn: (header: string): string => `the plan's table has no ${header} column`,
  missingPackColumn: (header: string): string => `column ${header} not found in the pack; its values were not read`,
  unknownPackColumn: (header: string): string => `'${header}' is not a column of the plan: ignored`,
  repeatedPackColumn: (header: string): string => `column ${header} appears more than once in the pack; only the first was read`,
  noPackTable: (spec: TableSpec): string => `the pack has no ${spec.label} table (${spec.name}); none of its rows were read`,
  olderCopy: (when: string): string => `this copy of the pack looks older than one merged on ${when}: it holds values that copy replaced`,
  bothChanged: "changed in the plan and in the pack since the pack was made",
  bothAdded: "added to the plan and to the pack since the pack was made, with different values",
  removedFromPlan: "removed from the plan after the pack was made, and changed in the pack",
} as const;
