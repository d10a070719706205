/**
 * One function per small JMP table (Initiatives, Partners, Joint Plan) that turns the current
 * row of a CellReader into a typed row. The large tables are read into columns instead
 * (activityReaders.ts). The column keys are the schema's (src/model/schema.ts).
 */
import type { Initiative, JointPlanEntry, Partner } from "../../model/plan";
import type { OutcomeMetric } from "../../model/schema";
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
    currency: r.currencyCode(c.currency),
    numberFormat: r.enumValue<string>(c.numberFormat) ?? "",
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
    period: r.text(c.period),
  };
}
