/** @jest-environment jsdom */
import "./support/dom";
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider } from "@fluentui/react-components";
import type { Worksheet } from "exceljs";
import { PackSaverProvider } from "../../src/taskpane/partners/PackSaver";
import { PlanSession } from "../../src/taskpane/session/PlanSession";
import { PlanProvider } from "../../src/taskpane/session/PlanContext";
import { fluentTheme } from "../../src/taskpane/theme";
import { PartnerWorkbooksView } from "../../src/taskpane/views/PartnerWorkbooksView";
import { readFileBytes } from "../../src/taskpane/browser/fileIo";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { day, edited, excel, firstEmptyRow, samplePlanBytes, sheet, writeRow } from "../packs/packHelpers";
import { figure } from "./support/tables";
import { seriousViolations, settled } from "./support/pane";

interface Saved {
  readonly blob: Blob;
  readonly name: string;
}

/** The view in browser mode on an in-memory copy of the sample plan; downloads land in `saved`. */
async function partnerPane(): Promise<{ session: PlanSession; plan: XlsxWorkbook; saved: Saved[]; container: HTMLElement }> {
  const plan = await XlsxWorkbook.load(await samplePlanBytes());
  const session = new PlanSession({ mode: "browser" });
  await session.attach(plan, "plan.xlsx");
  const saved: Saved[] = [];
  const { container } = render(
    <FluentProvider theme={fluentTheme(false)}>
      <PlanProvider services={{ session }}>
        <PackSaverProvider value={(blob, name) => saved.push({ blob, name })}>
          <PartnerWorkbooksView />
        </PackSaverProvider>
      </PlanProvider>
    </FluentProvider>,
  );
  return { session, plan, saved, container };
}

function column(worksheet: Worksheet, header: string): number {
  for (let c = 1; c <= worksheet.columnCount; c++) if (worksheet.getCell(1, c).value === header) return c;
  throw new Error(`no column ${header}`);
}

async function exportFor(partner: string, pane: Awaited<ReturnType<typeof partnerPane>>): Promise<Uint8Array> {
  const user = userEvent.setup();
  await user.selectOptions(screen.getByRole("combobox", { name: "Partner" }), partner);
  await user.click(screen.getByRole("button", { name: "Export pack" }));
  await settled(pane.session);
  const last = pane.saved[pane.saved.length - 1];
  return readFileBytes(last.blob);
}

