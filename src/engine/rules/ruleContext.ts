/**
 * What every validation rule receives: the plan data, its links, the sink and a money
 * formatter in the plan currency for messages.
 */
import { moneyFormat } from "../../model/money";
import type { Cents } from "../../model/money";
import { requireTableSpec } from "../../model/schema";
import type { FindingSink } from "../findings/findingSink";
import type { Links } from "../link/links";
import type { IdDomain } from "../store/idDomain";
import { NO_ID } from "../store/idDomain";
import type { PlanData } from "../store/planData";

/** Shared inputs of the rules. */
export interface RuleContext {
  readonly data: PlanData;
  readonly links: Links;
  readonly sink: FindingSink;
  /** Formats cents in the plan currency. */
  readonly money: (cents: Cents) => string;
}

/** Builds the context for one validation run. */
export function ruleContext(data: PlanData, links: Links, sink: FindingSink): RuleContext {
  // Amounts in findings rarely repeat (about 1 in 40 at the SPEC size): no cache of them.
  return { data, links, sink, money: moneyFormat(data.settings.currency) };
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
