/** @jest-environment jsdom */
import "./support/dom";
import { fireEvent, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { analyze } from "../../src/engine";
import { readFileBytes, XLSX_TYPE } from "../../src/taskpane/browser/fileIo";
import * as xlsxModule from "../../src/workbook/xlsx/fileWorkbooks";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { browserPane, chooseFileAction, seriousViolations, settled } from "./support/pane";

/** An .xlsx file in memory holding the sample plan, as a user would pick it. */
async function sampleFile(name: string): Promise<File> {
  const workbook = XlsxWorkbook.create();
  await workbook.applyTemplate({ withSample: true });
  return new File([(await workbook.toBuffer()) as BlobPart], name, { type: XLSX_TYPE });
}

const fileGroup = () => screen.getByRole("group", { name: "Workbook file" });

describe("browser mode", () => {
  test("opens a picked .xlsx file and checks its plan", async () => {
    const user = userEvent.setup();
    const pane = browserPane({ view: "check" });
    expect(within(fileGroup()).getByText("No workbook open")).toBeTruthy();
    await user.upload(screen.getByLabelText("Open an .xlsx workbook"), await sampleFile("Partner plan.xlsx"));
    await settled(pane.session);
    expect(within(fileGroup()).getByText("Partner plan.xlsx")).toBeTruthy();
    expect(screen.getByText("6 errors and 6 warnings in the plan.")).toBeTruthy();
  });

  test("refreshes the dashboard and downloads the updated workbook under the same name", async () => {
    const user = userEvent.setup();
    const pane = browserPane({ view: "check" });
    await user.upload(screen.getByLabelText("Open an .xlsx workbook"), await sampleFile("Partner plan.xlsx"));
    await settled(pane.session);
    await user.click(screen.getByRole("button", { name: "Refresh dashboard sheet" }));
    await settled(pane.session);
    expect(within(fileGroup()).getByText("Partner plan.xlsx")).toBeTruthy();
    expect(within(fileGroup()).getByText("Changed, not downloaded")).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Download" }));
    await settled(pane.session);
    expect(pane.saved.map((s) => [s.name, s.blob.type])).toEqual([["Partner plan.xlsx", XLSX_TYPE]]);
    expect(within(fileGroup()).getByText("Partner plan.xlsx")).toBeTruthy();

    const downloaded = await XlsxWorkbook.load(await readFileBytes(pane.saved[0].blob));
    expect(downloaded.workbook.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(["Dashboard", "Issues", "Tactics"]));
    expect(analyze(await downloaded.readTables()).findings).toHaveLength(12);
  });

  test("opens a file dropped on the pane", async () => {
    const pane = browserPane({ view: "check" });
    const file = await sampleFile("Dropped plan.xlsx");
    const zone = fileGroup().closest("main")?.parentElement as HTMLElement;
    fireEvent.dragOver(zone, { dataTransfer: { types: ["Files"], files: [file], dropEffect: "none" } });
    fireEvent.drop(zone, { dataTransfer: { types: ["Files"], files: [file] } });
    await settled(pane.session);
    expect(within(fileGroup()).getByText("Dropped plan.xlsx")).toBeTruthy();
    expect(screen.getByText("6 errors and 6 warnings in the plan.")).toBeTruthy();
  });

  test("a file that is not a workbook is refused with what to do next", async () => {
    const user = userEvent.setup();
    const pane = browserPane();
    await user.upload(screen.getByLabelText("Open an .xlsx workbook"), new File(["Partner,Budget\nAdatum,1000\n"], "budget.xlsx", { type: XLSX_TYPE }));
    await settled(pane.session);
    expect(screen.getByText("The file could not be opened")).toBeTruthy();
    expect(screen.getByText(/Choose an Excel workbook \(\.xlsx\)/)).toBeTruthy();
    expect(within(fileGroup()).getByText("No workbook open")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Download" }) as HTMLButtonElement).disabled).toBe(true);
  });

  test("a workbook with changes not downloaded is replaced only when the user agrees, and closing the page asks first", async () => {
    const user = userEvent.setup();
    const asked: string[] = [];
    let agree = false;
    const pane = browserPane({ files: { confirmDiscard: (name) => (asked.push(name), agree) } });
    await user.upload(screen.getByLabelText("Open an .xlsx workbook"), await sampleFile("Partner plan.xlsx"));
    await settled(pane.session);
    // Unchanged: replaced without a question.
    await chooseFileAction(user, "Load sample");
    await settled(pane.session);
    expect(asked).toEqual([]);
    // A change: the Dashboard refreshed in the page (as any edit, it is not downloaded yet).
    await user.click(screen.getByRole("button", { name: "Refresh dashboard sheet" }));
    await settled(pane.session);
    expect(pane.session.getState().unsaved).toBe(true);
    const unload = () => {
      const event = new Event("beforeunload", { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(unload()).toBe(true);

    for (const replace of [() => chooseFileAction(user, "New plan"), () => chooseFileAction(user, "Load sample"), async () => user.upload(screen.getByLabelText("Open an .xlsx workbook"), await sampleFile("Other.xlsx"))]) {
      await replace();
      await settled(pane.session);
      expect(within(fileGroup()).getByText("JMP sample plan.xlsx")).toBeTruthy();
      expect(pane.session.getState().unsaved).toBe(true);
    }
    expect(asked).toEqual(["JMP sample plan.xlsx", "JMP sample plan.xlsx", "JMP sample plan.xlsx"]);

    agree = true;
    await chooseFileAction(user, "New plan");
    await settled(pane.session);
    expect(within(fileGroup()).getByText("JMP plan.xlsx")).toBeTruthy();
    expect(pane.session.getState().unsaved).toBe(false);
    expect(unload()).toBe(false);
  });

  test("a workbook holding no plan yet says so, instead of ten 'missing table' errors, and has no Dashboard to refresh", async () => {
    const user = userEvent.setup();
    const pane = browserPane({ view: "check" });
    const tracker = XlsxWorkbook.create();
    const sheet = tracker.workbook.addWorksheet("MDF 2026");
    sheet.addRow(["Partner", "Activity", "Requested"]);
    sheet.addRow(["Contoso", "Webinar", 5000]);
    await user.upload(screen.getByLabelText("Open an .xlsx workbook"), new File([(await tracker.toBuffer()) as BlobPart], "tracker.xlsx", { type: XLSX_TYPE }));
    await settled(pane.session);
    expect(pane.session.getState().notice).toBe("No plan in this workbook yet: set up the template or import a tracker under Set up.");
    expect(screen.getByText("Nothing to check yet.")).toBeTruthy();
    expect(screen.queryByRole("button", { name: /S01/ })).toBeNull();
    expect((screen.getByRole("button", { name: "Refresh dashboard sheet" }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.queryByText("Dashboard not refreshed since the last check.")).toBeNull();
  });

  test("Load sample and New plan start workbooks of their own", async () => {
    const user = userEvent.setup();
    const pane = browserPane({ view: "setup" });
    await chooseFileAction(user, "Load sample");
    await settled(pane.session);
    expect(within(fileGroup()).getByText("JMP sample plan.xlsx")).toBeTruthy();
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("FY2026 Joint Marketing Plan");
    await chooseFileAction(user, "New plan");
    await settled(pane.session);
    expect(within(fileGroup()).getByText("JMP plan.xlsx")).toBeTruthy();
    expect(screen.getByText("All 10 JMP tables are in this workbook.")).toBeTruthy();
    expect(pane.session.getState().analysis?.partners).toEqual([]);
  });

  test("loads the xlsx adapter only when a workbook is opened or made", async () => {
    const user = userEvent.setup();
    const loadXlsx = jest.fn(() => Promise.resolve(xlsxModule));
    const pane = browserPane({ files: { loadXlsx } });
    expect(loadXlsx).not.toHaveBeenCalled();
    await chooseFileAction(user, "Load sample");
    await settled(pane.session);
    expect(loadXlsx).toHaveBeenCalledTimes(1);
  });

  test("has no serious accessibility violations, before and after a file is open", async () => {
    const user = userEvent.setup();
    const pane = browserPane({ view: "check" });
    expect(await seriousViolations(pane.container)).toEqual([]);
    await chooseFileAction(user, "Load sample");
    await settled(pane.session);
    await user.click(screen.getByRole("button", { name: /P02/ }));
    expect(await seriousViolations(pane.container)).toEqual([]);
  });
});
