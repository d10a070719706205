/**
 * A pack for a partner in EUR writing de-DE: the pack shows its money in euros and its dates the
 * German way, the partner types "4.934,18 €" and "31.03.2026" as text, and the merge writes into
 * the plan exactly the amounts and days meant, which the plan then converts at its rates.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { analyze } from "../../src/engine";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { column, eurPlanBytes } from "./eurPack";
import { day, edited, excel, firstEmptyRow, jmp, rowOf, sheet, tempDir, writeRow } from "./packHelpers";

test("a EUR partner's de-DE pack: shown in euros and German dates, typed text merged back exactly", async () => {
  const dir = tempDir();
  const plan = join(dir, "plan.xlsx");
  await writeFile(plan, await eurPlanBytes());
  const packed = join(dir, "p103.xlsx");
  expect(await jmp("pack", plan, "--partner", "P-103", "-o", packed)).toMatchObject({ code: 0, stderr: "" });

  const pack = await excel(await readFile(packed));
  const settings = sheet(pack, "Settings");
  const setting = (name: string) => settings.getCell(rowOf(settings, name), 2).value;
  expect([setting("Currency"), setting("Number format")]).toEqual(["EUR", "de-DE"]);
  const tactics = sheet(pack, "Tactics");
  const t = rowOf(tactics, "T-26013");
  const mdf = column(tactics, "MDF requested");
  const start = column(tactics, "Start");
  expect(tactics.getCell(t, mdf).numFmt).toContain("€");
  expect(tactics.getCell(t, start).numFmt).toBe("dd.mm.yyyy");

  const filled = join(dir, "p103-filled.xlsx");
  await writeFile(
    filled,
    await edited(await readFile(packed), (wb) => {
      const ws = sheet(wb, "Tactics");
      ws.getCell(t, mdf).value = "4.934,18 €";
      ws.getCell(t, start).value = "31.03.2026";
      const claims = sheet(wb, "Claims");
      writeRow(claims, firstEmptyRow(claims), ["CL-DE-1", "T-26013", "1.234,50", null, "15.04.2026", "Submitted", null, "Rechnung 17"]);
    }),
  );
  const merged = await jmp("merge", plan, filled);
  expect(merged.code).toBeLessThan(3);

  const after = await excel(await readFile(plan));
  const planTactics = sheet(after, "Tactics");
  const row = rowOf(planTactics, "T-26013");
  expect(planTactics.getCell(row, column(planTactics, "MDF requested")).value).toBe(4934.18);
  expect(planTactics.getCell(row, column(planTactics, "Start")).value).toEqual(day("2026-03-31"));
  const planClaims = sheet(after, "Claims");
  const claim = rowOf(planClaims, "CL-DE-1");
  expect(planClaims.getCell(claim, column(planClaims, "Amount claimed")).value).toBe(1234.5);
  expect(planClaims.getCell(claim, column(planClaims, "Submitted on")).value).toEqual(day("2026-04-15"));

  // The plan reads the merged amounts in EUR: as typed in the partner view, at 1.08 in the plan's.
  const analysis = analyze(await (await XlsxWorkbook.load(await readFile(plan))).readTables(), { asOf: 0 });
  const tactic = analysis.plan.tactics.find((x) => x.id?.text === "T-26013");
  // 4,934.18 EUR x 1.08 = 5,328.9144 USD -> 5,328.91.
  expect(tactic?.mdfRequested).toBe(532891);
  const own = analysis.inPartnerCurrencies();
  expect(own?.plan.tactics.find((x) => x.id?.text === "T-26013")?.mdfRequested).toBe(493418);
  expect(own?.plan.claims.find((x) => x.id?.text === "CL-DE-1")?.amountClaimed).toBe(123450);
});

test("an untouched pack of a EUR de-DE partner merges with nothing refused: the Settings it shows are the pack's own", async () => {
  const dir = tempDir();
  const plan = join(dir, "plan.xlsx");
  await writeFile(plan, await eurPlanBytes());
  const packed = join(dir, "p103.xlsx");
  expect(await jmp("pack", plan, "--partner", "P-103", "-o", packed)).toMatchObject({ code: 0 });
  const dryRun = await jmp("merge", plan, packed, "--dry-run");
  expect(dryRun.code).toBe(0);
  expect(dryRun.stdout).toMatch(/Refused: none/);
  // A partner who changes the pack's Currency is still refused: the pack says what it shows, not the partner.
  const changed = join(dir, "p103-usd.xlsx");
  await writeFile(
    changed,
    await edited(await readFile(packed), (wb) => {
      const settings = sheet(wb, "Settings");
      settings.getCell(rowOf(settings, "Currency"), 2).value = "USD";
    }),
  );
  const refused = await jmp("merge", plan, changed, "--dry-run");
  expect(refused.stdout).toMatch(/Refused: 1\b[\s\S]*Settings Currency/);
  // The value a refusal says the plan keeps is the plan's own (en-US), not the de-DE the pack showed.
  const otherFormat = join(dir, "p103-fr.xlsx");
  await writeFile(
    otherFormat,
    await edited(await readFile(packed), (wb) => {
      const settings = sheet(wb, "Settings");
      settings.getCell(rowOf(settings, "Number format"), 2).value = "fr-FR";
    }),
  );
  const json = JSON.parse((await jmp("merge", plan, otherFormat, "--dry-run", "--json")).stdout) as { refused: { id: string; plan: unknown; pack: unknown }[] };
  expect(json.refused).toEqual([expect.objectContaining({ id: "Number format", plan: "en-US", pack: "fr-FR" })]);
});
