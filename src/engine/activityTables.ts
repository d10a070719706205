/**
 * How each large table (Tactics, Allocations, Claims, Outcomes) is read into its columns (see
 * store/activityColumns.ts): its ID columns, in the order a row reads them, and a function that
 * reads the row's other cells. The column keys are the schema's.
 *
 * Findings on a row are filed under the row's partner once its Partner ID has been read, so a
 * problem in a Tactic ID or Partner ID cell is filed under no partner, as the row reads them
 * first. Claims name no partner (theirs is their tactic's, filled in after linking).
 */
import { unitsToCents } from "../model/money";
import type { TableName } from "../model/schema";
import type { CellReader } from "./cellReader";
import type { AllocationColumns, ClaimColumns, IdentifiedColumns, OutcomeColumns, TacticColumns } from "./store/activityColumns";
import { allocationColumns, claimColumns, NO_CODE, outcomeColumns, tacticColumns } from "./store/activityColumns";
import { isMoneyMetric } from "./store/codes";
import type { IdDomains } from "./store/idDomain";
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

/** How to read one large table. */
export interface ActivityTable<C extends IdentifiedColumns> {
  readonly name: TableName;
  /** Empty columns with room for n rows. */
  readonly empty: (n: number) => C;
  /** ID columns in reading order; the first is the row's own ID (unique in the table). */
  readonly ids: readonly IdColumn<C>[];
  /** Reads the row's cells other than its IDs into the columns at position `at`. */
  readonly readRest: (r: CellReader, c: Slots, columns: C, at: number) => void;
}

/** Tactics. */
export const TACTICS: ActivityTable<TacticColumns> = {
  name: "JmpTactics",
  empty: tacticColumns,
  ids: [
    { key: "tacticId", domain: "tactics", into: (t) => t.id },
    { key: "partnerId", domain: "partners", into: (t) => t.partner, isPartner: true },
    { key: "initiativeId", domain: "initiatives", into: (t) => t.initiative },
  ],
  readRest(r, c, t, at) {
    t.tacticType[at] = r.enumCode(c.tacticType);
    t.description[at] = r.text(c.description);
    t.start[at] = r.date(c.start) ?? NaN;
    t.end[at] = r.date(c.end) ?? NaN;
    t.totalCost[at] = r.money(c.totalCost) ?? NaN;
    t.mdfRequested[at] = r.money(c.mdfRequested) ?? NaN;
    t.status[at] = r.enumCode(c.status);
    t.expectedPipeline[at] = r.money(c.expectedPipeline) ?? NaN;
    t.expectedRevenue[at] = r.money(c.expectedRevenue) ?? NaN;
  },
};

/** Allocations. */
export const ALLOCATIONS: ActivityTable<AllocationColumns> = {
  name: "JmpAllocations",
  empty: allocationColumns,
  ids: [
    { key: "allocationId", domain: "allocations", into: (a) => a.id },
    { key: "partnerId", domain: "partners", into: (a) => a.partner, isPartner: true },
    { key: "tacticId", domain: "tactics", into: (a) => a.tactic },
  ],
  readRest(r, c, a, at) {
    a.amount[at] = r.money(c.amount) ?? NaN;
    a.authorizedOn[at] = r.date(c.authorizedOn) ?? NaN;
    a.authorizedBy[at] = r.text(c.authorizedBy);
  },
};

/** Claims. */
export const CLAIMS: ActivityTable<ClaimColumns> = {
  name: "JmpClaims",
  empty: claimColumns,
  ids: [
    { key: "claimId", domain: "claims", into: (k) => k.id },
    { key: "tacticId", domain: "tactics", into: (k) => k.tactic },
  ],
  readRest(r, c, k, at) {
    k.amountClaimed[at] = r.money(c.amountClaimed) ?? NaN;
    k.amountApproved[at] = r.money(c.amountApproved) ?? NaN;
    k.submittedOn[at] = r.date(c.submittedOn) ?? NaN;
    k.status[at] = r.enumCode(c.status);
    k.paidOn[at] = r.date(c.paidOn) ?? NaN;
    k.proofOfPerformance[at] = r.text(c.proofOfPerformance);
  },
};

/** Outcomes; Revenue and Pipeline values are also kept in cents. */
export const OUTCOMES: ActivityTable<OutcomeColumns> = {
  name: "JmpOutcomes",
  empty: outcomeColumns,
  ids: [
    { key: "outcomeId", domain: "outcomes", into: (o) => o.id },
    { key: "partnerId", domain: "partners", into: (o) => o.partner, isPartner: true },
    { key: "initiativeId", domain: "initiatives", into: (o) => o.initiative },
    { key: "tacticId", domain: "tactics", into: (o) => o.tactic },
  ],
  readRest(r, c, o, at) {
    const metric = r.enumCode(c.metric);
    o.metric[at] = metric;
    const isMoney = isMoneyMetric(metric);
    // Opportunities, Leads and Deals are counts: a fraction there is a typo, not a value.
    const value = isMoney || metric === NO_CODE ? r.number(c.value) : r.count(c.value);
    o.value[at] = value ?? NaN;
    o.valueCents[at] = isMoney && value !== undefined ? unitsToCents(value) : NaN;
    o.date[at] = r.date(c.date) ?? NaN;
    o.reference[at] = r.text(c.reference);
  },
};
