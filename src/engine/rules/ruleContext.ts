/**
 * What every validation rule receives: the plan data, its links, the sink, a money formatter in
 * the plan currency for messages, and the amounts the funding, claim and budget rules compare.
 */
import { moneyFormat } from "../../model/money";
import type { Cents } from "../../model/money";
import { requireTableSpec } from "../../model/schema";
import type { FindingSink } from "../findings/findingSink";
import type { Links } from "../link/links";
import type { IdDomain } from "../store/idDomain";
import { NO_ID } from "../store/idDomain";
import type { PlanData } from "../store/planData";
import { comparedAmounts } from "./comparedAmounts";
import type { ComparedAmounts } from "./comparedAmounts";

/** Shared inputs of the rules. */
export interface RuleContext {
  readonly data: PlanData;
  readonly links: Links;
  readonly sink: FindingSink;
  /** Formats cents in the plan currency. */
  readonly money: (cents: Cents) => string;
  /** Funding, claims and budgets as the rules compare them: in each partner's own currency. */
  readonly compared: ComparedAmounts;
}

/** Builds the context for one validation run. */
export function ruleContext(data: PlanData, links: Links, sink: FindingSink): RuleContext {
  // Amounts in findings rarely repeat (about 1 in 40 at the SPEC size): no cache of them.
  const money = moneyFormat(data.settings.currency);
  return { data, links, sink, money, compared: comparedAmounts(data, links, money) };
}

/** The table specs the rules report against. */
export const T = {
  settings: requireTableSpec("JmpSettings"),
  initiatives: requireTableSpec("JmpInitiatives"),
  partners: requireTableSpec("JmpPartners"),
  jointPlan: requireTableSpec("JmpJointPlan"),
  tactics: requireTableSpec("JmpTactics"),
  allocations: requireTableSpec("JmpAllocations"),
  claims: requireTableSpec("JmpClaims"),
  outcomes: requireTableSpec("JmpOutcomes"),
} as const;

/** The text of an ID spelling as its row wrote it, or null when the cell held none. */
export function textOf(domain: IdDomain, spelling: number): string | null {
  return spelling === NO_ID ? null : domain.text(spelling);
}

/** How a message names a row: by its own ID, else by its sheet row. */
export function nameOf(idText: string, row: number, prefix = "row"): string {
  return idText === "" ? `${prefix} ${row}` : idText;
}
