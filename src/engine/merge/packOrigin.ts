/**
 * Whether a pack belongs to a plan: made from a plan of the same name (and vendor, when both
 * name one) for a partner the plan still has. A pack of another plan would otherwise merge
 * rows into the wrong plan without anyone noticing.
 */
import { idKey } from "../../model/ids";
import type { RawTable } from "../../model/rawTable";
import { parse } from "../read/parse";
import { findRawTable } from "./keyedRows";
import { planPartners } from "./packSelection";
import type { PackProvenance } from "./provenance";

function same(a: string, b: string): boolean {
  return a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** The plan's name, vendor and currency settings. */
export function planIdentity(plan: readonly RawTable[]): { planName: string; vendor: string; currency: string } {
  // Only the Settings table is parsed: the rest of a large plan is not needed here.
  const settingsTable = findRawTable(plan, "JmpSettings");
  const { settings } = parse(settingsTable ? [settingsTable] : []).data;
  return { planName: settings.planName, vendor: settings.vendor, currency: settings.currency.code };
}

/** Why the pack does not belong to the plan, or undefined when it does. */
export function packOriginProblem(plan: readonly RawTable[], provenance: PackProvenance): string | undefined {
  const { planName, vendor } = planIdentity(plan);
  if (!same(planName, provenance.planName)) {
    return `it was made from the plan "${provenance.planName || "(no name)"}", not from "${planName || "(no name)"}"`;
  }
  if (vendor.trim() !== "" && provenance.vendor.trim() !== "" && !same(vendor, provenance.vendor)) {
    return `it was made for the vendor "${provenance.vendor}", not "${vendor}"`;
  }
  const partnerKey = idKey(provenance.partnerId);
  if (!planPartners(plan).some((p) => p.key === partnerKey)) return `its partner ${provenance.partnerId} is not in the plan's Partners table`;
  return undefined;
}
