/**
 * A partner in the plan's own currency and number format types amounts and dates as text, as a
 * partner in EUR under de-DE does: the merge stores what reads as a number or a date, in both
 * writers (`jmp merge` through ExcelJS, the pane in Excel through Office.js on the fake), so the
 * plan's check finds no "stored as text" (V09) on them. Text that does not read stays text and
 * the check reports it at its cell.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { serialFromDay, dayFromText } from "../../src/model/dates";
import { applyMerge, prepareMerge } from "../../src/workbook/packs";
import { ExcelWorkbook } from "../../src/workbook/excel/ExcelWorkbook";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { createFakeExcel } from "../fakes/fakeExcel";
import { column } from "./eurPack";
import { day, edited, excel, firstEmptyRow, jmp, packBytes, rowOf, samplePlanBytes, sheet, tempDir, writeRow } from "./packHelpers";

/** P-101's (USD, en-US) pack with a changed amount, a new claim and a new tactic typed as text. */
async function typedPack(planBytes: Uint8Array): Promise<Uint8Array> {
  return edited(await packBytes(planBytes, "P-101"), (wb) => {
    const tactics = sheet(wb, "Tactics");
    tactics.getCell(rowOf(tactics, "T-26078"), column(tactics, "Total cost")).value = "52,000.50";
    writeRow(tactics, firstEmptyRow(tactics), ["T-US-1", "P-101", "INI-CLOUD", "Webinar", "Partner webinar", "11/02/2026", "11/02/2026", "8,000", "4000", "Draft", "20000", "$5,000"]);
    const claims = sheet(wb, "Claims");
    writeRow(claims, firstEmptyRow(claims), ["CL-US-1", "T-26007", "5,000.50", null, "12/05/2026", "Submitted", null, "Invoices"]);
    writeRow(claims, firstEmptyRow(claims), ["CL-US-2", "T-26007", "about 5k", null, "soon", "Submitted", null, "Invoices"]);
  });
}

test("jmp merge: a dollar partner's typed text amounts and dates are stored as numbers and dates; unreadable text stays text", async () => {
  const dir = tempDir();
  const plan = join(dir, "plan.xlsx");
  await writeFile(plan, await samplePlanBytes());
  await writeFile(join(dir, "filled.xlsx"), await typedPack(await samplePlanBytes()));
  expect((await jmp("merge", plan, join(dir, "filled.xlsx"))).code).toBeLessThan(3);

  const after = await excel(await readFile(plan));
  const tactics = sheet(after, "Tactics");
  const value = (ws: typeof tactics, id: string, header: string) => ws.getCell(rowOf(ws, id), column(ws, header)).value;
  expect(value(tactics, "T-26078", "Total cost")).toBe(52000.5);
  expect(["Start", "End", "Total cost", "MDF requested", "Expected pipeline", "Expected revenue"].map((h) => value(tactics, "T-US-1", h))).toEqual([
    day("2026-11-02"),
    day("2026-11-02"),
    8000,
    4000,
    20000,
    5000,
  ]);
  const claims = sheet(after, "Claims");
  expect([value(claims, "CL-US-1", "Amount claimed"), value(claims, "CL-US-1", "Submitted on")]).toEqual([5000.5, day("2026-12-05")]);
  expect([value(claims, "CL-US-2", "Amount claimed"), value(claims, "CL-US-2", "Submitted on")]).toEqual(["about 5k", "soon"]);

  const check = await jmp("check", plan, "--json");
  const findings = (JSON.parse(check.stdout) as { issues: { code: string; table: string; row: number; column: string }[] }).issues;
  const at = (table: string, ws: typeof tactics, id: string) => findings.filter((f) => f.table === table && f.row === rowOf(ws, id)).map((f) => `${f.code} ${f.column}`);
  expect(findings.filter((f) => f.code === "V09").map((f) => `${f.table} ${f.row}`)).toEqual(
    // The sample plan's own "$1,250.00" typed by the vendor: a merge does not touch it.
    [`JmpClaims ${rowOf(claims, "CL-030")}`],
  );
  expect(at("JmpClaims", claims, "CL-US-2")).toEqual(expect.arrayContaining(["V02 Amount claimed", "V03 Submitted on"]));
});

test("in Excel (Office.js, on the fake): the same pack's typed text goes in as numbers and date serials", async () => {
  const planBytes = await samplePlanBytes();
  const fake = createFakeExcel({ tables: await (await XlsxWorkbook.load(planBytes)).readTables() });
  const workbook = new ExcelWorkbook(fake.host);
  await applyMerge(workbook, await prepareMerge(workbook, await XlsxWorkbook.load(await typedPack(planBytes)), "filled.xlsx"));

  const tables = await workbook.readTables();
  const cell = (table: string, id: string, header: string) => {
    const raw = tables.find((t) => t.name === table);
    const row = raw?.rows.find((r) => r[0] === id);
    return row?.[raw?.headers.indexOf(header) ?? -1];
  };
  const serial = (text: string) => serialFromDay(dayFromText(text, false) as number);
  expect(cell("JmpTactics", "T-26078", "Total cost")).toBe(52000.5);
  expect(["Start", "Total cost", "Expected pipeline", "Expected revenue"].map((h) => cell("JmpTactics", "T-US-1", h))).toEqual([serial("2026-11-02"), 8000, 20000, 5000]);
  expect([cell("JmpClaims", "CL-US-1", "Amount claimed"), cell("JmpClaims", "CL-US-1", "Submitted on")]).toEqual([5000.5, serial("2026-12-05")]);
  expect(cell("JmpClaims", "CL-US-2", "Amount claimed")).toBe("about 5k");
});
