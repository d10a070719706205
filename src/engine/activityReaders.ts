/**
 * One function per large table that reads the current row of a CellReader into the table's
 * columns at position `at` (see store/activityColumns.ts). The column keys are the schema's.
 * Each returns the spelling of the row's own ID, for the duplicate check.
 */
import { unitsToCents } from "../model/money";
import type { CellReader } from "./cellReader";
import type { AllocationColumns, ClaimColumns, OutcomeColumns, TacticColumns } from "./store/activityColumns";
import { NO_CODE } from "./store/activityColumns";
import { isMoneyMetric } from "./store/codes";
import type { IdDomain, IdDomains } from "./store/idDomain";
import { NO_ID } from "./store/idDomain";
import type { Slots } from "./tableColumns";

/** Files the row's findings under its partner, as the row wrote it. */
function setPartner(r: CellReader, partners: IdDomain, spelling: number): void {
  r.setPartnerText(spelling === NO_ID ? null : partners.text(spelling));
}

/** Reads a Tactics row. */
export function readTacticRow(r: CellReader, c: Slots, d: IdDomains, t: TacticColumns, at: number): number {
  const id = r.idIn(c.tacticId, d.tactics);
  const partner = r.idIn(c.partnerId, d.partners);
  setPartner(r, d.partners, partner);
  t.id[at] = id;
  t.partner[at] = partner;
  t.initiative[at] = r.idIn(c.initiativeId, d.initiatives);
  t.tacticType[at] = r.enumCode(c.tacticType);
  t.description[at] = r.text(c.description);
  t.start[at] = r.date(c.start) ?? NaN;
  t.end[at] = r.date(c.end) ?? NaN;
  t.totalCost[at] = r.money(c.totalCost) ?? NaN;
  t.mdfRequested[at] = r.money(c.mdfRequested) ?? NaN;
  t.status[at] = r.enumCode(c.status);
  t.expectedPipeline[at] = r.money(c.expectedPipeline) ?? NaN;
  t.expectedRevenue[at] = r.money(c.expectedRevenue) ?? NaN;
  return id;
}

/** Reads an Allocations row. */
export function readAllocationRow(r: CellReader, c: Slots, d: IdDomains, a: AllocationColumns, at: number): number {
  const id = r.idIn(c.allocationId, d.allocations);
  const partner = r.idIn(c.partnerId, d.partners);
  setPartner(r, d.partners, partner);
  a.id[at] = id;
  a.partner[at] = partner;
  a.tactic[at] = r.idIn(c.tacticId, d.tactics);
  a.amount[at] = r.money(c.amount) ?? NaN;
  a.authorizedOn[at] = r.date(c.authorizedOn) ?? NaN;
  a.authorizedBy[at] = r.text(c.authorizedBy);
  return id;
}

/** Reads a Claims row (claims name no partner: theirs is their tactic's, filled in later). */
export function readClaimRow(r: CellReader, c: Slots, d: IdDomains, k: ClaimColumns, at: number): number {
  const id = r.idIn(c.claimId, d.claims);
  k.id[at] = id;
  k.tactic[at] = r.idIn(c.tacticId, d.tactics);
  k.amountClaimed[at] = r.money(c.amountClaimed) ?? NaN;
  k.amountApproved[at] = r.money(c.amountApproved) ?? NaN;
  k.submittedOn[at] = r.date(c.submittedOn) ?? NaN;
  k.status[at] = r.enumCode(c.status);
  k.paidOn[at] = r.date(c.paidOn) ?? NaN;
  k.proofOfPerformance[at] = r.text(c.proofOfPerformance);
  return id;
}

/** Reads an Outcomes row; Revenue and Pipeline values are also kept in cents. */
export function readOutcomeRow(r: CellReader, c: Slots, d: IdDomains, o: OutcomeColumns, at: number): number {
  const id = r.idIn(c.outcomeId, d.outcomes);
  const partner = r.idIn(c.partnerId, d.partners);
  setPartner(r, d.partners, partner);
  o.id[at] = id;
  o.partner[at] = partner;
  o.initiative[at] = r.idIn(c.initiativeId, d.initiatives);
  o.tactic[at] = r.idIn(c.tacticId, d.tactics);
  const metric = r.enumCode(c.metric);
  o.metric[at] = metric;
  const isMoney = isMoneyMetric(metric);
  // Opportunities, Leads and Deals are counts: a fraction there is a typo, not a value.
  const value = isMoney || metric === NO_CODE ? r.number(c.value) : r.count(c.value);
  o.value[at] = value ?? NaN;
  o.valueCents[at] = isMoney && value !== undefined ? unitsToCents(value) : NaN;
  o.date[at] = r.date(c.date) ?? NaN;
  o.reference[at] = r.text(c.reference);
  return id;
}
