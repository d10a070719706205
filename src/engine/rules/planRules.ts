/**
 * P01-P08: tactics must sit inside the agreed plan — active initiatives, the Joint Plan overlap,
 * the plan period, the MDF share cap, the partner's budget (when one is set) and the plan's
 * active tactic types.
 */
import { isoFromDay } from "../../model/dates";
import { NOWHERE, pairSlot } from "../link/links";
import { isPresent } from "../store/activityColumns";
import { TACTIC_DRAFT, TACTIC_SUBMITTED } from "../store/codes";
import type { RuleContext } from "./ruleContext";
import { nameOf, T, textOf } from "./ruleContext";

/** Checks P01-P08. */
export function checkPlan(ctx: RuleContext): void {
  const { data, links, sink, compared } = ctx;
  const { tactics: t, ids, partners, initiatives } = data;
  // A Period end before Period start (also P03) is reported while the settings are read.
  const { periodStart, periodEnd, maxMdfShare } = data.settings;
  const approvedByPartner = new Float64Array(partners.length);
  const requestedByPartner = new Uint8Array(partners.length);
  for (let i = 0; i < t.size; i++) {
    const row = t.row[i];
    const who = textOf(ids.partners, t.partner[i]);
    const name = nameOf(t.idText[i], row);
    const partner = links.tacticPartner[i];
    const initiative = links.tacticInitiative[i];
    if (initiative !== NOWHERE && !initiatives[initiative].active) {
      sink.add("P01", T.tactics, row, "initiativeId", `Tactic ${name} is on initiative ${initiatives[initiative].id.text}, which is not active`, who);
    }
    if (partner !== NOWHERE && initiative !== NOWHERE && !links.jointPairs.has(pairSlot(partner, initiative, initiatives.length))) {
      sink.add("P02", T.tactics, row, "initiativeId", `Partner ${partners[partner].id.text} has no Joint Plan row for initiative ${initiatives[initiative].id.text}: tactic ${name} is outside the agreed overlap`, who);
    }
    // Absent dates are NaN, so a comparison with one is false: no finding.
    const start = t.start[i];
    const end = t.end[i];
    if (end < start) {
      sink.add("P03", T.tactics, row, "end", `Tactic ${name} ends ${isoFromDay(end)}, before it starts ${isoFromDay(start)}`, who);
    }
    const startsEarly = periodStart !== undefined && start < periodStart;
    const endsLate = periodEnd !== undefined && end > periodEnd;
    if (startsEarly || endsLate) {
      const from = isPresent(start) ? start : end;
      const to = isPresent(end) ? end : start;
      sink.add("P04", T.tactics, row, startsEarly ? "start" : "end", `Tactic ${name} runs ${isoFromDay(from)} to ${isoFromDay(to)}, outside the plan period`, who);
    }
    // Compared as the partner typed them (comparedAmounts.ts).
    const requested = compared.mdfRequested[i];
    const cost = compared.totalCost[i];
    if (isPresent(requested) && isPresent(cost)) {
      const share = (partner !== NOWHERE ? partners[partner].maxMdfShare : undefined) ?? maxMdfShare;
      // Exact in integers: requested / cost > bp / 10000.
      if (requested * 10_000 > cost * share.basisPoints) {
        // The most MDF the share allows, in whole cents: requested <= it exactly when within the share.
        const cap = Math.floor((cost * share.basisPoints) / 10_000);
        const own = (cents: number) => compared.money(cents, partner);
        sink.add("P05", T.tactics, row, "mdfRequested", `MDF requested ${own(requested)} is above ${share.basisPoints / 100} % of the total cost ${own(cost)}`, who, requested, cap, compared.currencyOf(partner));
      }
    }
    if (links.approved[i] === 1 && partner !== NOWHERE) {
      if (isPresent(requested)) {
        approvedByPartner[partner] += requested;
        requestedByPartner[partner] = 1;
      }
      if (!partners[partner].active) {
        sink.add("P07", T.tactics, row, "status", `Tactic ${name} is approved but partner ${partners[partner].id.text} is not active`, who);
      }
    }
  }
  partners.forEach((p, position) => {
    const requested = approvedByPartner[position];
    const budget = compared.budget(position);
    if (requestedByPartner[position] === 1 && requested > budget) {
      const own = (cents: number) => compared.money(cents, position);
      sink.add("P06", T.partners, p.row, "mdfBudget", `Approved MDF requested ${own(requested)} is above the MDF budget ${own(budget)} of ${p.id.text}`, p.id.text, requested, budget, compared.currencyOf(position));
    }
  });
  checkInactiveTypes(ctx);
}

/**
 * P08: an inactive tactic type is kept for the tactics that have it, so past plans keep their
 * figures, but a tactic still being planned (Draft or Submitted) should take an active one.
 */
function checkInactiveTypes(ctx: RuleContext): void {
  const { data, sink } = ctx;
  const { tactics: t, ids, tacticTypes } = data;
  // Most plans retire no type: then there is nothing to look at.
  if (tacticTypes.every((type) => type.active)) return;
  const inactive = Uint8Array.from(tacticTypes, (type) => (type.active ? 0 : 1));
  for (let i = 0; i < t.size; i++) {
    const type = t.tacticType[i];
    const status = t.status[i];
    if (type < 0 || inactive[type] === 0 || (status !== TACTIC_DRAFT && status !== TACTIC_SUBMITTED)) continue;
    const row = t.row[i];
    sink.add("P08", T.tactics, row, "tacticType", `Tactic ${nameOf(t.idText[i], row)} has the tactic type ${tacticTypes[type].name}, which is not active; choose an active type`, textOf(ids.partners, t.partner[i]));
  }
}
