/** @jest-environment jsdom */
import "./support/dom";
import { act, screen, waitFor } from "@testing-library/react";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { samplePlanTables } from "../../src/model/sample/samplePlan";
import { bootPane } from "../../src/taskpane/boot";
import type { OfficeApi, Pane } from "../../src/taskpane/boot";
import { ExcelWorkbook } from "../../src/workbook/excel/ExcelWorkbook";
import { PlanStore } from "../../src/workbook/live/PlanStore";
import type { LiveWorkbook } from "../../src/workbook/port";
import { createFakeExcel } from "../fakes/fakeExcel";

const HostType = { Excel: "Excel" };

/** Office in `host`; `answered`, when given, holds back Office's answer until it settles. */
function officeIn(host: string | null, background = "#FFFFFF", answered?: Promise<void>): OfficeApi {
  return {
    HostType,
    onReady: async () => {
      await answered;
      return { host };
    },
    context: { officeTheme: { bodyBackgroundColor: background } },
  };
}

/** The CSS variables the pane's FluentProvider defines: its theme, as the page sees it. */
function providerTheme(): string {
  const provider = document.querySelector<HTMLElement>(".fui-FluentProvider");
  const themeClass = [...(provider?.classList ?? [])].find((c) => /^fui-FluentProvider\S+_$/.test(c));
  const rules = [...document.querySelectorAll("style")].flatMap((style) => [...(style.sheet?.cssRules ?? [])]);
  return rules
    .filter((rule) => themeClass !== undefined && rule.cssText.startsWith(`.${themeClass}`))
    .map((rule) => rule.cssText)
    .join("\n");
}

let pane: Pane | undefined;
afterEach(() => {
  act(() => pane?.unmount());
  pane = undefined;
  document.body.innerHTML = "";
});

async function boot(office: OfficeApi | undefined, timeoutMs = 200) {
  const container = document.body.appendChild(document.createElement("div"));
  const excel = createFakeExcel({ tables: samplePlanTables() });
  const workbooks: LiveWorkbook[] = [];
  const livePlan = jest.fn((workbook: LiveWorkbook) => new PlanStore(workbook));
  await act(async () => {
    pane = await bootPane({
      office,
      container,
      timeoutMs,
      excelWorkbook: () => {
        const workbook = new ExcelWorkbook(excel.host);
        workbooks.push(workbook);
        return workbook;
      },
      livePlan,
    });
  });
  return { workbooks, livePlan, excel };
}

describe("bootPane", () => {
  test("without office.js the pane starts in browser mode at once", async () => {
    const { workbooks, livePlan } = await boot(undefined);
    expect(pane?.mode).toBe("browser");
    expect(screen.getByRole("group", { name: "Workbook file" })).toBeTruthy();
    expect(workbooks).toEqual([]);
    expect(livePlan).not.toHaveBeenCalled();
  });

  test("a page Office opens in no host starts in browser mode", async () => {
    await boot(officeIn(null));
    expect(pane?.mode).toBe("browser");
  });

  test("inside Excel it works on the open workbook, makes the live plan (shared with the functions) on that same workbook, and checks the plan", async () => {
    const { workbooks, livePlan } = await boot(officeIn("Excel"));
    expect(pane?.mode).toBe("excel");
    expect(workbooks).toHaveLength(1);
    expect(livePlan).toHaveBeenCalledWith(workbooks[0]);
    expect(screen.queryByRole("group", { name: "Workbook file" })).toBeNull();
    await waitFor(() => expect(screen.getByRole("heading", { level: 1 }).textContent).toBe("FY2026 Joint Marketing Plan"));
  });

  test("follows the Office theme: a dark background gets the dark theme", async () => {
    await boot(officeIn("Excel", "#262626"));
    expect(providerTheme()).toContain(`--colorNeutralBackground1: ${webDarkTheme.colorNeutralBackground1}`);
  });

  test("a light Office theme gets the light theme", async () => {
    await boot(officeIn("Excel", "#FFFFFF"));
    expect(providerTheme()).toContain(`--colorNeutralBackground1: ${webLightTheme.colorNeutralBackground1}`);
  });

  test("when Excel answers only after the wait, the pane switches from browser mode to Excel", async () => {
    // Office answers when the test says so, never by a timer that a busy machine could outrun.
    let answer = (): void => undefined;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    const { workbooks, livePlan } = await boot(officeIn("Excel", "#FFFFFF", answered), 10);
    expect(pane?.mode).toBe("browser");
    answer();
    // Wait for the switch itself rather than a fixed time: a loaded machine may be slow to render.
    await waitFor(() => expect(pane?.mode).toBe("excel"));
    expect(workbooks).toHaveLength(1);
    expect(livePlan).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(screen.queryByRole("group", { name: "Workbook file" })).toBeNull());
  });
});
