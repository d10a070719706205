/**
 * Untrusted files are checked before the workbook reader sees them (SPEC section 8): each refusal
 * is an UnreadableWorkbookError with its reason and a one-line message, and nothing hangs.
 */
import { constants, crc32, deflateRawSync, inflateRawSync } from "zlib";
import { analyze } from "../../../src/engine";
import { UnreadableWorkbookError } from "../../../src/workbook/xlsx/errors";
import { cellsInRanges } from "../../../src/workbook/xlsx/expandedCells";
import type { UnreadableReason } from "../../../src/workbook/xlsx/errors";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";
import { buildZip, deflated, rewriteXlsx } from "./zipFiles";

const CONTENT_TYPES = deflated("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
const WORKBOOK = deflated("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>');

async function refusal(bytes: Uint8Array, options = {}): Promise<UnreadableWorkbookError> {
  try {
    await XlsxWorkbook.load(bytes, options);
  } catch (error) {
    if (error instanceof UnreadableWorkbookError) return error;
    throw error;
  }
  throw new Error("the file was accepted");
}

async function expectRefused(bytes: Uint8Array, reason: UnreadableReason, options = {}): Promise<string> {
  const error = await refusal(bytes, options);
  expect(error.reason).toBe(reason);
  expect(error.message).not.toMatch(/\n/);
  return error.message;
}

async function validWorkbookBytes(): Promise<Uint8Array> {
  const wb = XlsxWorkbook.create();
  await wb.applyTemplate();
  return wb.toBuffer();
}

test("a file that is not a zip archive is refused as not an .xlsx", async () => {
  const message = await expectRefused(new TextEncoder().encode("Partner ID,Partner\nP1,Northwind\n"), "notZip");
  expect(message).toMatch(/not an \.xlsx/);
  await expectRefused(new Uint8Array(0), "notZip");
});

test("a password-protected workbook (an OLE container) is named as such", async () => {
  const ole = new Uint8Array(4096);
  ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  expect(await expectRefused(ole, "encrypted")).toMatch(/password-protected/);
});

test("a cut-off download is refused as truncated", async () => {
  const bytes = await validWorkbookBytes();
  await expectRefused(bytes.subarray(0, Math.floor(bytes.byteLength / 2)), "truncated");
  await expectRefused(bytes.subarray(0, bytes.byteLength - 10), "truncated");
});

test("a zip without a workbook part (a Word file, say) is refused", async () => {
  const docx = buildZip([CONTENT_TYPES, deflated("word/document.xml", "<document/>")]);
  expect(await expectRefused(docx, "notWorkbook")).toMatch(/not an Excel workbook/);
});

test("files above the byte limit are refused before they are unzipped", async () => {
  const bytes = await validWorkbookBytes();
  const message = await expectRefused(bytes, "tooLarge", { limits: { maxBytes: 1000 } });
  expect(message).toMatch(/limit/);
});

test("a zip bomb (one small entry inflating to hundreds of MB) is refused from its directory", async () => {
  // A real 300 MB stream of zeros: one 30 MB block deflated with a full flush (so it can be
  // repeated) ten times, then an empty final block. The test never holds 300 MB in memory.
  const block = deflateRawSync(Buffer.alloc(30 * 1024 * 1024), { finishFlush: constants.Z_FULL_FLUSH });
  const stream = Buffer.concat([...Array.from({ length: 10 }, () => block), deflateRawSync(Buffer.alloc(0))]);
  expect(inflateRawSync(stream.subarray(0, block.byteLength * 2 + 2), { finishFlush: constants.Z_SYNC_FLUSH }).byteLength).toBe(60 * 1024 * 1024);
  const bomb = { name: "xl/worksheets/sheet1.xml", stored: stream, method: 8 as const, declaredSize: 300 * 1024 * 1024 };
  expect(stream.byteLength).toBeLessThan(400 * 1024);
  // Refused on what the directory declares (the ratio of one entry), so before any byte is inflated.
  expect(await expectRefused(buildZip([CONTENT_TYPES, WORKBOOK, bomb]), "zipBomb")).toMatch(/zip entry xl\/worksheets\/sheet1\.xml is compressed \d+:1, a ratio typical of zip bombs/);
});

test("a bomb that declares a small size is caught while it inflates", async () => {
  const payload = Buffer.alloc(8 * 1024 * 1024);
  const liar = { name: "xl/sharedStrings.xml", stored: deflateRawSync(payload), method: 8 as const, declaredSize: 1000, crc: crc32(payload) };
  expect(await expectRefused(buildZip([CONTENT_TYPES, WORKBOOK, liar]), "zipBomb")).toMatch(/beyond the size it declares/);
});

test("sizes declared in ZIP64 fields are checked too", async () => {
  const huge = { ...deflated("xl/worksheets/sheet1.xml", "<worksheet/>"), zip64Size: BigInt(5) * BigInt(1024 ** 3) };
  await expectRefused(buildZip([CONTENT_TYPES, WORKBOOK, huge]), "tooLargeUncompressed");
});

test("a total uncompressed size above the limit is refused", async () => {
  const bytes = await validWorkbookBytes();
  expect(await expectRefused(bytes, "tooLargeUncompressed", { limits: { maxUncompressedBytes: 10_000 } })).toMatch(/unpack/);
  // Entries at the ratio limit, together past the default 1 GB.
  const stored = new Uint8Array(2 * 1024 * 1024);
  const big = (i: number) => ({ name: `xl/media/image${i}.bin`, stored, method: 8 as const, declaredSize: 190 * stored.byteLength });
  await expectRefused(buildZip([CONTENT_TYPES, WORKBOOK, big(1), big(2), big(3)]), "tooLargeUncompressed");
});

test("more than 10,000 zip entries are refused", async () => {
  const tiny = deflated("x", "");
  const parts = [CONTENT_TYPES, WORKBOOK, ...Array.from({ length: 10_001 }, (_, i) => ({ ...tiny, name: `xl/p/${i}.xml` }))];
  expect(await expectRefused(buildZip(parts), "tooManyEntries")).toMatch(/10,000/);
});

test("a merged range the reader would expand into millions of cells is refused, not hung on", async () => {
  const bytes = await validWorkbookBytes();
  const hostile = rewriteXlsx(bytes, (name, text) =>
    name === "xl/worksheets/sheet2.xml" ? text.replace("</worksheet>", '<mergeCells count="1"><mergeCell ref="AA1:AZ1048576"/></mergeCells></worksheet>') : text,
  );
  // Refused by the guard's count of the range (its own message: a reader's "more than ... cells
  // that can be read" would mean the range was expanded first), before any reader expands it.
  expect(await expectRefused(hostile, "tooManyCells")).toMatch(/^The file is refused: its merged cells, validations and names cover more than [\d,]+ cells \(first exceeded in xl\/worksheets\/sheet2\.xml\)$/);
});

test("a defined name over a huge range is refused", async () => {
  const bytes = await validWorkbookBytes();
  const hostile = rewriteXlsx(bytes, (name, text) =>
    name === "xl/workbook.xml" ? text.replace("</definedNames>", '<definedName name="Everything">Settings!$A$1:$Z$1048576</definedName></definedNames>') : text,
  );
  await expectRefused(hostile, "tooManyCells");
});

test("a print area over whole columns is fine: the reader keeps it as page setup", async () => {
  const bytes = await validWorkbookBytes();
  const printed = rewriteXlsx(bytes, (name, text) =>
    name === "xl/workbook.xml"
      ? text.replace("</definedNames>", '<definedName name="_xlnm.Print_Area" localSheetId="0">Settings!$A$1:$Z$1048576</definedName></definedNames>')
      : text,
  );
  const wb = await XlsxWorkbook.load(printed);
  expect(wb.workbook.getWorksheet("Settings")?.pageSetup.printArea).toBe("A1:Z1048576");
});

test("cells are counted the way the reader expands ranges", () => {
  expect(cellsInRanges("A1:B2 C3")).toBe(5);
  expect(cellsInRanges("'My Sheet'!$A$1:$C$10,Other!$B$2")).toBe(31);
  expect(cellsInRanges("Sheet1!$A$1:$Z$1048576")).toBe(26 * 1_048_576);
  expect(cellsInRanges("Data2026")).toBe(0);
});

test("damaged XML inside a valid zip is reported as unreadable, with one line", async () => {
  const bytes = await validWorkbookBytes();
  const broken = rewriteXlsx(bytes, (name, text) => (name === "xl/workbook.xml" ? text.slice(0, text.length / 2) : text));
  const error = await refusal(broken);
  expect(error.message).not.toMatch(/\n/);
});

test("a workbook missing a JMP table reads fine and the check reports S01 for it", async () => {
  const wb = XlsxWorkbook.create();
  await wb.applyTemplate();
  const claims = wb.workbook.getWorksheet("Claims");
  if (claims) wb.workbook.removeWorksheet(claims.id);
  const reloaded = await XlsxWorkbook.load(await wb.toBuffer());
  const tables = await reloaded.readTables();
  expect(tables.map((t) => t.name)).not.toContain("JmpClaims");
  const s01 = analyze(tables, { asOf: 0 }).findings.filter((f) => f.code === "S01");
  expect(s01.map((f) => f.table)).toEqual(["JmpClaims"]);
});