describe("Partner workbooks view", () => {
  test("export offers a pack of the chosen partner only", async () => {
    const pane = await partnerPane();
    const bytes = await exportFor("P-103", pane);
    expect(pane.saved.map((s) => s.name)).toEqual(["FY2026 Joint Marketing Plan - P-103 pack.xlsx"]);
    expect(screen.getByRole("status").textContent).toMatch(/downloaded: .*10 tactics/);
    const pack = await excel(bytes);
    const partnerIds = (name: string): Set<unknown> => {
      const ws = sheet(pack, name);
      const at = column(ws, "Partner ID");
      const ids = new Set<unknown>();
      for (let r = 2; r <= ws.rowCount; r++) {
        const v = ws.getCell(r, at).value;
        if (v !== null && v !== undefined) ids.add(v);
      }
      return ids;
    };
    expect(partnerIds("Tactics")).toEqual(new Set(["P-103"]));
    expect(partnerIds("Partners")).toEqual(new Set(["P-103"]));
    expect(partnerIds("Joint Plan")).toEqual(new Set(["P-103"]));
  });

  test("importing a filled pack previews it, and Accept writes it and checks the plan again", async () => {
    const user = userEvent.setup();
    const pane = await partnerPane();
    const packBytes = await exportFor("P-103", pane);
    const filled = await edited(packBytes, (wb) => {
      const tactics = sheet(wb, "Tactics");
      tactics.getCell(2, column(tactics, "Description")).value = "Renamed by the partner";
      tactics.getCell(3, column(tactics, "Status")).value = "Approved";
      writeRow(tactics, firstEmptyRow(tactics), ["T-NW-1", "P-103", "INI-CLOUD", "Webinar", "New webinar", day("2026-07-01"), day("2026-07-01"), 1000, 400]);
    });
    const file = new File([filled as BlobPart], "filled.xlsx");
    await user.upload(screen.getByLabelText("Choose a filled partner pack"), file);
    await settled(pane.session);

    expect(figure("Import preview", "Added")).toBe("1");
    expect(figure("Import preview", "Changed")).toBe("1");
    expect(figure("Import preview", "Conflicts (not applied)")).toBe("0");
    expect(figure("Import preview", "Refused")).toBe("1");
    const added = within(screen.getByRole("table", { name: "Added" })).getAllByRole("row");
    expect(added[1].textContent).toContain("T-NW-1");
    expect(within(screen.getByRole("table", { name: "Changed" })).getByText(/Renamed by the partner/)).toBeTruthy();
    expect(within(screen.getByRole("table", { name: "Refused" })).getByText(/Status/)).toBeTruthy();
    // Nothing is written before Accept.
    expect((await pane.plan.readTables()).find((t) => t.name === "JmpTactics")?.rows.some((r) => r[0] === "T-NW-1")).toBe(false);

    const tacticsBefore = pane.session.getState().analysis?.plan.tactics.length ?? 0;
    await user.click(screen.getByRole("button", { name: "Accept and write" }));
    await settled(pane.session);
    const tactics = (await pane.plan.readTables()).find((t) => t.name === "JmpTactics");
    const nameAt = tactics?.headers.indexOf("Description") ?? -1;
    expect(tactics?.rows.some((r) => r[0] === "T-NW-1")).toBe(true);
    expect(tactics?.rows.some((r) => r[nameAt] === "Renamed by the partner")).toBe(true);
    expect(pane.session.getState().analysis?.plan.tactics.length).toBe(tacticsBefore + 1);
    expect(pane.session.getState().unsaved).toBe(true);
    expect(screen.getByText(/filled.xlsx imported: 1 row added, 1 cell changed in 1 row\. 1 listed entry not applied\. Plan checked:/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Accept and write" })).toBeNull();
  });

  test("the merge log shows a line per change of each merge, newest first, and a second import of the same pack refuses nothing", async () => {
    const user = userEvent.setup();
    const pane = await partnerPane();
    expect(await screen.findByText(/No pack merged yet/)).toBeTruthy();
    const filled = await edited(await exportFor("P-103", pane), (wb) => {
      const claims = sheet(wb, "Claims");
      for (let r = 2; r <= claims.rowCount; r++) if (claims.getCell(r, 1).value === "CL-048") claims.getCell(r, column(claims, "Status")).value = "Submitted";
      const allocations = sheet(wb, "Allocations");
      allocations.getCell(2, column(allocations, "Amount")).value = 1;
      // A claim on another partner's tactic: refused whole.
      writeRow(claims, firstEmptyRow(claims), ["CL-XX-1", "T-26001", 999, null, day("2026-07-10"), "Submitted"]);
    });
    const importFile = async (): Promise<void> => {
      await user.upload(screen.getByLabelText("Choose a filled partner pack"), new File([filled as BlobPart], "filled.xlsx"));
      await settled(pane.session);
    };
    await importFile();
    expect(figure("Import preview", "Changed")).toBe("1");
    expect(figure("Import preview", "Refused")).toBe("2");
    // The refused row's place in the pack is under its ID.
    expect(within(screen.getByRole("table", { name: "Refused" })).getByText(/^Claims!A\d+:[A-Z]+\d+$/)).toBeTruthy();
    await user.click(screen.getByRole("button", { name: "Accept and write" }));
    await settled(pane.session);
    await screen.findByRole("table", { name: "Merge log" });
    const log = within(screen.getByRole("table", { name: "Merge log" })).getAllByRole("row").map((r) => r.textContent ?? "");
    expect(log.slice(1).join("\n")).toMatch(/Claims CL-048Status.*Draft -> Submitted.*applied/);
    expect(log.slice(1).join("\n")).toMatch(/Allocations AL-011Amount.*\$10,750\.00 -> \$1\.00.*refused/);
    // A row refused whole has no column or values: its line says why.
    expect(log.slice(1).join("\n")).toMatch(/Claims CL-XX-1whole row.*refusedTactic ID T-26001 is not one of partner P-103's tactics/);

    await importFile();
    expect(figure("Import preview", "Refused")).toBe("0");
    expect(figure("Import preview", "Changed")).toBe("0");
  });

  test("a file that is not a pack is refused with a message saying how the pane makes packs", async () => {
    const user = userEvent.setup();
    const pane = await partnerPane();
    await user.upload(screen.getByLabelText("Choose a filled partner pack"), new File([(await samplePlanBytes()) as BlobPart], "plan-copy.xlsx"));
    await settled(pane.session);
    expect(pane.session.getState().problem).toEqual({
      title: "The partner pack could not be imported",
      message: "plan-copy.xlsx is not a partner pack: it has no JmpPack sheet",
      next: "Choose a filled pack: make one with Export pack above, send it to the partner, and import the copy they fill in.",
    });
    // The command line's way of making packs is not the pane user's.
    expect(screen.queryByText(/jmp pack/)).toBeNull();
    expect(screen.queryByRole("button", { name: "Accept and write" })).toBeNull();
  });

  test("has no serious accessibility violations with a preview shown", async () => {
    const user = userEvent.setup();
    const pane = await partnerPane();
    const packBytes = await exportFor("P-103", pane);
    const filled = await edited(packBytes, (wb) => {
      const tactics = sheet(wb, "Tactics");
      tactics.getCell(2, column(tactics, "Description")).value = "Renamed";
    });
    await user.upload(screen.getByLabelText("Choose a filled partner pack"), new File([filled as BlobPart], "filled.xlsx"));
    await settled(pane.session);
    expect(screen.getByRole("table", { name: "Changed" })).toBeTruthy();
    expect(await seriousViolations(pane.container)).toEqual([]);
  });
});
