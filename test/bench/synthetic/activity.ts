/**
 * The synthetic activity tables: tactics, allocations, claims and outcomes, tied together the way
 * a real plan is (allocations fund approved tactics, claims draw on funded tactics, outcomes
 * credit partners through their tactics).
 */
import { TACTIC_TYPES } from "../../../src/model/schema";
import type { Rng } from "./rng";
import { pad, PERIOD_START, serial, TableBuilder } from "./tableBuilder";

/** What later tables need to know about a tactic. */
export interface TacticFact {
  readonly id: string;
  readonly partner: number;
  readonly initiative: string;
  readonly end: number;
  readonly requestedCents: number;
  readonly approved: boolean;
}

/** Tactics spread over partners, mostly on initiatives of their Joint Plan. */
export function buildTactics(rng: Rng, n: number, partnerIds: string[], partnerInitiatives: string[][], initiativeIds: string[]): { table: TableBuilder; facts: TacticFact[] } {
  const table = new TableBuilder("JmpTactics");
  const facts: TacticFact[] = [];
  for (let t = 0; t < n; t++) {
    const partner = rng.int(0, partnerIds.length - 1);
    const initiative = rng.chance(0.97) ? rng.pick(partnerInitiatives[partner]) : rng.pick(initiativeIds);
    const start = PERIOD_START + rng.int(0, 330);
    const end = start + rng.int(0, 4);
    const totalCost = rng.money(1_000, 50_000);
    const share = rng.chance(0.02) ? 0.55 : 0.2 + rng.next() * 0.3;
    const requestedCents = Math.floor(totalCost * 100 * share);
    const status = rng.weighted<string>([["Approved", 35], ["Completed", 25], ["Submitted", 15], ["Draft", 10], ["Rejected", 8], ["Cancelled", 7]]);
    const id = pad("T", t + 1, 6);
    table.add({
      tacticId: id, partnerId: partnerIds[partner], initiativeId: initiative, tacticType: rng.pick(TACTIC_TYPES), description: `Tactic ${t + 1}`,
      start: serial(start), end: serial(end), totalCost, mdfRequested: requestedCents / 100, status,
      expectedPipeline: rng.money(10_000, 500_000), expectedRevenue: rng.money(5_000, 200_000),
    });
    facts.push({ id, partner, initiative, end, requestedCents, approved: status === "Approved" || status === "Completed" });
  }
  return { table, facts };
}

/** Budgets near each partner's approved MDF requested; a few partners are over budget. */
export function setBudgets(rng: Rng, partners: TableBuilder, facts: readonly TacticFact[], count: number): void {
  const approved = new Float64Array(count);
  for (const f of facts) if (f.approved) approved[f.partner] += f.requestedCents;
  const at = partners.col("mdfBudget");
  partners.rows.forEach((row, p) => {
    const factor = rng.chance(0.03) ? 0.8 : 1.05 + rng.next() * 0.3;
    row[at] = Math.max(10_000, Math.ceil((approved[p] * factor) / 10_000) * 100);
  });
}

function approvedOrder(rng: Rng, facts: readonly TacticFact[]): number[] {
  return rng.shuffled(facts.length).filter((i) => facts[i].approved);
}

/** Splits cents into `parts` shares, the remainder going to the last. */
function share(cents: number, parts: number, index: number): number {
  const each = Math.floor(cents / parts);
  return index === parts - 1 ? cents - each * (parts - 1) : each;
}

