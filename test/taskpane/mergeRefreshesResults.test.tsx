/** @jest-environment jsdom */
/**
 * Accepting a partner pack in the pane does what `jmp merge` does after writing: the plan is
 * checked again and its Dashboard and Issues sheets are rebuilt from that check, in browser mode
 * (the downloaded file) and in Excel (the Office.js adapter, in a fixed number of round trips).
 */
import "./support/dom";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider } from "@fluentui/react-components";
import ExcelJS from "exceljs";
import type { Worksheet } from "exceljs";
import { analyze } from "../../src/engine";
import type { Analysis } from "../../src/engine";
import { centsToUnits } from "../../src/model/money";
import { countFindings } from "../../src/model/findings";
import { samplePlanTables } from "../../src/model/sample/samplePlan";
import { PackSaverProvider } from "../../src/taskpane/partners/PackSaver";
import { exportPack, loadPackModules } from "../../src/taskpane/partners/packTools";
import { PlanProvider } from "../../src/taskpane/session/PlanContext";
import { PlanSession } from "../../src/taskpane/session/PlanSession";
import { fluentTheme } from "../../src/taskpane/theme";
import { PartnerWorkbooksView } from "../../src/taskpane/views/PartnerWorkbooksView";
import { ExcelWorkbook } from "../../src/workbook/excel/ExcelWorkbook";
import type { WorkbookPort } from "../../src/workbook/port";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { createFakeExcel } from "../fakes/fakeExcel";
import type { FakeExcel } from "../fakes/fakeExcel";
import { day, edited, excel, firstEmptyRow, samplePlanBytes, sheet } from "../packs/packHelpers";
import { settled } from "./support/pane";

const PARTNER = "P-103";
/** Revenue the partner reports in its pack, in currency units. */
const NEW_REVENUE = 12_345.67;

/** Renders the Partner workbooks view over `session`. */
function renderView(session: PlanSession): void {
  render(
    <FluentProvider theme={fluentTheme(false)}>
      <PlanProvider services={{ session }}>
        <PackSaverProvider value={() => undefined}>
          <PartnerWorkbooksView />
        </PackSaverProvider>
      </PlanProvider>
    </FluentProvider>,
  );
}

/** Writes `values` by header into the first empty row of a pack sheet. */
function addRow(worksheet: Worksheet, values: Readonly<Record<string, unknown>>): void {
  const row = firstEmptyRow(worksheet);
  const headers = worksheet.getRow(1).values as unknown[];
  for (const [header, value] of Object.entries(values)) {
    const column = headers.indexOf(header);
    if (column < 1) throw new Error(`no column ${header} on ${worksheet.name}`);
    worksheet.getCell(row, column).value = value as ExcelJS.CellValue;
  }
}

/** The plan's pack of P-103 with `outcomes` revenue outcomes added by the partner, and one dated too late. */
async function filledPack(workbook: WorkbookPort, outcomes = 1): Promise<Uint8Array> {
  const { bytes } = await exportPack(await loadPackModules(), workbook, PARTNER, "plan.xlsx");
  return edited(bytes, (wb) => {
    const outcome = (id: string, value: number, date: string): void =>
      addRow(sheet(wb, "Outcomes"), { "Outcome ID": id, "Partner ID": PARTNER, "Initiative ID": "INI-CLOUD", Metric: "Revenue", Value: value, Date: day(date), Reference: `CRM ${id}` });
    for (let i = 1; i <= outcomes; i++) outcome(`O-NW-${i}`, i === 1 ? NEW_REVENUE : 0, "2026-06-30");
    // Dated after the plan period: a new finding (O01), so the Issues sheet must change too.
    outcome("O-NW-LATE", 0, "2027-02-01");
  });
}

/** Uploads the pack and accepts its preview. */
async function acceptPack(session: PlanSession, pack: Uint8Array): Promise<void> {
  const user = userEvent.setup();
  await user.upload(screen.getByLabelText("Choose a filled partner pack"), new File([pack as BlobPart], "filled.xlsx"));
  await settled(session);
  await user.click(screen.getByRole("button", { name: "Accept and write" }));
  await settled(session);
}

/** P-103's revenue in currency units, from an analysis. */
function partnerRevenue(analysis: Analysis): number {
  const partner = analysis.partners.find((p) => p.id === PARTNER);
  return centsToUnits(partner?.figures.revenue ?? 0);
}

/** "7 errors, 15 warnings" as the Issues heading starts. */
function issuesPhrase(analysis: Analysis): string {
  const { errors, warnings } = countFindings(analysis.findings);
  return `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"} · `;
}

