/** @jest-environment jsdom */
/**
 * After Save row the focus moves on in the Check list, as accessible list-editing UIs do: to the
 * finding that followed the one fixed, to the saved one when it is still there, and to the line
 * that says the list is empty when nothing is left; never to the page.
 */
import "./support/dom";
import { screen, within } from "@testing-library/react";
import type { Finding } from "../../src/model/findings";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { findingMark, placeAfterSave, savedPlace } from "../../src/taskpane/views/focusAfterSave";
import { openedInBrowser, sampleInBrowser, settled } from "./support/pane";

/** The finding buttons in the order the list shows them. */
function findingButtons(): HTMLElement[] {
  return screen.getAllByRole("listitem").map((item) => item.querySelector("button") as HTMLElement);
}

describe("the focus after Save row", () => {
  test("moves to the finding that followed the one fixed", async () => {
    const { user, pane } = await sampleInBrowser();
    const fixed = screen.getByRole("button", { name: /V09.*Claims!C31/ });
    const buttons = findingButtons();
    const following = buttons[buttons.indexOf(fixed) + 1].textContent;
    fixed.focus();
    await user.keyboard("{Enter}");
    // The finding's own cell has the focus: type the amount as a number and submit with Enter.
    const amount = within(screen.getByRole("form", { name: "Edit Claims row 31" })).getByLabelText("Amount claimed");
    expect(document.activeElement).toBe(amount);
    await user.clear(amount);
    await user.type(amount, "1,250{Enter}");
    await settled(pane.session);

    expect(screen.queryByRole("button", { name: /V09.*Claims!C31/ })).toBeNull();
    expect(document.activeElement).not.toBe(document.body);
    expect(document.activeElement?.textContent).toBe(following);
  });

  test("stays on the finding when the save leaves it in the list", async () => {
    const { user, pane } = await sampleInBrowser();
    // F02 on T-26029: funded above its MDF requested; a description changed does not fix that.
    await user.click(screen.getByRole("button", { name: /F02.*Tactics!I30/ }));
    const description = within(screen.getByRole("form", { name: "Edit Tactics row 30" })).getByLabelText("Description");
    await user.type(description, " (reviewed){Enter}");
    await settled(pane.session);
    expect(document.activeElement).toBe(screen.getByRole("button", { name: /F02.*Tactics!I30/ }));
    expect(document.activeElement?.getAttribute("aria-expanded")).toBe("false");
  });

  test("with no finding left in the list, the focus goes to the line that says so", async () => {
    const { user, pane } = await openedInBrowser(await oneErrorPlan(), "one-error.xlsx");
    await user.selectOptions(screen.getByRole("combobox", { name: "Severity" }), "error");
    await user.click(screen.getByRole("button", { name: /V02.*Tactics!I2/ }));
    const requested = within(screen.getByRole("form", { name: "Edit Tactics row 2" })).getByLabelText("MDF requested");
    await user.clear(requested);
    await user.type(requested, "500{Enter}");
    await settled(pane.session);
    expect(screen.queryAllByRole("listitem")).toEqual([]);
    expect(document.activeElement).toBe(screen.getByText("Showing 0 findings: 0 errors, 0 warnings."));
  });
});

/** A plan of one tactic whose only error is its MDF requested typed as a word. */
async function oneErrorPlan(): Promise<Uint8Array> {
  const plan = XlsxWorkbook.create();
  await plan.applyTemplate({ withSample: false });
  await plan.appendRows("JmpPartners", [{ "Partner ID": "P-1", Partner: "One" }]);
  await plan.appendRows("JmpInitiatives", [{ "Initiative ID": "INI-1", Initiative: "Cloud" }]);
  const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
  await plan.appendRows("JmpTactics", [
    { "Tactic ID": "T-1", "Partner ID": "P-1", "Initiative ID": "INI-1", "Tactic type": "Webinar", Description: "Webinar", Start: day("2026-02-01"), End: day("2026-02-02"), "Total cost": 1000, "MDF requested": "lots", Status: "Draft" },
  ]);
  return plan.toBuffer();
}

describe("the place to focus", () => {
  const finding = (code: string, row: number): Finding => ({ code, severity: "error", table: "JmpTactics", sheet: "Tactics", row, column: "Status", cell: `J${row}`, partner: null, message: `${code} at ${row}` }) as unknown as Finding;
  const a = finding("V01", 2);
  const b = finding("V01", 3);
  const c = finding("V01", 4);
  // Each check makes new findings: they are told apart by what they say, not by identity.
  const again = (f: Finding): Finding => ({ ...f });

  test("is the saved finding when it is still listed, else the one after it, else the one in its place", () => {
    const place = savedPlace([a, b, c], b);
    expect(place).toEqual({ saved: findingMark(b), next: findingMark(c), index: 1 });
    expect(placeAfterSave([a, b, c].map(again), place)).toBe(1);
    expect(placeAfterSave([a, c].map(again), place)).toBe(1);
    expect(placeAfterSave([c, a].map(again), place)).toBe(0);
    expect(placeAfterSave([a, finding("V02", 9)], place)).toBe(1);
  });

  test("is the last finding when the saved one was last, and none when the list is empty", () => {
    const place = savedPlace([a, b, c], c);
    expect(placeAfterSave([a, b].map(again), place)).toBe(1);
    expect(placeAfterSave([], place)).toBeUndefined();
  });
});
