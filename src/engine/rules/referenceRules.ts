/**
 * R01-R05: every ID that points into another table must find its row, and a row tied to a
 * tactic must agree with the tactic's partner and initiative.
 */
import type { Id, Maybe } from "../../model/plan";
import type { TableSpec } from "../../model/schema";
import type { RuleContext } from "./ruleContext";
import { T } from "./ruleContext";

function unknownPartner(ctx: RuleContext, table: TableSpec, row: number, id: Maybe<Id>): void {
  if (id && !ctx.index.partners.has(id.key)) {
    ctx.sink.add("R01", table, row, "partnerId", `Partner ID ${id.text} is not in the Partners table`, id.text);
  }
}

function unknownInitiative(ctx: RuleContext, table: TableSpec, row: number, id: Maybe<Id>, partner: Maybe<Id>): void {
  if (id && !ctx.index.initiatives.has(id.key)) {
    ctx.sink.add("R02", table, row, "initiativeId", `Initiative ID ${id.text} is not in the Initiatives table`, partner?.text ?? null);
  }
}

/** Checks R01-R05 on every table that references another. */
export function checkReferences(ctx: RuleContext): void {
  const { plan, index, sink } = ctx;
  for (const j of plan.jointPlan) {
    unknownPartner(ctx, T.jointPlan, j.row, j.partnerId);
    unknownInitiative(ctx, T.jointPlan, j.row, j.initiativeId, j.partnerId);
  }
  for (const t of plan.tactics) {
    unknownPartner(ctx, T.tactics, t.row, t.partnerId);
    unknownInitiative(ctx, T.tactics, t.row, t.initiativeId, t.partnerId);
  }
  plan.allocations.forEach((a, position) => {
    unknownPartner(ctx, T.allocations, a.row, a.partnerId);
    if (!a.tacticId) return;
    const facts = index.allocationTactics[position];
    if (!facts) {
      sink.add("R03", T.allocations, a.row, "tacticId", `Tactic ID ${a.tacticId.text} is not in the Tactics table`, a.partnerId?.text ?? null);
    } else if (a.partnerId && facts.tactic.partnerId && a.partnerId.key !== facts.tactic.partnerId.key) {
      sink.add("R04", T.allocations, a.row, "partnerId", `Partner ID ${a.partnerId.text} differs from tactic ${a.tacticId.text}'s partner ${facts.tactic.partnerId.text}; the allocation does not fund it`, a.partnerId.text);
    }
  });
  plan.claims.forEach((c, position) => {
    if (c.tacticId && !index.claimTactics[position]) {
      sink.add("R03", T.claims, c.row, "tacticId", `Tactic ID ${c.tacticId.text} is not in the Tactics table`);
    }
  });
  plan.outcomes.forEach((o, position) => {
    unknownPartner(ctx, T.outcomes, o.row, o.partnerId);
    unknownInitiative(ctx, T.outcomes, o.row, o.initiativeId, o.partnerId);
    if (!o.tacticId) return;
    const facts = index.outcomeTactics[position];
    const partner = o.partnerId?.text ?? null;
    if (!facts) {
      sink.add("R03", T.outcomes, o.row, "tacticId", `Tactic ID ${o.tacticId.text} is not in the Tactics table`, partner);
      return;
    }
    const tactic = facts.tactic;
    if (o.partnerId && tactic.partnerId && o.partnerId.key !== tactic.partnerId.key) {
      sink.add("R04", T.outcomes, o.row, "partnerId", `Partner ID ${o.partnerId.text} differs from tactic ${o.tacticId.text}'s partner ${tactic.partnerId.text}`, partner);
    }
    if (o.initiativeId && tactic.initiativeId && o.initiativeId.key !== tactic.initiativeId.key) {
      sink.add("R05", T.outcomes, o.row, "initiativeId", `Initiative ID ${o.initiativeId.text} differs from tactic ${o.tacticId.text}'s initiative ${tactic.initiativeId.text}`, partner);
    }
  });
}
