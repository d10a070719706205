/**
 * The typed plan: what the engine reads out of the JMP tables. Every row keeps the sheet row
 * number the user sees so findings and views can point at it. A value that could not be read
 * is `undefined` (it counts as absent, SPEC section 5).
 */
import type { Cents, Currency } from "./money";
import type { Day } from "./dates";
import type { DecimalRate } from "./exchange";
import type { ClaimStatus, OutcomeMetric, TacticStatus } from "./schema";

/** A value that may be absent. */
export type Maybe<T> = T | undefined;

/** A fraction in [0, 1] for a percent column, with its exact basis points. */
export interface Share {
  readonly fraction: number;
  /** Hundredths of a percent, an integer (50 % = 5000), for exact money comparisons. */
  readonly basisPoints: number;
}

/** Where a row sits in the workbook. */
export interface RowRef {
  /** Sheet row number as Excel shows it (1-based). */
  readonly row: number;
}

/** An ID as written (trimmed) and its comparison key. */
export interface Id {
  readonly text: string;
  readonly key: string;
}

export interface Settings {
  readonly planName: string;
  readonly vendor: string;
  readonly periodStart: Maybe<Day>;
  readonly periodEnd: Maybe<Day>;
  readonly currency: Currency;
  readonly maxMdfShare: Share;
  readonly claimWindowDays: number;
  /** The day overdue checks use: the setting, else the analysis option, else today. */
  readonly asOf: Day;
  /** The month (1-12) the fiscal year starts in (January unless set). */
  readonly fiscalYearStart: number;
  /** The `Number format` text is read by (a name of NUMBER_CONVENTIONS; en-US unless set). */
  readonly numberFormat: string;
}

/** A row of the Rates table: what one unit of a currency is worth in the plan currency, from a day on. */
export interface ExchangeRate extends RowRef {
  /** ISO 4217 code, upper case. */
  readonly currency: string;
  readonly rate: DecimalRate;
  /** First day in force; undefined: from the start. */
  readonly validFrom: Maybe<Day>;
}

/**
 * A tactic type of the plan's list (SPEC section 9): a row of the Tactic Types table, or one of
 * the default types when the workbook has no such table or it lists none.
 */
export interface TacticTypeEntry {
  /** As the plan spells it (trimmed). */
  readonly name: string;
  readonly description: string;
  /** Inactive types stay valid for the tactics that have them; new tactics should not use them. */
  readonly active: boolean;
  /** Sheet row in the Tactic Types table; null for a default type. */
  readonly row: number | null;
}

export interface Initiative extends RowRef {
  readonly id: Id;
  readonly name: string;
  readonly objective: string;
  readonly metric: OutcomeMetric;
  readonly target: Maybe<number>;
  readonly owner: string;
  readonly active: boolean;
}

export interface Partner extends RowRef {
  readonly id: Id;
  readonly name: string;
  readonly tier: string;
  readonly region: string;
  readonly mdfBudget: Maybe<Cents>;
  readonly maxMdfShare: Maybe<Share>;
  readonly channelManager: string;
  readonly active: boolean;
  /** ISO 4217 code of the partner's amounts, upper case; "" for the plan currency. */
  readonly currency: string;
  /** The number format of the partner's pack (a NUMBER_CONVENTIONS name); "" for the plan's. */
  readonly numberFormat: string;
}

export interface JointPlanEntry extends RowRef {
  readonly partnerId: Maybe<Id>;
  readonly initiativeId: Maybe<Id>;
  readonly partnerObjective: string;
  readonly forecastRevenue: Maybe<Cents>;
  readonly forecastPipeline: Maybe<Cents>;
  readonly forecastOpportunities: Maybe<number>;
  /**
   * The quarter the row's forecasts are for, as the plan labels it (`FY2027-Q1`); "" for the
   * whole plan period. A label that is no quarter of the plan is kept as written (finding V05).
   */
  readonly period: string;
}

export interface Tactic extends RowRef {
  readonly id: Maybe<Id>;
  readonly partnerId: Maybe<Id>;
  readonly initiativeId: Maybe<Id>;
  /** One of the plan's tactic types, as its list spells it. */
  readonly tacticType: Maybe<string>;
  readonly description: string;
  readonly start: Maybe<Day>;
  readonly end: Maybe<Day>;
  readonly totalCost: Maybe<Cents>;
  readonly mdfRequested: Maybe<Cents>;
  readonly status: Maybe<TacticStatus>;
  readonly expectedPipeline: Maybe<Cents>;
  readonly expectedRevenue: Maybe<Cents>;
}

export interface Allocation extends RowRef {
  readonly id: Maybe<Id>;
  readonly partnerId: Maybe<Id>;
  readonly tacticId: Maybe<Id>;
  readonly amount: Maybe<Cents>;
  readonly authorizedOn: Maybe<Day>;
  readonly authorizedBy: string;
}

export interface Claim extends RowRef {
  readonly id: Maybe<Id>;
  readonly tacticId: Maybe<Id>;
  readonly amountClaimed: Maybe<Cents>;
  readonly amountApproved: Maybe<Cents>;
  readonly submittedOn: Maybe<Day>;
  readonly status: Maybe<ClaimStatus>;
  readonly paidOn: Maybe<Day>;
  readonly proofOfPerformance: string;
}

export interface Outcome extends RowRef {
  readonly id: Maybe<Id>;
  readonly partnerId: Maybe<Id>;
  readonly initiativeId: Maybe<Id>;
  readonly tacticId: Maybe<Id>;
  readonly metric: Maybe<OutcomeMetric>;
  /** As entered: currency units for Revenue and Pipeline, a count otherwise. */
  readonly value: Maybe<number>;
  /** The value in cents for Revenue and Pipeline outcomes. */
  readonly valueCents: Maybe<Cents>;
  readonly date: Maybe<Day>;
  readonly reference: string;
}

/** Where each table was found in the workbook, for links from findings. */
export interface TableLocation {
  readonly sheet: string;
  readonly headerRow: number;
  /** Column letters of each schema column key found in the table. */
  readonly columns: ReadonlyMap<string, string>;
}

/** The whole plan, as read. Rows appear in sheet order. */
export interface Plan {
  readonly settings: Settings;
  /** The tactic types tactics are checked against, in list order. */
  readonly tacticTypes: readonly TacticTypeEntry[];
  readonly initiatives: readonly Initiative[];
  readonly partners: readonly Partner[];
  readonly jointPlan: readonly JointPlanEntry[];
  readonly tactics: readonly Tactic[];
  readonly allocations: readonly Allocation[];
  readonly claims: readonly Claim[];
  readonly outcomes: readonly Outcome[];
  /** The Rates table's readable rows, in sheet order. */
  readonly rates: readonly ExchangeRate[];
  /** Tables found, by table name. */
  readonly locations: ReadonlyMap<string, TableLocation>;
  /** Rows of the large tables left out for repeating an earlier row's own ID (V08), when known. */
  readonly repeats?: RepeatedRows;
}

/**
 * Rows left out of a plan for repeating an earlier row's own ID (V08): their cells as read, so
 * a finding on one can name its IDs. They count in no figure, and their amounts are as typed
 * (in the row's own currency).
 */
export interface RepeatedRows {
  readonly tactics: readonly Tactic[];
  readonly allocations: readonly Allocation[];
  readonly claims: readonly Claim[];
  readonly outcomes: readonly Outcome[];
}