describe("accepting a pack refreshes the Dashboard and Issues sheets", () => {
  test("in browser mode the downloaded file holds the Dashboard and Issues of the merged plan", async () => {
    const plan = await XlsxWorkbook.load(await samplePlanBytes());
    const before = analyze(await plan.readTables());
    // The file as a user opens it: its generated sheets written from the plan before the merge.
    await plan.writeResults(before);
    const session = new PlanSession({ mode: "browser" });
    await session.attach(plan, "plan.xlsx");
    renderView(session);

    await acceptPack(session, await filledPack(plan));
    const after = session.getState().analysis as Analysis;
    expect(partnerRevenue(after)).toBeCloseTo(partnerRevenue(before) + NEW_REVENUE, 2);
    expect(session.getState().resultsFrom).toBe(after);
    expect(screen.getByText(/Plan checked: .* Dashboard and Issues sheets refreshed\./)).toBeTruthy();

    const downloaded = await excel(await plan.toBuffer());
    const issues = sheet(downloaded, "Issues");
    expect(String(issues.getCell("A2").value)).toMatch(new RegExp(`^${issuesPhrase(after)}`));
    expect(issuesPhrase(after)).not.toBe(issuesPhrase(before));
    const dashboard = sheet(downloaded, "Dashboard");
    const revenue = dashboardFigure(dashboard, PARTNER, "Revenue");
    expect(revenue).toBeCloseTo(partnerRevenue(after), 2);
  });

  test("in Excel the open workbook's sheets are rebuilt in a fixed number of round trips, whatever the pack holds", async () => {
    const syncsOfAccept = async (outcomes: number): Promise<{ excel: FakeExcel; syncs: number; session: PlanSession; before: Analysis }> => {
      const fake = createFakeExcel({ tables: samplePlanTables() });
      const workbook = new ExcelWorkbook(fake.host, { debounceMs: 5 });
      const session = new PlanSession({ mode: "excel", workbook });
      await session.refresh();
      const before = session.getState().analysis as Analysis;
      await workbook.writeResults(before);
      renderView(session);
      const pack = await filledPack(workbook, outcomes);
      const user = userEvent.setup();
      await user.upload(screen.getByLabelText("Choose a filled partner pack"), new File([pack as BlobPart], "filled.xlsx"));
      await settled(session);
      fake.reset();
      await user.click(screen.getByRole("button", { name: "Accept and write" }));
      await settled(session);
      return { excel: fake, syncs: fake.syncs, session, before };
    };

    const one = await syncsOfAccept(1);
    const after = one.session.getState().analysis as Analysis;
    expect(partnerRevenue(after)).toBeCloseTo(partnerRevenue(one.before) + NEW_REVENUE, 2);
    expect(one.session.getState().resultsFrom).toBe(after);
    const issues = one.excel.sheet("Issues");
    expect(String(issues.value(1, 0))).toMatch(new RegExp(`^${issuesPhrase(after)}`));
    const dashboard = one.excel.sheet("Dashboard");
    const title = rowWith(dashboard.values, "By partner");
    const header = dashboard.values[title + 1]?.indexOf("Revenue") ?? -1;
    const row = dashboard.values.findIndex((r, i) => i > title && r?.[0] === PARTNER);
    expect(dashboard.value(row, header)).toBeCloseTo(partnerRevenue(after), 2);
    // The preview made again (the empty log 1, the tables 3), the new rows (2), the log lines (2),
    // the check (3), the Dashboard and Issues replaced (4), and the merge log view reading the log
    // it shows (2): every step batched, none a sync per row.
    expect(one.syncs).toBe(17);
    expect(one.excel.maxRequestBytes).toBeLessThan(4_000_000);
    document.body.innerHTML = "";

    const many = await syncsOfAccept(40);
    expect(many.syncs).toBe(one.syncs);
  });
});

/** The row index of the first row whose column A is `text`. */
function rowWith(values: readonly (readonly unknown[] | undefined)[], text: string): number {
  const index = values.findIndex((r) => r?.[0] === text);
  if (index < 0) throw new Error(`no row ${text}`);
  return index;
}

/** The number under `header` in the "By partner" block's row of `partner` on a Dashboard sheet. */
function dashboardFigure(dashboard: ExcelJS.Worksheet, partner: string, header: string): number {
  const values: unknown[][] = [];
  dashboard.eachRow({ includeEmpty: true }, (row, n) => (values[n - 1] = (row.values as unknown[]).slice(1)));
  for (let i = 0; i < values.length; i++) values[i] ??= [];
  const title = rowWith(values, "By partner");
  const column = values[title + 1].indexOf(header);
  const row = values.findIndex((r, i) => i > title && r[0] === partner);
  return Number(values[row][column]);
}
