/**
 * A pack shows the partner's allocations, the authorized amounts, read-only (issue 17): an edit
 * there is refused like any vendor column, a row added there is refused whole, and a change the
 * vendor made after packing is not mistaken for the partner's.
 */
import { cleanPlan } from "../helpers/tables";
import { merge, packOf, row } from "./mergeFixtures";

describe("the authorized amounts in a pack", () => {
  test("the pack holds the partner's allocations, nothing of another partner's", () => {
    const pack = packOf(cleanPlan(), "P001");
    expect(pack.rows.JmpAllocations?.map((a) => a["Allocation ID"])).toEqual(["A1", "A2"]);
    expect(pack.provenance.rows.filter((r) => r.table === "JmpAllocations").map((r) => r.id)).toEqual(["A1", "A2"]);
  });

  test("an edited amount is refused with the plan's and the pack's value, and nothing is written", () => {
    const plan = cleanPlan();
    const pack = packOf(plan, "P001");
    row(pack.rows, "JmpAllocations", "Allocation ID", "A1").Amount = 99_999;
    const result = merge(plan, pack);
    expect(result.refused).toEqual([
      { table: "JmpAllocations", id: "A1", packRow: 2, planRow: 2, column: "Amount", plan: 10_000, pack: 99_999, reason: "Allocations are the vendor's, shown in a pack for reference; a pack cannot add or change them", packRef: "Allocations!D2" },
    ]);
    expect(result.cellWrites).toEqual([]);
    expect(result.changed).toEqual([]);
  });

  test("a row added to the allocations is refused whole", () => {
    const plan = cleanPlan();
    const pack = packOf(plan, "P001");
    pack.rows.JmpAllocations?.push({ "Allocation ID": "A-MORE", "Partner ID": "P001", "Tactic ID": "T2", Amount: 500 });
    const result = merge(plan, pack);
    expect(result.refused.map((r) => `${r.id} ${r.column ?? "(row)"}`)).toEqual(["A-MORE (row)"]);
    expect(result.rowAppends).toEqual([]);
  });

  test("an amount the vendor changed after packing, untouched in the pack, is the vendor's: nothing refused", () => {
    const plan = cleanPlan();
    const pack = packOf(plan, "P001");
    row(plan, "JmpAllocations", "Allocation ID", "A2").Amount = 4500;
    const result = merge(plan, pack);
    expect(result.refused).toEqual([]);
    expect(result.cellWrites).toEqual([]);
  });
});
