/**
 * Figures as the JSON report gives them (SPEC section 6): money in currency units (at most two
 * decimals), ratios as fractions, null where undefined.
 */
import { centsToUnits } from "../model/money";
import type { Cents } from "../model/money";
import type { Figures } from "./figures/figures";

/** Figures as JSON: the camelCase metric names of SPEC section 4. */
export interface FiguresJson {
  budget: number | null;
  requested: number;
  authorized: number;
  aligned: number;
  coverage: number | null;
  alignment: number | null;
  spend: number;
  paid: number;
  utilization: number | null;
  progress: number | null;
  revenue: number;
  pipeline: number;
  opportunities: number;
  leads: number;
  deals: number;
  forecast: number | null;
  attainment: number | null;
  roi: number | null;
  costPerOpportunity: number | null;
  overdueClaims: number;
  unclaimedAfterWindow: number;
  remaining: number | null;
  committed: number;
  payable: number;
  pending: number;
  openClaimsByAge: { days0To30: number; days31To60: number; days61To90: number; over90Days: number };
}

const units = (cents: Cents): number => centsToUnits(cents);
const unitsOrNull = (cents: Cents | null): number | null => (cents === null ? null : centsToUnits(cents));

/** Figures in report units. */
export function figuresJson(f: Figures): FiguresJson {
  return {
    budget: unitsOrNull(f.budget),
    requested: units(f.requested),
    authorized: units(f.authorized),
    aligned: units(f.aligned),
    coverage: f.coverage,
    alignment: f.alignment,
    spend: units(f.spend),
    paid: units(f.paid),
    utilization: f.utilization,
    progress: f.progress,
    revenue: units(f.revenue),
    pipeline: units(f.pipeline),
    opportunities: f.opportunities,
    leads: f.leads,
    deals: f.deals,
    forecast: unitsOrNull(f.forecast),
    attainment: f.attainment,
    roi: f.roi,
    costPerOpportunity: unitsOrNull(f.costPerOpportunity),
    overdueClaims: f.overdueClaims,
    unclaimedAfterWindow: units(f.unclaimedAfterWindow),
    remaining: unitsOrNull(f.remaining),
    committed: units(f.committed),
    payable: units(f.payable),
    pending: units(f.pending),
    openClaimsByAge: {
      days0To30: units(f.openClaimsByAge.days0To30),
      days31To60: units(f.openClaimsByAge.days31To60),
      days61To90: units(f.openClaimsByAge.days61To90),
      over90Days: units(f.openClaimsByAge.over90Days),
    },
  };
}

/** Figures as JSON where money may be unknown (null): a partner's own currency without a rate. */
export type FiguresOrUnknownJson = {
  [K in keyof FiguresJson]: K extends "openClaimsByAge" ? { [A in keyof FiguresJson[K]]: number | null } : FiguresJson[K] | null;
};

/**
 * Figures whose money cannot be known (a partner in its own currency, which has no rate: its
 * rows count nowhere): every amount null, and the ratios of amounts with them; the counts and
 * Progress (a share of tactics) as they are.
 */
export function moneyUnknownJson(f: Figures): FiguresOrUnknownJson {
  return {
    ...figuresJson(f),
    budget: null,
    requested: null,
    authorized: null,
    aligned: null,
    coverage: null,
    alignment: null,
    spend: null,
    paid: null,
    utilization: null,
    revenue: null,
    pipeline: null,
    forecast: null,
    attainment: null,
    roi: null,
    costPerOpportunity: null,
    unclaimedAfterWindow: null,
    remaining: null,
    committed: null,
    payable: null,
    pending: null,
    openClaimsByAge: { days0To30: null, days31To60: null, days61To90: null, over90Days: null },
  };
}
