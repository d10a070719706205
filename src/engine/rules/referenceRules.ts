/**
 * R01-R05: every ID that points into another table must find its row, and a row tied to a
 * tactic must agree with the tactic's partner and initiative.
 */
import { NOWHERE } from "../link/links";
import { NO_ID } from "../store/idDomain";
import type { RuleContext } from "./ruleContext";
import { T, textOf } from "./ruleContext";

const unknownPartnerMessage = (text: string): string => `Partner ID ${text} is not in the Partners table`;
const unknownInitiativeMessage = (text: string): string => `Initiative ID ${text} is not in the Initiatives table`;
const unknownTacticMessage = (text: string): string => `Tactic ID ${text} is not in the Tactics table`;

/** Checks R01-R05 on every table that references another. */
export function checkReferences(ctx: RuleContext): void {
  checkJointPlan(ctx);
  checkTactics(ctx);
  checkAllocations(ctx);
  checkClaims(ctx);
  checkOutcomes(ctx);
}

function checkJointPlan({ data, links, sink }: RuleContext): void {
  data.jointPlan.forEach((j, i) => {
    const partner = j.partnerId?.text ?? null;
    if (j.partnerId && links.jointPlanPartner[i] === NOWHERE) sink.add("R01", T.jointPlan, j.row, "partnerId", unknownPartnerMessage(j.partnerId.text), partner);
    if (j.initiativeId && links.jointPlanInitiative[i] === NOWHERE) sink.add("R02", T.jointPlan, j.row, "initiativeId", unknownInitiativeMessage(j.initiativeId.text), partner);
  });
}

function checkTactics({ data, links, sink }: RuleContext): void {
  const { tactics, ids } = data;
  for (let t = 0; t < tactics.size; t++) {
    const partner = tactics.partner[t];
    const initiative = tactics.initiative[t];
    if (partner !== NO_ID && links.tacticPartner[t] === NOWHERE) sink.add("R01", T.tactics, tactics.row[t], "partnerId", unknownPartnerMessage(ids.partners.text(partner)), ids.partners.text(partner));
    if (initiative !== NO_ID && links.tacticInitiative[t] === NOWHERE) sink.add("R02", T.tactics, tactics.row[t], "initiativeId", unknownInitiativeMessage(ids.initiatives.text(initiative)), textOf(ids.partners, partner));
  }
}

function checkAllocations({ data, links, sink }: RuleContext): void {
  const { allocations: a, tactics, ids } = data;
  for (let i = 0; i < a.size; i++) {
    const partner = a.partner[i];
    const who = textOf(ids.partners, partner);
    if (partner !== NO_ID && !links.partners.has(partner)) sink.add("R01", T.allocations, a.row[i], "partnerId", unknownPartnerMessage(ids.partners.text(partner)), who);
    const tactic = a.tactic[i];
    if (tactic === NO_ID) continue;
    const t = links.allocationTactic[i];
    if (t === NOWHERE) {
      sink.add("R03", T.allocations, a.row[i], "tacticId", unknownTacticMessage(ids.tactics.text(tactic)), who);
      continue;
    }
    const tacticPartner = tactics.partner[t];
    if (partner !== NO_ID && tacticPartner !== NO_ID && ids.partners.key(partner) !== ids.partners.key(tacticPartner)) {
      sink.add("R04", T.allocations, a.row[i], "partnerId", `Partner ID ${ids.partners.text(partner)} differs from tactic ${ids.tactics.text(tactic)}'s partner ${ids.partners.text(tacticPartner)}; the allocation does not fund it`, who);
    }
  }
}

function checkClaims({ data, links, sink }: RuleContext): void {
  const { claims: c, ids } = data;
  for (let i = 0; i < c.size; i++) {
    if (c.tactic[i] !== NO_ID && links.claimTactic[i] === NOWHERE) sink.add("R03", T.claims, c.row[i], "tacticId", unknownTacticMessage(ids.tactics.text(c.tactic[i])));
  }
}

function checkOutcomes({ data, links, sink }: RuleContext): void {
  const { outcomes: o, tactics, ids } = data;
  for (let i = 0; i < o.size; i++) {
    const row = o.row[i];
    const partner = o.partner[i];
    const initiative = o.initiative[i];
    const who = textOf(ids.partners, partner);
    if (partner !== NO_ID && !links.partners.has(partner)) sink.add("R01", T.outcomes, row, "partnerId", unknownPartnerMessage(ids.partners.text(partner)), who);
    if (initiative !== NO_ID && !links.initiatives.has(initiative)) sink.add("R02", T.outcomes, row, "initiativeId", unknownInitiativeMessage(ids.initiatives.text(initiative)), who);
    const tactic = o.tactic[i];
    if (tactic === NO_ID) continue;
    const t = links.outcomeTactic[i];
    if (t === NOWHERE) {
      sink.add("R03", T.outcomes, row, "tacticId", unknownTacticMessage(ids.tactics.text(tactic)), who);
      continue;
    }
    const tacticPartner = tactics.partner[t];
    const tacticInitiative = tactics.initiative[t];
    if (partner !== NO_ID && tacticPartner !== NO_ID && ids.partners.key(partner) !== ids.partners.key(tacticPartner)) {
      sink.add("R04", T.outcomes, row, "partnerId", `Partner ID ${ids.partners.text(partner)} differs from tactic ${ids.tactics.text(tactic)}'s partner ${ids.partners.text(tacticPartner)}`, who);
    }
    if (initiative !== NO_ID && tacticInitiative !== NO_ID && ids.initiatives.key(initiative) !== ids.initiatives.key(tacticInitiative)) {
      sink.add("R05", T.outcomes, row, "initiativeId", `Initiative ID ${ids.initiatives.text(initiative)} differs from tactic ${ids.tactics.text(tactic)}'s initiative ${ids.initiatives.text(tacticInitiative)}`, who);
    }
  }
}
