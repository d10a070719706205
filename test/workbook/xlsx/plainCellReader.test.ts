/**
 * The sheet reader takes a worksheet's plain cells in one call (`plainCell.ts`); it must keep
 * exactly the values the events of their elements give. Generated sheets (plain cells among
 * formulas, rich text, cells without references, cells nested in cells and in rich text, which
 * Excel never writes but XML allows), cut into chunks anywhere, are read through the range
 * checks with and without the one-call path, and the tables kept must be the same.
 */
import fc from "fast-check";
import type { PackageParts, PartHandler } from "../../../src/workbook/xlsx/stream/packageParts";
import { cellWindow, readSheetCells } from "../../../src/workbook/xlsx/stream/sheetCells";
import { rangeScanner } from "../../../src/workbook/xlsx/rangeScan";
import type { PartReader } from "../../../src/workbook/xlsx/rangeScan";
import { ExpandedCellCounter } from "../../../src/workbook/xlsx/expandedCells";

/** Parts holding one sheet, read through the range checks; `oneCall` false hides the reader's `cell`. */
function partsOf(xml: string, cuts: readonly number[], oneCall: boolean): PackageParts {
  const read = async (name: string, handler: PartHandler): Promise<boolean> => {
    const reader: PartReader = oneCall ? handler : { open: handler.open.bind(handler), text: handler.text?.bind(handler), close: handler.close?.bind(handler) };
    const counters = { expanded: new ExpandedCellCounter(1_000_000), tables: new ExpandedCellCounter(1_000_000) };
    const scan = rangeScanner(name, counters, undefined, reader, "sheet");
    const bytes = new TextEncoder().encode(xml);
    let from = 0;
    for (const cut of [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b)) {
      scan.write(bytes.subarray(from, cut));
      from = cut;
    }
    scan.write(bytes.subarray(from));
    scan.end();
    return true;
  };
  return { read } as unknown as PackageParts;
}

/** The values a window over A1:T20 keeps, or the message the read was refused with. */
async function kept(xml: string, cuts: readonly number[], oneCall: boolean): Promise<unknown[] | string> {
  const window = cellWindow({ top: 1, left: 1, bottom: 20, right: 20 });
  const context = { strings: ["shared zero", "shared one"], dateStyles: [false, true], date1904: false, maxCells: 10_000 };
  try {
    await readSheetCells(partsOf(xml, cuts, oneCall), "xl/worksheets/sheet1.xml", context, [window], { cells: 0 });
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  // Dates as their time: an invalid date (a date-styled cell holding text) equals another.
  return window.rows.map((cells) => cells?.map((v) => (v instanceof Date ? `date ${v.getTime()}` : v)));
}

const ref = fc.constantFrom("", ' r="A1"', ' r="B2"', ' r="C3"', " r='D1'");
const style = fc.constantFrom("", ' s="0"', ' s="1"');
const type = fc.constantFrom("", ' t="n"', ' t="s"', ' t="str"', ' t="b"', ' t="e"', ' t="inlineStr"');
const text = fc.constantFrom("", "0", "1", "42.5", "45000", "_x0041_", "word", "a b", "Partner name long enough");
const attributes = fc.tuple(ref, style, type).map((parts) => parts.join(""));

/** A cell in the one-call shape, or one that is not, or one holding another cell. */
const cell: fc.Memo<string> = fc.memo((depth) =>
  fc.oneof(
    fc.tuple(attributes, text).map(([a, t]) => `<c${a}><v>${t}</v></c>`),
    fc.tuple(attributes, text).map(([a, t]) => `<c${a}><is><t>${t}</t></is></c>`),
    attributes.map((a) => `<c${a}/>`),
    fc.tuple(attributes, text, text).map(([a, f, v]) => `<c${a}><f>${f}</f><v>${v}</v></c>`),
    fc.tuple(attributes, text, text).map(([a, x, y]) => `<c${a}><is><r><t>${x}</t></r><r><t>${y}</t></r></is></c>`),
    depth > 1 ? fc.tuple(attributes, cell(depth - 1), text).map(([a, inner, v]) => `<c${a}>${inner}<v>${v}</v></c>`) : attributes.map((a) => `<c${a}></c>`),
    depth > 1 ? fc.tuple(attributes, cell(depth - 1), text).map(([a, inner, t]) => `<c${a}><is><r>${inner}<t>${t}</t></r></is></c>`) : attributes.map((a) => `<c${a}></c>`),
  ),
);

const row = fc.tuple(fc.constantFrom("", ' r="1"', ' r="2"', ' r="3"'), fc.array(cell(3), { maxLength: 4 })).map(([r, cells]) => `<row${r}>${cells.join("")}</row>`);
const sheet = fc.array(row, { maxLength: 4 }).map((rows) => `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${rows.join("")}</sheetData></worksheet>`);

test("the reader keeps the same values with plain cells in one call as through their elements' events, chunked anywhere", async () => {
  await fc.assert(
    fc.asyncProperty(sheet, fc.array(fc.nat(), { maxLength: 5 }), async (xml, cuts) => {
      expect(await kept(xml, cuts, true)).toEqual(await kept(xml, [], false));
    }),
    { numRuns: 600 },
  );
});

test("a plain cell inside another cell does not take the outer cell's value", async () => {
  const xml = '<worksheet><sheetData><row><c r="B2"><c r="A1"><v>1</v></c><v>7</v></c></row></sheetData></worksheet>';
  expect(await kept(xml, [], true)).toEqual(await kept(xml, [], false));
});

test("date cells of the same serial share one date, equal to the one each would get alone", async () => {
  const window = cellWindow({ top: 1, left: 1, bottom: 3, right: 2 });
  const context = { strings: [], dateStyles: [false, true], date1904: false, maxCells: 100 };
  const xml = '<worksheet><sheetData><row r="1"><c r="A1" s="1"><v>46112</v></c><c r="B1" s="1"><v>46113</v></c></row><row r="2"><c r="A2" s="1"><v>46112</v></c><c r="B2"><v>46112</v></c></row></sheetData></worksheet>';
  await readSheetCells(partsOf(xml, [], true), "xl/worksheets/sheet1.xml", context, [window], { cells: 0 });
  const [first, second] = window.rows;
  expect(first).toEqual([new Date(Date.UTC(2026, 2, 31)), new Date(Date.UTC(2026, 3, 1))]);
  expect(second).toEqual([new Date(Date.UTC(2026, 2, 31)), 46112]);
  // One object for the serial read twice: a plan's date columns repeat a few hundred days.
  expect(second?.[0]).toBe(first?.[0]);
});
