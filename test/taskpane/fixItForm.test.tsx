/** @jest-environment jsdom */
/**
 * Browser mode's fix-it form: a finding's row opens with its values as the plan formats them,
 * saving writes the cell through the port, checks the plan again and marks the workbook changed.
 */
import "./support/dom";
import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { currency, excelMoneyFormat } from "../../src/model/money";
import { DEFAULT_CONVENTION } from "../../src/model/numberFormat";
import { requireTableSpec } from "../../src/model/schema";
import { parsedValue, shownValue } from "../../src/taskpane/edit/editValues";
import { readFileBytes } from "../../src/taskpane/browser/fileIo";
import type { WorkbookPort } from "../../src/workbook/port";
import { column as sheetColumn, eurPlanBytes, planWithP103In } from "../packs/eurPack";
import { edited, excel, rowOf, samplePlanBytes, sheet } from "../packs/packHelpers";
import { openedInBrowser, sampleInBrowser, settled } from "./support/pane";

const TACTICS = requireTableSpec("JmpTactics");

/** Types `text` into the form's field `label` in place of its value, and saves the row. */
async function saveTyped(user: ReturnType<typeof userEvent.setup>, form: HTMLElement, label: string, text: string): Promise<void> {
  const input = within(form).getByLabelText(label);
  await user.clear(input);
  await user.type(input, text);
  await user.click(within(form).getByRole("button", { name: "Save row" }));
}
const column = (key: string) => TACTICS.columns.find((c) => c.key === key);
/** A row of a partner working in the plan currency, dollars. */
const USD_ROW = { currency: "USD", plan: "USD", convention: DEFAULT_CONVENTION };

describe("the form's values", () => {
  test("show as the plan formats them", () => {
    expect(shownValue(46500, column("mdfRequested"), USD_ROW)).toBe("$46,500.00");
    expect(shownValue(new Date(Date.UTC(2026, 2, 31)), column("start"))).toBe("2026-03-31");
    expect(shownValue("T-26023", column("tacticId"))).toBe("T-26023");
    expect(shownValue(0.5, requireTableSpec("JmpPartners").columns.find((c) => c.type === "percent"))).toBe("50%");
    expect(shownValue(null, column("mdfRequested"), USD_ROW)).toBe("");
  });

  test("are read back as typed cell values, or refused with a reason", () => {
    const money = column("mdfRequested");
    const start = column("start");
    if (!money || !start) throw new Error("template columns missing");
    expect(parsedValue("$46,500.00", money, USD_ROW)).toEqual({ ok: true, value: 46500 });
    expect(parsedValue("  ", money, USD_ROW)).toEqual({ ok: true, value: null });
    expect(parsedValue("lots", money, USD_ROW)).toEqual({ ok: false, reason: "MDF requested takes a number" });
    // The marks the other way round: the reason says so, rather than only "takes a number".
    expect(parsedValue("1.234,50", money, USD_ROW)).toEqual({ ok: false, reason: 'MDF requested takes a number written as en-US writes it (1,234.50); "1.234,50" is written the de-DE way' });
    expect(parsedValue("2026-03-31", start)).toEqual({ ok: true, value: new Date(Date.UTC(2026, 2, 31)) });
    expect(parsedValue("soon", start).ok).toBe(false);
  });
});

