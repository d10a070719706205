/** @jest-environment jsdom */
/**
 * The convert view as a user meets it in the task pane: it finds the ad-hoc sheet, suggests
 * Tactics and each column's source, previews the rows, copies them on one press and says what
 * it did; the user can change any choice, and failures are shown, not thrown.
 */
import { TextDecoder, TextEncoder } from "util";
Object.assign(globalThis, { TextDecoder, TextEncoder });
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { analyze } from "../../src/engine";
import { ConvertSheet } from "../../src/taskpane/convert/ConvertSheet";
import { AppendRowsError } from "../../src/workbook/convert";
import type { ConvertibleWorkbook } from "../../src/workbook/port";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { Q3_SHEET, samplePlanWithQ3 } from "./adHocSheets";

function show(workbook: ConvertibleWorkbook) {
  const onConverted = jest.fn();
  render(
    <FluentProvider theme={webLightTheme}>
      <ConvertSheet workbook={workbook} onConverted={onConverted} />
    </FluentProvider>,
  );
  return { onConverted, user: userEvent.setup() };
}

/** The mapping drop-down of a template column. */
function mappingOf(header: string): HTMLElement {
  return screen.getByRole("combobox", { name: header });
}

async function choose(user: ReturnType<typeof userEvent.setup>, combobox: HTMLElement, option: string): Promise<void> {
  await user.click(combobox);
  await user.click(await screen.findByRole("option", { name: option }));
}

