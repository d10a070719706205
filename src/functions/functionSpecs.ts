/**
 * The `JMP.*` functions as data: which figure each returns, in which unit, from which tables,
 * and why it can have no value. The JSDoc wrappers in `functions.ts` and the lookup read this
 * one table, so a function's meaning is stated once.
 */
import type { Figures } from "../engine";
import type { InitiativeTarget } from "../engine/planVsActual";
import { centsToUnits } from "../model/money";
import type { Cents } from "../model/money";
import type { TableName } from "../model/schema";
import { UNDEFINED_REASONS } from "./errors";

/** The functions of a partner (and initiative, and period) selection, by the name Excel shows after `JMP.`. */
export const PARTNER_FUNCTION_NAMES = [
  "ROI",
  "REVENUE",
  "SPEND",
  "AUTHORIZED",
  "COVERAGE",
  "ALIGNMENT",
  "UTILIZATION",
  "PROGRESS",
  "FORECAST",
  "ATTAINMENT",
  "BUDGET",
  "ISSUES",
  "REMAINING",
  "COMMITTED",
  "PAYABLE",
  "PENDING",
] as const;
/** The functions of one initiative: its Target and how far its Metric has come. */
export const INITIATIVE_FUNCTION_NAMES = ["TARGET", "TARGETATTAINMENT"] as const;
/** Every function. */
export const FUNCTION_NAMES = [...PARTNER_FUNCTION_NAMES, ...INITIATIVE_FUNCTION_NAMES] as const;
export type FunctionName = (typeof FUNCTION_NAMES)[number];

/** What a function measures over: the selected figures, and the error count of the selection. */
export interface Target {
  readonly figures: Figures;
  /** Errors among the findings (of the selected partner, when one is selected). */
  errorCount(): number;
  /** The selected initiative's Target and attainment; undefined without an initiative. */
  goal(): InitiativeTarget | undefined;
}

/** One function. */
export interface FunctionSpec {
  readonly name: FunctionName;
  /**
   * Whether the function takes an `initiative` argument after `partner`, and then a `period`
   * (the figure within a fiscal quarter or month). The others take only `partner`.
   */
  readonly takesInitiative: boolean;
  /** Whether its only argument is a required initiative (`JMP.TARGET(initiative)`). */
  readonly initiativeOnly?: boolean;
  /** Tables the value is computed from, besides Partners (always needed to resolve partners). */
  readonly tables: readonly TableName[];
  /** The value in the unit the user gets (currency units, a fraction, a count); null when undefined. */
  readonly measure: (target: Target) => number | null;
  /** Why the value is undefined, for the `#N/A` message; set where `measure` can return null. */
  readonly undefinedReason?: string;
  /** Set on the functions returning money: they take an optional currency code last. */
  readonly money?: boolean;
}

/** Money in currency units, keeping null. */
function units(cents: Cents | null): number | null {
  return cents === null ? null : centsToUnits(cents);
}

const SPECS: readonly FunctionSpec[] = [
  { name: "ROI", takesInitiative: true, tables: ["JmpTactics", "JmpClaims", "JmpOutcomes"], measure: (t) => t.figures.roi, undefinedReason: UNDEFINED_REASONS.noSpend },
  { name: "REVENUE", takesInitiative: true, tables: ["JmpOutcomes"], measure: (t) => units(t.figures.revenue), money: true },
  { name: "SPEND", takesInitiative: true, tables: ["JmpTactics", "JmpClaims"], measure: (t) => units(t.figures.spend), money: true },
  { name: "AUTHORIZED", takesInitiative: true, tables: ["JmpAllocations"], measure: (t) => units(t.figures.authorized), money: true },
  {
    name: "COVERAGE",
    takesInitiative: true,
    tables: ["JmpTactics", "JmpAllocations"],
    measure: (t) => t.figures.coverage,
    undefinedReason: UNDEFINED_REASONS.noRequestedMdf,
  },
  {
    name: "ALIGNMENT",
    takesInitiative: true,
    tables: ["JmpTactics", "JmpAllocations"],
    measure: (t) => t.figures.alignment,
    undefinedReason: UNDEFINED_REASONS.nothingAuthorized,
  },
  {
    name: "UTILIZATION",
    takesInitiative: true,
    tables: ["JmpTactics", "JmpAllocations", "JmpClaims"],
    measure: (t) => t.figures.utilization,
    undefinedReason: UNDEFINED_REASONS.nothingAuthorized,
  },
  {
    name: "PROGRESS",
    takesInitiative: true,
    tables: ["JmpTactics", "JmpClaims"],
    measure: (t) => t.figures.progress,
    undefinedReason: UNDEFINED_REASONS.noApprovedTactics,
  },
  // Every partner, initiative and pair has a forecast (0 when nothing is planned); only tactic
  // types lack one, and no function selects a type.
  { name: "FORECAST", takesInitiative: true, tables: ["JmpJointPlan"], measure: (t) => units(t.figures.forecast), undefinedReason: UNDEFINED_REASONS.noForecast, money: true },
  {
    name: "ATTAINMENT",
    takesInitiative: true,
    tables: ["JmpJointPlan", "JmpOutcomes"],
    measure: (t) => t.figures.attainment,
    undefinedReason: UNDEFINED_REASONS.noForecast,
  },
  // SPEC section 4: the budget is the partner's, with no per-initiative value, so BUDGET takes
  // no initiative. A blank MDF budget is no budget set (SPEC section 9): no value, not 0.
  { name: "BUDGET", takesInitiative: false, tables: [], measure: (t) => units(t.figures.budget), undefinedReason: UNDEFINED_REASONS.noBudget, money: true },
  { name: "ISSUES", takesInitiative: false, tables: [], measure: (t) => t.errorCount() },
  // A Target is typed in its Metric's unit (currency units for Revenue and Pipeline, a count
  // otherwise) and returned as typed.
  { name: "TARGET", takesInitiative: true, initiativeOnly: true, tables: ["JmpInitiatives"], measure: (t) => t.goal()?.target ?? null, undefinedReason: UNDEFINED_REASONS.noTarget },
  {
    name: "TARGETATTAINMENT",
    takesInitiative: true,
    initiativeOnly: true,
    tables: ["JmpInitiatives", "JmpTactics", "JmpClaims", "JmpOutcomes"],
    measure: (t) => t.goal()?.attainment ?? null,
    undefinedReason: UNDEFINED_REASONS.noTarget,
  },
  // Finance. Remaining is Budget - Authorized: like the budget, the partner's alone.
  { name: "REMAINING", takesInitiative: false, tables: ["JmpAllocations"], measure: (t) => units(t.figures.remaining), undefinedReason: UNDEFINED_REASONS.noBudget, money: true },
  { name: "COMMITTED", takesInitiative: true, tables: ["JmpAllocations", "JmpTactics", "JmpClaims"], measure: (t) => units(t.figures.committed), money: true },
  { name: "PAYABLE", takesInitiative: true, tables: ["JmpTactics", "JmpClaims"], measure: (t) => units(t.figures.payable), money: true },
  { name: "PENDING", takesInitiative: true, tables: ["JmpTactics", "JmpClaims"], measure: (t) => units(t.figures.pending), money: true },
];

/** Every function's spec, by name. */
export const FUNCTION_SPECS: Readonly<Record<FunctionName, FunctionSpec>> = Object.fromEntries(SPECS.map((s) => [s.name, s])) as Record<
  FunctionName,
  FunctionSpec
>;
