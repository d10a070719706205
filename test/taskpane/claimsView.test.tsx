/** @jest-environment jsdom */
import "./support/dom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { d, workbook } from "../helpers/tables";
import { eurPlan } from "../engine/currencies/currencyPlan";
import { excelPane, seriousViolations } from "./support/pane";
import { columnHeader, figure, rowsOf } from "./support/tables";

describe("Claims view", () => {
  test("shows progress, spend and the overdue count of the plan", async () => {
    await excelPane({ view: "claims" });
    expect(figure("Claims totals", "Progress")).toBe("65.6% (40 of 61)");
    expect(figure("Claims totals", "Spend")).toBe("$577,617.74");
    expect(figure("Claims totals", "Paid")).toBe("$539,890.83");
    expect(figure("Claims totals", "Overdue claims")).toBe("1");
  });

  test("shows progress per partner as bars and in a sortable table", async () => {
    const user = userEvent.setup();
    await excelPane({ view: "claims" });
    const chart = screen.getByRole("figure", { name: "Claimed tactics by partner" });
    expect(within(chart).getByText("Adatum Corporation: 8 of 11")).toBeTruthy();
    // Wingtip has no approved tactic: no bar, and a dash in the table.
    expect(within(chart).queryByText(/Wingtip/)).toBeNull();
    const rows = rowsOf("Claims by partner");
    expect(rows[0]).toEqual(["Adatum CorporationSpend $162,617.09, paid $140,379.09", "72.7%8 of 11", "0"]);
    expect(rows[9].slice(1)).toEqual(["—0 of 0", "0"]);
    await user.click(within(columnHeader("Claims by partner", "Overdue")).getByRole("button"));
    expect(rowsOf("Claims by partner")[0][0]).toMatch(/^Trey Research Group/);
  });

  test("a partner in another currency shows its own spend and paid beside the plan currency's", async () => {
    await excelPane({ view: "claims", tables: workbook(eurPlan()) });
    const rows = rowsOf("Claims by partner");
    // Northwind (EUR): C1 approved 8,500 EUR, submitted 2026-03-20 at 1.08, and paid.
    expect(rows[0][0]).toBe("NorthwindSpend $9,180.00 (€8,500.00), paid $9,180.00 (€8,500.00)");
    expect(rows[1][0]).toBe("FabrikamSpend $3,000.00, paid $0.00");
  });

  test("lists the overdue claim with its tactic's end, due date and days overdue", async () => {
    await excelPane({ view: "claims" });
    expect(screen.getByText("1 approved tactic ended more than 45 days before 2026-11-30 with no claim filed.")).toBeTruthy();
    expect(rowsOf("Overdue claims")).toEqual([["T-26041Trey Research Group, ended 2026-09-16", "2026-10-31", "30 days"]]);
  });

  test("lists funds at risk: approved funding unclaimed after the claim window, largest first", async () => {
    await excelPane({ view: "claims" });
    expect(figure("Claims totals", "Unclaimed after window")).toBe("$36,671.88");
    expect(screen.getByText("$36,671.88 on 37 approved tactics is unclaimed although the 45-day claim window has closed.")).toBeTruthy();
    const rows = rowsOf("Unclaimed after window");
    expect(rows).toHaveLength(37);
    // T-26041: 6,000 funded, no claim. T-26029: AL-024 10,000 + AL-026 15,750 funded, CL-019 claimed 21,305.47.
    expect(rows[0]).toEqual(["T-26041Trey Research Group, window closed 2026-10-31", "$6,000.00of $6,000.00 funded"]);
    expect(rows[1]).toEqual(["T-26029Fabrikam Solutions, window closed 2026-06-29", "$4,444.53of $25,750.00 funded"]);
  });

  test("funds at risk of a partner in another currency are decided in its currency, its euros beside", async () => {
    // T1 (10,000 EUR, window closed 2026-04-16) is funded on 2026-08-01 at 1.10 (11,000 USD) and 9,000 EUR is claimed:
    // 1,000 EUR is left, 1,100 USD at the funding's rate.
    const plan = eurPlan([{ "Allocation ID": "A1", "Partner ID": "P001", "Tactic ID": "T1", Amount: 10000, "Authorized on": d("2026-08-01") }]);
    await excelPane({ view: "claims", tables: workbook(plan) });
    expect(rowsOf("Unclaimed after window")).toContainEqual(["T1Northwind, window closed 2026-04-16", "$1,100.00 (€1,000.00)of $11,000.00 (€10,000.00) funded"]);
  });

  test("has no serious accessibility violations", async () => {
    const { container } = await excelPane({ view: "claims" });
    expect(await seriousViolations(container)).toEqual([]);
  });
});
