/**
 * New IDs that continue a table's numbering: with T-26001 .. T-26080 in the table the next are
 * T-26081, T-26082, ...; with no numbered ID yet, the table's default prefix from 001.
 */
import { idKey } from "../../model/ids";
import type { TableName } from "../../model/schema";

/** The prefix a table's new IDs start with when it has none to continue. */
export const DEFAULT_ID_PREFIX: Readonly<Record<TableName, string>> = {
  JmpSettings: "S-",
  JmpInitiatives: "INI-",
  JmpPartners: "P-",
  JmpJointPlan: "JP-",
  JmpTactics: "T-",
  JmpAllocations: "AL-",
  JmpClaims: "CL-",
  JmpOutcomes: "OC-",
  JmpTacticTypes: "TT-",
  JmpRates: "R-",
};

const NUMBERED = /^(.*?)(\d+)$/;

interface Series {
  count: number;
  max: number;
  digits: number;
}

/** `count` IDs none of `existing` uses, continuing their most common numbered prefix. */
export function generateIds(existing: readonly unknown[], count: number, defaultPrefix: string): string[] {
  const taken = new Set<string>();
  const series = new Map<string, Series>();
  for (const value of existing) {
    if (typeof value !== "string" && typeof value !== "number") continue;
    const id = String(value).trim();
    taken.add(idKey(id));
    const match = NUMBERED.exec(id);
    if (!match) continue;
    const s = series.get(match[1]) ?? { count: 0, max: 0, digits: 0 };
    s.count++;
    s.max = Math.max(s.max, Number(match[2]));
    s.digits = Math.max(s.digits, match[2].length);
    series.set(match[1], s);
  }
  let prefix = defaultPrefix;
  let best: Series = { count: 0, max: 0, digits: 3 };
  for (const [p, s] of series) {
    if (s.count > best.count) {
      prefix = p;
      best = s;
    }
  }
  const ids: string[] = [];
  for (let n = best.max + 1; ids.length < count; n++) {
    const id = `${prefix}${String(n).padStart(best.digits, "0")}`;
    if (!taken.has(idKey(id))) ids.push(id);
  }
  return ids;
}
