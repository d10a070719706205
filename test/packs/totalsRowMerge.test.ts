/**
 * A Claims table with its totals row switched on (Table Design > Total Row) takes a partner's new
 * claim as Excel adds a row: the claim goes where the totals row was, the totals row moves down
 * below it with its formula, and the table grows over both (merge refused such a plan, and the
 * pane's import stopped half done on it).
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { edited, excel, firstEmptyRow, jmp, packBytes, samplePlanBytes, sheet, tempDir, writeRow } from "./packHelpers";
import { rewriteXlsx, unzip } from "../workbook/xlsx/zipFiles";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";

/** The sample plan with a totals row under the Claims table: "Total" and the sum of Amount claimed. */
function withClaimsTotals(bytes: Uint8Array): { bytes: Uint8Array; totalsRow: number } {
  const parts = unzip(bytes);
  const tablePart = [...parts.keys()].find((name) => /^xl\/tables\//.test(name) && /name="JmpClaims"/.test(parts.get(name)?.toString("utf8") ?? ""));
  const ref = /\sref="A1:([A-Z]+)(\d+)"/.exec(parts.get(tablePart ?? "")?.toString("utf8") ?? "");
  if (!tablePart || !ref) throw new Error("no Claims table");
  const totalsRow = Number(ref[2]) + 1;
  // The sheet whose relationships point at the table part.
  const rels = [...parts.keys()].find((name) => /^xl\/worksheets\/_rels\//.test(name) && (parts.get(name)?.toString("utf8") ?? "").includes(`../tables/${tablePart.split("/").pop()}`));
  const sheetPart = (rels ?? "").replace("_rels/", "").replace(/\.rels$/, "");
  const edited = rewriteXlsx(bytes, (name, text) => {
    if (name === tablePart) {
      return text
        .replace(/(<table\b[^>]*?)\sref="A1:([A-Z]+)\d+"/, `$1 ref="A1:$2${totalsRow}" totalsRowCount="1"`)
        .replace(/<autoFilter ref="A1:([A-Z]+)\d+"/, `<autoFilter ref="A1:$1${totalsRow - 1}"`)
        .replace(/(<tableColumn [^>]*name="Amount claimed")[^>]*?(\/?>)/, `$1 totalsRowFunction="sum"$2`);
    }
    if (name === sheetPart) return text.replace("</sheetData>", `<row r="${totalsRow}"><c r="A${totalsRow}" t="inlineStr"><is><t>Total</t></is></c><c r="C${totalsRow}"><f>SUBTOTAL(109,JmpClaims[Amount claimed])</f><v>0</v></c></row></sheetData>`);
    return text;
  });
  return { bytes: edited, totalsRow };
}

test("a partner's new claim lands where the totals row was; the totals row moves below it with its formula", async () => {
  const dir = tempDir();
  const plan = join(dir, "plan.xlsx");
  const { bytes, totalsRow } = withClaimsTotals(await samplePlanBytes());
  await writeFile(plan, bytes);
  const checked = await jmp("check", plan);
  expect(checked.stderr).toBe("");
  expect(checked.code).toBeLessThan(3);
  const filled = await edited(await packBytes(bytes, "P-103"), (wb) => {
    const claims = sheet(wb, "Claims");
    writeRow(claims, firstEmptyRow(claims), ["CL-TOTALS-1", "T-26013", 800, null, new Date(Date.UTC(2026, 3, 20)), "Submitted", null, "Invoice 5"]);
  });
  await writeFile(join(dir, "filled.xlsx"), filled);

  const merged = await jmp("merge", plan, join(dir, "filled.xlsx"));
  expect(merged.stderr).toBe("");
  expect(merged.code).toBeLessThan(3);
  const saved = new Uint8Array(await readFile(plan));
  const claims = sheet(await excel(saved), "Claims");
  expect(claims.getCell(totalsRow, 1).value).toBe("CL-TOTALS-1");
  expect(claims.getCell(totalsRow, 3).value).toBe(800);
  expect([claims.getCell(totalsRow + 1, 1).value, claims.getCell(totalsRow + 1, 3).formula]).toEqual(["Total", "SUBTOTAL(109,JmpClaims[Amount claimed])"]);
  const tables = [...unzip(saved)].filter(([name]) => name.startsWith("xl/tables/")).map(([, b]) => b.toString("utf8"));
  expect(tables.find((t) => t.includes('name="JmpClaims"'))).toMatch(new RegExp(`ref="A1:[A-Z]+${totalsRow + 1}"[^>]*totalsRowCount="1"`));
  // The plan still checks: the new claim is a claim, the totals row none.
  const after = await jmp("check", plan, "--json");
  expect(after.code).toBeLessThan(3);
  expect(JSON.stringify(JSON.parse(after.stdout))).not.toMatch(/"Total"/);
});

test("rows appended to the table (an import into the plan, the pane's Convert) go above its totals row too", async () => {
  const { bytes, totalsRow } = withClaimsTotals(await samplePlanBytes());
  const plan = await XlsxWorkbook.load(bytes);
  const claim = (id: string) => ({ "Claim ID": id, "Tactic ID": "T-26013", "Amount claimed": 100, "Submitted on": new Date(Date.UTC(2026, 3, 21)), Status: "Draft" });
  expect(await plan.appendRows("JmpClaims", [claim("CL-A"), claim("CL-B")])).toBe(2);
  const claims = sheet(await excel(await plan.toBuffer()), "Claims");
  expect([totalsRow, totalsRow + 1, totalsRow + 2].map((r) => claims.getCell(r, 1).value)).toEqual(["CL-A", "CL-B", "Total"]);
  expect(claims.getCell(totalsRow + 2, 3).formula).toBe("SUBTOTAL(109,JmpClaims[Amount claimed])");
  const read = (await (await XlsxWorkbook.load(await plan.toBuffer())).readTables()).find((t) => t.name === "JmpClaims");
  expect(read?.rows.slice(-3).map((r) => r[0])).toEqual(["CL-A", "CL-B", "Total"]);
  expect(read?.hasTotalsRow).toBe(true);
});

test.each([
  ["an address (SUM over the data rows)", (row: number) => ({ formula: `SUM(C2:C${row - 1})`, result: 0 })],
  ["a shared formula", (row: number) => ({ formula: "SUBTOTAL(109,JmpClaims[Amount claimed])", shareType: "shared", ref: `C${row}:D${row}`, result: 0 })],
])("a totals row whose formula holds %s is not moved: the rows are refused with one line, the plan unchanged", async (_kind, totals) => {
  const { bytes, totalsRow } = withClaimsTotals(await samplePlanBytes());
  const withFormula = await edited(bytes, (wb) => {
    const claims = sheet(wb, "Claims");
    claims.getCell(totalsRow, 3).value = totals(totalsRow) as never;
    if ("shareType" in totals(totalsRow)) claims.getCell(totalsRow, 4).value = { sharedFormula: `C${totalsRow}`, result: 0 } as never;
  });
  const plan = await XlsxWorkbook.load(withFormula);
  const claim = { "Claim ID": "CL-A", "Tactic ID": "T-26013", "Amount claimed": 100, Status: "Draft" };
  await expect(plan.appendRows("JmpClaims", [claim])).rejects.toThrow(/its totals row refers to cells by address/);
  const claims = sheet(await excel(await plan.toBuffer()), "Claims");
  expect(claims.getCell(totalsRow, 1).value).toBe("Total");
  expect(claims.getCell(totalsRow + 1, 1).value).toBeNull();
});

test("a totals formula whose structured reference names a column with a number in it (Budget FY26) still moves down", async () => {
  const { bytes, totalsRow } = withClaimsTotals(await samplePlanBytes());
  const formula = "SUBTOTAL(109,JmpClaims[Amount claimed])+0*SUBTOTAL(109,JmpClaims[[#Data],[Budget FY26]])";
  const plan = await XlsxWorkbook.load(await edited(bytes, (wb) => (sheet(wb, "Claims").getCell(totalsRow, 3).value = { formula, result: 0 } as never)));
  expect(await plan.appendRows("JmpClaims", [{ "Claim ID": "CL-A", "Tactic ID": "T-26013", "Amount claimed": 100, Status: "Draft" }])).toBe(1);
  const claims = sheet(await excel(await plan.toBuffer()), "Claims");
  expect([claims.getCell(totalsRow, 1).value, claims.getCell(totalsRow + 1, 3).formula]).toEqual(["CL-A", formula]);
});
