/**
 * F01-F05: money should back approved tactics one to one, and stay within budget.
 */
import type { Cents } from "../../model/money";
import type { RuleContext } from "./ruleContext";
import { T } from "./ruleContext";

/** Checks F01-F05. */
export function checkFunding(ctx: RuleContext): void {
  const { plan, index, sink, money } = ctx;
  const authorizedByPartner = new Map<string, Cents>();
  plan.allocations.forEach((a, position) => {
    const who = a.partnerId?.text ?? null;
    if (a.partnerId && a.amount !== undefined && index.partners.has(a.partnerId.key)) {
      authorizedByPartner.set(a.partnerId.key, (authorizedByPartner.get(a.partnerId.key) ?? 0) + a.amount);
    }
    if (!a.tacticId) {
      if (a.amount !== undefined) {
        sink.add("F04", T.allocations, a.row, "tacticId", `Allocation ${a.id?.text ?? `on row ${a.row}`} of ${money(a.amount)} is a lump sum tied to no tactic`, who);
      }
      return;
    }
    const facts = index.allocationTactics[position];
    if (facts && !facts.approved) {
      sink.add("F01", T.allocations, a.row, "tacticId", `Tactic ${a.tacticId.text} is ${facts.tactic.status ?? "without a status"}, not approved, yet funds are allocated to it`, who);
    }
  });
  for (const facts of index.tacticFacts) {
    const t = facts.tactic;
    if (!facts.partner) continue;
    const who = facts.partner.id.text;
    const name = t.id?.text ?? `row ${t.row}`;
    const requested = t.mdfRequested;
    if (requested !== undefined && facts.funded > requested) {
      sink.add("F02", T.tactics, t.row, "mdfRequested", `Tactic ${name} is funded ${money(facts.funded)}, above its MDF requested ${money(requested)}`, who);
    }
    if (facts.approved && requested !== undefined && facts.funded < requested) {
      const what = facts.funded === 0 ? "has no funding" : `is funded ${money(facts.funded)} of ${money(requested)} requested`;
      sink.add("F03", T.tactics, t.row, "mdfRequested", `Approved tactic ${name} ${what}`, who);
    }
  }
  for (const p of plan.partners) {
    const authorized = authorizedByPartner.get(p.id.key);
    if (authorized !== undefined && p.mdfBudget !== undefined && authorized > p.mdfBudget) {
      sink.add("F05", T.partners, p.row, "mdfBudget", `Authorized ${money(authorized)} is above the MDF budget ${money(p.mdfBudget)} of ${p.id.text}`, p.id.text);
    }
  }
}
