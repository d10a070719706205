/**
 * What `jmp import` refuses: a workbook with no recognisable header (prose, a grid of numbers),
 * an empty sheet, files that are not a readable xlsx (plain bytes, a cut-off zip, an OLE compound
 * document as password-protected workbooks are), a missing tracker, and an output that exists.
 * Each ends with exit 3, one line on stderr, and nothing written.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { tempDir, jmp } from "../cli/planWorkbook";
import { writeWorkbook } from "./acceptance";
import { cleanPartnerTracker } from "./layouts/cleanPartnerTracker";

/** Runs the import of `tracker` (in `dir`) and asserts it is refused with one line and no file. */
async function expectRefused(dir: string, tracker: string, extra: readonly string[] = []): Promise<string> {
  const filesBefore = readdirSync(dir).sort();
  const bytes = existsSync(tracker) ? readFileSync(tracker) : undefined;
  const plan = join(dir, "plan.xlsx");
  const { code, stdout, stderr } = await jmp(["import", tracker, "-o", plan, ...extra]);
  expect({ code, stdout }).toEqual({ code: 3, stdout: "" });
  expect(stderr).toMatch(/^jmp: [^\n]+\n$/);
  // Refused for what the file holds, not for how the command was typed.
  expect(stderr).not.toMatch(/unknown command|jmp --help/);
  expect(existsSync(plan)).toBe(false);
  expect(readdirSync(dir).sort()).toEqual(filesBefore);
  if (bytes) expect(readFileSync(tracker).equals(bytes)).toBe(true);
  return stderr;
}

/** A workbook of one sheet holding `rows`, written to a new folder. */
async function trackerOf(rows: readonly (readonly (string | number)[])[]): Promise<{ dir: string; tracker: string }> {
  const dir = tempDir();
  const tracker = join(dir, "tracker.xlsx");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  rows.forEach((row, r) => row.forEach((v, c) => (ws.getCell(r + 1, c + 1).value = v)));
  await writeWorkbook(wb, tracker);
  return { dir, tracker };
}

test("a sheet of prose has no recognisable header: exit 3", async () => {
  const { dir, tracker } = await trackerOf([
    ["Notes from the partner council, 12 March 2026"],
    ["We agreed to move the spring webinars to April and to send the claim forms by the end of the quarter."],
    ["Contoso asked whether trade show booths count as field events; the answer is yes, with proof of performance."],
    [],
    ["Action items: Dana to update the MDF guide; Lee to chase the open claims."],
  ]);
  await expectRefused(dir, tracker);
});

test("a grid of numbers has no recognisable header: exit 3", async () => {
  let seed = 12345;
  const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) % 100000;
  const rows = Array.from({ length: 20 }, () => Array.from({ length: 6 }, () => next() / 100));
  const { dir, tracker } = await trackerOf(rows);
  await expectRefused(dir, tracker);
});

test("an empty sheet: exit 3", async () => {
  const { dir, tracker } = await trackerOf([]);
  await expectRefused(dir, tracker);
});

test("bytes that are not an xlsx file: exit 3", async () => {
  const dir = tempDir();
  const tracker = join(dir, "tracker.xlsx");
  writeFileSync(tracker, "Partner,Activity,MDF Requested\nContoso,Webinar,5000\n");
  expect(await expectRefused(dir, tracker)).toContain(tracker);
});

test("a cut-off xlsx file: exit 3", async () => {
  const dir = tempDir();
  const tracker = join(dir, "tracker.xlsx");
  const whole = Buffer.from(await cleanPartnerTracker.build().xlsx.writeBuffer());
  writeFileSync(tracker, whole.subarray(0, Math.floor(whole.length / 2)));
  expect(await expectRefused(dir, tracker)).toContain(tracker);
});

test("an encrypted workbook (an OLE compound document): exit 3", async () => {
  const dir = tempDir();
  const tracker = join(dir, "tracker.xlsx");
  const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  writeFileSync(tracker, Buffer.concat([header, Buffer.alloc(4096 - header.length, 0)]));
  expect(await expectRefused(dir, tracker)).toContain(tracker);
});

test("a tracker that does not exist: exit 3", async () => {
  const dir = tempDir();
  const stderr = await expectRefused(dir, join(dir, "tracker.xlsx"));
  expect(stderr).toContain("tracker.xlsx");
});

test("an -o that already exists is never overwritten: exit 3, the file untouched", async () => {
  const dir = tempDir();
  const tracker = join(dir, "tracker.xlsx");
  await writeWorkbook(cleanPartnerTracker.build(), tracker);
  const plan = join(dir, "plan.xlsx");
  writeFileSync(plan, "last quarter's plan");
  const { code, stdout, stderr } = await jmp(["import", tracker, "-o", plan, "--json"]);
  expect({ code, stdout }).toEqual({ code: 3, stdout: "" });
  expect(stderr).toMatch(/^jmp: [^\n]+\n$/);
  expect(stderr).toContain(plan);
  expect(stderr).not.toMatch(/unknown command/);
  expect(readFileSync(plan, "utf8")).toBe("last quarter's plan");
  expect(readdirSync(dir).sort()).toEqual(["plan.xlsx", "tracker.xlsx"]);
});
