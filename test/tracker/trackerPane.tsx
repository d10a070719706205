/**
 * Driving the tracker import view in the jsdom tests: render it alone inside the one
 * FluentProvider, and the few user gestures the tests repeat (choose a field for a column, set
 * the header row), so each test reads as what a user does.
 */
import { render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { ImportTracker } from "../../src/taskpane/tracker/ImportTracker";
import type { ImportableWorkbook } from "../../src/workbook/port";

/** The user of a rendered view. */
export type User = ReturnType<typeof userEvent.setup>;

/** Renders the view on `workbook`; `onImported` records each import. */
export function showImport(workbook: ImportableWorkbook) {
  const onImported = jest.fn();
  const view = render(
    <FluentProvider theme={webLightTheme}>
      <ImportTracker workbook={workbook} planName="Contoso FY26" onImported={onImported} />
    </FluentProvider>,
  );
  return { ...view, onImported, user: userEvent.setup() };
}

/** The field drop-down of a tracker column. */
export function fieldOf(header: string): HTMLElement {
  return screen.getByRole("combobox", { name: header });
}

/** Chooses `option` in a drop-down. */
export async function choose(user: User, combobox: HTMLElement, option: string): Promise<void> {
  await user.click(combobox);
  await user.click(await screen.findByRole("option", { name: option }));
}

/** Types a header row and commits it, as a user does in the spin button. */
export async function setHeaderRow(user: User, row: number): Promise<void> {
  const spin = screen.getByRole("spinbutton", { name: "Header row" });
  await user.clear(spin);
  await user.type(spin, `${row}{Enter}`);
}

/** The cells of the named table's body rows, as text. */
export function tableRows(name: string): string[][] {
  const table = screen.getByRole("table", { name });
  return within(table)
    .getAllByRole("row")
    .slice(1)
    .map((row) => within(row).getAllByRole("cell").map((c) => c.textContent ?? ""));
}