describe("fixing a finding in browser mode", () => {
  test("a freshly loaded sample is not changed", async () => {
    const { pane } = await sampleInBrowser();
    expect(pane.session.getState().unsaved).toBe(false);
    expect(within(screen.getByRole("group", { name: "Workbook file" })).queryByText(/changed/)).toBeNull();
  });

  test("shows money formatted, saves the fixed cell, re-checks and marks the workbook changed", async () => {
    const { user, pane } = await sampleInBrowser();

    // F02: a tactic funded above its MDF requested. The form shows amounts as the plan does.
    await user.click(screen.getByRole("button", { name: /F02.*Tactics!I30/ }));
    const tactic = screen.getByRole("form", { name: "Edit Tactics row 30" });
    expect((within(tactic).getByLabelText("MDF requested") as HTMLInputElement).value).toBe("$23,250.00");
    expect((within(tactic).getByLabelText("Start") as HTMLInputElement).value).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    // V09: an amount typed as text. Typing it as a number fixes it.
    await user.click(screen.getByRole("button", { name: /V09.*Claims!C31/ }));
    const claim = screen.getByRole("form", { name: "Edit Claims row 31" });
    const amount = within(claim).getByLabelText("Amount claimed") as HTMLInputElement;
    expect(amount.value).toBe("$1,250.00");
    await user.clear(amount);
    await user.type(amount, "1,250");
    await user.click(within(claim).getByRole("button", { name: "Save row" }));
    await settled(pane.session);

    expect(pane.session.getState().unsaved).toBe(true);
    expect(within(screen.getByRole("group", { name: "Workbook file" })).getByText("Changed, not downloaded")).toBeTruthy();
    expect(pane.session.getState().analysis?.findings.map((f) => f.code)).not.toContain("V09");
    expect(screen.queryByRole("button", { name: /V09/ })).toBeNull();
    // The cell now holds a number, and nothing else in the row changed.
    const tables = await (pane.session.getState().workbook as WorkbookPort).readTables();
    const claims = tables.find((t) => t.name === "JmpClaims");
    const at = claims?.headers.findIndex((h) => h === "Amount claimed") ?? -1;
    const row = claims?.rows[31 - (claims?.headerRow ?? 0) - 1];
    expect(row?.[at]).toBe(1250);
    expect(row?.[0]).toBe("CL-030");

    // The download carries Dashboard and Issues sheets of the plan as it is now, not before the fix.
    await user.click(screen.getByRole("button", { name: "Download" }));
    await settled(pane.session);
    expect(pane.session.getState().unsaved).toBe(false);
    const downloaded = await excel(await readFileBytes(pane.saved[0].blob));
    const issues: string[] = [];
    sheet(downloaded, "Issues").eachRow((r) => r.eachCell((c) => void issues.push(String(c.value))));
    expect(issues.some((text) => text.includes("C05"))).toBe(true);
    expect(issues.some((text) => text.includes("V09"))).toBe(false);
  });

  test("a value that cannot be read is refused in the form and nothing is written", async () => {
    const { user, pane } = await sampleInBrowser();
    await user.click(screen.getByRole("button", { name: /F02.*Tactics!I30/ }));
    const form = screen.getByRole("form", { name: "Edit Tactics row 30" });
    const requested = within(form).getByLabelText("MDF requested");
    await user.clear(requested);
    await user.type(requested, "lots");
    await user.click(within(form).getByRole("button", { name: "Save row" }));
    expect(within(form).getByText("MDF requested takes a number")).toBeTruthy();
    expect(pane.session.getState().unsaved).toBe(false);
  });
});

describe("fixing a row of a partner in another currency", () => {
  /** The sample with P-103 in EUR (a rate of 1.08), opened in browser mode on the Check view. */
  async function eurPlanInBrowser() {
    return openedInBrowser(await eurPlanBytes(), "eur-plan.xlsx");
  }

  test("shows its amounts in euros, and keeps an amount typed in dollars in dollars", async () => {
    const { user, pane } = await eurPlanInBrowser();
    // F03: P-103's approved tactic T-26073 has no funding.
    await user.click(screen.getByRole("button", { name: /F03.*Tactics!I74/ }));
    const form = screen.getByRole("form", { name: "Edit Tactics row 74" });
    expect((within(form).getByLabelText("MDF requested") as HTMLInputElement).value).toMatch(/^€\d{1,3}(,\d{3})*\.\d\d$/);
    await saveTyped(user, form, "MDF requested", "USD 4,000.00");
    await settled(pane.session);

    const analysis = pane.session.getState().analysis;
    // Read as 4,000.00 dollars (not 4,000.00 euros, 4,320.00 dollars), with the plan-currency warning at the cell.
    expect(analysis?.index.tactics.get("T-26073")?.tactic.mdfRequested).toBe(400_000);
    expect(analysis?.findings.filter((f) => f.cell === "I74" && f.table === "JmpTactics").map((f) => f.code)).toContain("V12");
    const saved = sheet(await excel(await (pane.session.getState().workbook as unknown as { toBuffer(): Promise<Uint8Array> }).toBuffer()), "Tactics");
    const cell = saved.getCell(74, sheetColumn(saved, "MDF requested"));
    // The text names its currency; the cell, a euro partner's, takes the euro's format as a merged pack's cell does.
    expect([cell.value, cell.numFmt]).toEqual(["USD 4000.00", excelMoneyFormat(currency("EUR"))]);
  });

  test("a partner in dollars keeps an amount typed in euros in euros", async () => {
    const { user, pane } = await eurPlanInBrowser();
    // F02: P-102's T-26029 is funded $25,750.00, above its MDF requested $23,250.00.
    await user.click(screen.getByRole("button", { name: /F02.*Tactics!I30/ }));
    const form = screen.getByRole("form", { name: "Edit Tactics row 30" });
    expect((within(form).getByLabelText("MDF requested") as HTMLInputElement).value).toBe("$23,250.00");
    await saveTyped(user, form, "MDF requested", "EUR 23,250.00");
    await settled(pane.session);
    // 23,250.00 EUR at 1.08: 25,110.00 USD.
    expect(pane.session.getState().analysis?.index.tactics.get("T-26029")?.tactic.mdfRequested).toBe(2_511_000);
    const tables = await (pane.session.getState().workbook as WorkbookPort).readTables();
    const tactics = tables.find((t) => t.name === "JmpTactics");
    expect(tactics?.rows[30 - (tactics?.headerRow ?? 0) - 1][tactics?.headers.indexOf("MDF requested") ?? -1]).toBe("EUR 23250.00");
  });
});

