/**
 * The conversion stage of reading (template version 3): every amount of a partner's rows is in
 * that partner's currency (`Partners[Currency]`, blank = the plan's) unless its cell names
 * another; here each becomes plan-currency cents at the rate in force on its row's date (a row
 * without a date: the latest), rounded once, half away from zero. Sums are then made of
 * converted amounts, never rounded again. Rules and figures downstream see plan cents only.
 *
 * A plan where every partner works in the plan currency and no cell names another currency
 * returns at once; otherwise a row of a plan-currency partner costs one comparison.
 *
 * Findings: V10 (no rate for the currency, or none yet on the row's date: the amounts count as
 * absent), V05 (a cell naming a code that is not ISO 4217), V12 (a plan-currency amount on the
 * row of a partner in another currency: used as the plan currency); and the V09 of an amount
 * typed as text restated as its currency counts it (to the whole yen, to the fils of a dinar
 * that converts: textAmounts.ts).
 *
 * `view: "partner"` converts into each row's partner currency instead, for figures shown in the
 * partners' own currencies: then only cells naming another currency convert.
 */
import type { ExchangeRate, JointPlanEntry, Partner } from "../../model/plan";
import { RateBook } from "../../model/rateBook";
import { exponentOf } from "../../model/money";
import { requireTableSpec } from "../../model/schema";
import type { TableName } from "../../model/schema";
import type { FindingSink } from "../findings/findingSink";
import { RowLookup } from "../link/rowLookup";
import type { PlanData } from "../store/planData";
import { CurrencyConverter } from "./currencyConverter";
import { NoteResolver } from "./currencyNotes";
import type { ReadContext } from "./readContext";
import { activityConversions, convertRows, currencyAt } from "./convertRows";
import type { TableConversion } from "./convertRows";
import { restateTextAmounts } from "./textAmounts";
import type { TextAmounts } from "./textAmounts";
import { OwnCopies } from "./ownCopies";
import type { OwnAmounts } from "../store/ownAmounts";

const PARTNERS_SPEC = requireTableSpec("JmpPartners");

/** Which currency figures are made in: the plan's, or each partner's own. */
export type CurrencyView = "plan" | "partner";

/** Converts the plan's amounts (see the module comment); returns `data` itself when nothing needs it. */
export function convertCurrencies(data: PlanData, rates: readonly ExchangeRate[], { notes, fine, texts }: ReadContext, sink: FindingSink, view: CurrencyView = "plan"): PlanData {
  const plan = data.settings.currency.code;
  const foreign = [...new Set(data.partners.map((p) => p.currency).filter((c) => c !== "" && c !== plan))];
  // With every partner in the plan currency, only cells naming another currency need work
  // ("$1,200" in a USD plan needs none), and a plan in yen, whose amounts are whole yen.
  if (foreign.length === 0 && !notes.nameOtherThan(plan) && exponentOf(plan) >= 2) return data;
  const converter = new CurrencyConverter(new RateBook(rates), plan);
  const report = view === "plan" ? sink : null;
  if (report) reportCurrenciesWithoutRate(data.partners, converter, report);
  const partners = new RowLookup(data.partners, data.ids.partners);
  const currencyOfPartner = (position: number): string => (position < 0 ? plan : data.partners[position].currency || plan);
  const resolver = new NoteResolver(converter, notes, report, view, fine);
  // The rules compare a foreign partner's amounts in its own currency: keep them.
  const ownView = view === "plan" && foreign.length > 0 ? new NoteResolver(converter, notes, null, "partner", fine) : undefined;
  const copies = ownView ? new OwnCopies(ownView) : undefined;
  const conversions = activityConversions(data, partners, currencyOfPartner);
  for (const table of conversions) convertRows(table, converter, foreign, resolver, report, view, copies);
  restateTexts(data, conversions, (e) => currencyOfPartner(partners.positionOfId(e.partnerId)), texts, sink, view);
  return {
    ...data,
    partners: data.partners.map((p) => convertPartner(p, resolver, p.currency || plan)),
    jointPlan: data.jointPlan.map((e) => convertJointPlanEntry(e, resolver, currencyOfPartner(partners.positionOfId(e.partnerId)))),
    own: copies && ownView ? ownAmounts(data, copies, ownView, plan) : undefined,
  };
}

