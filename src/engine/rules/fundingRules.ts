/**
 * F01-F05: money should back approved tactics one to one, and stay within budget.
 */
import { TACTIC_STATUSES } from "../../model/schema";
import { NOWHERE } from "../link/links";
import { isPresent, NO_CODE } from "../store/activityColumns";
import { NO_ID } from "../store/idDomain";
import type { RuleContext } from "./ruleContext";
import { nameOf, T, textOf } from "./ruleContext";

/** How a message names a tactic's status. */
export function tacticStatusText(code: number): string {
  return code === NO_CODE ? "without a status" : TACTIC_STATUSES[code];
}

/** Checks F01-F05. */
export function checkFunding(ctx: RuleContext): void {
  const { data, links, sink, compared } = ctx;
  const { allocations: a, tactics: t, ids, partners } = data;
  const authorized = new Float64Array(partners.length);
  const hasAuthorized = new Uint8Array(partners.length);
  for (let i = 0; i < a.size; i++) {
    const row = a.row[i];
    const who = textOf(ids.partners, a.partner[i]);
    const partner = links.partners.positionOf(a.partner[i]);
    // The budget is compared in the partner's currency (comparedAmounts.ts).
    const own = compared.allocationAmount[i];
    if (partner !== NOWHERE && isPresent(own)) {
      authorized[partner] += own;
      hasAuthorized[partner] = 1;
    }
    const tactic = a.tactic[i];
    if (tactic === NO_ID) {
      // In the partner's currency, as its other money findings.
      if (isPresent(own)) sink.add("F04", T.allocations, row, "tacticId", `Allocation ${nameOf(a.idText[i], row, "on row")} of ${compared.money(own, partner)} is a lump sum tied to no tactic`, who, own, undefined, compared.currencyOf(partner));
      continue;
    }
    const at = links.allocationTactic[i];
    if (at !== NOWHERE && links.approved[at] === 0) {
      sink.add("F01", T.allocations, row, "tacticId", `Tactic ${ids.tactics.text(tactic)} is ${tacticStatusText(t.status[at])}, not approved, yet funds are allocated to it`, who);
    }
  }
  for (let i = 0; i < t.size; i++) {
    const partner = links.tacticPartner[i];
    if (partner === NOWHERE) continue;
    const who = partners[partner].id.text;
    const name = nameOf(t.idText[i], t.row[i]);
    const requested = compared.mdfRequested[i];
    const funded = compared.funded[i];
    if (funded > requested) {
      const own = (cents: number) => compared.money(cents, partner);
      sink.add("F02", T.tactics, t.row[i], "mdfRequested", `Tactic ${name} is funded ${own(funded)}, above its MDF requested ${own(requested)}`, who, funded, requested, compared.currencyOf(partner));
    }
    if (links.approved[i] === 1 && funded < requested) {
      const own = (cents: number) => compared.money(cents, partner);
      const what = funded === 0 ? "has no funding" : `is funded ${own(funded)} of ${own(requested)} requested`;
      sink.add("F03", T.tactics, t.row[i], "mdfRequested", `Approved tactic ${name} ${what}`, who, funded, requested, compared.currencyOf(partner));
    }
  }
  partners.forEach((p, position) => {
    const budget = compared.budget(position);
    if (hasAuthorized[position] === 1 && authorized[position] > budget) {
      const own = (cents: number) => compared.money(cents, position);
      sink.add("F05", T.partners, p.row, "mdfBudget", `Authorized ${own(authorized[position])} is above the MDF budget ${own(budget)} of ${p.id.text}`, p.id.text, authorized[position], budget, compared.currencyOf(position));
    }
  });
}
