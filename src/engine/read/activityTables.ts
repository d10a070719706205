/**
 * How each large table (Tactics, Allocations, Claims, Outcomes) is read into its columns (see
 * store/activityColumns.ts): its ID columns, in the order a row reads them, and a function that
 * reads the row's other cells. The column keys are the schema's.
 *
 * Findings on a row are filed under the row's partner once its Partner ID has been read, so a
 * problem in a Tactic ID or Partner ID cell is filed under no partner, as the row reads them
 * first. Claims name no partner (theirs is their tactic's, filled in after linking).
 */
import { unitsToCents } from "../../model/money";
import type { TableName } from "../../model/schema";
import type { CellReader } from "./cellReader";
import { plainNumber } from "./cellReader";
import type { AllocationColumns, ClaimColumns, IdentifiedColumns, OutcomeColumns, TacticColumns } from "../store/activityColumns";
import { allocationColumns, claimColumns, NO_CODE, outcomeColumns, tacticColumns } from "../store/activityColumns";
import { isMoneyMetric } from "../store/codes";
import type { IdDomains } from "../store/idDomain";
import type { Slots } from "./tableColumns";

/** One ID column of a large table. */
export interface IdColumn<C> {
  /** Schema key of the column. */
  readonly key: string;
  readonly domain: keyof IdDomains;
  /** The column array its spellings go to. */
  readonly into: (columns: C) => Int32Array;
  /** True for the Partner ID: findings later in the row are filed under it. */
  readonly isPartner?: boolean;
}

/** A column of a large table other than its IDs, and the kind of value its cells hold. */
export type ValueColumn<C> =
  | { readonly key: string; readonly kind: "money"; readonly into: (columns: C) => Float64Array }
  | { readonly key: string; readonly kind: "date"; readonly into: (columns: C) => Float32Array }
  | { readonly key: string; readonly kind: "enum"; readonly into: (columns: C) => Int8Array }
  | { readonly key: string; readonly kind: "text"; readonly into: (columns: C) => string[] };

/** A row being read: its cells, and the reader for a cell not in its plain form. */
export interface DataRow {
  readonly cells: readonly unknown[];
  /** The reader, put on this row (it files findings under the row and its partner). */
  reader(): CellReader;
}

/** How to read one large table. */
export interface ActivityTable<C extends IdentifiedColumns> {
  readonly name: TableName;
  /** Empty columns with room for n rows. */
  readonly empty: (n: number) => C;
  /** Schema key of the row's own ID column (unique in the table). */
  readonly ownId: string;
  /** For a table other tables refer to: the ID domain its kept rows' own IDs are interned in, and where their spellings go. */
  readonly ownSpelling?: { readonly domain: keyof IdDomains; readonly into: (columns: C) => Int32Array };
  /** The other ID columns, in reading order (after the own ID). */
  readonly ids: readonly IdColumn<C>[];
  /** The other columns, read after the IDs. */
  readonly values: readonly ValueColumn<C>[];
  /** Reads cells whose meaning depends on each other (an outcome's Metric and Value), after the row's other values. */
  readonly readDependent?: (row: DataRow, c: Slots, columns: C, at: number) => void;
}

/** Tactics. */
export const TACTICS: ActivityTable<TacticColumns> = {
  name: "JmpTactics",
  empty: tacticColumns,
  ownId: "tacticId",
  ownSpelling: { domain: "tactics", into: (t) => t.spelling },
  ids: [
    { key: "partnerId", domain: "partners", into: (t) => t.partner, isPartner: true },
    { key: "initiativeId", domain: "initiatives", into: (t) => t.initiative },
  ],
  values: [
    { key: "tacticType", kind: "enum", into: (t) => t.tacticType },
    { key: "description", kind: "text", into: (t) => t.description },
    { key: "start", kind: "date", into: (t) => t.start },
    { key: "end", kind: "date", into: (t) => t.end },
    { key: "totalCost", kind: "money", into: (t) => t.totalCost },
    { key: "mdfRequested", kind: "money", into: (t) => t.mdfRequested },
    { key: "status", kind: "enum", into: (t) => t.status },
    { key: "expectedPipeline", kind: "money", into: (t) => t.expectedPipeline },
    { key: "expectedRevenue", kind: "money", into: (t) => t.expectedRevenue },
  ],
};

/** Allocations. */
export const ALLOCATIONS: ActivityTable<AllocationColumns> = {
  name: "JmpAllocations",
  empty: allocationColumns,
  ownId: "allocationId",
  ids: [
    { key: "partnerId", domain: "partners", into: (a) => a.partner, isPartner: true },
    { key: "tacticId", domain: "tactics", into: (a) => a.tactic },
  ],
  values: [
    { key: "amount", kind: "money", into: (a) => a.amount },
    { key: "authorizedOn", kind: "date", into: (a) => a.authorizedOn },
    { key: "authorizedBy", kind: "text", into: (a) => a.authorizedBy },
  ],
};

/** Claims. */
export const CLAIMS: ActivityTable<ClaimColumns> = {
  name: "JmpClaims",
  empty: claimColumns,
  ownId: "claimId",
  ids: [{ key: "tacticId", domain: "tactics", into: (k) => k.tactic }],
  values: [
    { key: "amountClaimed", kind: "money", into: (k) => k.amountClaimed },
    { key: "amountApproved", kind: "money", into: (k) => k.amountApproved },
    { key: "submittedOn", kind: "date", into: (k) => k.submittedOn },
    { key: "status", kind: "enum", into: (k) => k.status },
    { key: "paidOn", kind: "date", into: (k) => k.paidOn },
    { key: "proofOfPerformance", kind: "text", into: (k) => k.proofOfPerformance },
  ],
};

/** Outcomes; the Value is read by its row's Metric. */
export const OUTCOMES: ActivityTable<OutcomeColumns> = {
  name: "JmpOutcomes",
  empty: outcomeColumns,
  ownId: "outcomeId",
  ids: [
    { key: "partnerId", domain: "partners", into: (o) => o.partner, isPartner: true },
    { key: "initiativeId", domain: "initiatives", into: (o) => o.initiative },
    { key: "tacticId", domain: "tactics", into: (o) => o.tactic },
  ],
  values: [
    { key: "metric", kind: "enum", into: (o) => o.metric },
    { key: "date", kind: "date", into: (o) => o.date },
    { key: "reference", kind: "text", into: (o) => o.reference },
  ],
  readDependent(row, c, o, at) {
    const metric = o.metric[at];
    // Opportunities, Leads and Deals are counts: a fraction there is a typo, not a value.
    const isCount = !isMoneyMetric(metric) && metric !== NO_CODE;
    const value = plainNumber(c.value.index < 0 ? undefined : row.cells[c.value.index], c.value.spec.floor);
    // The usual cell, a number within the column's floor (whole for a count, exact cents for
    // money), needs no reader.
    if (value === value && (isCount ? Number.isInteger(value) : Number.isSafeInteger(unitsToCents(value)))) {
      o.value[at] = value;
      return;
    }
    const reader = row.reader();
    o.value[at] = (isCount ? reader.count(c.value) : isMoneyMetric(metric) ? reader.amount(c.value) : reader.number(c.value)) ?? NaN;
  },
};
