/**
 * The claim step a partner takes through a pack (issue 17): a claim moves from Draft to
 * Submitted, never further; a new claim keeps the Draft or Submitted its partner gave it; and a
 * second merge of the same pack finds its own earlier writes, not the partner's asking again.
 */
import type { MergePlan } from "../../src/engine/merge";
import { requireTableSpec } from "../../src/model/schema";
import { cleanPlan, d } from "../helpers/tables";
import { ids, merge, packOf, row } from "./mergeFixtures";
import type { Parts } from "./mergeFixtures";

/** The clean plan with two more claims on P001's T2: a Draft and a Submitted one. */
function planWithOpenClaims(): Parts {
  const plan = cleanPlan();
  plan.JmpClaims?.push(
    { "Claim ID": "C-DRAFT", "Tactic ID": "T2", "Amount claimed": 1000, "Submitted on": d("2026-11-05"), Status: "Draft" },
    { "Claim ID": "C-SENT", "Tactic ID": "T2", "Amount claimed": 500, "Submitted on": d("2026-11-06"), Status: "Submitted" },
  );
  return plan;
}

/** The plan parts with a merge plan's writes and new rows applied, as an adapter writes them. */
function applied(plan: Parts, result: MergePlan): Parts {
  const next: Parts = structuredClone(plan);
  for (const write of result.cellWrites) {
    const header = requireTableSpec(write.table).columns.find((c) => c.key === write.column)!.header;
    // The test tables start on sheet row 2.
    next[write.table]![write.row - 2][header] = write.value;
  }
  for (const append of result.rowAppends) {
    const spec = requireTableSpec(append.table);
    next[append.table]!.push(Object.fromEntries(spec.columns.map((c) => [c.header, append.cells.get(c.key) ?? null])));
  }
  return next;
}

describe("a partner moves a claim from Draft to Submitted", () => {
  test("Draft -> Submitted is accepted and written", () => {
    const plan = planWithOpenClaims();
    const pack = packOf(plan, "P001");
    row(pack.rows, "JmpClaims", "Claim ID", "C-DRAFT").Status = "Submitted";
    const result = merge(plan, pack);
    expect(result.refused).toEqual([]);
    expect(result.conflicts).toEqual([]);
    expect(result.changed).toEqual([{ table: "JmpClaims", id: "C-DRAFT", planRow: 4, packRow: expect.any(Number), columns: [{ column: "Status", plan: "Draft", pack: "Submitted" }] }]);
    expect(result.cellWrites).toEqual([{ table: "JmpClaims", row: 4, column: "status", value: "Submitted" }]);
  });

  test("Submitted -> Approved is refused, naming the one move a partner may make", () => {
    const plan = planWithOpenClaims();
    const pack = packOf(plan, "P001");
    row(pack.rows, "JmpClaims", "Claim ID", "C-SENT").Status = "Approved";
    const result = merge(plan, pack);
    expect(result.refused).toEqual([
      { table: "JmpClaims", id: "C-SENT", packRow: expect.any(Number), planRow: 5, column: "Status", plan: "Submitted", pack: "Approved", reason: "Status is the vendor's column; a partner may only move a Draft claim to Submitted", packRef: expect.stringMatching(/^Claims!F\d+$/) },
    ]);
    expect(result.cellWrites).toEqual([]);
  });

  test("Draft -> Approved or Paid is refused too, and so is taking a Paid claim back to Submitted", () => {
    const plan = planWithOpenClaims();
    const pack = packOf(plan, "P001");
    row(pack.rows, "JmpClaims", "Claim ID", "C-DRAFT").Status = "Paid";
    row(pack.rows, "JmpClaims", "Claim ID", "C1").Status = "Submitted";
    const result = merge(plan, pack);
    expect(result.refused.map((r) => `${r.id} ${r.column} ${String(r.plan)} -> ${String(r.pack)}`)).toEqual(["C1 Status Paid -> Submitted", "C-DRAFT Status Draft -> Paid"]);
    expect(result.cellWrites).toEqual([]);
  });

  test("a Draft the vendor rejected meanwhile is not submitted over the rejection", () => {
    const plan = planWithOpenClaims();
    const pack = packOf(plan, "P001");
    row(pack.rows, "JmpClaims", "Claim ID", "C-DRAFT").Status = "Submitted";
    row(plan, "JmpClaims", "Claim ID", "C-DRAFT").Status = "Rejected";
    const result = merge(plan, pack);
    expect(ids(result.refused)).toEqual(["JmpClaims C-DRAFT"]);
    expect(result.cellWrites).toEqual([]);
  });
});

