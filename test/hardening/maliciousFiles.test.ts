/**
 * The xlsx reader against hostile files beyond those of `test/workbook/xlsx/unsafeFiles.test.ts`
 * (SPEC section 8): bombs that stay under each per-entry limit, odd zip entries, deeply nested
 * XML, huge shared strings, external links, absurd dimensions and a 50 MB sheet. Each ends in a
 * correct read or a one-line `UnreadableWorkbookError`, within the hang guard, never a crash.
 */
import { randomBytes } from "crypto";
import net from "net";
import { deflateRawSync } from "zlib";
import { UnreadableWorkbookError } from "../../src/workbook/xlsx/errors";
import type { ZipPart } from "../workbook/xlsx/zipFiles";
import { openHostile, hostileWorkbook, part, sheetXml } from "./hostileParts";

const SHEET = "xl/worksheets/sheet1.xml";
const STRINGS = "xl/sharedStrings.xml";
const MB = 1024 * 1024;

/** The read outcome's workbook, failing the test when the file was refused. */
async function readBack(bytes: Uint8Array) {
  const outcome = await openHostile(bytes);
  if (outcome.kind !== "read") throw new Error(`refused: ${outcome.error.message}`);
  return outcome.workbook;
}

describe("zip bombs under the per-entry limits", () => {
  test("hundreds of entries, each just below the ratio check, are refused or read within the guard", async () => {
    // Each entry inflates to 1 MB - 1 byte of zeros from about 1 KB: under the size the ratio is
    // checked from, so only the archive's total can give the bomb away.
    const zeros = Buffer.alloc(MB - 1);
    const kernel = part("x", zeros);
    const media: Record<string, ZipPart> = {};
    for (let i = 0; i < 900; i++) media[`xl/media/image${i}.png`] = { ...kernel, name: `xl/media/image${i}.png` };
    const bytes = await hostileWorkbook(media);
    expect(bytes.byteLength).toBeLessThan(2 * MB);
    const outcome = await openHostile(bytes);
    expect(outcome.kind).toBe("refused");
    if (outcome.kind === "refused") expect([outcome.error.reason, outcome.error.message]).toEqual(["zipBomb", expect.stringMatching(/together, a ratio typical of zip bombs/)]);
  });

  test("a stored entry that declares another size than it holds is refused as damaged", async () => {
    const data = Buffer.from("<sst/>");
    const liar: ZipPart = { name: STRINGS, stored: data, method: 0, declaredSize: 10 * MB };
    const outcome = await openHostile(await hostileWorkbook({ [STRINGS]: liar }));
    expect(outcome.kind).toBe("refused");
  });

  test("an entry in a compression method workbooks never use is refused", async () => {
    const odd: ZipPart = { name: STRINGS, stored: deflateRawSync("<sst/>"), method: 12 as unknown as 8, declaredSize: 6 };
    const outcome = await openHostile(await hostileWorkbook({ [STRINGS]: odd }));
    expect(outcome.kind === "refused" && outcome.error.reason).toBe("corrupt");
  });

  test("a zip bomb nested inside an embedded object is never opened: the workbook reads", async () => {
    const inner = deflateRawSync(Buffer.alloc(50 * MB));
    const embedded: ZipPart = { name: "xl/embeddings/oleObject1.bin", stored: inner, method: 0, declaredSize: inner.byteLength };
    const wb = await readBack(await hostileWorkbook({ "xl/embeddings/oleObject1.bin": embedded }));
    expect((await wb.readSheet("Data")).headers).toEqual(["x"]);
  });
});

describe("hostile XML", () => {
  test("a sheet with 100,000 nested elements is read or refused, not a stack overflow", async () => {
    const depth = 100_000;
    const nested = `${"<x>".repeat(depth)}${"</x>".repeat(depth)}`;
    const cell = '<row r="1"><c r="A1" t="inlineStr"><is><t>kept</t></is></c></row>';
    const outcome = await openHostile(await hostileWorkbook({ [SHEET]: sheetXml(cell, `<extLst><ext uri="{x}">${nested}</ext></extLst>`) }));
    if (outcome.kind === "read") expect((await outcome.workbook.readSheet("Data")).headers).toEqual(["kept"]);
  });

  test("100,000 nested elements inside a cell are read or refused", async () => {
    const depth = 100_000;
    const cell = `<row r="1"><c r="A1" t="inlineStr"><is>${"<r>".repeat(depth)}<t>deep</t>${"</r>".repeat(depth)}</is></c></row>`;
    await openHostile(await hostileWorkbook({ [SHEET]: sheetXml(cell) }));
  });

  test("a dimension claiming the whole grid costs nothing: the sheet reads as its cells", async () => {
    const cells = '<row r="1"><c r="A1" t="inlineStr"><is><t>Head</t></is></c></row><row r="2"><c r="A2"><v>7</v></c></row>';
    const wb = await readBack(await hostileWorkbook({ [SHEET]: sheetXml(cells, '<dimension ref="A1:XFD1048576"/>') }));
    expect(await wb.readSheet("Data")).toEqual({ headers: ["Head"], rows: [[7]], headerRow: 1, firstColumn: 1 });
    expect((await wb.listSheets())[0]).toMatchObject({ name: "Data", rows: 2, columns: 1 });
  });

  test("two cells at opposite corners of the grid preview without building the whole grid", async () => {
    const cells = '<row r="1"><c r="A1"><v>1</v></c></row><row r="1048576"><c r="XFD1048576"><v>2</v></c></row>';
    const wb = await readBack(await hostileWorkbook({ [SHEET]: sheetXml(cells) }));
    const preview = await wb.readSheet("Data", { maxRows: 5 });
    expect(preview.headers).toHaveLength(16_384);
    expect(preview.rows).toHaveLength(5);
    // The full read would be 17 billion cells: refused with one line instead of running out of memory.
    await expect(wb.readSheet("Data")).rejects.toThrow(UnreadableWorkbookError);
    await expect(wb.readSheet("Data")).rejects.toThrow(/^The sheet "Data" spans 17,179,869,184 cells/);
  });
});

