/**
 * The plan rows an import adds besides each activity's: new initiatives, the types added to the
 * plan's list, the Joint Plan pairs the activities use; and the period a new plan takes.
 */
import { dateFromDay, dayFromParts } from "../../../model/dates";
import type { Day } from "../../../model/dates";
import type { TableName } from "../../../model/schema";
import type { ImportRow } from "./importTypes";
import type { Party } from "./parties";

/** Rows for the initiatives the plan did not have. */
export function initiativeRows(initiatives: readonly Party[]): ImportRow[] {
  return initiatives.filter((p) => !p.known).map((p) => ({ table: "JmpInitiatives" as const, id: p.id, cells: new Map<string, unknown>([["initiativeId", p.id], ["initiative", p.name]]) }));
}

/** Rows for the tactic types added to the plan's list, saying which import added them. */
export function typeRows(types: readonly string[], sheet: string): ImportRow[] {
  return types.map((type) => ({
    table: "JmpTacticTypes" as TableName,
    id: type,
    cells: new Map<string, unknown>([["tacticType", type], ["description", `Added by the import of "${sheet}"`]]),
  }));
}

/** Joint Plan rows for the partner x initiative pairs used that the plan does not have (`known` by pair key). */
export function pairRows(pairs: ReadonlyMap<string, { partner: Party; initiative: Party }>, known: ReadonlySet<string>): ImportRow[] {
  return [...pairs].filter(([key]) => !known.has(key)).map(([, { partner, initiative }]) => ({
    table: "JmpJointPlan" as const,
    id: `${partner.id} / ${initiative.id}`,
    cells: new Map<string, unknown>([["partnerId", partner.id], ["initiativeId", initiative.id]]),
  }));
}

/** From the first day of the first activity's year to the last day of the last one's. */
export function yearsSpanned(first: Day, last: Day): { start: Day; end: Day } {
  const year = (day: Day) => dateFromDay(day).getUTCFullYear();
  return { start: dayFromParts(year(first), 1, 1) as Day, end: dayFromParts(year(last), 12, 31) as Day };
}
