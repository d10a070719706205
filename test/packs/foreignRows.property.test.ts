/**
 * Packs cannot credit the wrong partner (SPEC section 7), as a property: whatever row a pack of
 * P001 adds or rewrites that ties to partner P002 — a Joint Plan pair, a tactic, a claim or an
 * outcome on P002's tactic, a P001 row reusing the ID of a P002 row, any allocation — with IDs
 * spelled in any case and spacing, it is listed as refused and nothing of it is added, changed
 * or written.
 */
import fc from "fast-check";
import type { TableName } from "../../src/model/schema";
import type { RowData } from "../helpers/tables";
import { cleanPlan, d } from "../helpers/tables";
import { merge, packOf } from "./mergeFixtures";

/** An ID as a person may type it: other case, spaces around. */
const spelled = (id: string) => fc.constantFrom(id, id.toLowerCase(), ` ${id} `, `${id.toLowerCase()} `);
const otherPartner = spelled("P002");
const ownPartner = spelled("P001");
/** P002's tactics in the plan. */
const otherTactic = fc.constantFrom("T3", "T4").chain(spelled);
const initiative = fc.constantFrom("I-CLOUD", "I-SEC", "I-NEW");
const amount = fc.integer({ min: 1, max: 1_000_000 });

/** A row tying to P002, and the table it goes in. */
const foreignRow: fc.Arbitrary<{ table: TableName; row: RowData }> = fc.oneof(
  fc.record({ partner: otherPartner, initiative, forecast: amount }).map(({ partner, initiative: i, forecast }) => ({
    table: "JmpJointPlan" as const,
    row: { "Partner ID": partner, "Initiative ID": i, "Forecast revenue": forecast },
  })),
  // A tactic of P002's, new or rewriting one of either partner's; or P001's under the ID of a P002 tactic.
  fc
    .oneof(
      fc.record({ id: fc.constantFrom("T-NEW", "T1", "T2", "T3"), partner: otherPartner }),
      fc.record({ id: otherTactic, partner: ownPartner }),
    )
    .map(({ id, partner }) => ({
      table: "JmpTactics" as const,
      row: { "Tactic ID": id, "Partner ID": partner, "Initiative ID": "I-SEC", "Tactic type": "Event", Start: d("2026-09-01"), End: d("2026-09-02"), "Total cost": 9000, "MDF requested": 4000, Status: "Submitted" },
    })),
  fc.record({ id: fc.constantFrom("C-NEW", "C1", "C2"), tactic: otherTactic, claimed: amount }).map(({ id, tactic, claimed }) => ({
    table: "JmpClaims" as const,
    row: { "Claim ID": id, "Tactic ID": tactic, "Amount claimed": claimed, "Submitted on": d("2026-09-10"), Status: "Submitted" },
  })),
  // An outcome naming P002, or naming P001 on P002's tactic; with or without its own ID.
  fc
    .oneof(fc.record({ partner: otherPartner, tactic: fc.constantFrom(null, "T1", "T3") }), fc.record({ partner: ownPartner, tactic: otherTactic }))
    .chain(({ partner, tactic }) => fc.record({ id: fc.constantFrom(null, "O-NEW", "O1", "O3"), value: amount }).map(({ id, value }) => ({ partner, tactic, id, value })))
    .map(({ partner, tactic, id, value }) => ({
      table: "JmpOutcomes" as const,
      row: { "Outcome ID": id, "Partner ID": partner, "Tactic ID": tactic, Metric: "Revenue", Value: value, Date: d("2026-09-15") },
    })),
  fc.record({ partner: fc.oneof(ownPartner, otherPartner), value: amount }).map(({ partner, value }) => ({
    table: "JmpAllocations" as const,
    row: { "Allocation ID": "A-NEW", "Partner ID": partner, "Tactic ID": "T1", Amount: value },
  })),
);

test("any pack row tying to another partner is refused and listed; nothing of it is applied", () => {
  const plan = cleanPlan();
  fc.assert(
    fc.property(fc.array(foreignRow, { minLength: 1, maxLength: 4 }), (rows) => {
      const pack = packOf(plan, "P001");
      for (const { table, row } of rows) (pack.rows[table] ??= []).push(row);
      const result = merge(plan, pack);
      expect({ added: result.added, changed: result.changed, cellWrites: result.cellWrites, rowAppends: result.rowAppends }).toEqual({ added: [], changed: [], cellWrites: [], rowAppends: [] });
      // Each row is listed (a duplicate ID in the same pack is listed as such, also refused).
      expect(result.refused.length).toBeGreaterThanOrEqual(rows.length);
      for (const { table } of rows) expect(result.refused.map((r) => r.table)).toContain(table);
    }),
    { numRuns: 300, seed: 1907 },
  );
});
