/**
 * One function per JMP table that turns the current row of a CellReader into a typed row.
 * The column keys are the schema's (src/model/schema.ts).
 */
import type { Allocation, Claim, Initiative, JointPlanEntry, Outcome, Partner, Tactic } from "../model/plan";
import type { ClaimStatus, OutcomeMetric, TacticStatus, TacticType } from "../model/schema";
import { unitsToCents } from "../model/money";
import type { CellReader } from "./cellReader";
import type { Slots } from "./tableColumns";

/** Reads an Initiatives row. */
export function readInitiative(r: CellReader, c: Slots, row: number): Initiative {
  const id = r.id(c.initiativeId);
  return {
    row,
    id: id ?? { text: "", key: "" },
    name: r.text(c.initiative),
    objective: r.text(c.objective),
    metric: r.enumValue<OutcomeMetric>(c.metric) ?? "Revenue",
    target: r.number(c.target),
    owner: r.text(c.owner),
    active: r.yesNo(c.active, true),
  };
}

/** Reads a Partners row. */
export function readPartner(r: CellReader, c: Slots, row: number): Partner {
  const id = r.id(c.partnerId);
  r.setPartner(id);
  return {
    row,
    id: id ?? { text: "", key: "" },
    name: r.text(c.partner),
    tier: r.text(c.tier),
    region: r.text(c.region),
    mdfBudget: r.money(c.mdfBudget),
    maxMdfShare: c.maxMdfShare.index < 0 ? undefined : r.percent(c.maxMdfShare),
    channelManager: r.text(c.channelManager),
    active: r.yesNo(c.active, true),
  };
}

/** Reads a Joint Plan row. */
export function readJointPlanEntry(r: CellReader, c: Slots, row: number): JointPlanEntry {
  const partnerId = r.id(c.partnerId);
  r.setPartner(partnerId);
  return {
    row,
    partnerId,
    initiativeId: r.id(c.initiativeId),
    partnerObjective: r.text(c.partnerObjective),
    forecastRevenue: r.money(c.forecastRevenue),
    forecastPipeline: r.money(c.forecastPipeline),
    forecastOpportunities: r.count(c.forecastOpportunities),
  };
}

/** Reads a Tactics row. */
export function readTactic(r: CellReader, c: Slots, row: number): Tactic {
  const id = r.id(c.tacticId);
  const partnerId = r.id(c.partnerId);
  r.setPartner(partnerId);
  return {
    row,
    id,
    partnerId,
    initiativeId: r.id(c.initiativeId),
    tacticType: r.enumValue<TacticType>(c.tacticType),
    description: r.text(c.description),
    start: r.date(c.start),
    end: r.date(c.end),
    totalCost: r.money(c.totalCost),
    mdfRequested: r.money(c.mdfRequested),
    status: r.enumValue<TacticStatus>(c.status),
    expectedPipeline: r.money(c.expectedPipeline),
    expectedRevenue: r.money(c.expectedRevenue),
  };
}

/** Reads an Allocations row. */
export function readAllocation(r: CellReader, c: Slots, row: number): Allocation {
  const id = r.id(c.allocationId);
  const partnerId = r.id(c.partnerId);
  r.setPartner(partnerId);
  return {
    row,
    id,
    partnerId,
    tacticId: r.id(c.tacticId),
    amount: r.money(c.amount),
    authorizedOn: r.date(c.authorizedOn),
    authorizedBy: r.text(c.authorizedBy),
  };
}

/** Reads a Claims row. */
export function readClaim(r: CellReader, c: Slots, row: number): Claim {
  return {
    row,
    id: r.id(c.claimId),
    tacticId: r.id(c.tacticId),
    amountClaimed: r.money(c.amountClaimed),
    amountApproved: r.money(c.amountApproved),
    submittedOn: r.date(c.submittedOn),
    status: r.enumValue<ClaimStatus>(c.status),
    paidOn: r.date(c.paidOn),
    proofOfPerformance: r.text(c.proofOfPerformance),
  };
}

/** Reads an Outcomes row; Revenue and Pipeline values are also kept in cents. */
export function readOutcome(r: CellReader, c: Slots, row: number): Outcome {
  const id = r.id(c.outcomeId);
  const partnerId = r.id(c.partnerId);
  r.setPartner(partnerId);
  const initiativeId = r.id(c.initiativeId);
  const tacticId = r.id(c.tacticId);
  const metric = r.enumValue<OutcomeMetric>(c.metric);
  const isMoney = metric === "Revenue" || metric === "Pipeline";
  // Opportunities, Leads and Deals are counts: a fraction there is a typo, not a value.
  const value = isMoney || metric === undefined ? r.number(c.value) : r.count(c.value);
  return {
    row,
    id,
    partnerId,
    initiativeId,
    tacticId,
    metric,
    value,
    valueCents: isMoney && value !== undefined ? unitsToCents(value) : undefined,
    date: r.date(c.date),
    reference: r.text(c.reference),
  };
}
