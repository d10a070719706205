/**
 * Funds at risk: approved tactics whose claim window has closed with funding still unclaimed
 * (the engine's own `unclaimedAfterWindow`, so the list adds up to the Unclaimed after window figure).
 */
import type { Analysis, OwnTacticFacts } from "../../engine";
import { unclaimedAfterWindow } from "../../engine/figures/fundsAtRisk";
import type { Day } from "../../model/dates";
import type { Cents } from "../../model/money";

/** An approved tactic with funding left unclaimed after its claim window. */
export interface FundsAtRisk {
  readonly key: string;
  readonly tacticId: string;
  readonly partner: string;
  /** The last day a claim was on time: End + claim window. */
  readonly windowClosed: Day;
  readonly funded: Cents;
  /** What its Submitted, Approved and Paid claims claimed. */
  readonly claimed: Cents;
  readonly unclaimed: Cents;
  /** The tactic's amounts in its partner's currency, when that is not the plan's (what is unclaimed was decided there). */
  readonly own?: OwnTacticFacts;
}

/** Tactics with funds at risk, the largest amount first. Tactics of partners not in the Partners table are left out, as in the figure. */
export function fundsAtRisk(analysis: Analysis): FundsAtRisk[] {
  const settings = analysis.plan.settings;
  const list: FundsAtRisk[] = [];
  for (const facts of analysis.index.tacticFacts) {
    const { tactic, partner } = facts;
    if (partner === undefined || tactic.end === undefined) continue;
    const unclaimed = unclaimedAfterWindow({ approved: facts.approved, end: tactic.end, unclaimed: facts.unclaimed }, settings);
    if (unclaimed === 0) continue;
    list.push({
      key: `row-${tactic.row}`,
      tacticId: tactic.id?.text ?? `row ${tactic.row}`,
      partner: partner.name || partner.id.text,
      windowClosed: tactic.end + settings.claimWindowDays,
      funded: facts.funded,
      claimed: facts.liveClaimed,
      unclaimed,
      own: facts.own,
    });
  }
  return list.sort((a, b) => b.unclaimed - a.unclaimed || a.tacticId.localeCompare(b.tacticId));
}
