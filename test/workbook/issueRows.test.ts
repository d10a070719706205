/**
 * The Issues sheet's "Go to" label is a reference Excel's Go To box (F5) takes as typed: a sheet
 * name with a space or an apostrophe is quoted, as in the link itself.
 */
import { analyze } from "../../src/engine";
import type { Analysis } from "../../src/engine";
import type { Finding } from "../../src/model/findings";
import { issueRows } from "../../src/workbook/layout";
import { cleanPlan, workbook } from "../helpers/tables";

const PLAN = analyze(workbook(cleanPlan())).plan;

function finding(sheet: string | null, cell: string | null, row: number | null = 4): Finding {
  return { code: "V01", severity: "error", table: "JmpJointPlan", sheet, row, column: "Partner ID", cell, message: "Partner ID is required", partner: null };
}

test.each([
  ["Joint Plan", "C4", "'Joint Plan'!C4"],
  ["Partner's plan", "C4", "'Partner''s plan'!C4"],
  ["Tactics", "C4", "Tactics!C4"],
])("a finding on %s!%s is labelled %s", (sheet, cell, label) => {
  const [row] = issueRows({ findings: [finding(sheet, cell)], plan: PLAN } as unknown as Analysis);
  expect(row.values.at(-1)).toBe(label);
  expect(row.link).toEqual({ sheet, cell });
});

test("a finding with no sheet has no label and no link", () => {
  const [row] = issueRows({ findings: [finding(null, null, null)], plan: PLAN } as unknown as Analysis);
  expect([row.values.at(-1), row.link]).toEqual([null, null]);
});

test("a row left out for repeating a claim's ID (V08) shows its partner, through the claim's tactic", () => {
  const plan = cleanPlan();
  plan.JmpClaims = [...plan.JmpClaims!, { ...plan.JmpClaims![0] }];
  const analysis = analyze(workbook(plan));
  const rows = issueRows(analysis).filter((r) => r.values[1] === "V08");
  const tactic = plan.JmpTactics!.find((t) => t["Tactic ID"] === plan.JmpClaims![0]["Tactic ID"])!;
  expect(rows.map((r) => r.values[5])).toEqual([tactic["Partner ID"]]);
});
