/**
 * What a report's periods leave out of the whole plan's figures, so its periods add up: tactics
 * that start, lump sums authorized and outcomes dated outside every period (or not dated), and
 * forecasts that name no period (a Joint Plan row for the whole plan; quarters only, as months
 * have no forecast). Each sum a period has
 * (money and counts) less the periods'; ratios, and the figures only the whole plan has (Budget,
 * Remaining), have no value here.
 */
import type { Figures, OpenClaimsByAge } from "./figures";

/** The sums of `whole` the `periods` do not hold, or undefined when they hold them all. */
export function outsidePeriods(whole: Figures, periods: readonly Figures[]): Figures | undefined {
  const rest = (pick: (f: Figures) => number | null): number => (pick(whole) ?? 0) - periods.reduce((sum, p) => sum + (pick(p) ?? 0), 0);
  const age = (key: keyof OpenClaimsByAge): number => rest((f) => f.openClaimsByAge[key]);
  const outside: Figures = {
    budget: null,
    requested: rest((f) => f.requested),
    authorized: rest((f) => f.authorized),
    aligned: rest((f) => f.aligned),
    coverage: null,
    alignment: null,
    spend: rest((f) => f.spend),
    paid: rest((f) => f.paid),
    utilization: null,
    progress: null,
    revenue: rest((f) => f.revenue),
    pipeline: rest((f) => f.pipeline),
    opportunities: rest((f) => f.opportunities),
    leads: rest((f) => f.leads),
    deals: rest((f) => f.deals),
    // Months have no forecast of their own (null): nothing of it can be said to be outside them.
    forecast: whole.forecast === null || periods.every((p) => p.forecast === null) ? null : rest((f) => f.forecast),
    attainment: null,
    roi: null,
    costPerOpportunity: null,
    overdueClaims: rest((f) => f.overdueClaims),
    unclaimedAfterWindow: rest((f) => f.unclaimedAfterWindow),
    approvedTactics: rest((f) => f.approvedTactics),
    claimedTactics: rest((f) => f.claimedTactics),
    remaining: null,
    committed: rest((f) => f.committed),
    payable: rest((f) => f.payable),
    pending: rest((f) => f.pending),
    openClaimsByAge: { days0To30: age("days0To30"), days31To60: age("days31To60"), days61To90: age("days61To90"), over90Days: age("over90Days") },
  };
  const sums = Object.values(outside).filter((v): v is number => typeof v === "number");
  const ages = Object.values(outside.openClaimsByAge);
  return [...sums, ...ages].every((v) => v === 0) ? undefined : outside;
}
