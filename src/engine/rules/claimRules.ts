/**
 * C01-C07: claims must be against funded, approved tactics, within their funding, after the
 * tactic ran, and on time.
 */
import { isoFromDay } from "../../model/dates";
import type { Cents } from "../../model/money";
import { claimValue, isCounted } from "../../model/plan";
import { isOverdue } from "../planIndex";
import type { RuleContext } from "./ruleContext";
import { T } from "./ruleContext";

/** Checks C01-C07. */
export function checkClaims(ctx: RuleContext): void {
  const { plan, index, sink, money } = ctx;
  const countedSoFar = new Map<string, Cents>();
  const overFunding = new Set<string>();
  plan.claims.forEach((c, position) => {
    const name = c.id?.text ?? `row ${c.row}`;
    const facts = index.claimTactics[position];
    const who = facts?.tactic.partnerId?.text ?? null;
    if (c.amountApproved !== undefined && c.amountClaimed !== undefined && c.amountApproved > c.amountClaimed) {
      sink.add("C03", T.claims, c.row, "amountApproved", `Claim ${name}: amount approved ${money(c.amountApproved)} is above the amount claimed ${money(c.amountClaimed)}`, who);
    }
    if (c.status === "Paid" && c.paidOn === undefined) {
      sink.add("C05", T.claims, c.row, "paidOn", `Claim ${name} is Paid but has no Paid on date`, who);
    }
    if (!facts || !c.tacticId) return;
    const tacticName = c.tacticId.text;
    if (!facts.approved) {
      sink.add("C07", T.claims, c.row, "tacticId", `Claim ${name} is on tactic ${tacticName}, which is ${facts.tactic.status ?? "without a status"}, not approved`, who);
    }
    if (facts.funded === 0) {
      sink.add("C01", T.claims, c.row, "tacticId", `Claim ${name} is on tactic ${tacticName}, which has no funding`, who);
    } else if (isCounted(c.status)) {
      const key = c.tacticId.key;
      const total = (countedSoFar.get(key) ?? 0) + claimValue(c);
      countedSoFar.set(key, total);
      if (total > facts.funded && !overFunding.has(key)) {
        overFunding.add(key);
        sink.add("C02", T.claims, c.row, c.amountApproved === undefined ? "amountClaimed" : "amountApproved", `Counted claims on tactic ${tacticName} reach ${money(facts.counted)}, above its funding ${money(facts.funded)}`, who);
      }
    }
    if (c.submittedOn !== undefined && facts.tactic.end !== undefined && c.submittedOn < facts.tactic.end) {
      sink.add("C04", T.claims, c.row, "submittedOn", `Claim ${name} was submitted ${isoFromDay(c.submittedOn)}, before tactic ${tacticName} ended ${isoFromDay(facts.tactic.end)}`, who);
    }
  });
  const { asOf, claimWindowDays } = plan.settings;
  for (const facts of index.tacticFacts) {
    if (!isOverdue(facts, asOf, claimWindowDays)) continue;
    const t = facts.tactic;
    sink.add("C06", T.tactics, t.row, "end", `Tactic ${t.id?.text ?? `row ${t.row}`} ended ${isoFromDay(t.end ?? 0)}; its claim was due within ${claimWindowDays} days and none is filed`, t.partnerId?.text ?? null);
  }
}
