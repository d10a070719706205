/**
 * P01-P07: tactics must sit inside the agreed plan — active initiatives, the Joint Plan overlap,
 * the plan period, the MDF share cap and the partner's budget.
 */
import { isoFromDay } from "../../model/dates";
import { pairKey } from "../../model/ids";
import type { Cents } from "../../model/money";
import type { RuleContext } from "./ruleContext";
import { T } from "./ruleContext";

/** Checks P01-P07. */
export function checkPlan(ctx: RuleContext): void {
  const { plan, index, sink, money } = ctx;
  // A Period end before Period start (also P03) is reported while the settings are read.
  const { periodStart, periodEnd, maxMdfShare } = plan.settings;
  const approvedByPartner = new Map<string, Cents>();
  for (const facts of index.tacticFacts) {
    const t = facts.tactic;
    const who = t.partnerId?.text ?? null;
    const name = t.id?.text ?? `row ${t.row}`;
    if (facts.initiative && !facts.initiative.active) {
      sink.add("P01", T.tactics, t.row, "initiativeId", `Tactic ${name} is on initiative ${facts.initiative.id.text}, which is not active`, who);
    }
    if (facts.partner && facts.initiative && !index.jointPairs.has(pairKey(facts.partner.id.key, facts.initiative.id.key))) {
      sink.add("P02", T.tactics, t.row, "initiativeId", `Partner ${facts.partner.id.text} has no Joint Plan row for initiative ${facts.initiative.id.text}: tactic ${name} is outside the agreed overlap`, who);
    }
    if (t.start !== undefined && t.end !== undefined && t.end < t.start) {
      sink.add("P03", T.tactics, t.row, "end", `Tactic ${name} ends ${isoFromDay(t.end)}, before it starts ${isoFromDay(t.start)}`, who);
    }
    const startsEarly = periodStart !== undefined && t.start !== undefined && t.start < periodStart;
    const endsLate = periodEnd !== undefined && t.end !== undefined && t.end > periodEnd;
    if (startsEarly || endsLate) {
      sink.add("P04", T.tactics, t.row, startsEarly ? "start" : "end", `Tactic ${name} runs ${isoFromDay(t.start ?? t.end ?? 0)} to ${isoFromDay(t.end ?? t.start ?? 0)}, outside the plan period`, who);
    }
    if (t.mdfRequested !== undefined && t.totalCost !== undefined) {
      const share = facts.partner?.maxMdfShare ?? maxMdfShare;
      // Exact in integers: requested / cost > bp / 10000.
      if (t.mdfRequested * 10_000 > t.totalCost * share.basisPoints) {
        sink.add("P05", T.tactics, t.row, "mdfRequested", `MDF requested ${money(t.mdfRequested)} is above ${share.basisPoints / 100} % of the total cost ${money(t.totalCost)}`, who);
      }
    }
    if (facts.approved && facts.partner) {
      if (t.mdfRequested !== undefined) {
        const key = facts.partner.id.key;
        approvedByPartner.set(key, (approvedByPartner.get(key) ?? 0) + t.mdfRequested);
      }
      if (!facts.partner.active) {
        sink.add("P07", T.tactics, t.row, "status", `Tactic ${name} is approved but partner ${facts.partner.id.text} is not active`, who);
      }
    }
  }
  for (const p of plan.partners) {
    const requested = approvedByPartner.get(p.id.key);
    if (requested !== undefined && p.mdfBudget !== undefined && requested > p.mdfBudget) {
      sink.add("P06", T.partners, p.row, "mdfBudget", `Approved MDF requested ${money(requested)} is above the MDF budget ${money(p.mdfBudget)} of ${p.id.text}`, p.id.text);
    }
  }
}
