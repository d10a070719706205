/** Which worksheet-event addresses can touch a table (columns C..E, header on row 3). */
import { touchesColumns } from "../../../src/workbook/excel/addressSpan";

const touches = (address: string | undefined): boolean => touchesColumns(address, 2, 2, 4);

test.each([
  ["D7", true],
  ["$C$3", true],
  ["A1:C3", true],
  ["E100:F100", true],
  ["D:D", true],
  ["5:7", true],
  ["B7", false],
  ["F1:Z9", false],
  ["C1:E2", false],
  ["B2,D9", true],
  [undefined, true],
  ["not an address", true],
])("%s touches the table: %s", (address, expected) => {
  expect(touches(address)).toBe(expected);
});