/** Allocations funding approved tactics (a few only in part), plus lump sums tied to no tactic. */
export function buildAllocations(rng: Rng, n: number, facts: readonly TacticFact[], partnerIds: string[]): { table: TableBuilder; fundedCents: Float64Array } {
  const table = new TableBuilder("JmpAllocations");
  const order = approvedOrder(rng, facts);
  const fundedCents = new Float64Array(facts.length);
  const lumpSums = order.length === 0 ? n : Math.round(n * 0.04);
  const tied = n - lumpSums;
  const parts = new Int32Array(facts.length);
  for (let j = 0; j < tied; j++) parts[order[j % order.length]]++;
  const seen = new Int32Array(facts.length);
  const partial = new Uint8Array(facts.length).map(() => (rng.chance(0.06) ? 1 : 0));
  for (let j = 0; j < n; j++) {
    const id = pad("A", j + 1, 6);
    if (j >= tied) {
      table.add({ allocationId: id, partnerId: rng.pick(partnerIds), amount: rng.money(1_000, 10_000), authorizedOn: serial(PERIOD_START + rng.int(0, 200)), authorizedBy: "Finance" });
      continue;
    }
    const t = order[j % order.length];
    const f = facts[t];
    const target = partial[t] ? Math.floor(f.requestedCents * 0.6) : f.requestedCents;
    const cents = Math.max(100, share(target, parts[t], seen[t]++));
    fundedCents[t] += cents;
    table.add({ allocationId: id, partnerId: partnerIds[f.partner], tacticId: f.id, amount: cents / 100, authorizedOn: serial(f.end - rng.int(10, 60)), authorizedBy: rng.pick(["Finance", "Channel ops", "VP Marketing"]) });
  }
  return { table, fundedCents };
}

/** Claims drawing on the funding of approved tactics, in every status. */
export function buildClaims(rng: Rng, n: number, facts: readonly TacticFact[], fundedCents: Float64Array): TableBuilder {
  const table = new TableBuilder("JmpClaims");
  const order = approvedOrder(rng, facts);
  const parts = new Int32Array(facts.length);
  for (let j = 0; j < n; j++) if (order.length > 0) parts[order[j % order.length]]++;
  const seen = new Int32Array(facts.length);
  for (let j = 0; j < n; j++) {
    const t = order.length > 0 ? order[j % order.length] : rng.int(0, facts.length - 1);
    const f = facts[t];
    const basis = fundedCents[t] > 0 ? Math.floor(fundedCents[t] * 0.95) : rng.int(1_000, 100_000) * 100;
    const claimed = Math.max(100, share(basis, Math.max(1, parts[t]), Math.min(seen[t]++, Math.max(1, parts[t]) - 1)));
    const status = rng.weighted<string>([["Paid", 40], ["Approved", 30], ["Submitted", 15], ["Draft", 10], ["Rejected", 5]]);
    const counted = status === "Paid" || status === "Approved";
    const submitted = rng.chance(0.03) ? f.end - 1 : f.end + rng.int(1, 40);
    table.add({
      claimId: pad("C", j + 1, 6), tacticId: f.id, amountClaimed: claimed / 100,
      amountApproved: counted && rng.chance(0.3) ? Math.floor(claimed * 0.9) / 100 : "",
      submittedOn: serial(submitted), status, paidOn: status === "Paid" && !rng.chance(0.02) ? serial(submitted + rng.int(5, 30)) : "",
      proofOfPerformance: rng.chance(0.8) ? `https://proof.example/${j + 1}` : "",
    });
  }
  return table;
}

/** Outcomes credited through a tactic (most) or straight to a partner and initiative. */
export function buildOutcomes(rng: Rng, n: number, facts: readonly TacticFact[], partnerIds: string[], partnerInitiatives: string[][]): TableBuilder {
  const table = new TableBuilder("JmpOutcomes");
  const approved = facts.filter((f) => f.approved);
  for (let j = 0; j < n; j++) {
    const metric = rng.weighted<string>([["Revenue", 30], ["Pipeline", 30], ["Opportunities", 20], ["Leads", 15], ["Deals", 5]]);
    const value = metric === "Revenue" ? rng.money(1_000, 80_000) : metric === "Pipeline" ? rng.money(5_000, 200_000) : rng.int(1, 50);
    const date = serial(PERIOD_START + (rng.chance(0.01) ? 400 : rng.int(0, 364)));
    const base = { outcomeId: pad("O", j + 1, 6), metric, value, date, reference: `OPP-${rng.int(100_000, 999_999)}` };
    if (approved.length > 0 && rng.chance(0.8)) {
      const f = rng.pick(approved);
      table.add({ ...base, partnerId: partnerIds[f.partner], initiativeId: rng.chance(0.5) ? f.initiative : "", tacticId: f.id });
    } else {
      const p = rng.int(0, partnerIds.length - 1);
      table.add({ ...base, partnerId: partnerIds[p], initiativeId: rng.pick(partnerInitiatives[p]) });
    }
  }
  return table;
}