/** The V09 of the amounts typed as text, restated where their row's currency counts them otherwise than to the cent (textAmounts.ts). */
function restateTexts(data: PlanData, conversions: readonly TableConversion[], currencyOfEntry: (e: JointPlanEntry) => string, texts: TextAmounts, sink: FindingSink, view: CurrencyView): void {
  const plan = data.settings.currency.code;
  // The small tables' rows by sheet row, made only for a table with text amounts.
  const restate = (table: TableName, currencyOfRow: () => (row: number) => string | undefined) => {
    const amounts = texts.of(table);
    if (amounts.length > 0) restateTextAmounts(amounts, currencyOfRow(), plan, view, sink);
  };
  for (const table of conversions) restate(table.spec.name, () => (row) => currencyAt(table, row));
  restate("JmpPartners", () => byRow(data.partners, (p) => p.currency || plan));
  restate("JmpJointPlan", () => byRow(data.jointPlan, currencyOfEntry));
}

/** The currency of each row of a small table, by sheet row. */
function byRow<T extends { readonly row: number }>(rows: readonly T[], currencyOf: (row: T) => string): (row: number) => string | undefined {
  const currencies = new Map(rows.map((r) => [r.row, currencyOf(r)]));
  return (row) => currencies.get(row);
}

/** The compared amounts in the partners' own currencies (the copies, and each partner's MDF budget as typed). */
function ownAmounts(data: PlanData, copies: OwnCopies, partnerView: NoteResolver, plan: string): OwnAmounts {
  const { tactics: t, allocations: a, claims: c } = data;
  return {
    totalCost: copies.of(t.totalCost),
    mdfRequested: copies.of(t.mdfRequested),
    allocationAmount: copies.of(a.amount),
    amountClaimed: copies.of(c.amountClaimed),
    amountApproved: copies.of(c.amountApproved),
    mdfBudget: Float64Array.from(data.partners, (p) => partnerView.smallCell("JmpPartners", p.row, "mdfBudget", p.mdfBudget, p.currency || plan, p.id) ?? NaN),
  };
}

/** V10 once per partner whose currency has no rate at all (its rows' amounts then count as absent, silently). */
function reportCurrenciesWithoutRate(partners: readonly Partner[], converter: CurrencyConverter, sink: FindingSink): void {
  for (const p of partners) {
    if (p.currency === "" || converter.hasRate(p.currency)) continue;
    sink.add("V10", PARTNERS_SPEC, p.row, "currency", `The Rates table has no rate for ${p.currency}: the amounts of ${p.id.text}'s rows are not counted`, p.id.text);
  }
}

function convertPartner(p: Partner, resolver: NoteResolver, currency: string): Partner {
  const mdfBudget = resolver.smallCell("JmpPartners", p.row, "mdfBudget", p.mdfBudget, currency, p.id);
  return mdfBudget === p.mdfBudget ? p : { ...p, mdfBudget };
}

function convertJointPlanEntry(e: JointPlanEntry, resolver: NoteResolver, currency: string): JointPlanEntry {
  const forecastRevenue = resolver.smallCell("JmpJointPlan", e.row, "forecastRevenue", e.forecastRevenue, currency, e.partnerId);
  const forecastPipeline = resolver.smallCell("JmpJointPlan", e.row, "forecastPipeline", e.forecastPipeline, currency, e.partnerId);
  return forecastRevenue === e.forecastRevenue && forecastPipeline === e.forecastPipeline ? e : { ...e, forecastRevenue, forecastPipeline };
}
