/**
 * The merge rules of SPEC section 7 on raw tables: matching by ID and by Joint Plan pair,
 * partner-owned cells taken, vendor-owned cells refused, other partners' rows refused, rows
 * changed on both sides as conflicts, nothing deleted.
 */
import { cleanPlan, d } from "../helpers/tables";
import { ids, merge, packOf, row } from "./mergeFixtures";

test("an untouched pack changes nothing", () => {
  const plan = cleanPlan();
  const result = merge(plan, packOf(plan, "P001"));
  expect(result).toMatchObject({ added: [], changed: [], conflicts: [], refused: [], kept: [], cellWrites: [], rowAppends: [] });
});

test("a partner-owned cell the partner changed is updated; the vendor's approval meanwhile is no conflict", () => {
  const plan = cleanPlan();
  const pack = packOf(plan, "P001");
  row(pack.rows, "JmpTactics", "Tactic ID", "T2").Description = "Security webinar, EMEA";
  row(plan, "JmpTactics", "Tactic ID", "T2").Status = "Completed";
  const result = merge(plan, pack);
  expect(result.conflicts).toEqual([]);
  expect(result.changed).toEqual([{ table: "JmpTactics", id: "T2", planRow: 3, packRow: 3, columns: [{ column: "Description", plan: null, pack: "Security webinar, EMEA" }] }]);
  expect(result.cellWrites).toEqual([{ table: "JmpTactics", row: 3, column: "description", value: "Security webinar, EMEA" }]);
});

test("a change to a vendor-owned column is refused with the plan's and the pack's value", () => {
  const plan = cleanPlan();
  const pack = packOf(plan, "P001");
  row(pack.rows, "JmpTactics", "Tactic ID", "T2").Status = "Completed";
  Object.assign(row(pack.rows, "JmpClaims", "Claim ID", "C1"), { "Amount approved": 9000, Status: "Approved", "Paid on": null });
  const result = merge(plan, pack);
  expect(result.refused.map((r) => [r.table, r.id, r.column, r.plan, r.pack])).toEqual([
    ["JmpTactics", "T2", "Status", "Approved", "Completed"],
    ["JmpClaims", "C1", "Amount approved", 8500, 9000],
    ["JmpClaims", "C1", "Status", "Paid", "Approved"],
    ["JmpClaims", "C1", "Paid on", "2026-04-10", null],
  ]);
  expect(result.cellWrites).toEqual([]);
});

test("a vendor-owned cell the vendor changed after packing is not reported as the partner's", () => {
  const plan = cleanPlan();
  const pack = packOf(plan, "P001");
  row(plan, "JmpClaims", "Claim ID", "C1").Status = "Rejected";
  expect(merge(plan, pack).refused).toEqual([]);
});

test("a row changed on both sides since packing is a conflict and is not applied", () => {
  const plan = cleanPlan();
  // Still to be decided, so its Total cost is the partner's (an approved tactic's is not).
  row(plan, "JmpTactics", "Tactic ID", "T1").Status = "Submitted";
  const pack = packOf(plan, "P001");
  row(plan, "JmpTactics", "Tactic ID", "T1").Description = "Vendor's wording";
  Object.assign(row(pack.rows, "JmpTactics", "Tactic ID", "T1"), { Description: "Partner's wording", "Total cost": 21000 });
  const result = merge(plan, pack);
  expect(result.changed).toEqual([]);
  expect(result.cellWrites).toEqual([]);
  expect(result.conflicts).toEqual([
    {
      table: "JmpTactics",
      id: "T1",
      planRow: 2,
      packRow: 2,
      reason: expect.stringMatching(/changed in the plan and in the pack/),
      columns: [
        { column: "Description", plan: "Vendor's wording", pack: "Partner's wording", changedIn: "both", packRef: "Tactics!E2" },
        { column: "Total cost", plan: 20000, pack: 21000, changedIn: "pack", packRef: "Tactics!H2" },
      ],
      packRef: expect.stringMatching(/^Tactics!A2:[A-Z]+2$/),
    },
  ]);
});

test("the same edit made on both sides is nothing to do", () => {
  const plan = cleanPlan();
  const pack = packOf(plan, "P001");
  row(plan, "JmpTactics", "Tactic ID", "T1").Description = "Agreed wording";
  row(pack.rows, "JmpTactics", "Tactic ID", "T1").Description = "Agreed wording";
  expect(merge(plan, pack)).toMatchObject({ changed: [], conflicts: [], cellWrites: [] });
});

