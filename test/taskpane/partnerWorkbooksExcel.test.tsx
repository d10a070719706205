/** @jest-environment jsdom */
import "./support/dom";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider } from "@fluentui/react-components";
import type { Worksheet } from "exceljs";
import { samplePlanTables } from "../../src/model/sample/samplePlan";
import { readFileBytes } from "../../src/taskpane/browser/fileIo";
import { PackSaverProvider } from "../../src/taskpane/partners/PackSaver";
import { PlanProvider } from "../../src/taskpane/session/PlanContext";
import { PlanSession } from "../../src/taskpane/session/PlanSession";
import { fluentTheme } from "../../src/taskpane/theme";
import { PartnerWorkbooksView } from "../../src/taskpane/views/PartnerWorkbooksView";
import { ExcelWorkbook } from "../../src/workbook/excel/ExcelWorkbook";
import { createFakeExcel } from "../fakes/fakeExcel";
import { day, edited, excel, firstEmptyRow, sheet, writeRow } from "../packs/packHelpers";
import { figure } from "./support/tables";
import { settled } from "./support/pane";

function column(worksheet: Worksheet, header: string): number {
  for (let c = 1; c <= worksheet.columnCount; c++) if (worksheet.getCell(1, c).value === header) return c;
  throw new Error(`no column ${header}`);
}

test("in Excel, a pack is exported from the open workbook and an import is written into it", async () => {
  const user = userEvent.setup();
  const fake = createFakeExcel({ tables: samplePlanTables() });
  const workbook = new ExcelWorkbook(fake.host, { debounceMs: 5 });
  const session = new PlanSession({ mode: "excel", workbook });
  await session.refresh();
  const saved: Blob[] = [];
  render(
    <FluentProvider theme={fluentTheme(false)}>
      <PlanProvider services={{ session }}>
        <PackSaverProvider value={(blob) => saved.push(blob)}>
          <PartnerWorkbooksView />
        </PackSaverProvider>
      </PlanProvider>
    </FluentProvider>,
  );

  await user.selectOptions(screen.getByRole("combobox", { name: "Partner" }), "P-103");
  await user.click(screen.getByRole("button", { name: "Export pack" }));
  await settled(session);
  const pack = await readFileBytes(saved[0]);
  const tacticIds = (await excel(pack)).getWorksheet("Tactics");
  expect(tacticIds?.getCell(2, 2).value).toBe("P-103");

  const filled = await edited(pack, (wb) => {
    const tactics = sheet(wb, "Tactics");
    tactics.getCell(2, column(tactics, "Description")).value = "=HYPERLINK(\"x\")";
    writeRow(tactics, firstEmptyRow(tactics), ["T-NW-1", "P-103", "INI-CLOUD", "Webinar", "New webinar", day("2026-07-01"), day("2026-07-01"), 1000, 400]);
  });
  await user.upload(screen.getByLabelText("Choose a filled partner pack"), new File([filled as BlobPart], "filled.xlsx"));
  await settled(session);
  expect(figure("Import preview", "Added")).toBe("1");
  expect(figure("Import preview", "Changed")).toBe("1");

  await user.click(screen.getByRole("button", { name: "Accept and write" }));
  await settled(session);
  const tactics = (await workbook.readTables()).find((t) => t.name === "JmpTactics");
  const at = (header: string): number => tactics?.headers.indexOf(header) ?? -1;
  const added = tactics?.rows.find((r) => r[0] === "T-NW-1");
  expect(added?.[at("Description")]).toBe("New webinar");
  // New tactics from a partner arrive as Submitted: the vendor decides.
  expect(added?.[at("Status")]).toBe("Submitted");
  // Text that looks like a formula stays text.
  expect(tactics?.rows.some((r) => r[at("Description")] === "=HYPERLINK(\"x\")")).toBe(true);
  expect(session.getState().analysis?.plan.tactics.some((t) => t.id?.text === "T-NW-1")).toBe(true);
  expect(screen.getByText(/filled.xlsx imported: 1 row added, 1 cell changed in 1 row\./)).toBeTruthy();
});
