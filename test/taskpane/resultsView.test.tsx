/** @jest-environment jsdom */
import "./support/dom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
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

  test("has no serious accessibility violations", async () => {
    const { container } = await excelPane({ view: "results" });
    expect(await seriousViolations(container)).toEqual([]);
  });
});
