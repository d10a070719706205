/**
 * A finding on a row left out for repeating an earlier row's own ID (V08) names that row's IDs
 * in `check --json` / `report --json` (`ids`), like a finding on any other row: a pipeline that
 * filters findings by partner or tactic finds it.
 */
import { analyze } from "../../src/engine";
import { reportJson } from "../../src/engine/reportJson";
import { cleanPlan, workbook } from "../helpers/tables";

test("V08 on a repeated tactic, allocation, claim and outcome names the row's own ID and the IDs it points at", () => {
  const plan = cleanPlan();
  const copy = <T extends Record<string, unknown>>(rows: T[] | undefined): T[] => [...rows!, { ...rows![0] }];
  plan.JmpTactics = copy(plan.JmpTactics);
  plan.JmpAllocations = copy(plan.JmpAllocations);
  plan.JmpClaims = copy(plan.JmpClaims);
  plan.JmpOutcomes = copy(plan.JmpOutcomes);
  const analysis = analyze(workbook(plan));
  const issues = reportJson(analysis).issues.filter((i) => i.code === "V08");
  const first = (table: keyof typeof plan) => plan[table]![0];
  const byTable = Object.fromEntries(issues.map((i) => [i.table, i.ids]));
  expect(byTable.JmpTactics).toEqual({ tactic: first("JmpTactics")["Tactic ID"], partner: first("JmpTactics")["Partner ID"], initiative: first("JmpTactics")["Initiative ID"] });
  expect(byTable.JmpAllocations).toMatchObject({ allocation: first("JmpAllocations")["Allocation ID"], partner: first("JmpAllocations")["Partner ID"] });
  expect(byTable.JmpClaims).toMatchObject({ claim: first("JmpClaims")["Claim ID"], tactic: first("JmpClaims")["Tactic ID"] });
  expect(byTable.JmpClaims?.partner).toBeDefined();
  expect(byTable.JmpOutcomes).toMatchObject({ outcome: first("JmpOutcomes")["Outcome ID"], partner: first("JmpOutcomes")["Partner ID"] });
  // Left out, the copies count nowhere: the figures are those of the plan without them.
  expect(analysis.totals).toEqual(analyze(workbook(cleanPlan())).totals);
});

test("a report about the repeated row's partner lists its V08, as the Issues sheet files it", () => {
  const plan = cleanPlan();
  plan.JmpClaims = [...plan.JmpClaims!, { ...plan.JmpClaims![0] }];
  const analysis = analyze(workbook(plan));
  const tactic = plan.JmpTactics!.find((t) => t["Tactic ID"] === plan.JmpClaims![0]["Tactic ID"])!;
  const partner = String(tactic["Partner ID"]).toUpperCase();
  expect(reportJson(analysis, { partnerKey: partner }).issues.filter((i) => i.code === "V08")).toHaveLength(1);
});
