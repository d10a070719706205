import { checkPlan, refreshDashboard } from "../../../src/commands/planCommands";
import { analyze } from "../../../src/engine";
import { countFindings } from "../../../src/model/findings";
import { PlanStore } from "../../../src/workbook/live/PlanStore";
import { ExcelWorkbook } from "../../../src/workbook/excel/ExcelWorkbook";
import { createFakeExcel } from "../../fakes/fakeExcel";
import { cleanPlan, workbook } from "../../helpers/tables";

/** The clean plan with one tactic on an unknown partner and one claim on an unknown tactic. */
function flawedPlan() {
  const plan = cleanPlan();
  plan.JmpTactics = [...plan.JmpTactics!, { "Tactic ID": "T9", "Partner ID": "P404", "Initiative ID": "I-CLOUD", "Tactic type": "Webinar", Status: "Draft" }];
  return workbook(plan);
}

describe("ribbon commands", () => {
  test("Check plan rebuilds and shows the Issues sheet only, and returns its counts", async () => {
    const tables = flawedPlan();
    const excel = createFakeExcel({ tables });
    const book = new ExcelWorkbook(excel.host);
    const counts = await checkPlan(book, new PlanStore(book));

    expect(counts).toEqual(countFindings(analyze(tables).findings));
    expect(counts.errors).toBeGreaterThan(0);
    expect(excel.state.activeSheet).toBe("Issues");
    expect(excel.state.findSheet("Dashboard")).toBeUndefined();
    expect(excel.sheet("Issues").value(1, 0)).toMatch(new RegExp(`^${counts.errors} errors?, ${counts.warnings} warnings? · `));
    // Three syncs to read, three to write.
    expect(excel.syncs).toBe(6);
  });

  test("Refresh dashboard rebuilds both sheets and shows the Dashboard", async () => {
    const excel = createFakeExcel({ tables: flawedPlan() });
    const book = new ExcelWorkbook(excel.host);
    await refreshDashboard(book, new PlanStore(book));
    expect(excel.state.activeSheet).toBe("Dashboard");
    expect(excel.sheet("Dashboard").charts).toHaveLength(4);
    expect(excel.sheet("Issues").value(0, 0)).toBe("Issues");
    expect(excel.syncs).toBe(6);
    expect(excel.maxRequestBytes).toBeLessThan(4_000_000);
  });
});
