/**
 * The request-size estimate the Excel adapter splits its writes by must not fall below what
 * Office.js sends: a text's quotes and backslashes are escaped in the request's JSON, and money
 * formats hold four quotes each.
 */
import { cellBytes, gridBytes } from "../../../src/workbook/excel/payload";

test("a text's estimate covers its JSON, escapes included", () => {
  for (const text of ['"$"#,##0.00;-"$"#,##0.00', "plain", 'a\\b"c', ""]) {
    expect(cellBytes(text)).toBeGreaterThanOrEqual(JSON.stringify(text).length + 1);
  }
});

test("a row of money formats is estimated at least at its JSON size", () => {
  const row = Array.from({ length: 23 }, () => '"$"#,##0.00;-"$"#,##0.00');
  expect(gridBytes([row])).toBeGreaterThanOrEqual(JSON.stringify([row]).length);
});
