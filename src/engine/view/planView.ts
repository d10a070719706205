/**
 * The row-record `Plan` hosts and views read, built from the engine's plan data. The large
 * tables become records only when something asks for them (a view listing allocations, a
 * test), so an analysis that only needs findings and figures never pays for them.
 */
import { idKey } from "../../model/ids";
import type { Allocation, Claim, Id, Maybe, Outcome, Plan, RepeatedRows, Tactic } from "../../model/plan";
import { CLAIM_STATUSES, OUTCOME_METRICS, TACTIC_STATUSES } from "../../model/schema";
import { outcomeCentsAt } from "../link/links";
import { NO_CODE } from "../store/activityColumns";
import type { PlanData } from "../store/planData";

/** An absent number (NaN) as undefined. */
function maybe(value: number): Maybe<number> {
  return value === value ? value : undefined;
}

/** A row's own ID record, from its text ("" for none). */
function ownId(text: string): Maybe<Id> {
  return text === "" ? undefined : { text, key: idKey(text) };
}

/** An enum code as its value, or undefined. */
function valueOf<T>(values: readonly T[], code: number): Maybe<T> {
  return code === NO_CODE ? undefined : values[code];
}

/** Builds `n` records with `make` from row `from` on, in table order. */
function rows<T>(from: number, n: number, make: (i: number) => T): T[] {
  const out = new Array<T>(n);
  for (let i = 0; i < n; i++) out[i] = make(from + i);
  return out;
}

/** The rows of the large tables left out for repeating an earlier row's own ID, as records. */
function repeatedRows(data: PlanData): RepeatedRows {
  const { tactics: t, allocations: a, claims: c, outcomes: o } = data;
  return {
    tactics: tacticRows(data, t.size, t.leftOut),
    allocations: allocationRows(data, a.size, a.leftOut),
    claims: claimRows(data, c.size, c.leftOut),
    outcomes: outcomeRows(data, o.size, o.leftOut),
  };
}

/** Tactic records of rows `from` to `from + n - 1` of the columns. */
function tacticRows({ tactics: t, ids, tacticTypes }: PlanData, from = 0, n = t.size): Tactic[] {
  const types = tacticTypes.map((type) => type.name);
  return rows(from, n, (i) => ({
    row: t.row[i],
    id: ownId(t.idText[i]),
    partnerId: ids.partners.maybeId(t.partner[i]),
    initiativeId: ids.initiatives.maybeId(t.initiative[i]),
    tacticType: valueOf(types, t.tacticType[i]),
    description: t.description[i],
    start: maybe(t.start[i]),
    end: maybe(t.end[i]),
    totalCost: maybe(t.totalCost[i]),
    mdfRequested: maybe(t.mdfRequested[i]),
    status: valueOf(TACTIC_STATUSES, t.status[i]),
    expectedPipeline: maybe(t.expectedPipeline[i]),
    expectedRevenue: maybe(t.expectedRevenue[i]),
  }));
}

function allocationRows({ allocations: a, ids }: PlanData, from = 0, n = a.size): Allocation[] {
  return rows(from, n, (i) => ({
    row: a.row[i],
    id: ownId(a.idText[i]),
    partnerId: ids.partners.maybeId(a.partner[i]),
    tacticId: ids.tactics.maybeId(a.tactic[i]),
    amount: maybe(a.amount[i]),
    authorizedOn: maybe(a.authorizedOn[i]),
    authorizedBy: a.authorizedBy[i],
  }));
}

function claimRows({ claims: c, ids }: PlanData, from = 0, n = c.size): Claim[] {
  return rows(from, n, (i) => ({
    row: c.row[i],
    id: ownId(c.idText[i]),
    tacticId: ids.tactics.maybeId(c.tactic[i]),
    amountClaimed: maybe(c.amountClaimed[i]),
    amountApproved: maybe(c.amountApproved[i]),
    submittedOn: maybe(c.submittedOn[i]),
    status: valueOf(CLAIM_STATUSES, c.status[i]),
    paidOn: maybe(c.paidOn[i]),
    proofOfPerformance: c.proofOfPerformance[i],
  }));
}

function outcomeRows(data: PlanData, from = 0, n = data.outcomes.size): Outcome[] {
  const { outcomes: o, ids } = data;
  return rows(from, n, (i) => ({
    row: o.row[i],
    id: ownId(o.idText[i]),
    partnerId: ids.partners.maybeId(o.partner[i]),
    initiativeId: ids.initiatives.maybeId(o.initiative[i]),
    tacticId: ids.tactics.maybeId(o.tactic[i]),
    metric: valueOf(OUTCOME_METRICS, o.metric[i]),
    value: maybe(o.value[i]),
    valueCents: maybe(outcomeCentsAt(data, i)),
    date: maybe(o.date[i]),
    reference: o.reference[i],
  }));
}

/** The plan as row records; the large tables are built on first access and then kept. */
export function planView(data: PlanData): Plan {
  let tactics: Tactic[] | undefined;
  let allocations: Allocation[] | undefined;
  let claims: Claim[] | undefined;
  let outcomes: Outcome[] | undefined;
  let repeats: RepeatedRows | undefined;
  return {
    settings: data.settings,
    tacticTypes: data.tacticTypes,
    initiatives: data.initiatives,
    partners: data.partners,
    jointPlan: data.jointPlan,
    get tactics() {
      return (tactics ??= tacticRows(data));
    },
    get allocations() {
      return (allocations ??= allocationRows(data));
    },
    get claims() {
      return (claims ??= claimRows(data));
    },
    get outcomes() {
      return (outcomes ??= outcomeRows(data));
    },
    get repeats() {
      return (repeats ??= repeatedRows(data));
    },
    rates: data.rates,
    locations: data.locations,
  };
}
