/**
 * Claims name no partner: their partner is their tactic's. Findings read before the tactics
 * were linked get that partner here, so filtering findings by partner includes claim problems.
 */
import type { Finding } from "../../model/findings";
import type { Links } from "../link/links";
import { NOWHERE } from "../link/links";
import { NO_ID } from "../store/idDomain";
import type { PlanData } from "../store/planData";

/** Findings on Claims rows without a partner get the partner of the claim's tactic. */
export function attributeClaimFindings(findings: readonly Finding[], data: PlanData, links: Links): Finding[] {
  return findings.map((f) => {
    if (f.table !== "JmpClaims" || f.partner !== null || f.row === null) return f;
    const position = claimPosition(data.claims.row, data.claims.size, f.row);
    const t = position < 0 ? NOWHERE : links.claimTactic[position];
    const spelling = t === NOWHERE ? NO_ID : data.tactics.partner[t];
    return spelling === NO_ID ? f : { ...f, partner: data.ids.partners.text(spelling) };
  });
}

/**
 * Position of the claim on a sheet row, or -1 (a blank row or a duplicate left out of the plan).
 * Claims are kept in sheet order, one per row, so a binary search finds it without a row map.
 */
function claimPosition(rows: Int32Array, size: number, row: number): number {
  let low = 0;
  let high = size - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = rows[mid];
    if (at === row) return mid;
    if (at < row) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}
