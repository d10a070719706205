/**
 * Which rows a partner's pack holds: the partner's own rows, the shared reference rows, and
 * nothing that would show another partner's data.
 */
import { findPackPartner, selectPackRows } from "../../src/engine/merge";
import type { PackSelection } from "../../src/engine/merge";
import type { TableName } from "../../src/model/schema";
import { cleanPlan, d, PLAN_SETTINGS, workbook } from "../helpers/tables";
import type { Parts } from "./mergeFixtures";

function select(plan: Parts, partner: string, settings = PLAN_SETTINGS): PackSelection {
  const tables = workbook(plan, settings);
  const found = findPackPartner(tables, partner);
  if (!found) throw new Error(`no partner ${partner}`);
  return selectPackRows(tables, found);
}

function idsOf(selection: PackSelection, table: TableName): string[] {
  return (selection.tables.get(table) ?? []).map((r) => r.id);
}

test("a pack holds the partner's rows, its Partners row and the plan's settings", () => {
  const selection = select(cleanPlan(), "P001");
  expect(idsOf(selection, "JmpPartners")).toEqual(["P001"]);
  expect(idsOf(selection, "JmpJointPlan")).toEqual(["P001 / I-CLOUD", "P001 / I-SEC"]);
  expect(idsOf(selection, "JmpTactics")).toEqual(["T1", "T2"]);
  expect(idsOf(selection, "JmpClaims")).toEqual(["C1"]);
  expect(idsOf(selection, "JmpOutcomes")).toEqual(["O1", "O2"]);
  // The plan's eight settings, and the Number format the pack is written in (the plan sets none: en-US).
  expect(idsOf(selection, "JmpSettings")).toHaveLength(9);
  expect(selection.tables.get("JmpSettings")?.at(-1)?.cells.get("value")).toBe("en-US");
  expect(idsOf(selection, "JmpAllocations")).toEqual(["A1", "A2"]);
  expect(selection.packed.map((p) => `${p.table} ${p.id}`)).toEqual([
    "JmpJointPlan P001 / I-CLOUD",
    "JmpJointPlan P001 / I-SEC",
    "JmpTactics T1",
    "JmpTactics T2",
    "JmpClaims C1",
    "JmpOutcomes O1",
    "JmpOutcomes O2",
    "JmpAllocations A1",
    "JmpAllocations A2",
  ]);
  expect(selection.packed.every((p) => /^[0-9a-f]{16}$/.test(p.fingerprint) && p.columns.size > 0)).toBe(true);
});

test("the partner is found by ID or by name, like a lookup", () => {
  const tables = workbook(cleanPlan());
  expect(findPackPartner(tables, " p002 ")?.id).toBe("P002");
  expect(findPackPartner(tables, "northwind")?.id).toBe("P001");
  expect(findPackPartner(tables, "P999")).toBeUndefined();
});

test("active initiatives and the inactive ones the partner's rows name are the reference list", () => {
  const plan = cleanPlan();
  plan.JmpInitiatives?.push({ "Initiative ID": "I-OLD", Initiative: "Retired", Active: "No" });
  plan.JmpInitiatives?.push({ "Initiative ID": "I-GONE", Initiative: "Retired too", Active: "No" });
  plan.JmpTactics?.push({ "Tactic ID": "T5", "Partner ID": "P001", "Initiative ID": "I-OLD", "Tactic type": "Event", Start: d("2026-05-01"), End: d("2026-05-01"), "Total cost": 100, "MDF requested": 50, Status: "Draft" });
  expect(idsOf(select(plan, "P001"), "JmpInitiatives")).toEqual(["I-CLOUD", "I-SEC", "I-OLD"]);
  expect(idsOf(select(plan, "P002"), "JmpInitiatives")).toEqual(["I-CLOUD", "I-SEC"]);
});

test("claims and outcomes tied to another partner's tactic stay out, even when they name this partner", () => {
  const plan = cleanPlan();
  plan.JmpOutcomes?.push({ "Outcome ID": "O9", "Partner ID": "P001", "Tactic ID": "T3", Metric: "Revenue", Value: 1, Date: d("2026-06-01") });
  // A tactic ID both partners use (finding V08) is neither partner's alone.
  plan.JmpTactics?.push({ "Tactic ID": "T1", "Partner ID": "P002", "Initiative ID": "I-SEC", "Tactic type": "Event", Start: d("2026-05-01"), End: d("2026-05-01"), "Total cost": 100, "MDF requested": 50, Status: "Draft" });
  const selection = select(plan, "P001");
  expect(idsOf(selection, "JmpOutcomes")).toEqual(["O2"]);
  expect(idsOf(selection, "JmpClaims")).toEqual([]);
});

test("Settings rows a user added (notes, anything) stay out", () => {
  const selection = select(cleanPlan(), "P001", { ...PLAN_SETTINGS, "Fabrikam renewal notes": "at risk" });
  expect(idsOf(selection, "JmpSettings")).not.toContain("Fabrikam renewal notes");
});
