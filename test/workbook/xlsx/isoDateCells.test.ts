/**
 * Date cells stored with `t="d"` (ISO 8601 text in `<v>`, as SheetJS with cellDates and openpyxl
 * with iso_dates write them), assembled into the sample plan's sheet XML: both readers read the
 * day written (they read 2026, 1905-07-18, before), text that is no date is V03 at its cell,
 * and a save through ExcelJS writes the date's serial, never the year as a number.
 */
import { analyze } from "../../../src/engine";
import type { RawTable } from "../../../src/model/rawTable";
import { StreamedTables } from "../../../src/workbook/xlsx/stream/StreamedTables";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";
import { samplePlanBytes } from "./chartParts";
import { partText, rewriteXlsx } from "./zipFiles";

const SETTINGS = "xl/worksheets/sheet1.xml";
const TACTICS = "xl/worksheets/sheet6.xml";

/** The plan with cells of `part` replaced by the XML given per reference. */
function withCells(bytes: Uint8Array, part: string, cells: Readonly<Record<string, string>>): Uint8Array {
  return rewriteXlsx(bytes, (name, text) => {
    if (name !== part) return text;
    let out = text;
    for (const [ref, xml] of Object.entries(cells)) {
      const next = out.replace(new RegExp(`<c r="${ref}"[^>]*?(?:/>|>[\\s\\S]*?</c>)`), xml);
      if (next === out) throw new Error(`no cell ${ref} in ${part}`);
      out = next;
    }
    return out;
  });
}

/** The sample plan with its first tactic's Start (2026-01-28), End and the As of setting (2026-11-30) written as ISO dates. */
async function isoDatedPlan(): Promise<{ plain: Uint8Array; iso: Uint8Array }> {
  const plain = await samplePlanBytes();
  const tactics = withCells(plain, TACTICS, {
    F2: '<c r="F2" s="1" t="d"><v>2026-01-28T00:00:00.000</v></c>',
    G2: '<c r="G2" s="1" t="d"><v>2026-01-28</v></c>',
  });
  return { plain, iso: withCells(tactics, SETTINGS, { B9: '<c r="B9" s="1" t="d"><v>2026-11-30T00:00:00Z</v></c>' }) };
}

async function streamed(bytes: Uint8Array): Promise<RawTable[]> {
  return (await StreamedTables.load(bytes)).readTables();
}

function table(tables: readonly RawTable[], name: string): RawTable {
  const found = tables.find((t) => t.name === name);
  if (!found) throw new Error(`no ${name}`);
  return found;
}

test("ISO date cells read as the day written, on both paths, and the plan checks as with serials", async () => {
  const { plain, iso } = await isoDatedPlan();
  const tables = await streamed(iso);
  const row = table(tables, "JmpTactics").rows[0];
  expect(row[5]).toEqual(new Date(Date.UTC(2026, 0, 28)));
  expect(row[6]).toEqual(new Date(Date.UTC(2026, 0, 28)));
  expect(tables).toEqual(await (await XlsxWorkbook.load(iso)).readTables());
  // As of included: the same findings and figures as the plan with the dates as serials.
  const [read, expected] = [analyze(tables), analyze(await streamed(plain))];
  expect(read.plan.settings).toEqual(expected.plan.settings);
  expect(read.findings).toEqual(expected.findings);
  expect(read.totals).toEqual(expected.totals);
});

test("a zone or a time of day shifts no day; the 1904 date system reads the same day", async () => {
  const plain = await samplePlanBytes();
  const cells = {
    F2: '<c r="F2" s="1" t="d"><v>2026-06-30T23:30:00-05:00</v></c>',
    G2: '<c r="G2" s="1" t="d"><f>DATE(2026,7,1)</f><v>2026-07-01T00:00:00+14:00</v></c>',
  };
  for (const bytes of [withCells(plain, TACTICS, cells), rewriteXlsx(withCells(plain, TACTICS, cells), (name, text) => (name === "xl/workbook.xml" ? text.replace("<workbookPr ", '<workbookPr date1904="1" ') : text))]) {
    const tables = await streamed(bytes);
    const [start, end] = table(tables, "JmpTactics").rows[0].slice(5, 7) as Date[];
    expect(start.toISOString()).toBe("2026-06-30T23:30:00.000Z");
    expect(end.toISOString()).toBe("2026-07-01T00:00:00.000Z");
    expect(tables).toEqual(await (await XlsxWorkbook.load(bytes)).readTables());
  }
});

test("a t=\"d\" cell holding no ISO date is V03 at its cell, on both paths", async () => {
  const bytes = withCells(await samplePlanBytes(), TACTICS, {
    F2: '<c r="F2" s="1" t="d"><v>2026-02-30</v></c>',
    G2: '<c r="G2" s="1" t="d"><v>soon</v></c>',
  });
  const tables = await streamed(bytes);
  expect(tables).toEqual(await (await XlsxWorkbook.load(bytes)).readTables());
  const v03 = analyze(tables).findings.filter((f) => f.code === "V03" && f.table === "JmpTactics");
  expect(v03.map((f) => [f.cell, f.message])).toEqual([
    ["F2", 'Start "2026-02-30" is not a date'],
    ["G2", 'End "soon" is not a date'],
  ]);
});

test("a save through ExcelJS writes an ISO date cell as its date's serial, never as its year", async () => {
  const { iso } = await isoDatedPlan();
  const invalid = withCells(iso, TACTICS, { F3: '<c r="F3" s="1" t="d"><v>soon</v></c>' });
  const model = await XlsxWorkbook.load(invalid);
  await model.applyTemplate();
  const saved = await model.toBuffer();
  const sheet = partText(saved, TACTICS);
  expect(sheet).not.toMatch(/t="d"/);
  expect(sheet).toMatch(/<c r="F2" s="\d+"><v>46050<\/v><\/c>/);
  expect(sheet).not.toMatch(/<v>2026<\/v>/);
  expect(partText(saved, SETTINGS)).toMatch(/<c r="B9" s="\d+"><v>46356<\/v><\/c>/);
  // The text that is no date stays text (V03 again after the save).
  const tables = await streamed(saved);
  expect(table(tables, "JmpTactics").rows[1][5]).toBe("soon");
  expect(table(tables, "JmpTactics").rows[0][5]).toEqual(new Date(Date.UTC(2026, 0, 28)));
});
