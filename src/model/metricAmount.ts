/**
 * An initiative's Target and actual are typed in its Metric's own unit: currency units for
 * Revenue and Pipeline, a count otherwise. Every view that shows them formats them here.
 */
import { formatMoney, unitsToCents } from "./money";
import type { Currency } from "./money";
import type { OutcomeMetric } from "./schema";

/** Whether a metric counts money (its target is in currency units). */
export function isMoneyMetric(metric: OutcomeMetric): boolean {
  return metric === "Revenue" || metric === "Pipeline";
}

const COUNT = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });

/** A target or actual as people read it ("$4,000,000.00", "250"); null when there is none. */
export function formatMetricAmount(metric: OutcomeMetric, value: number | null, currency: Currency): string | null {
  if (value === null) return null;
  return isMoneyMetric(metric) ? formatMoney(unitsToCents(value), currency) : COUNT.format(value);
}