describe("huge shared strings", () => {
  test("a 50 MB shared strings part with five entries is refused or read in full", async () => {
    // Random text compresses about 4:3, so the file stays below the 100 MB limit.
    const strings = Array.from({ length: 5 }, () => randomBytes(7.5 * MB).toString("base64"));
    const sst = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="5" uniqueCount="5">${strings.map((s) => `<si><t>${s}</t></si>`).join("")}</sst>`;
    expect(sst.length).toBeGreaterThan(50 * 1_000_000);
    const cells = `<row r="1">${strings.map((_, i) => `<c r="${"ABCDE"[i]}1" t="s"><v>${i}</v></c>`).join("")}</row>`;
    const outcome = await openHostile(await hostileWorkbook({ [STRINGS]: sst, [SHEET]: sheetXml(cells) }));
    if (outcome.kind === "read") {
      const headers = (await outcome.workbook.readSheet("Data")).headers;
      expect(headers.map((h) => (typeof h === "string" ? h.length : h))).toEqual(strings.map((s) => s.length));
      expect(headers[4]).toBe(strings[4]);
    }
  });

  // ExcelJS builds a million strings: over a minute of wall time on a two-core machine shared by
  // several runs (the suite's hang guard still catches a read that never ends).
  test("a million tiny shared strings read, and cells find the right one", async () => {
    const count = 1_000_000;
    const items: string[] = [];
    for (let i = 0; i < count; i++) items.push(`<si><t>s${i}</t></si>`);
    const sst = `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${count}" uniqueCount="${count}">${items.join("")}</sst>`;
    const cells = '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>999999</v></c><c r="C1" t="s"><v>123456</v></c></row>';
    const outcome = await openHostile(await hostileWorkbook({ [STRINGS]: sst, [SHEET]: sheetXml(cells) }));
    if (outcome.kind === "read") expect((await outcome.workbook.readSheet("Data")).headers).toEqual(["s0", "s999999", "s123456"]);
  });
});

describe("external links", () => {
  test("a formula into another workbook reads its cached value and fetches nothing", async () => {
    const rels = "xl/_rels/workbook.xml.rels";
    const linkType = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLink";
    const bytes = await hostileWorkbook({
      [SHEET]: sheetXml('<row r="1"><c r="A1" t="inlineStr"><is><t>Budget</t></is></c></row><row r="2"><c r="A2"><f>[1]Budgets!$B$2*2</f><v>50000</v></c></row>'),
      [rels]: (text) => text.replace("</Relationships>", `<Relationship Id="rId99" Type="${linkType}" Target="externalLinks/externalLink1.xml"/></Relationships>`),
      "xl/workbook.xml": (text) => text.replace("</sheets>", '</sheets><externalReferences><externalReference r:id="rId99"/></externalReferences>'),
      "[Content_Types].xml": (text) =>
        text.replace("</Types>", '<Override PartName="/xl/externalLinks/externalLink1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml"/></Types>'),
      "xl/externalLinks/externalLink1.xml": `<?xml version="1.0"?><externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><externalBook r:id="rId1"><sheetNames><sheetName val="Budgets"/></sheetNames><sheetDataSet><sheetData sheetId="0"><row r="2"><cell r="B2"><v>25000</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>`,
      "xl/externalLinks/_rels/externalLink1.xml.rels": `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/externalLinkPath" Target="http://127.0.0.1:9/budgets.xlsx" TargetMode="External"/></Relationships>`,
    });
    const fetchSpy = jest.fn(() => Promise.reject(new Error("no network")));
    const realFetch = globalThis.fetch;
    globalThis.fetch = fetchSpy as unknown as typeof fetch;
    const connect = jest.spyOn(net.Socket.prototype, "connect");
    try {
      const wb = await readBack(bytes);
      expect(await wb.readSheet("Data")).toEqual({ headers: ["Budget"], rows: [[50000]], headerRow: 1, firstColumn: 1 });
    } finally {
      globalThis.fetch = realFetch;
      connect.mockRestore();
    }
    expect(fetchSpy).not.toHaveBeenCalled();
    expect(connect).not.toHaveBeenCalled();
  });
});

describe("a 50 MB sheet", () => {
  test("is read in full or refused within the guard", async () => {
    const rows: string[] = [];
    let size = 0;
    for (let r = 2; size < 50 * MB; r++) {
      const row = `<row r="${r}"><c r="A${r}"><v>${r}</v></c><c r="B${r}"><v>${r * 0.25}</v></c><c r="C${r}"><v>${r % 97}</v></c><c r="D${r}"><v>46112</v></c></row>`;
      rows.push(row);
      size += row.length;
    }
    const header = '<row r="1"><c r="A1" t="inlineStr"><is><t>N</t></is></c></row>';
    const outcome = await openHostile(await hostileWorkbook({ [SHEET]: sheetXml(header + rows.join("")) }));
    if (outcome.kind === "read") {
      const listed = (await outcome.workbook.listSheets())[0];
      expect(listed).toMatchObject({ name: "Data", rows: rows.length + 1, columns: 4 });
    }
  });
});
