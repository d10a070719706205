/** @jest-environment jsdom */
import "./support/dom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { analyze } from "../../src/engine";
import { currency } from "../../src/model/money";
import { quarterBars } from "../../src/taskpane/views/PeriodResults";
import { cleanPlan, workbook } from "../helpers/tables";
import { eurPlan, planWithP001In } from "../engine/currencies/currencyPlan";
import { excelPane, seriousViolations } from "./support/pane";
import { columnHeader, figure, rowsOf } from "./support/tables";

describe("Results view", () => {
  test("shows revenue, spend, ROI and attainment of the plan", async () => {
    await excelPane({ view: "results" });
    expect(figure("Results totals", "Revenue")).toBe("$3,893,750.50");
    expect(figure("Results totals", "Spend")).toBe("$577,617.74");
    expect(figure("Results totals", "ROI")).toBe("574.1%");
    expect(figure("Results totals", "Attainment")).toBe("95%");
  });

  test("shows results per partner, and per initiative on request", async () => {
    const user = userEvent.setup();
    await excelPane({ view: "results" });
    const partners = rowsOf("Results by partner");
    expect(partners[0]).toEqual(["Adatum CorporationSpend $162,617.09, forecast $1,245,000.00", "$1,263,000.00101.4% of forecast", "676.7%"]);
    expect(partners[9][2]).toBe("—");
    await user.selectOptions(screen.getByLabelText("Show results by"), "initiative");
    const initiatives = rowsOf("Results by initiative");
    expect(initiatives.map((r) => r[0].split("Spend")[0])).toEqual([
      "Cloud Migration Accelerator",
      "Zero Trust Security",
      "Data & AI Modernization",
      "SMB Growth Bundle",
      "Hybrid Workplace",
      "Server Refresh 2025",
    ]);
    await user.click(within(columnHeader("Results by initiative", "ROI")).getByRole("button"));
    expect(rowsOf("Results by initiative").map((r) => r[2])).toEqual(["788.6%", "771.3%", "525.5%", "438.1%", "395.5%", "—"]);
  });

  test("an initiative with no forecast says so beside its revenue, not a dash of forecast", async () => {
    const user = userEvent.setup();
    await excelPane({ view: "results" });
    await user.selectOptions(screen.getByLabelText("Show results by"), "initiative");
    // Server Refresh 2025 has no Joint Plan forecast; the others have one.
    const rows = rowsOf("Results by initiative");
    expect(rows.find((r) => r[0].startsWith("Server Refresh 2025"))?.[1]).toMatch(/^\$[\d,.]+no forecast$/);
    expect(rows.find((r) => r[0].startsWith("Hybrid Workplace"))?.[1]).toMatch(/^\$[\d,.]+\d+(\.\d)?% of forecast$/);
  });

  test("a partner in another currency shows its own amounts beside the plan currency's", async () => {
    await excelPane({ view: "results", tables: workbook(eurPlan()) });
    const rows = rowsOf("Results by partner");
    // Northwind (EUR): spend C1 8,500 EUR approved on 2026-03-20 at 1.08; forecasts 100,000 + 40,000 EUR at
    // the latest rate, 1.10; revenue O1 60,000 EUR on 2026-06-01 at 1.08.
    expect(rows[0].slice(0, 2)).toEqual(["NorthwindSpend $9,180.00 (€8,500.00), forecast $154,000.00 (€140,000.00)", "$64,800.00 (€60,000.00)42.1% of forecast"]);
    expect(rows[1].slice(0, 2)).toEqual(["FabrikamSpend $3,000.00, forecast $30,000.00", "$12,000.5040% of forecast"]);
  });

  test("a partner whose currency has no rate says so beside its amounts, never a zero in its currency", async () => {
    await excelPane({ view: "results", tables: workbook(planWithP001In("CHF")) });
    const rows = rowsOf("Results by partner");
    const northwind = rows.find((r) => r[0].startsWith("Northwind"))!;
    // Its rows count nowhere (V10): the plan currency's zeros, and no CHF figure.
    expect(northwind[0]).toBe("NorthwindSpend $0.00 (no CHF rate), forecast $0.00 (no CHF rate)");
    expect(northwind[1]).toMatch(/^\$0\.00 \(no CHF rate\)/);
  });

  test("by quarter, each bar is a quarter's revenue against the largest quarter's, whatever the forecasts", async () => {
    const plan = cleanPlan();
    plan.JmpJointPlan = [...plan.JmpJointPlan!, { "Partner ID": "P002", "Initiative ID": "I-CLOUD", Period: "FY2026-Q3", "Forecast revenue": 900000 }];
    const quarters = analyze(workbook(plan)).periods("quarter");
    if (!("periods" in quarters)) throw new Error(quarters.problem);
    // O1 60,000 on 2026-06-01 (Q2) and O4 12,000.50 on 2026-07-01 (Q3); Q3's forecast of 900,000 is not the scale.
    expect(quarterBars(quarters.periods, currency("USD")).map((b) => [b.label, b.part, b.whole])).toEqual([
      ["FY2026-Q1", 0, 6_000_000],
      ["FY2026-Q2", 6_000_000, 6_000_000],
      ["FY2026-Q3", 1_200_050, 6_000_000],
      ["FY2026-Q4", 0, 6_000_000],
    ]);
  });

  test("picking a quarter shows its money promised, paid and owed, as the report's By period table does", async () => {
    const user = userEvent.setup();
    await excelPane({ view: "results", tables: workbook(cleanPlan()) });
    await user.selectOptions(screen.getByRole("combobox", { name: "Period" }), "FY2026-Q1");
    const quarters = analyze(workbook(cleanPlan())).periods("quarter");
    if (!("periods" in quarters)) throw new Error(quarters.problem);
    const q1 = quarters.periods[0].totals;
    const valueOf = (label: string) => figure("Results of FY2026-Q1", label);
    const usd = (cents: number) => `$${(cents / 100).toLocaleString("en-US", { minimumFractionDigits: 2 })}`;
    expect([valueOf("Committed"), valueOf("Paid"), valueOf("Payable")]).toEqual([usd(q1.committed), usd(q1.paid), usd(q1.payable)]);
    expect(q1.committed).toBe(q1.authorized - q1.paid);
    expect(q1.committed).toBeGreaterThan(0);
  });

  test("the period picker offers what no quarter holds, so the quarters and it add up to the whole plan", async () => {
    const user = userEvent.setup();
    await excelPane({ view: "results", tables: workbook(cleanPlan()) });
    await user.selectOptions(screen.getByRole("combobox", { name: "Period" }), "Outside the quarters");
    const analysis = analyze(workbook(cleanPlan()));
    const quarters = analysis.periods("quarter");
    if (!("periods" in quarters)) throw new Error(quarters.problem);
    const usd = (cents: number) => `$${(cents / 100).toLocaleString("en-US", { minimumFractionDigits: 2 })}`;
    const rest = (pick: (f: typeof analysis.totals) => number | null) => (pick(analysis.totals) ?? 0) - quarters.periods.reduce((n, q) => n + (pick(q.totals) ?? 0), 0);
    // The clean plan's Joint Plan rows forecast the whole plan, so none of their forecast is in a quarter.
    expect(rest((f) => f.forecast)).toBe(analysis.totals.forecast);
    expect(figure("Results outside the quarters", "Forecast")).toBe(usd(analysis.totals.forecast!));
    expect(figure("Results outside the quarters", "Revenue")).toBe(usd(rest((f) => f.revenue)));
    expect(screen.getByText(/forecasts for the whole plan rather than a quarter/)).toBeTruthy();
  });

  test("by quarter, the caption says what the bars show", async () => {
    await excelPane({ view: "results" });
    expect(screen.getByText(/Revenue recorded in each fiscal quarter, each bar against the quarter with the most/)).toBeTruthy();
  });

  test("has no serious accessibility violations", async () => {
    const { container } = await excelPane({ view: "results" });
    expect(await seriousViolations(container)).toEqual([]);
  });
});
