/** @jest-environment jsdom */
/**
 * A change browser mode refuses: a plan holding a pivot table on its Tactics sheet, which saving
 * it from the browser would drop. Save row tells it in the form the user is looking at, as a
 * change not saved (not a dashboard that could not be refreshed), with the typed value kept and
 * the advice that fits; importing a pack into that plan gives the same advice, not doubt about
 * the pack.
 */
import "./support/dom";
import { screen, within } from "@testing-library/react";
import { edited, packBytes, samplePlanBytes, sheet } from "../packs/packHelpers";
import { openedInBrowser, settled } from "./support/pane";
import { planWithPivotOnTactics } from "./support/pivotPlan";

const REFUSAL = 'This workbook holds pivot tables (on sheet "Tactics": xl/pivotTables/pivotTable1.xml), which saving it from the browser would drop; nothing was changed.';
const ADVICE = "Make this change with the add-in inside Excel, or move those parts to a sheet of your own in Excel, save, and open the file again.";

async function pivotPlanInBrowser(view: "check" | "partners") {
  return openedInBrowser(await planWithPivotOnTactics(), "plan-pivot.xlsx", view);
}

test("Save row refused: the form says the change was not saved, why and what to do, keeps the typed value and takes the focus", async () => {
  const { user, pane } = await pivotPlanInBrowser("check");
  await user.click(screen.getByRole("button", { name: /F02.*Tactics!I30/ }));
  const form = screen.getByRole("form", { name: "Edit Tactics row 30" });
  const requested = within(form).getByLabelText("MDF requested") as HTMLInputElement;
  await user.clear(requested);
  await user.type(requested, "25750");
  await user.click(within(form).getByRole("button", { name: "Save row" }));
  await settled(pane.session);

  const bar = within(form).getByText("The change was not saved").closest(".fui-MessageBar") as HTMLElement;
  expect(bar.textContent).toContain(REFUSAL);
  expect(within(bar).getByText(ADVICE)).toBeTruthy();
  expect(document.activeElement).toBe(bar);
  // Shown once, at the form: the top of the pane shows no problem.
  expect(pane.session.getState().problem).toBeUndefined();
  expect(screen.queryByText("The dashboard could not be refreshed")).toBeNull();
  expect(requested.value).toBe("25750");
  expect(pane.session.getState().unsaved).toBe(false);

  // Dismissed, the focus goes back to Save row.
  await user.click(within(bar).getByRole("button", { name: "Dismiss" }));
  expect(within(form).queryByText("The change was not saved")).toBeNull();
  expect(document.activeElement).toBe(within(form).getByRole("button", { name: "Save row" }));
});

test("a pack imported into that plan is refused with the same advice, not doubt about the pack", async () => {
  const { user, pane } = await pivotPlanInBrowser("partners");
  const filled = await edited(await packBytes(await samplePlanBytes(), "P-103"), (wb) => {
    const tactics = sheet(wb, "Tactics");
    const description = (tactics.getRow(1).values as unknown[]).indexOf("Description");
    tactics.getCell(2, description).value = "Renamed by the partner";
  });
  await user.upload(screen.getByLabelText("Choose a filled partner pack"), new File([filled as BlobPart], "filled.xlsx"));
  await settled(pane.session);
  await user.click(screen.getByRole("button", { name: "Accept and write" }));
  await settled(pane.session);
  expect(pane.session.getState().problem).toEqual({ title: "The partner pack could not be imported", message: REFUSAL, next: ADVICE });
  expect(screen.getByText(ADVICE)).toBeTruthy();
});