test("new rows are added with the vendor's columns at their starting values", () => {
  const plan = cleanPlan();
  const pack = packOf(plan, "P001");
  pack.rows.JmpTactics?.push({ "Tactic ID": "T9", "Partner ID": "p001 ", "Initiative ID": "I-SEC", "Tactic type": "Event", Start: d("2026-08-01"), End: d("2026-08-01"), "Total cost": 9000, "MDF requested": 4000, Status: "Approved" });
  pack.rows.JmpClaims?.push({ "Claim ID": "C9", "Tactic ID": "t9", "Amount claimed": 3000, "Amount approved": 3000, "Submitted on": d("2026-08-20"), Status: "Submitted" });
  const result = merge(plan, pack);
  expect(ids(result.added)).toEqual(["JmpTactics T9", "JmpClaims C9"]);
  expect(result.rowAppends[0].cells.get("status")).toBe("Submitted");
  expect(result.rowAppends[1].cells.get("amountApproved")).toBeNull();
  expect(result.refused.map((r) => `${r.id} ${r.column}`)).toEqual(["T9 Status", "C9 Amount approved"]);
});

test("rows of another partner are refused whole, in every partner table", () => {
  const plan = cleanPlan();
  const pack = packOf(plan, "P001");
  pack.rows.JmpTactics?.push({ "Tactic ID": "T3", "Partner ID": "P002", "Initiative ID": "I-SEC", Description: "overwritten", "Tactic type": "Webinar", Start: d("2026-04-01"), End: d("2026-04-01"), "Total cost": 1, "MDF requested": 1, Status: "Approved" });
  pack.rows.JmpClaims?.push({ "Claim ID": "C2", "Tactic ID": "T3", "Amount claimed": 1, "Submitted on": d("2026-04-15"), Status: "Approved" });
  pack.rows.JmpClaims?.push({ "Claim ID": "C8", "Tactic ID": "T-UNKNOWN", "Amount claimed": 1, "Submitted on": d("2026-04-15"), Status: "Submitted" });
  pack.rows.JmpOutcomes?.push({ "Outcome ID": "O3", "Partner ID": "P002", Metric: "Pipeline", Value: 1, Date: d("2026-05-01") });
  pack.rows.JmpJointPlan?.push({ "Partner ID": "P002", "Initiative ID": "I-CLOUD", "Forecast revenue": 1 });
  pack.rows.JmpAllocations = [{ "Allocation ID": "A9", "Partner ID": "P001", "Tactic ID": "T1", Amount: 5000 }];
  const result = merge(plan, pack);
  expect(result.refused.map((r) => `${r.table} ${r.id} ${r.column ?? "(row)"}`)).toEqual([
    "JmpJointPlan P002 / I-CLOUD (row)",
    "JmpTactics T3 (row)",
    "JmpClaims C2 (row)",
    "JmpClaims C8 (row)",
    "JmpOutcomes O3 (row)",
    "JmpAllocations A9 (row)",
  ]);
  expect(result.refused[1].reason).toMatch(/P002's, not P001's/);
  expect(result.refused[3].reason).toMatch(/T-UNKNOWN is not one of partner P001's tactics/);
  expect(result).toMatchObject({ added: [], changed: [], cellWrites: [], rowAppends: [] });
});

test("a pack row whose ID is another partner's row in the plan is refused, whatever partner it names", () => {
  const plan = cleanPlan();
  const pack = packOf(plan, "P001");
  pack.rows.JmpTactics?.push({ "Tactic ID": "T4", "Partner ID": "P001", "Initiative ID": "I-SEC", "Tactic type": "Event", Start: d("2026-12-01"), End: d("2026-12-02"), "Total cost": 1, "MDF requested": 1, Status: "Draft" });
  const result = merge(plan, pack);
  expect(result.refused).toEqual([expect.objectContaining({ table: "JmpTactics", id: "T4", planRow: 5, reason: expect.stringMatching(/not partner P001's/) })]);
  expect(result.cellWrites).toEqual([]);
});

test("Joint Plan rows match by their pair, trimmed and case-insensitive; a new pair is added", () => {
  const plan = cleanPlan();
  const pack = packOf(plan, "P001");
  Object.assign(row(pack.rows, "JmpJointPlan", "Initiative ID", "I-SEC"), { "Partner ID": " p001", "Initiative ID": "i-sec ", "Forecast revenue": 45000 });
  pack.rows.JmpJointPlan?.push({ "Partner ID": "P001", "Initiative ID": "I-NEW", "Forecast revenue": 5000 });
  const result = merge(plan, pack);
  // The IDs were retyped, not changed: only the forecast is written.
  expect(result.changed).toEqual([expect.objectContaining({ table: "JmpJointPlan", id: "p001 / i-sec", columns: [{ column: "Forecast revenue", plan: 40000, pack: 45000 }] })]);
  expect(result.cellWrites.map((w) => w.column)).toEqual(["forecastRevenue"]);
  expect(ids(result.added)).toEqual(["JmpJointPlan P001 / I-NEW"]);
});

test("rows missing from the pack are kept, never deleted", () => {
  const plan = cleanPlan();
  const pack = packOf(plan, "P001");
  pack.rows.JmpTactics = pack.rows.JmpTactics?.filter((r) => r["Tactic ID"] !== "T2");
  pack.rows.JmpOutcomes = [];
  const result = merge(plan, pack);
  expect(result.kept).toEqual([
    { table: "JmpTactics", id: "T2", planRow: 3 },
    { table: "JmpOutcomes", id: "O1", planRow: 2 },
    { table: "JmpOutcomes", id: "O2", planRow: 3 },
  ]);
  expect(result.cellWrites).toEqual([]);
});

test("an ID given twice in the pack: the first row counts, the second is refused", () => {
  const plan = cleanPlan();
  const pack = packOf(plan, "P001");
  pack.rows.JmpTactics?.push({ ...row(pack.rows, "JmpTactics", "Tactic ID", "T1"), Description: "second copy" });
  const result = merge(plan, pack);
  expect(result.refused).toEqual([expect.objectContaining({ id: "T1", reason: expect.stringMatching(/more than once/) })]);
  expect(result.cellWrites).toEqual([]);
});

test("a row the vendor removed after packing comes back only as a conflict, and only when the partner changed it", () => {
  const plan = cleanPlan();
  const pack = packOf(plan, "P001");
  plan.JmpTactics = plan.JmpTactics?.filter((r) => r["Tactic ID"] !== "T2");
  expect(merge(plan, pack)).toMatchObject({ added: [], conflicts: [] });
  row(pack.rows, "JmpTactics", "Tactic ID", "T2").Description = "still running";
  expect(merge(plan, pack).conflicts).toEqual([expect.objectContaining({ id: "T2", reason: expect.stringMatching(/removed from the plan/) })]);
});

test("the same ID added on both sides with different values is a conflict", () => {
  const plan = cleanPlan();
  const pack = packOf(plan, "P001");
  const tactic = { "Tactic ID": "T7", "Partner ID": "P001", "Initiative ID": "I-SEC", "Tactic type": "Event", Start: d("2026-08-01"), End: d("2026-08-01"), "Total cost": 9000, "MDF requested": 4000, Status: "Draft" };
  plan.JmpTactics?.push({ ...tactic, Description: "vendor's" });
  pack.rows.JmpTactics?.push({ ...tactic, Description: "partner's" });
  expect(merge(plan, pack).conflicts).toEqual([expect.objectContaining({ id: "T7", reason: expect.stringMatching(/added to the plan and to the pack/) })]);
});

test("outcomes without an ID: unchanged ones match whole; new or edited ones are refused, so no later copy of the pack adds them twice", () => {
  const plan = cleanPlan();
  plan.JmpOutcomes?.push({ "Partner ID": "P001", "Initiative ID": "I-SEC", Metric: "Leads", Value: 40, Date: d("2026-06-10") });
  plan.JmpOutcomes?.push({ "Partner ID": "P001", "Initiative ID": "I-SEC", Metric: "Leads", Value: 12, Date: d("2026-07-10") });
  const pack = packOf(plan, "P001");
  const edited = pack.rows.JmpOutcomes?.find((r) => r.Value === 12);
  if (!edited) throw new Error("no outcome");
  edited.Value = 15;
  pack.rows.JmpOutcomes?.push({ "Partner ID": "P001", "Initiative ID": "I-CLOUD", Metric: "Revenue", Value: 123, Date: d("2026-08-01") });
  const result = merge(plan, pack);
  expect(result.added).toEqual([]);
  expect(result.rowAppends).toEqual([]);
  const reason = "the row has no Outcome ID: give it one so that a later copy of the pack updates it instead of adding it again";
  expect(result.refused.map((r) => [r.table, r.id, r.packRow, r.reason])).toEqual([
    ["JmpOutcomes", "", 5, reason],
    ["JmpOutcomes", "", 6, reason],
  ]);
});

test("IDs such as __proto__ and constructor are ordinary IDs", () => {
  const plan = cleanPlan();
  const pack = packOf(plan, "P001");
  for (const id of ["__proto__", "constructor"]) {
    pack.rows.JmpTactics?.push({ "Tactic ID": id, "Partner ID": "P001", "Initiative ID": "I-SEC", "Tactic type": "Other", Start: d("2026-08-01"), End: d("2026-08-01"), "Total cost": 10, "MDF requested": 5 });
  }
  expect(ids(merge(plan, pack).added)).toEqual(["JmpTactics __proto__", "JmpTactics constructor"]);
});

test("a plan read from Excel (dates as serial numbers) and a pack read from a file (dates as Dates) agree on every date", () => {
  const plan = cleanPlan();
  // 46082 is 2026-03-01, T1's Start, as Excel hands it over; the pack file holds the Date.
  row(plan, "JmpTactics", "Tactic ID", "T1").Start = 46082;
  const pack = packOf(plan, "P001");
  row(pack.rows, "JmpTactics", "Tactic ID", "T1").Start = d("2026-03-01");
  const result = merge(plan, pack);
  expect(result).toMatchObject({ changed: [], conflicts: [], refused: [], cellWrites: [] });
});
