/**
 * The math of the `JMP.*` functions as pure functions over an `Analysis`: read the arguments,
 * check the plan has the tables the figure needs, resolve the partner and initiative, pick the
 * figures (the totals, a partner's, an initiative's, or a partner's within an initiative) and
 * take the function's measure. No Office here: results are numbers or `FunctionFailure` values.
 */
import type { Analysis, Figures } from "../engine";
import { initiativeTarget } from "../engine/planVsActual";
import { choosePeriods } from "../engine/periodsJson";
import { selectFigures } from "../engine/reportJson";
import type { FigureSource } from "../engine/reportJson";
import { idKey } from "../model/ids";
import { TABLES } from "../model/schema";
import type { TableName } from "../model/schema";
import type { Choice } from "./arguments";
import { fromPlanCurrency, ownCurrencyAnalysis, readCurrency } from "./currencyArgument";
import { readChoice } from "./arguments";
import type { FunctionFailure, FunctionResult } from "./errors";
import { FAILURES, isFailure } from "./errors";
import type { FunctionName, FunctionSpec } from "./functionSpecs";
import { FUNCTION_SPECS } from "./functionSpecs";
import type { Catalogue, PlanDirectory } from "./planDirectory";
import { nameKey, planDirectory } from "./planDirectory";

/** What a call asks for, its arguments read. */
export interface Query {
  readonly spec: FunctionSpec;
  readonly partner: Choice;
  readonly initiative: Choice;
  /** A fiscal quarter or month by its label, or the whole plan. */
  readonly period: Choice;
  /** The currency a money function answers in (ISO 4217, upper case); undefined: the plan's. */
  readonly currency?: string;
}

const ALL: Choice = { all: true };

/** What `JMP.TARGET` and `JMP.TARGETATTAINMENT` need, for their `#VALUE!` message. */
const INITIATIVE_EXPECTED = "an Initiative ID or initiative name (a target is an initiative's)";

/**
 * Reads a call's arguments (`partner`, then `initiative` and `period` for functions that take
 * them, then `currency` for the money functions). Wrong types fail here, before any workbook read, so a `#VALUE!` cell costs nothing.
 */
export function readQuery(name: FunctionName, partnerArg: unknown, initiativeArg?: unknown, periodArg?: unknown, currencyArg?: unknown): Query | FunctionFailure {
  const spec = FUNCTION_SPECS[name];
  const partner = readChoice(partnerArg, "partner");
  if (isFailure(partner)) return partner;
  const initiative = spec.takesInitiative ? readChoice(initiativeArg, "initiative") : ALL;
  if (isFailure(initiative)) return initiative;
  if (spec.initiativeOnly && initiative.all) return FAILURES.wrongArgument("initiative", INITIATIVE_EXPECTED);
  // A target is the initiative's over the whole plan: the period applies to the other functions.
  const period = spec.takesInitiative && !spec.initiativeOnly ? readChoice(periodArg, "period") : ALL;
  if (isFailure(period)) return period;
  const currency = spec.money ? readCurrency(currencyArg) : undefined;
  if (isFailure(currency)) return currency;
  return { spec, partner, initiative, period, currency };
}

const MONTH_LABEL = /^\d{4}-\d{1,2}$/;

/** The figures a period argument selects from: the whole plan, or the quarter or month it names. */
function figureSource(analysis: Analysis, period: Choice): FigureSource | FunctionFailure {
  if (period.all) return analysis;
  const chosen = choosePeriods(analysis, { granularity: MONTH_LABEL.test(period.text) ? "month" : "quarter", label: period.text });
  return "periods" in chosen ? chosen.periods[0] : FAILURES.unknownPeriod(period.text);
}

/** The value of a query over an analysis: a number, or why there is none. */
export function evaluate(analysis: Analysis, query: Query): FunctionResult {
  const directory = planDirectory(analysis);
  const gap = planGap(directory, neededTables(query));
  if (gap) return gap;
  const partner = query.partner.all ? undefined : find(directory.partners, query.partner.text, FAILURES.unknownPartner, FAILURES.ambiguousPartner);
  if (isFailure(partner)) return partner;
  const initiative = query.initiative.all
    ? undefined
    : find(directory.initiatives, query.initiative.text, FAILURES.unknownInitiative, FAILURES.ambiguousInitiative);
  if (isFailure(initiative)) return initiative;

  // A partner asked in its own currency is answered from its rows as typed.
  const own = ownCurrencyAnalysis(analysis, query.currency, partner?.key);
  if (isFailure(own)) return own;
  const source = figureSource(own ?? analysis, query.period);
  if (isFailure(source)) return source;
  const figures: Figures = selectFigures(source, { partnerKey: partner?.key, initiativeKey: initiative?.key }).totals;
  const value = query.spec.measure({
    figures,
    errorCount: () => (partner ? (directory.errorsByPartner.get(partner.key) ?? 0) : directory.errors),
    goal: () => (initiative ? initiativeTarget(analysis, initiative.key) : undefined),
  });
  if (value === null) return FAILURES.undefinedRatio(query.spec.undefinedReason ?? "no value");
  return own ? value : fromPlanCurrency(analysis, value, query.currency);
}

/** Reads the arguments and evaluates in one step (for callers with the analysis at hand). */
export function computeFunction(analysis: Analysis, name: FunctionName, partnerArg?: unknown, initiativeArg?: unknown, periodArg?: unknown, currencyArg?: unknown): FunctionResult {
  const query = readQuery(name, partnerArg, initiativeArg, periodArg, currencyArg);
  return isFailure(query) ? query : evaluate(analysis, query);
}

/**
 * The tables a query's value comes from. Partners resolves partners and makes the totals (a sum
 * over the Partners table); an initiative needs Initiatives, and Tactics to place allocations,
 * claims and outcomes in it. A plain `JMP.ISSUES()` needs no table: it counts what is there.
 */
function neededTables(query: Query): ReadonlySet<TableName> {
  const needed = new Set<TableName>(query.spec.tables);
  if (query.spec.name !== "ISSUES" || !query.partner.all) needed.add("JmpPartners");
  if (!query.initiative.all) {
    needed.add("JmpInitiatives");
    needed.add("JmpTactics");
  }
  return needed;
}

/** Why the plan cannot give the value: no JMP tables at all, or a needed table or column missing. */
function planGap(directory: PlanDirectory, needed: ReadonlySet<TableName>): FunctionFailure | undefined {
  if (directory.noPlan) return FAILURES.noPlan();
  for (const table of TABLES) {
    if (!needed.has(table.name)) continue;
    if (directory.missingTables.has(table.name)) return FAILURES.missingTable(table);
    const column = directory.missingColumns.get(table.name);
    if (column !== undefined) return FAILURES.missingColumn(table, column);
  }
  return undefined;
}

/** Finds an entry by ID first (as the engine compares IDs), then by name. */
function find<T>(
  catalogue: Catalogue<T>,
  typed: string,
  unknown: (typed: string) => FunctionFailure,
  ambiguous: (typed: string) => FunctionFailure,
): T | FunctionFailure {
  const byId = catalogue.byId.get(idKey(typed));
  if (byId) return byId;
  const named = catalogue.byName.get(nameKey(typed));
  if (!named) return unknown(typed);
  return named.length === 1 ? named[0] : ambiguous(typed);
}
