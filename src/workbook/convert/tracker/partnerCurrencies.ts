/**
 * The currency the plan reads a tracker row's amounts in when that is not the plan's: an import
 * into a plan whose partner has a Currency of its own writes the partner's rows as the tracker
 * has them, and the plan reads every amount of those rows in the partner's currency. The review
 * (`mixedCurrencies`) compares it with the currency the tracker's amounts name; the pane's
 * preview shows those rows' amounts in it.
 */
import { idKey } from "../../../model/ids";
import { currency } from "../../../model/money";
import { rowCurrencies } from "../../rowCurrencies";
import type { ExistingPlan } from "./existingPlan";
import type { ImportRow } from "./importTypes";

/** A tracker row's partner (as the plan spells its ID) and that partner's own currency. */
export interface PartnerCurrency {
  readonly partner: string;
  readonly currency: string;
}

function text(value: unknown): string {
  return typeof value === "string" || typeof value === "number" ? String(value).trim() : "";
}

/**
 * By tracker sheet row: the partner and its currency, for the rows whose partner the plan holds
 * with a Currency other than `planCurrency`. A row's partner is the one its tactic, allocation or
 * outcome names, else (a claim) its tactic's, as the plan links a claim.
 */
export function partnerCurrencies(rows: readonly ImportRow[], existing: ExistingPlan, planCurrency: string): ReadonlyMap<number, PartnerCurrency> {
  const own = rowCurrencies(existing.tables);
  const foreign = new Map([...own.partners].filter(([, code]) => currency(code).code !== currency(planCurrency).code));
  const found = new Map<number, PartnerCurrency>();
  if (foreign.size === 0) return found;
  // The tactics of this import first: a claim names its tactic, which may be new.
  const tacticPartners = new Map(own.tacticPartners);
  for (const row of rows) if (row.table === "JmpTactics") tacticPartners.set(idKey(text(row.cells.get("tacticId"))), idKey(text(row.cells.get("partnerId"))));
  const partnerOf = (row: ImportRow): string => idKey(text(row.cells.get("partnerId"))) || (tacticPartners.get(idKey(text(row.cells.get("tacticId")))) ?? "");
  for (const row of rows) {
    if (row.sourceRow === undefined || found.has(row.sourceRow)) continue;
    const key = partnerOf(row);
    const code = foreign.get(key);
    if (code !== undefined) found.set(row.sourceRow, { partner: existing.partnerById.get(key) ?? key, currency: currency(code).code });
  }
  return found;
}
