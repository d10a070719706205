/** @jest-environment jsdom */
import "./support/dom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { analyze } from "../../src/engine";
import { samplePlanTables } from "../../src/model/sample/samplePlan";
import { cleanPlan, workbook } from "../helpers/tables";
import { browserPane, chooseFileAction, excelPane, seriousViolations, settled } from "./support/pane";

const SAMPLE = analyze(samplePlanTables());
const errorsOf = SAMPLE.findings.filter((f) => f.severity === "error");

/** The finding buttons shown, as "CODE place" lines. */
function shownFindings(): string[] {
  return screen
    .getAllByRole("listitem")
    .map((item) => within(item).getAllByRole("button")[0])
    .map((button) => /^(?:Error|Warning)([A-Z]\d{2}.+?![A-Z]+\d+)/.exec(button.textContent ?? "")?.[1] ?? "");
}

describe("Check view", () => {
  test("lists every finding of the engine, grouped by table, with the counts", async () => {
    await excelPane({ view: "check" });
    expect(screen.getByText("6 errors and 6 warnings in the plan. Select one to go to its cell.")).toBeTruthy();
    expect(screen.getByText("Showing 12 findings: 6 errors, 6 warnings.")).toBeTruthy();
    const headings = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(headings).toEqual(["Tactics (5)", "Allocations (1)", "Claims (5)", "Outcomes (1)"]);
    expect(shownFindings()).toEqual(SAMPLE.findings.map((f) => `${f.code}${f.sheet}!${f.cell}`));
  });

  test("filters by severity and by partner, and the counts follow", async () => {
    const user = userEvent.setup();
    await excelPane({ view: "check" });
    await user.selectOptions(screen.getByLabelText("Severity"), "error");
    expect(screen.getByText(`Showing ${errorsOf.length} findings: ${errorsOf.length} errors, 0 warnings.`)).toBeTruthy();
    expect(shownFindings()).toEqual(errorsOf.map((f) => `${f.code}${f.sheet}!${f.cell}`));

    // Woodgrove (P-107) has the claim on a Draft tactic that also has no funding.
    await user.selectOptions(screen.getByLabelText("Partner"), "P-107");
    expect(screen.getByText("Showing 2 findings: 2 errors, 0 warnings.")).toBeTruthy();
    expect(shownFindings()).toEqual(["C01Claims!B41", "C07Claims!B41"]);

    await user.selectOptions(screen.getByLabelText("Severity"), "warning");
    expect(screen.getByText("Showing 0 findings: 0 errors, 0 warnings.")).toBeTruthy();
    expect(screen.queryAllByRole("listitem")).toEqual([]);
  });

  test("filters by rule code: each code the plan has, with its title and count", async () => {
    const user = userEvent.setup();
    await excelPane({ view: "check" });
    const codes = [...new Set(SAMPLE.findings.map((f) => f.code))].sort();
    const options = within(screen.getByLabelText("Rule")).getAllByRole("option").map((o) => o.textContent);
    expect(options[0]).toBe("All rules");
    expect(options.slice(1).map((o) => o?.slice(0, 3))).toEqual(codes);
    const c07 = SAMPLE.findings.filter((f) => f.code === "C07");
    expect(options).toContain(`C07 Claim on a tactic that is not approved (${c07.length})`);
    await user.selectOptions(screen.getByLabelText("Rule"), "C07");
    expect(shownFindings()).toEqual(c07.map((f) => `${f.code}${f.sheet}!${f.cell}`));
    // The rule filter combines with the others.
    await user.selectOptions(screen.getByLabelText("Severity"), "warning");
    expect(screen.queryAllByRole("listitem")).toEqual([]);
  });

  test("the partner filter names partners from the Partners table, with their finding counts", async () => {
    await excelPane({ view: "check" });
    const options = within(screen.getByLabelText("Partner")).getAllByRole("option").map((o) => o.textContent);
    expect(options[0]).toBe("All partners");
    expect(options).toContain("Woodgrove Digital (P-107) (2)");
    expect(options).toContain("Fabrikam Solutions (P-102) (2)");
    expect(options[options.length - 1]).toBe("No partner");
  });

  test("selecting a finding selects its cell in Excel", async () => {
    const user = userEvent.setup();
    const pane = await excelPane({ view: "check" });
    const select = jest.spyOn(pane.workbook, "select");
    const p02 = SAMPLE.findings.find((f) => f.code === "P02");
    await user.click(screen.getByRole("button", { name: /P02.*Tactics!C24/ }));
    await settled(pane.session);
    expect(select).toHaveBeenCalledTimes(1);
    expect(select.mock.calls[0][0]).toEqual(p02);
    expect(pane.excel.state.activeSheet).toBe("Tactics");
    expect(pane.excel.state.selection).toMatch(/C24/);
    expect(screen.getByRole("button", { name: /P02.*Tactics!C24/ }).getAttribute("aria-current")).toBe("true");
  });

  test("a cell that cannot be selected any more shows what to do", async () => {
    const user = userEvent.setup();
    const pane = await excelPane({ view: "check" });
    jest.spyOn(pane.workbook, "select").mockRejectedValue(Object.assign(new Error("The requested resource doesn't exist."), { code: "ItemNotFound" }));
    await user.click(screen.getByRole("button", { name: /F04.*Allocations!C34/ }));
    await settled(pane.session);
    expect(screen.getByText("The cell could not be selected")).toBeTruthy();
    expect(screen.getByText("A JMP sheet or table was renamed or deleted. Press Check again.")).toBeTruthy();
  });

  test("in browser mode a finding opens the cell address and its row's values", async () => {
    const user = userEvent.setup();
    const pane = browserPane({ view: "check" });
    await chooseFileAction(user, "Load sample");
    await settled(pane.session);
    const button = screen.getByRole("button", { name: /P02.*Tactics!C24/ });
    expect(button.getAttribute("aria-expanded")).toBe("false");
    await user.click(button);
    expect(button.getAttribute("aria-expanded")).toBe("true");
    const detail = screen.getByRole("region", { name: "Row of Tactics!C24" });
    const form = within(detail).getByRole("form", { name: "Edit Tactics row 24" });
    const value = (label: string): string => (within(form).getByLabelText(label) as HTMLInputElement).value;
    expect({ tactic: value("Tactic ID"), partner: value("Partner ID"), initiative: value("Initiative ID"), status: value("Status") }).toEqual({
      tactic: "T-26023",
      partner: "P-104",
      initiative: "INI-SECURITY",
      status: "Completed",
    });
    // The finding's own cell has the focus.
    expect(document.activeElement).toBe(within(form).getByLabelText("Initiative ID"));
    expect(within(detail).getByText(/Tactic outside the Joint Plan/)).toBeTruthy();
    await user.click(button);
    expect(screen.queryByRole("region", { name: "Row of Tactics!C24" })).toBeNull();
  });

  test("a plan without findings says it passes every check", async () => {
    await excelPane({ view: "check", tables: workbook(cleanPlan()) });
    expect(screen.getByText("No findings: the plan passes every check.")).toBeTruthy();
    expect(screen.queryByLabelText("Severity")).toBeNull();
  });

  test("a missing table is listed as a finding about the whole table", async () => {
    await excelPane({ view: "check", tables: samplePlanTables().filter((t) => t.name !== "JmpOutcomes") });
    await userEvent.setup().click(screen.getByRole("button", { name: /S01/ }));
    expect(screen.getByRole("heading", { name: "Outcomes (1)" })).toBeTruthy();
    expect(screen.getByRole("button", { name: /S01/ }).textContent).toMatch(/JmpOutcomes/);
  });

  test("has no serious accessibility violations", async () => {
    const { container } = await excelPane({ view: "check" });
    expect(await seriousViolations(container)).toEqual([]);
  });
});