describe("fixing a row of a partner in KWD, a currency with three decimals", () => {
  test("\"5.694\" is an amount to the fils: saved as 5.694 and counted from the fils, 5.694 KWD at 3.25 is $18.51", async () => {
    const { user, pane } = await openedInBrowser(await planWithP103In("KWD", 3.25), "kwd-plan.xlsx");
    // F03: P-103's approved tactic T-26073 has no funding.
    await user.click(screen.getByRole("button", { name: /F03.*Tactics!I74/ }));
    const form = screen.getByRole("form", { name: "Edit Tactics row 74" });
    await saveTyped(user, form, "MDF requested", "5.694");
    await settled(pane.session);
    expect(within(form).queryByText(/could be/)).toBeNull();
    // 18.5055 USD, rounded once (from 5.69 KWD it would be $18.49).
    expect(pane.session.getState().analysis?.index.tactics.get("T-26073")?.tactic.mdfRequested).toBe(1851);
    const tables = await (pane.session.getState().workbook as WorkbookPort).readTables();
    const tactics = tables.find((t) => t.name === "JmpTactics");
    expect(tactics?.rows[74 - (tactics?.headerRow ?? 0) - 1][tactics?.headers.indexOf("MDF requested") ?? -1]).toBe(5.694);
  });
});

describe("fixing a row in a plan that reads text as de-DE", () => {
  test("amounts show and are read as a German user writes them: 1.250,50 is one thousand two hundred fifty and a half", async () => {
    const bytes = await edited(await samplePlanBytes(), (wb) => {
      const settings = sheet(wb, "Settings");
      settings.getCell(rowOf(settings, "Number format"), 2).value = "de-DE";
    });
    const { user, pane } = await openedInBrowser(bytes, "de-plan.xlsx");
    // "$1,250.00" typed as text is no number in a de-DE plan (V02); the form shows it as typed.
    await user.click(screen.getByRole("button", { name: /V02.*Claims!C31/ }));
    const claim = screen.getByRole("form", { name: "Edit Claims row 31" });
    const amount = within(claim).getByLabelText("Amount claimed") as HTMLInputElement;
    expect(amount.value).toBe("$1,250.00");
    await user.clear(amount);
    await user.type(amount, "1.250,50");
    await user.click(within(claim).getByRole("button", { name: "Save row" }));
    await settled(pane.session);
    const tables = await (pane.session.getState().workbook as WorkbookPort).readTables();
    const claims = tables.find((t) => t.name === "JmpClaims");
    const at = claims?.headers.findIndex((h) => h === "Amount claimed") ?? -1;
    expect(claims?.rows[31 - (claims?.headerRow ?? 0) - 1]?.[at]).toBe(1250.5);
    // Read as a number now (the claim then counts towards its tactic's funding).
    expect(pane.session.getState().analysis?.findings.filter((f) => f.cell === "C31" && f.code.startsWith("V")).map((f) => f.code)).toEqual([]);
    // A number the plan holds shows as the plan writes it.
    await user.click(screen.getByRole("button", { name: /F02.*Tactics!I30/ }));
    const tactic = screen.getByRole("form", { name: "Edit Tactics row 30" });
    expect((within(tactic).getByLabelText("MDF requested") as HTMLInputElement).value).toBe("23.250,00\u00a0$");
  });
});
