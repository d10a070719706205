/**
 * `jmp import --into` with a tracker sheet that holds fewer columns than the plan: a claims log
 * (claim ID, activity ID, partner, dates, amount, status) imported into the plan its requests
 * sheet made. The tactics it names keep their initiative, type and status (the log has no column
 * for them), no initiative or Joint Plan row is added, and only the claims come in.
 */
import ExcelJS from "exceljs";
import { jmp, tempDir } from "../cli/planWorkbook";
import { importWorkbook, parseJson, tableRows } from "./acceptance";
import { d, writeRows } from "./trackerKit";

/** A tracker with the activities on "Requests" and their claims on "Claims log" (the trial's t6_multi). */
function requestsAndClaims(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  writeRows(workbook.addWorksheet("Claims log"), [
    ["Claim #", "Activity ID", "Partner", "Claim Date", "Claim Amount", "Claim Status", "Paid On"],
    ["CL-1", "A-1", "Contoso Ltd", d("2026-03-01"), 1900, "Paid", d("2026-03-20")],
    ["CL-2", "A-3", "Northwind", d("2026-05-20"), 950, "Submitted"],
  ]);
  writeRows(workbook.addWorksheet("Requests"), [
    ["Activity ID", "Partner", "Solution", "Activity", "Type", "Start", "End", "Est. Cost", "MDF Ask", "Approved Amt", "Approval Status"],
    ["A-1", "Contoso Ltd", "Cloud", "Webinar", "Webinar", d("2026-02-01"), d("2026-02-01"), 4000, 2000, 2000, "Approved"],
    ["A-2", "Contoso Ltd", "Cloud", "Roadshow", "Event", d("2026-04-01"), d("2026-04-03"), 20000, 10000, 8000, "Approved"],
    ["A-3", "Northwind", "Security", "Email", "Email", d("2026-05-01"), d("2026-05-10"), 2000, 1000, 1000, "Approved"],
  ]);
  return workbook;
}

const pick = (rows: Record<string, unknown>[], keys: readonly string[]) => rows.map((r) => keys.map((k) => r[k]));

test("--into with a claims log keeps the tactics' initiative, type and status, adds no initiative or Joint Plan row, and adds the claims", async () => {
  const dir = tempDir();
  const first = await importWorkbook(requestsAndClaims(), ["--sheet", "Requests"], dir);
  expect([0, 1]).toContain(first.result.code);
  const tacticColumns = ["Tactic ID", "Initiative ID", "Tactic type", "Status"];
  const tacticsBefore = pick(await tableRows(first.plan, "JmpTactics"), tacticColumns);
  // By hand: Cloud and Security are the two initiatives; A-3's "Email" is the plan's Email campaign.
  expect(tacticsBefore.map(([id, , type, status]) => [id, type, status])).toEqual([
    ["A-1", "Webinar", "Approved"],
    ["A-2", "Event", "Approved"],
    ["A-3", "Email campaign", "Approved"],
  ]);
  const initiativesBefore = await tableRows(first.plan, "JmpInitiatives");
  const pairsBefore = await tableRows(first.plan, "JmpJointPlan");

  const into = await jmp(["import", first.tracker, "--sheet", "Claims log", "--into", first.plan, "--json"]);
  expect(into.code).toBe(1);
  const json = parseJson(into.stdout);
  expect(json?.counts).toEqual({ JmpTactics: { added: 0, updated: 0, unchanged: 2 }, JmpClaims: { added: 2, updated: 0, unchanged: 0 } });
  expect(((json?.notes ?? []) as string[]).filter((n) => n.includes("replaced"))).toEqual([]);

  expect(pick(await tableRows(first.plan, "JmpTactics"), tacticColumns)).toEqual(tacticsBefore);
  expect(await tableRows(first.plan, "JmpInitiatives")).toEqual(initiativesBefore);
  expect(await tableRows(first.plan, "JmpJointPlan")).toEqual(pairsBefore);
  expect(pick(await tableRows(first.plan, "JmpClaims"), ["Claim ID", "Tactic ID", "Amount claimed", "Status"])).toEqual([
    ["CL-1", "A-1", 1900, "Paid"],
    ["CL-2", "A-3", 950, "Submitted"],
  ]);
});
