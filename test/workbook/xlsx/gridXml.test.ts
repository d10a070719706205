/**
 * The light writer of the generated sheets: what it writes of a grid's cells, and that it
 * refuses what it does not know rather than write it wrong (the refresh then goes through the
 * whole model).
 */
import { GridStyles } from "../../../src/workbook/xlsx/refresh/gridStyles";
import { gridXml } from "../../../src/workbook/xlsx/refresh/gridXml";
import { SheetGrid } from "../../../src/workbook/xlsx/refresh/sheetGrid";

test("text is inline and escaped, numbers and formulas keep their results, looks become cell formats", () => {
  const grid = new SheetGrid("Issues");
  grid.getCell(1, 1).value = "a < b & c\u0001";
  grid.getCell(1, 2).value = 12.5;
  grid.getCell(2, 1).value = { formula: 'HYPERLINK("#\'Tactics\'!A2","T-1")', result: "T-1" };
  grid.getCell(2, 1).font = { underline: true, color: { argb: "FF0563C1" } };
  grid.getCell(2, 3).numFmt = "#,##0";
  grid.getCell(3, 1).value = " padded ";
  const styles = new GridStyles();
  const xml = gridXml(grid, styles);
  expect(xml).toContain('<c r="A1" t="inlineStr"><is><t>a &lt; b &amp; c_x0001_</t></is></c><c r="B1"><v>12.5</v></c>');
  expect(xml).toContain(`<c r="A2" s="1" t="str"><f>HYPERLINK("#'Tactics'!A2","T-1")</f><v>T-1</v></c><c r="C2" s="2"/>`);
  expect(xml).toContain('<t xml:space="preserve"> padded </t>');
  expect(xml).toContain('<dimension ref="A1:C3"/>');
  expect(styles.xml()).toContain('<font><u/><color rgb="FF0563C1"/></font>');
  expect(styles.xml()).toContain('<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>');
});

test("a value or look the writer does not know is refused", () => {
  const dated = new SheetGrid("Dashboard");
  dated.getCell(1, 1).value = new Date(Date.UTC(2026, 0, 1));
  expect(() => gridXml(dated, new GridStyles())).toThrow("does not write");
  const gradient = new SheetGrid("Dashboard");
  gradient.getCell(1, 1).fill = { type: "gradient", gradient: "angle", degree: 0, stops: [] };
  expect(() => gridXml(gradient, new GridStyles())).toThrow("does not write");
});
