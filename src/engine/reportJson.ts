/**
 * The `--json` report of SPEC section 6: money in currency units (at most two decimals),
 * ratios as fractions, null where undefined, dates as ISO text. Built from an Analysis so
 * every host that exports JSON says the same thing.
 */
import { isoFromDay } from "../model/dates";
import type { Finding } from "../model/findings";
import { centsToUnits } from "../model/money";
import type { Cents } from "../model/money";
import type { Analysis } from "./analyze";
import type { Figures } from "./figures";

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
}

/** The whole report. */
export interface ReportJson {
  plan: { name: string; currency: string; periodStart: string | null; periodEnd: string | null; asOf: string };
  totals: FiguresJson;
  partners: (FiguresJson & { id: string; name: string })[];
  initiatives: (FiguresJson & { id: string; name: string })[];
  tacticTypes: (FiguresJson & { type: string })[];
  issues: Pick<Finding, "code" | "severity" | "table" | "row" | "column" | "message">[];
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
  };
}

/** Filters of a report: one partner and/or one initiative (IDs, compared like lookups). */
export interface ReportFilter {
  readonly partnerKey?: string;
  readonly initiativeKey?: string;
}

/** The SPEC section 6 report of an analysis. */
export function reportJson(analysis: Analysis, filter: ReportFilter = {}): ReportJson {
  const s = analysis.plan.settings;
  const partnerMatches = (key: string | null): boolean => !filter.partnerKey || key === filter.partnerKey;
  const partnerOfFinding = (f: Finding): string | null => (f.partner === null ? null : f.partner.trim().toUpperCase());
  return {
    plan: {
      name: s.planName,
      currency: s.currency.code,
      periodStart: s.periodStart === undefined ? null : isoFromDay(s.periodStart),
      periodEnd: s.periodEnd === undefined ? null : isoFromDay(s.periodEnd),
      asOf: isoFromDay(s.asOf),
    },
    totals: figuresJson(analysis.totals),
    partners: analysis.partners.filter((p) => partnerMatches(p.key)).map((p) => ({ id: p.id, name: p.name, ...figuresJson(p.figures) })),
    initiatives: analysis.initiatives
      .filter((i) => !filter.initiativeKey || i.key === filter.initiativeKey)
      .map((i) => ({ id: i.id, name: i.name, ...figuresJson(i.figures) })),
    tacticTypes: analysis.tacticTypes.map((t) => ({ type: t.type, ...figuresJson(t.figures) })),
    issues: analysis.findings
      .filter((f) => !filter.partnerKey || partnerOfFinding(f) === filter.partnerKey)
      .map(({ code, severity, table, row, column, message }) => ({ code, severity, table, row, column, message })),
  };
}
