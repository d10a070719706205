/**
 * The sentence the terminal and HTML reports put under partners shown in their own currencies
 * when some of those currencies have no rate: their money shows "no rate", and this says why.
 */
import type { CurrencyFigures } from "../../engine/partnerCurrency";
import { listed } from "../words";

/**
 * "No rate for CHF in the Rates table: P-101's amounts are not counted (V10), and its money
 * cannot be given in CHF."; undefined when every partner's currency has a rate.
 */
export function noRateNote(partners: readonly CurrencyFigures[]): string | undefined {
  const without = partners.filter((p) => p.noRate);
  if (without.length === 0) return undefined;
  const currencies = [...new Set(without.map((p) => p.currency))];
  const ids = without.map((p) => p.id);
  const one = ids.length === 1;
  const whose = one ? `${ids[0]}'s amounts are` : `the amounts of ${listed(ids)} are`;
  const where = currencies.length === 1 ? currencies[0] : "their currencies";
  return `No rate for ${listed(currencies)} in the Rates table: ${whose} not counted (V10), and ${one ? "its" : "their"} money cannot be given in ${where}.`;
}
