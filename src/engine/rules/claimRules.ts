/**
 * C01-C08: claims must be against funded, approved tactics, within their funding (C08 warns
 * while the excess is still pending), after the tactic ran, and on time.
 */
import { isoFromDay } from "../../model/dates";
import { claimValue, isOverdueAt, NOWHERE } from "../link/links";
import { isPresent } from "../store/activityColumns";
import { CLAIM_PAID, CLAIM_SUBMITTED, isCountedCode } from "../store/codes";
import { tacticStatusText } from "./fundingRules";
import type { RuleContext } from "./ruleContext";
import { nameOf, T, textOf } from "./ruleContext";

/** Checks C01-C08. */
export function checkClaims(ctx: RuleContext): void {
  const { data, links, sink, compared } = ctx;
  const { claims: c, tactics, ids } = data;
  const countedSoFar = new Float64Array(tactics.size);
  const overFunding = new Uint8Array(tactics.size);
  // C08 follows counted and Submitted claims together, in row order, so the warning lands on
  // the claim whose approval would take the tactic past its funding.
  const claimedSoFar = new Float64Array(tactics.size);
  const pendingOver = new Uint8Array(tactics.size);
  const pendingCrossings: number[] = [];
  // A message's names are looked up only when there is a message: they sit in other tables.
  const who = (t: number): string | null => (t === NOWHERE ? null : textOf(ids.partners, tactics.partner[t]));
  // Claims are compared with funding in the tactic's partner's currency (comparedAmounts.ts).
  const own = (cents: number, t: number): string => compared.money(cents, t === NOWHERE ? NOWHERE : links.tacticPartner[t]);
  const currencyOf = (t: number): string | undefined => (t === NOWHERE ? undefined : compared.currencyOf(links.tacticPartner[t]));
  const tacticName = (i: number): string => ids.tactics.text(c.tactic[i]);
  // Absent amounts and dates are NaN, so a comparison with one is false: no finding.
  for (let i = 0; i < c.size; i++) {
    const row = c.row[i];
    const name = nameOf(c.idText[i], row);
    const t = links.claimTactic[i];
    const approved = compared.amountApproved[i];
    const claimed = compared.amountClaimed[i];
    const status = c.status[i];
    if (approved > claimed) {
      sink.add("C03", T.claims, row, "amountApproved", `Claim ${name}: amount approved ${own(approved, t)} is above the amount claimed ${own(claimed, t)}`, who(t), approved, claimed, currencyOf(t));
    }
    if (status === CLAIM_PAID && !isPresent(c.paidOn[i])) {
      sink.add("C05", T.claims, row, "paidOn", `Claim ${name} is Paid but has no Paid on date`, who(t));
    }
    if (t === NOWHERE) continue;
    if (links.approved[t] === 0) {
      sink.add("C07", T.claims, row, "tacticId", `Claim ${name} is on tactic ${tacticName(i)}, which is ${tacticStatusText(tactics.status[t])}, not approved`, who(t));
    }
    const funded = compared.funded[t];
    if (funded === 0) {
      sink.add("C01", T.claims, row, "tacticId", `Claim ${name} is on tactic ${tacticName(i)}, which has no funding`, who(t));
    } else if (isCountedCode(status) || status === CLAIM_SUBMITTED) {
      const value = claimValue(compared.amountApproved, compared.amountClaimed, i);
      if (status !== CLAIM_SUBMITTED) countedSoFar[t] += value;
      if (countedSoFar[t] > funded && overFunding[t] === 0) {
        overFunding[t] = 1;
        const counted = compared.counted[t];
        sink.add("C02", T.claims, row, isPresent(approved) ? "amountApproved" : "amountClaimed", `Counted claims on tactic ${tacticName(i)} reach ${own(counted, t)}, above its funding ${own(funded, t)}`, who(t), counted, funded, currencyOf(t));
      }
      claimedSoFar[t] += value;
      if (claimedSoFar[t] > funded && pendingOver[t] === 0) {
        pendingOver[t] = 1;
        pendingCrossings.push(i);
      }
    }
    const submitted = c.submittedOn[i];
    const end = tactics.end[t];
    if (submitted < end) {
      sink.add("C04", T.claims, row, "submittedOn", `Claim ${name} was submitted ${isoFromDay(submitted)}, before tactic ${tacticName(i)} ended ${isoFromDay(end)}`, who(t));
    }
  }
  // Reported once the whole table is seen: where counted claims alone pass the funding, C02
  // already says so and C08 would repeat it.
  for (const i of pendingCrossings) {
    const t = links.claimTactic[i];
    if (overFunding[t] === 1) continue;
    const column = isPresent(c.amountApproved[i]) ? "amountApproved" : "amountClaimed";
    const funded = compared.funded[t];
    sink.add("C08", T.claims, c.row[i], column, `Claim ${nameOf(c.idText[i], c.row[i])}: counted and Submitted claims on tactic ${tacticName(i)} reach ${own(claimedSoFar[t], t)}, above its funding ${own(funded, t)}`, who(t), claimedSoFar[t], funded, currencyOf(t));
  }
  const { claimWindowDays } = data.settings;
  for (let t = 0; t < tactics.size; t++) {
    if (!isOverdueAt(data, links, t)) continue;
    const row = tactics.row[t];
    sink.add("C06", T.tactics, row, "end", `Tactic ${nameOf(tactics.idText[t], row)} ended ${isoFromDay(tactics.end[t])}; its claim was due within ${claimWindowDays} days and none is filed`, textOf(ids.partners, tactics.partner[t]));
  }
}
