/** @jest-environment jsdom */
import "./support/dom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { samplePlanTables } from "../../src/model/sample/samplePlan";
import { applyLines } from "../../src/taskpane/views/ApplySummary";
import { excelPane, seriousViolations, settled } from "./support/pane";

describe("Set up view", () => {
  test("creates the template with the sample plan in an empty workbook and shows what was added", async () => {
    const user = userEvent.setup();
    const pane = await excelPane({ view: "setup", tables: [] });
    const apply = jest.spyOn(pane.workbook, "applyTemplate");
    expect(screen.getByText("This workbook has no JMP tables yet.")).toBeTruthy();
    await user.click(screen.getByRole("checkbox", { name: "Fill empty tables with the sample plan" }));
    await user.click(screen.getByRole("button", { name: "Create the template" }));
    await settled(pane.session);
    expect(apply).toHaveBeenCalledWith({ withSample: true });
    expect(screen.getByText("Template version 3 is in place")).toBeTruthy();
    expect(screen.getByText("Tables added: Settings, Tactic Types, Initiatives, Partners, Joint Plan, Tactics, Allocations, Claims, Outcomes, Rates")).toBeTruthy();
    // The plan is checked again at once: the sample's tables are there, with its findings.
    expect(screen.getByText("All 10 JMP tables are in this workbook.")).toBeTruthy();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("FY2026 Joint Marketing Plan");
    expect(pane.session.getState().analysis?.findings).toHaveLength(12);
  });

  test("upgrading a complete workbook adds nothing and says so", async () => {
    const user = userEvent.setup();
    const pane = await excelPane({ view: "setup" });
    expect(screen.getByText("All 10 JMP tables are in this workbook.")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Set up or upgrade the template" }));
    await settled(pane.session);
    const result = screen.getByText("Template version 3 is in place").closest(".fui-MessageBar") as HTMLElement;
    expect(within(result).getByText(/Nothing was missing/)).toBeTruthy();
  });

  test("lists the tables that are missing before the upgrade", async () => {
    await excelPane({ view: "setup", tables: samplePlanTables().filter((t) => t.name !== "JmpClaims" && t.name !== "JmpOutcomes") });
    expect(screen.getByText("2 of 10 JMP tables are missing: Claims, Outcomes.")).toBeTruthy();
  });

  test("says what each kind of addition was, in the sheets' words", () => {
    expect(applyLines({ tablesAdded: ["JmpClaims"], columnsAdded: [{ table: "JmpTactics", header: "Expected revenue" }], settingsAdded: ["As of"], version: 1 })).toEqual([
      "Tables added: Claims",
      "Columns added: Tactics › Expected revenue",
      "Settings added: As of",
    ]);
    expect(applyLines({ tablesAdded: [], columnsAdded: [], settingsAdded: [], version: 1 })).toEqual([]);
    expect(applyLines({ tablesAdded: [], columnsAdded: [], columnsNotAdded: [{ table: "JmpPartners", header: "Currency" }], settingsAdded: [], version: 3 })).toEqual([
      "Columns not added, as cells to the right of their tables are in use (move them and set up again): Partners › Currency",
    ]);
  });

  test("embeds the convert view for the open workbook", async () => {
    await excelPane({ view: "setup" });
    expect(screen.getByRole("heading", { name: "Convert a sheet" })).toBeTruthy();
  });

  test("has no serious accessibility violations", async () => {
    const { container } = await excelPane({ view: "setup", tables: [] });
    expect(await seriousViolations(container)).toEqual([]);
  });
});
