/** @jest-environment jsdom */
import "./support/dom";
import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { excelPane, settled } from "./support/pane";
import { rowsOf } from "./support/tables";

describe("plan actions", () => {
  test("Refresh dashboard sheet writes the Dashboard and Issues sheets from the latest check", async () => {
    const user = userEvent.setup();
    const pane = await excelPane({ view: "check" });
    const write = jest.spyOn(pane.workbook, "writeResults");
    expect(screen.getByText("Dashboard not refreshed since the last check.")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Refresh dashboard sheet" }));
    await settled(pane.session);
    expect(write).toHaveBeenCalledTimes(1);
    expect(write.mock.calls[0][0]).toBe(pane.session.getState().analysis);
    expect(pane.excel.state.findSheet("Dashboard")).toBeDefined();
    expect(pane.excel.state.findSheet("Issues")).toBeDefined();
    expect(screen.getByText("Dashboard is up to date.")).toBeTruthy();
    expect(screen.getByText("Dashboard and Issues sheets refreshed.").getAttribute("aria-live")).toBe("polite");
  });

  test("shows a progress bar while it works and keeps the buttons off until it is done", async () => {
    const user = userEvent.setup();
    const pane = await excelPane({ view: "check" });
    let finish: () => void = () => undefined;
    jest.spyOn(pane.workbook, "writeResults").mockImplementation(() => new Promise<void>((resolve) => (finish = resolve)));
    await user.click(screen.getByRole("button", { name: "Refresh dashboard sheet" }));
    const bar = await screen.findByRole("progressbar");
    expect(bar).toBeTruthy();
    expect(screen.getByText("Writing the Dashboard and Issues sheets")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Check again" }) as HTMLButtonElement).disabled).toBe(true);
    finish();
    await settled(pane.session);
    expect(screen.queryByRole("progressbar")).toBeNull();
    expect((screen.getByRole("button", { name: "Check again" }) as HTMLButtonElement).disabled).toBe(false);
  });

  test("a failed refresh shows what went wrong and what to do next", async () => {
    const user = userEvent.setup();
    const pane = await excelPane({ view: "check" });
    jest.spyOn(pane.workbook, "writeResults").mockRejectedValue(Object.assign(new Error("The sheet is protected."), { code: "AccessDenied" }));
    await user.click(screen.getByRole("button", { name: "Refresh dashboard sheet" }));
    await settled(pane.session);
    expect(screen.getByText("The dashboard could not be refreshed")).toBeTruthy();
    expect(screen.getByText("The sheet is protected.")).toBeTruthy();
    expect(screen.getByText(/Unprotect it in Excel/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Dismiss" }));
    expect(screen.queryByText("The dashboard could not be refreshed")).toBeNull();
  });

  test("Check again reads the tables again", async () => {
    const user = userEvent.setup();
    const pane = await excelPane({ view: "check" });
    const read = jest.spyOn(pane.workbook, "readTables");
    await user.click(screen.getByRole("button", { name: "Check again" }));
    await settled(pane.session);
    expect(read).toHaveBeenCalledTimes(1);
    expect(screen.getByText("Plan checked: 6 errors, 6 warnings.").getAttribute("aria-live")).toBe("polite");
  });

  test("when Excel refuses to report edits, the pane says so and keeps saying it after checks", async () => {
    const user = userEvent.setup();
    const pane = await excelPane({ view: "check" });
    jest.spyOn(pane.workbook, "onTablesChanged").mockRejectedValue(new Error("This host does not report table changes."));
    await act(() => pane.session.follow());
    expect(screen.getByText("The pane cannot follow edits")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Check again" }));
    await settled(pane.session);
    expect(screen.getByText("Press Check again after you edit the plan.")).toBeTruthy();
  });

  test("figures follow edits to the JMP tables without pressing anything", async () => {
    const pane = await excelPane({ view: "funding" });
    const read = jest.spyOn(pane.workbook, "readTables");
    await pane.session.follow();
    await act(async () => {
      pane.excel.edit("Partners", "B2", [["Adatum Group"]]);
      // The change listener is debounced; wait for the read it starts.
      while (read.mock.calls.length === 0) await new Promise((resolve) => setTimeout(resolve, 5));
    });
    expect(read).toHaveBeenCalledTimes(1);
    await settled(pane.session);
    expect(rowsOf("Funding by partner")[0][0]).toMatch(/^Adatum Group/);
    pane.session.dispose();
  });
});
