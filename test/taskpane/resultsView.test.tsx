/** @jest-environment jsdom */
import "./support/dom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { analyze } from "../../src/engine";
import { samplePlanTables } from "../../src/model/sample/samplePlan";
import { bestTacticType } from "../../src/taskpane/views/ResultsView";
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

  test("names the tactic type that returns the most per MDF dollar and ranks the types by ROI", async () => {
    await excelPane({ view: "results" });
    expect(screen.getByText("Content syndication returns the most per MDF dollar: ROI 706.5%.")).toBeTruthy();
    const types = rowsOf("Results by tactic type").map((r) => r[0].split("Spend")[0]);
    expect(types.slice(0, 3)).toEqual(["Content syndication", "Trade show", "Telemarketing"]);
    expect(types[types.length - 1]).toBe("Training");
    const chart = screen.getByRole("figure", { name: "Revenue by tactic type" });
    expect(within(chart).getByText("Event: $625,100.00")).toBeTruthy();
  });

  test("the best type ignores types with no spend", () => {
    const types = analyze(samplePlanTables()).tacticTypes;
    expect(bestTacticType(types)?.type).toBe("Content syndication");
    expect(bestTacticType(types.map((t) => ({ ...t, figures: { ...t.figures, roi: null } })))).toBeUndefined();
    expect(bestTacticType([])).toBeUndefined();
  });

  test("has no serious accessibility violations", async () => {
    const { container } = await excelPane({ view: "results" });
    expect(await seriousViolations(container)).toEqual([]);
  });
});
