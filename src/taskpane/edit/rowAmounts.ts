/**
 * The currency of a plan row's amounts, as the engine decides it (README, "Partners in other
 * currencies"): a Partners row's own Currency; the partner's of a Joint Plan row, a tactic, an
 * allocation or an outcome (by its Partner ID); a claim's tactic's partner's; the plan's for
 * every other row and for a partner working in it. The row form shows and reads the row's
 * amounts in that currency.
 */
import type { Analysis } from "../../engine";
import { isIsoCurrency } from "../../model/currencyCodes";
import { idKey } from "../../model/ids";
import { conventionNamed, DEFAULT_CONVENTION } from "../../model/numberFormat";
import type { NumberConvention } from "../../model/numberFormat";
import type { TableName } from "../../model/schema";

/** How one row's amounts are shown and read. */
export interface RowAmounts {
  /** ISO code of the row's amounts. */
  readonly currency: string;
  /** ISO code of the plan currency. */
  readonly plan: string;
  /** How the plan reads text: an amount in another currency than the row's is written for it. */
  readonly convention: NumberConvention;
}

/** A row's cell by template column key (the form's current text, or the value read). */
export type RowCell = (key: string) => unknown;

/** Finds the amounts of a row of the analysed plan. */
export interface AmountRules {
  /** How the plan reads typed text (its `Number format`): the form writes and reads its numbers so. */
  readonly convention: NumberConvention;
  /** The amounts of a row of `table` whose cells are `cell`. */
  of(table: TableName, cell: RowCell): RowAmounts;
}

function idText(value: unknown): string {
  return value === null || value === undefined ? "" : String(value).trim();
}

/** The rules of an analysed plan (each claim's tactic found as the engine finds it: the first row of its ID). */
export function amountRules(analysis: Analysis): AmountRules {
  const plan = analysis.plan.settings.currency.code;
  const convention = conventionNamed(analysis.plan.settings.numberFormat) ?? DEFAULT_CONVENTION;
  let tacticPartners: Map<string, string> | undefined;
  const partnerOfTactic = (key: string): string | undefined => {
    if (tacticPartners === undefined) {
      tacticPartners = new Map();
      for (const facts of analysis.index.tacticFacts) {
        const id = facts.tactic.id?.key;
        if (id !== undefined && !tacticPartners.has(id)) tacticPartners.set(id, facts.partner?.id.key ?? "");
      }
    }
    return tacticPartners.get(key);
  };
  const partnerCurrency = (partnerKey: string | undefined): string => (partnerKey === undefined ? "" : (analysis.index.partners.get(partnerKey)?.currency ?? ""));
  const currencyOf = (table: TableName, cell: RowCell): string => {
    switch (table) {
      case "JmpPartners": {
        const own = idText(cell("currency"));
        return isIsoCurrency(own) ? own.toUpperCase() : "";
      }
      case "JmpJointPlan":
      case "JmpTactics":
      case "JmpAllocations":
      case "JmpOutcomes":
        return partnerCurrency(idKey(idText(cell("partnerId"))));
      case "JmpClaims":
        return partnerCurrency(partnerOfTactic(idKey(idText(cell("tacticId")))));
      default:
        return "";
    }
  };
  return { convention, of: (table, cell) => ({ currency: currencyOf(table, cell) || plan, plan, convention }) };
}
