/**
 * One unit for ratios: every view people read shows ROI (and every other ratio) as a percent;
 * the Dashboard holds the fraction under a percent number format; JSON keeps the fraction.
 */
import { analyze } from "../../src/engine";
import { reportJson, selectReport } from "../../src/engine/reportJson";
import { htmlReport } from "../../src/cli/html/page";
import { plainReport } from "../../src/cli/report/plainReport";
import { currency } from "../../src/model/money";
import { percent } from "../../src/taskpane/format";
import { dashboardLayout } from "../../src/workbook/layout";
import { layoutNumberFormat } from "../../src/workbook/excel/sheetStyle";
import { numberFormatOf, numberFormats } from "../../src/workbook/xlsx/resultsStyle";
import { cleanPlan, workbook } from "../helpers/tables";

const analysis = analyze(workbook(cleanPlan()));
const roi = analysis.partners[0].figures.roi as number;

test("the sample partner's ROI is a fraction well above 1, so a unit mix-up would show", () => {
  expect(roi).toBeGreaterThan(1);
  expect(reportJson(analysis).partners[0].roi).toBe(roi);
});

test("the terminal and HTML reports show ROI as a whole percent", () => {
  const shown = `${Math.round(roi * 100)}%`;
  const text = plainReport(analysis, selectReport(analysis), "", "");
  const partnerLine = text.split("\n").find((l) => l.startsWith(analysis.partners[0].id)) ?? "";
  expect(partnerLine).toContain(` ${shown} `);
  expect(partnerLine).not.toContain(roi.toFixed(2));
  const page = htmlReport(analysis, selectReport(analysis), "");
  expect(page).toContain(`>${shown}<`);
  expect(page).not.toContain(`>${roi.toFixed(2)}<`);
});

test("the pane shows ROI as a percent", () => {
  expect(percent(roi)).toMatch(/^\d[\d,]*(\.\d)?%$/);
  expect(percent(roi)).toBe(`${Math.round(roi * 1000) / 10}%`);
});

test("both Dashboard adapters hold ROI as a fraction with a percent number format", () => {
  const partners = dashboardLayout(analysis).blocks.find((b) => b.key === "partners");
  const column = partners?.header.indexOf("ROI") ?? -1;
  expect(partners?.rows[0][column]).toBe(roi);
  const format = partners?.formats[column] ?? "text";
  expect(format).toBe("percent");
  expect(numberFormatOf(format, numberFormats(currency("USD")))).toBe("0%");
  expect(layoutNumberFormat(format, currency("USD"))).toBe("0%");
});
