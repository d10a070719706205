/**
 * The two sides of the 1:1 ideal that the coverage and alignment ratios summarise, row by row:
 * approved tactics whose funding falls short of their MDF requested, and allocations that back
 * no approved tactic. Both read the engine's index, so they agree with the figures.
 */
import type { Analysis, OwnTacticFacts, TacticFacts } from "../../engine";
import { idKey } from "../../model/ids";
import type { Cents } from "../../model/money";

/** An approved tactic funded below its MDF requested. */
export interface FundingGap {
  readonly key: string;
  readonly tacticId: string;
  readonly partner: string;
  readonly description: string;
  readonly requested: Cents;
  readonly funded: Cents;
  /**
   * How far the funding falls short, > 0: requested - funded, or, for a partner in another
   * currency, the shortfall in that currency valued at the request's rate.
   */
  readonly gap: Cents;
  /** The tactic's amounts in its partner's currency, when that is not the plan's (the gap was decided there). */
  readonly own?: OwnTacticFacts;
  /** Sheet row of the tactic. */
  readonly row: number;
}

/** Why an allocation backs no approved tactic. */
export type UnbackedReason = "lump sum" | "unknown tactic" | "tactic not approved" | "other partner's tactic";

/** An allocation that backs no approved tactic. */
export interface UnbackedFunds {
  readonly key: string;
  readonly allocationId: string;
  readonly partner: string;
  readonly tacticId: string;
  readonly amount: Cents;
  readonly reason: UnbackedReason;
  readonly row: number;
}

function partnerLabel(analysis: Analysis, id: string | undefined, facts?: TacticFacts): string {
  if (facts?.partner) return facts.partner.name || facts.partner.id.text;
  if (!id) return "";
  return analysis.index.partners.get(idKey(id))?.name ?? id;
}

/**
 * Approved tactics funded below their MDF requested, the largest gap first: compared in the
 * partner's currency, as F03 compares them (the engine's `shortfall`).
 */
export function fundingGaps(analysis: Analysis): FundingGap[] {
  const gaps: FundingGap[] = [];
  for (const facts of analysis.index.tacticFacts) {
    const requested = facts.tactic.mdfRequested ?? 0;
    if (!facts.approved || facts.shortfall <= 0) continue;
    gaps.push({
      key: `row-${facts.tactic.row}`,
      tacticId: facts.tactic.id?.text ?? `row ${facts.tactic.row}`,
      partner: partnerLabel(analysis, facts.tactic.partnerId?.text, facts),
      description: facts.tactic.description,
      requested,
      funded: facts.funded,
      gap: facts.shortfall,
      own: facts.own,
      row: facts.tactic.row,
    });
  }
  return gaps.sort((a, b) => b.gap - a.gap || a.row - b.row);
}

/** Allocations that count toward no approved tactic's funding, the largest first. */
export function unbackedFunds(analysis: Analysis): UnbackedFunds[] {
  const list: UnbackedFunds[] = [];
  for (const a of analysis.plan.allocations) {
    if (a.amount === undefined || a.amount <= 0) continue;
    const facts = a.tacticId ? analysis.index.tactics.get(a.tacticId.key) : undefined;
    let reason: UnbackedReason | undefined;
    if (!a.tacticId) reason = "lump sum";
    else if (!facts) reason = "unknown tactic";
    else if (!facts.approved) reason = "tactic not approved";
    // The engine funds a tactic only from its own partner's allocations (planIndex).
    else if (!facts.partner || !a.partnerId || facts.partner.id.key !== a.partnerId.key) reason = "other partner's tactic";
    if (!reason) continue;
    list.push({
      key: `row-${a.row}`,
      allocationId: a.id?.text ?? `row ${a.row}`,
      partner: partnerLabel(analysis, a.partnerId?.text),
      tacticId: a.tacticId?.text ?? "",
      amount: a.amount,
      reason,
      row: a.row,
    });
  }
  return list.sort((x, y) => y.amount - x.amount || x.row - y.row);
}

/** The sum of a list of amounts. */
export function total<T>(items: readonly T[], amount: (item: T) => Cents): Cents {
  let sum = 0;
  for (const item of items) sum += amount(item);
  return sum;
}
