/** Reads the pane's tables and figure groups as text, the way a user scans them. */
import { screen, within } from "@testing-library/react";

/** The body rows of the named table as lists of cell texts. */
export function rowsOf(name: string): string[][] {
  const table = screen.getByRole("table", { name });
  // Plain selectors inside the table: role queries per cell are slow on long tables.
  return [...table.querySelectorAll("tbody tr")].map((row) => [...row.querySelectorAll("td")].map((c) => c.textContent ?? ""));
}

/** The column header of the named table whose text starts with `header`. */
export function columnHeader(table: string, header: string): HTMLElement {
  return within(screen.getByRole("table", { name: table })).getByRole("columnheader", { name: new RegExp(`^${header}`) });
}

/** The value shown under a label in the named figure group. */
export function figure(group: string, label: string): string {
  const term = within(screen.getByRole("group", { name: group })).getByText(label, { selector: "dt" });
  return term.nextElementSibling?.textContent ?? "";
}