describe("converting a sheet in the pane", () => {
  test("suggests Tactics and every column, previews the rows, and copies them on one press", async () => {
    const workbook = await samplePlanWithQ3();
    const { onConverted, user } = show(workbook);

    // The only sheet besides the plan's is chosen at once.
    expect(await screen.findByRole("combobox", { name: "Sheet to convert" })).toHaveProperty("value", Q3_SHEET);
    await waitFor(() => expect(screen.getByRole("combobox", { name: "Copy into" })).toHaveProperty("value", "Tactics"));
    expect(mappingOf("Partner ID")).toHaveProperty("value", "Partner Name");
    expect(mappingOf("Tactic ID")).toHaveProperty("value", "New IDs");
    expect(mappingOf("MDF requested")).toHaveProperty("value", "MDF $");
    expect(mappingOf("Expected revenue")).toHaveProperty("value", "Leave blank");

    const preview = screen.getByRole("table", { name: "Preview of the rows for Tactics" });
    const rows = within(preview).getAllByRole("row");
    expect(rows).toHaveLength(4);
    expect(within(rows[1]).getAllByRole("cell").map((c) => c.textContent)).toEqual(["T-26081", "P-103", "INI-SECURITY", "Event", "Autumn security roadshow", "2026-09-10", "2026-09-12", "24000", "12000", "Approved"]);
    expect(screen.getByText(/Skipped 1 blank row and 1 totals row/)).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Copy 3 rows into Tactics" }));
    expect(await screen.findByText("Copied 3 rows into Tactics")).toBeTruthy();
    expect(screen.getByText(/From Q3 requests, rows 3–5; that sheet is unchanged\. 3 new IDs given\. 4 names replaced/)).toBeTruthy();
    expect(onConverted).toHaveBeenCalledTimes(1);
    expect(analyze(await workbook.readTables()).plan.tactics).toHaveLength(83);
    // The preview now shows what was copied, with the IDs given.
    expect(screen.getByText(/First 3 of 3 rows copied from Q3 requests\./)).toBeTruthy();
    const copiedRows = within(screen.getByRole("table", { name: "Preview of the rows for Tactics" })).getAllByRole("row");
    expect(copiedRows.slice(1).map((r) => within(r).getAllByRole("cell")[0].textContent)).toEqual(["T-26081", "T-26082", "T-26083"]);
    // Pressing again would copy the rows twice: the button waits for a change.
    expect(screen.getByRole("button", { name: "Copy 3 rows into Tactics" })).toHaveProperty("disabled", true);
  });

  test("the user's choices are followed: a column left blank is flagged, another source shows in the preview", async () => {
    const workbook = await samplePlanWithQ3();
    const { user } = show(workbook);
    await waitFor(() => expect(mappingOf("Initiative ID")).toHaveProperty("value", "Solution Area"));

    await choose(user, mappingOf("Initiative ID"), "Leave blank");
    expect(await screen.findByText("Required columns left blank")).toBeTruthy();
    expect(screen.getByText(/Initiative ID: Check will list these cells/)).toBeTruthy();
    await choose(user, mappingOf("Description"), "Notes");
    expect(screen.getAllByText("Your choice")).toHaveLength(2);

    const preview = screen.getByRole("table", { name: "Preview of the rows for Tactics" });
    expect(within(preview).queryByRole("columnheader", { name: "Initiative ID" })).toBeNull();
    expect(within(preview).getByText("=confirmed by phone")).toBeTruthy();

    await user.click(screen.getByRole("button", { name: "Copy 3 rows into Tactics" }));
    await screen.findByText("Copied 3 rows into Tactics");
    const tactics = (await workbook.readTables()).find((t) => t.name === "JmpTactics");
    expect(tactics?.rows[80].slice(0, 5)).toEqual(["T-26081", "P-103", null, "Event", "=confirmed by phone"]);
  });

  test("another table gets its own suggestion", async () => {
    const { user } = show(await samplePlanWithQ3());
    await waitFor(() => expect(screen.getByRole("combobox", { name: "Copy into" })).toHaveProperty("value", "Tactics"));
    await choose(user, screen.getByRole("combobox", { name: "Copy into" }), "Partners");
    expect(mappingOf("Partner")).toHaveProperty("value", "Partner Name");
    expect(mappingOf("Partner ID")).toHaveProperty("value", "New IDs");
    expect(screen.getByRole("button", { name: "Copy 3 rows into Partners" })).toBeTruthy();
  });

  test("with several sheets the user picks one; with none the view says so", async () => {
    const workbook = await samplePlanWithQ3();
    workbook.workbook.addWorksheet("Contacts").addRows([["Name", "Email"], ["Maya", "maya@example.com"]]);
    const { user } = show(workbook);
    const picker = await screen.findByRole("combobox", { name: "Sheet to convert" });
    expect(picker).toHaveProperty("value", "");
    await choose(user, picker, `${Q3_SHEET} (5 rows)`);
    expect(await screen.findByRole("button", { name: "Copy 3 rows into Tactics" })).toBeTruthy();

    const plain = XlsxWorkbook.create();
    await plain.applyTemplate();
    show(plain);
    expect(await screen.findByText(/No sheet besides the plan's own holds a list to convert/)).toBeTruthy();
  });

  test("a copy the workbook refuses is reported and nothing is claimed", async () => {
    const workbook = await samplePlanWithQ3();
    const refusing: ConvertibleWorkbook = Object.assign(Object.create(workbook) as XlsxWorkbook, {
      appendRows: () => Promise.reject(new AppendRowsError("No rows were added to Tactics: the cells below the table on Tactics are not empty; move them and try again", "blocked")),
    });
    const { onConverted, user } = show(refusing);
    await user.click(await screen.findByRole("button", { name: "Copy 3 rows into Tactics" }));
    expect(await screen.findByText("No rows were copied")).toBeTruthy();
    expect(screen.getByText(/cells below the table on Tactics are not empty/)).toBeTruthy();
    expect(screen.queryByText(/Copied/)).toBeNull();
    expect(onConverted).not.toHaveBeenCalled();
  });

  test("IDs given on copy continue after tactics added since the sheet was read", async () => {
    const workbook = await samplePlanWithQ3();
    const { user } = show(workbook);
    const copy = await screen.findByRole("button", { name: "Copy 3 rows into Tactics" });
    // Someone adds a tactic while the view is open (in Excel, the user typing in the table).
    await workbook.appendRows("JmpTactics", [{ "Tactic ID": "T-26081", Description: "Added by hand" }]);
    await user.click(copy);
    await screen.findByText("Copied 3 rows into Tactics");
    const ids = (await workbook.readTables()).find((t) => t.name === "JmpTactics")?.rows.slice(80).map((r) => r[0]);
    expect(ids).toEqual(["T-26081", "T-26082", "T-26083", "T-26084"]);
  });

  test("another workbook starts the view afresh", async () => {
    const onConverted = jest.fn();
    const first = await samplePlanWithQ3();
    const view = (workbook: ConvertibleWorkbook) => (
      <FluentProvider theme={webLightTheme}>
        <ConvertSheet workbook={workbook} onConverted={onConverted} />
      </FluentProvider>
    );
    const { rerender } = render(view(first));
    await screen.findByRole("button", { name: "Copy 3 rows into Tactics" });
    const second = XlsxWorkbook.create();
    await second.applyTemplate();
    second.workbook.addWorksheet("Partner list").addRows([["Partner #", "Company", "MDF Budget"], ["P1", "Northwind", 1000], ["P2", "Fabrikam", 500]]);
    rerender(view(second));
    await waitFor(() => expect(screen.getByRole("combobox", { name: "Copy into" })).toHaveProperty("value", "Partners"));
    expect(screen.getByRole("combobox", { name: "Sheet to convert" })).toHaveProperty("value", "Partner list");
    expect(screen.getByRole("button", { name: "Copy 2 rows into Partners" })).toBeTruthy();
  });
});
