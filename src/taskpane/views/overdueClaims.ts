/**
 * Claims the plan is waiting for: approved tactics past End + the claim window with no claim
 * filed (the engine's own `isOverdue`, so the list matches the Overdue claims figure).
 */
import type { Analysis } from "../../engine";
import { isOverdue } from "../../engine/view/planIndex";
import type { Day } from "../../model/dates";

/** An approved tactic whose claim is overdue. */
export interface OverdueClaim {
  readonly key: string;
  readonly tacticId: string;
  readonly partner: string;
  readonly description: string;
  readonly end: Day;
  /** The last day a claim was due: End + claim window. */
  readonly due: Day;
  /** Days from the due date to As of. */
  readonly daysOverdue: number;
}

/** Overdue claims, the longest overdue first. */
export function overdueClaims(analysis: Analysis): OverdueClaim[] {
  const { asOf, claimWindowDays } = analysis.plan.settings;
  const list: OverdueClaim[] = [];
  for (const facts of analysis.index.tacticFacts) {
    const end = facts.tactic.end;
    if (end === undefined || !isOverdue(facts, asOf, claimWindowDays)) continue;
    const due = end + claimWindowDays;
    list.push({
      key: `row-${facts.tactic.row}`,
      tacticId: facts.tactic.id?.text ?? `row ${facts.tactic.row}`,
      partner: facts.partner ? facts.partner.name || facts.partner.id.text : (facts.tactic.partnerId?.text ?? ""),
      description: facts.tactic.description,
      end,
      due,
      daysOverdue: asOf - due,
    });
  }
  return list.sort((a, b) => b.daysOverdue - a.daysOverdue || a.tacticId.localeCompare(b.tacticId));
}
