/** @jest-environment jsdom */
/**
 * The convert view copying rows below a EUR partner's last tactic: each copied tactic's money
 * shows its own partner's currency (Northwind, in euros here; Fabrikam and an unknown partner,
 * in the plan's dollars), not the euros of the row above.
 */
import { TextDecoder, TextEncoder } from "util";
Object.assign(globalThis, { TextDecoder, TextEncoder });
(globalThis as { ResizeObserver?: unknown }).ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
};

import { render, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { currency, excelMoneyFormat } from "../../src/model/money";
import { ConvertSheet } from "../../src/taskpane/convert/ConvertSheet";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { edited, excel, rowOf, sheet } from "../packs/packHelpers";
import { column } from "../packs/eurPack";
import { eurLastRowsPlanBytes } from "../workbook/moneyFormatPlans";
import { addQ3Sheet, Q3_SHEET } from "./adHocSheets";

test("copied tactics take their partner's money format, below a euro partner's row", async () => {
  const workbook = await XlsxWorkbook.load(await edited(await eurLastRowsPlanBytes(), addQ3Sheet));
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <ConvertSheet workbook={workbook} onConverted={() => undefined} />
    </FluentProvider>,
  );
  expect(await screen.findByRole("combobox", { name: "Sheet to convert" })).toHaveProperty("value", Q3_SHEET);
  await waitFor(() => expect(screen.getByRole("combobox", { name: "Copy into" })).toHaveProperty("value", "Tactics"));
  await user.click(screen.getByRole("button", { name: "Copy 3 rows into Tactics" }));
  expect(await screen.findByText("Copied 3 rows into Tactics")).toBeTruthy();

  const tactics = sheet(await excel(await workbook.toBuffer()), "Tactics");
  const formats = (id: string) => ["Total cost", "MDF requested", "Expected revenue"].map((h) => tactics.getCell(rowOf(tactics, id), column(tactics, h)).numFmt);
  const [euro, dollar] = [excelMoneyFormat(currency("EUR")), excelMoneyFormat(currency("USD"))];
  expect(formats("T-26080")).toEqual([euro, euro, euro]);
  // Northwind (P-103, euros), Fabrikam (P-102) and a partner the plan does not know (dollars).
  expect([formats("T-26081"), formats("T-26082"), formats("T-26083")]).toEqual([[euro, euro, euro], [dollar, dollar, dollar], [dollar, dollar, dollar]]);
});