describe("new claims", () => {
  test("a new Draft claim stays a Draft; a blank status arrives as Submitted; Approved is refused and arrives as Submitted", () => {
    const plan = planWithOpenClaims();
    const pack = packOf(plan, "P001");
    const claim = (id: string, status: string | null) => ({ "Claim ID": id, "Tactic ID": "T2", "Amount claimed": 10, "Submitted on": d("2026-11-10"), Status: status });
    pack.rows.JmpClaims?.push(claim("C-N1", "Draft"), claim("C-N2", null), claim("C-N3", "Approved"));
    const result = merge(plan, pack);
    expect(ids(result.added)).toEqual(["JmpClaims C-N1", "JmpClaims C-N2", "JmpClaims C-N3"]);
    expect(result.rowAppends.map((a) => a.cells.get("status"))).toEqual(["Draft", "Submitted", "Submitted"]);
    expect(result.refused.map((r) => `${r.id} ${r.column}`)).toEqual(["C-N3 Status"]);
  });
});

describe("a second merge of the same pack", () => {
  test("adds, changes and refuses nothing after a merge that submitted and added claims", () => {
    const plan = planWithOpenClaims();
    const pack = packOf(plan, "P001");
    row(pack.rows, "JmpClaims", "Claim ID", "C-DRAFT").Status = "Submitted";
    const claim = (id: string, status: string | null) => ({ "Claim ID": id, "Tactic ID": "T2", "Amount claimed": 10, "Submitted on": d("2026-11-10"), Status: status });
    pack.rows.JmpClaims?.push(claim("C-N1", "Draft"), claim("C-N2", null), claim("C-N3", "Submitted"));
    pack.rows.JmpTactics?.push({ "Tactic ID": "T-NEW", "Partner ID": "P001", "Initiative ID": "I-SEC", "Tactic type": "Event", Start: d("2026-12-01"), End: d("2026-12-01"), "Total cost": 10, "MDF requested": 5, Status: null });
    const first = merge(plan, pack);
    expect(first.refused).toEqual([]);
    expect(first.added).toHaveLength(4);
    const second = merge(applied(plan, first), pack);
    expect(second).toMatchObject({ added: [], changed: [], conflicts: [], refused: [], cellWrites: [], rowAppends: [] });
  });

  test("a new row's vendor cell the first merge refused is not refused again: the plan holds what the merge wrote", () => {
    const plan = planWithOpenClaims();
    const pack = packOf(plan, "P001");
    pack.rows.JmpClaims?.push({ "Claim ID": "C-N3", "Tactic ID": "T2", "Amount claimed": 10, "Amount approved": 10, Status: "Paid" });
    const first = merge(plan, pack);
    expect(first.refused.map((r) => `${r.id} ${r.column}`)).toEqual(["C-N3 Amount approved", "C-N3 Status"]);
    expect(merge(applied(plan, first), pack).refused).toEqual([]);
  });

  test("a blank status the pack still holds is no request: the vendor's decision since on the new row is not reported as refused", () => {
    const plan = planWithOpenClaims();
    const pack = packOf(plan, "P001");
    pack.rows.JmpClaims?.push({ "Claim ID": "CL-N1", "Tactic ID": "T2", "Amount claimed": 1500, "Submitted on": d("2026-11-28"), Status: null });
    pack.rows.JmpTactics?.push({ "Tactic ID": "T-NEW", "Partner ID": "P001", "Initiative ID": "I-SEC", "Tactic type": "Event", Start: d("2026-12-01"), End: d("2026-12-01"), "Total cost": 10, "MDF requested": 5, Status: null });
    const after = applied(plan, merge(plan, pack));
    row(after, "JmpClaims", "Claim ID", "CL-N1").Status = "Rejected";
    row(after, "JmpTactics", "Tactic ID", "T-NEW").Status = "Approved";
    expect(merge(after, pack)).toMatchObject({ changed: [], conflicts: [], refused: [], cellWrites: [] });
  });
});
