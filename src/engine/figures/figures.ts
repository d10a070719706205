/**
 * The metrics of SPEC section 4 as one record, and how sums become ratios. Money is in cents;
 * a ratio whose denominator is zero is null (undefined in the spec's words).
 */
import type { Cents } from "../../model/money";

/** Every metric of SPEC section 4 for one group (a partner, an initiative, a type, the total). */
export interface Figures {
  /**
   * MDF budget; null where the spec gives no value (initiatives, tactic types) and where no
   * partner of the group has a budget set (a blank MDF budget is no budget, not a budget of 0).
   */
  readonly budget: Cents | null;
  readonly requested: Cents;
  readonly authorized: Cents;
  readonly aligned: Cents;
  readonly coverage: number | null;
  readonly alignment: number | null;
  readonly spend: Cents;
  readonly paid: Cents;
  readonly utilization: number | null;
  readonly progress: number | null;
  readonly revenue: Cents;
  readonly pipeline: Cents;
  readonly opportunities: number;
  readonly leads: number;
  readonly deals: number;
  /** Joint Plan forecast revenue; null for tactic types (the Joint Plan has no type). */
  readonly forecast: Cents | null;
  readonly attainment: number | null;
  readonly roi: number | null;
  readonly costPerOpportunity: Cents | null;
  readonly overdueClaims: number;
  /** Funds at risk: approved tactics' funding not claimed once End + claim window has passed. */
  readonly unclaimedAfterWindow: Cents;
  /** Approved tactics (the denominator of Progress). */
  readonly approvedTactics: number;
  /** Approved tactics with at least one counted claim (the numerator of Progress). */
  readonly claimedTactics: number;
  /** Budget - Authorized: MDF still available; null without a budget. */
  readonly remaining: Cents | null;
  /** Authorized - Paid: MDF promised and not yet paid out. */
  readonly committed: Cents;
  /** Counted claims not yet Paid (Spend - Paid): approved and owed. */
  readonly payable: Cents;
  /** Amount claimed of Submitted claims: asked for, not yet decided. */
  readonly pending: Cents;
  /** Open (Submitted or Approved) claims by days since Submitted on at As of. */
  readonly openClaimsByAge: OpenClaimsByAge;
}

/**
 * Open claims — Submitted or Approved, so filed and not yet paid — by their age in days from
 * Submitted on to As of: a Submitted claim counts its Amount claimed, an Approved one its value.
 * A claim with no Submitted on has no age and is in no bucket; one dated after As of is 0 days old.
 */
export interface OpenClaimsByAge {
  readonly days0To30: Cents;
  readonly days31To60: Cents;
  readonly days61To90: Cents;
  readonly over90Days: Cents;
}

/** The sums a group accumulates before ratios are taken. Mutable while the engine sums. */
export interface Sums {
  budget: Cents;
  requested: Cents;
  authorized: Cents;
  aligned: Cents;
  spend: Cents;
  paid: Cents;
  revenue: Cents;
  pipeline: Cents;
  opportunities: number;
  leads: number;
  deals: number;
  forecast: Cents;
  overdueClaims: number;
  unclaimedAfterWindow: Cents;
  approvedTactics: number;
  claimedTactics: number;
  /** Partners of the group whose MDF budget is set: the budget is null when there are none. */
  budgetsSet: number;
  /**
   * The budgets set less what was authorized to those same partners: Remaining. Not Budget -
   * Authorized for a group some of whose partners have no budget (the total): their
   * authorizations come out of no budget.
   */
  budgetLeft: Cents;
  pending: Cents;
  open0To30: Cents;
  open31To60: Cents;
  open61To90: Cents;
  openOver90: Cents;
}

/** A group's sums, all zero. */
export function emptySums(): Sums {
  return {
    budget: 0,
    requested: 0,
    authorized: 0,
    aligned: 0,
    spend: 0,
    paid: 0,
    revenue: 0,
    pipeline: 0,
    opportunities: 0,
    leads: 0,
    deals: 0,
    forecast: 0,
    overdueClaims: 0,
    unclaimedAfterWindow: 0,
    approvedTactics: 0,
    claimedTactics: 0,
    budgetsSet: 0,
    budgetLeft: 0,
    pending: 0,
    open0To30: 0,
    open31To60: 0,
    open61To90: 0,
    openOver90: 0,
  };
}

/** a / b, or null when b is zero. */
export function ratio(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

/** Which of budget and forecast a kind of group has. */
export interface GroupKind {
  readonly hasBudget: boolean;
  readonly hasForecast: boolean;
}

/** Partners (and the total) have both. */
export const PARTNER_KIND: GroupKind = { hasBudget: true, hasForecast: true };
/** Initiatives, and partners restricted to an initiative: a forecast, no budget. */
export const INITIATIVE_KIND: GroupKind = { hasBudget: false, hasForecast: true };
/** Tactic types: neither. */
export const TYPE_KIND: GroupKind = { hasBudget: false, hasForecast: false };

/** Turns sums into figures: the ratios of SPEC section 4, null where undefined. */
export function toFigures(s: Sums, kind: GroupKind): Figures {
  const forecast = kind.hasForecast ? s.forecast : null;
  const budget = kind.hasBudget && s.budgetsSet > 0 ? s.budget : null;
  return {
    budget,
    requested: s.requested,
    authorized: s.authorized,
    aligned: s.aligned,
    coverage: ratio(s.aligned, s.requested),
    alignment: ratio(s.aligned, s.authorized),
    spend: s.spend,
    paid: s.paid,
    utilization: ratio(s.spend, s.authorized),
    progress: ratio(s.claimedTactics, s.approvedTactics),
    revenue: s.revenue,
    pipeline: s.pipeline,
    opportunities: s.opportunities,
    leads: s.leads,
    deals: s.deals,
    forecast,
    attainment: forecast === null ? null : ratio(s.revenue, forecast),
    roi: ratio(s.revenue - s.spend, s.spend),
    costPerOpportunity: s.opportunities === 0 ? null : Math.round(s.spend / s.opportunities),
    overdueClaims: s.overdueClaims,
    unclaimedAfterWindow: s.unclaimedAfterWindow,
    approvedTactics: s.approvedTactics,
    claimedTactics: s.claimedTactics,
    remaining: budget === null ? null : s.budgetLeft,
    committed: s.authorized - s.paid,
    payable: s.spend - s.paid,
    pending: s.pending,
    openClaimsByAge: { days0To30: s.open0To30, days31To60: s.open31To60, days61To90: s.open61To90, over90Days: s.openOver90 },
  };
}
