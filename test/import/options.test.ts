/**
 * `jmp import` options on corpus layouts: `--dry-run` writes nothing, `--save-mapping` then
 * `--mapping` imports the same layout with its columns shuffled to the same plan, `--sheet` and
 * `--header-row` point at what detection would find and give the same figures.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { join } from "node:path";
import { jmp, tempDir } from "../cli/planWorkbook";
import { figures, importWorkbook, parseJson, report, tableRows, writeWorkbook } from "./acceptance";
import { cleanPartnerTracker } from "./layouts/cleanPartnerTracker";
import { coopFundLog, shuffledCoopFundLog } from "./layouts/coopFundLog";
import { distributorQuarterly } from "./layouts/distributorQuarterly";
import { fundingGroups } from "./layouts/fundingGroups";

test("--dry-run prints the summary and writes nothing", async () => {
  const dir = tempDir();
  const { result, plan, tracker, before } = await importWorkbook(cleanPartnerTracker.build(), ["--dry-run"], dir);
  expect(result.code).toBe(cleanPartnerTracker.exitCode);
  expect(parseJson(result.stdout)).toBeDefined();
  expect(existsSync(plan)).toBe(false);
  expect(readdirSync(dir)).toEqual(["tracker.xlsx"]);
  expect(readFileSync(tracker).equals(before)).toBe(true);
});

test("--save-mapping writes the mapping used; --mapping applies it to the same layout with shuffled columns", async () => {
  const first = tempDir();
  const mapping = join(first, "coop-mapping.json");
  const saved = await importWorkbook(coopFundLog.build(), ["--save-mapping", mapping], first);
  expect(saved.result.code).toBe(coopFundLog.exitCode);
  expect(existsSync(mapping)).toBe(true);
  const mappingText = readFileSync(mapping, "utf8");
  expect(parseJson(mappingText)).toBeDefined();

  const second = tempDir();
  const again = await importWorkbook(shuffledCoopFundLog(), ["--mapping", mapping], second);
  expect([0, 1]).toContain(again.result.code);
  expect(readFileSync(mapping, "utf8")).toBe(mappingText);

  const [a, b] = [await report(saved.plan), await report(again.plan)];
  expect(figures(b.totals)).toEqual(coopFundLog.expected.totals);
  expect(figures(b.totals)).toEqual(figures(a.totals));
  expect(b.partners.map((p) => [p.name, figures(p)])).toEqual(a.partners.map((p) => [p.name, figures(p)]));
  expect((await tableRows(again.plan, "JmpTactics")).length).toBe(coopFundLog.expected.tactics);
});

test("--header-row names the header under the title rows: the same figures", async () => {
  const { result, plan } = await importWorkbook(distributorQuarterly.build(), ["--header-row", "4"]);
  expect(result.code).toBe(distributorQuarterly.exitCode);
  expect(figures((await report(plan)).totals)).toEqual(distributorQuarterly.expected.totals);
});

test("--header-row naming a blank row: exit 3 with one line naming the row that looks like the header, no plan", async () => {
  const dir = tempDir();
  const { result, plan, tracker } = await importWorkbook(distributorQuarterly.build(), ["--header-row", "3"], dir);
  expect({ code: result.code, stdout: result.stdout }).toEqual({ code: 3, stdout: "" });
  expect(result.stderr).toBe(`jmp: ${tracker}: Row 3 of "Q2 FY26" is blank, so it cannot be the header row; row 4 looks like the header\n`);
  expect(existsSync(plan)).toBe(false);
});

test("--sheet names the activity sheet: the same figures", async () => {
  const { result, plan } = await importWorkbook(fundingGroups.build(), ["--sheet", "MDF 2026"]);
  expect(result.code).toBe(fundingGroups.exitCode);
  expect(figures((await report(plan)).totals)).toEqual(fundingGroups.expected.totals);
});

test("--sheet naming a sheet the tracker does not have: exit 3 with one line, no plan", async () => {
  const dir = tempDir();
  const { result, plan } = await importWorkbook(fundingGroups.build(), ["--sheet", "MDF 2027"], dir);
  expect({ code: result.code, stdout: result.stdout }).toEqual({ code: 3, stdout: "" });
  expect(result.stderr).toMatch(/^jmp: [^\n]+\n$/);
  expect(result.stderr).toContain("MDF 2027");
  expect(existsSync(plan)).toBe(false);
});

test("--into adds a second tracker to an existing plan: both trackers' activities and money, the first import's rows kept; the same tracker again adds nothing", async () => {
  const dir = tempDir();
  const first = await importWorkbook(cleanPartnerTracker.build(), [], dir);
  expect([0, 1]).toContain(first.result.code);
  const second = join(dir, "coop.xlsx");
  await writeWorkbook(coopFundLog.build(), second);
  const added = await jmp(["import", second, "--into", first.plan, "--json"]);
  expect(added.stderr).toBe("");
  expect([0, 1]).toContain(added.code);
  const tactics = cleanPartnerTracker.expected.tactics + coopFundLog.expected.tactics;
  expect(await tableRows(first.plan, "JmpTactics")).toHaveLength(tactics);
  const sum = (key: keyof typeof coopFundLog.expected.totals) => cleanPartnerTracker.expected.totals[key] + coopFundLog.expected.totals[key];
  const totals = figures((await report(first.plan)).totals);
  expect([totals.requested, totals.authorized, totals.revenue]).toEqual([sum("requested"), sum("authorized"), sum("revenue")]);

  const again = await jmp(["import", second, "--into", first.plan, "--json"]);
  expect([0, 1]).toContain(again.code);
  expect(parseJson(again.stdout)?.counts).toMatchObject({ JmpTactics: { added: 0, updated: 0, unchanged: coopFundLog.expected.tactics } });
  // Nothing changed in the tracker or the plan: no value is said to be replaced.
  expect(((parseJson(again.stdout)?.notes ?? []) as string[]).filter((n) => n.includes("replaced"))).toEqual([]);
  expect(await tableRows(first.plan, "JmpTactics")).toHaveLength(tactics);
});

test("-o and --into together, or --into the tracker itself, are usage errors", async () => {
  const dir = tempDir();
  const tracker = join(dir, "tracker.xlsx");
  await writeWorkbook(cleanPartnerTracker.build(), tracker);
  const both = await jmp(["import", tracker, "-o", join(dir, "a.xlsx"), "--into", join(dir, "b.xlsx")]);
  expect(both).toMatchObject({ code: 3, stdout: "" });
  expect(both.stderr).toContain("-o makes a new plan and --into adds to one: give one of them");
  const itself = await jmp(["import", tracker, "--into", tracker]);
  expect(itself).toMatchObject({ code: 3, stdout: "" });
  expect(itself.stderr).toContain("the tracker cannot be imported into itself");
});

test("--into over rows an earlier import made replaces a value edited in the plan since, and says which column and rows", async () => {
  const dir = tempDir();
  const first = await importWorkbook(coopFundLog.build(), [], dir);
  expect([0, 1]).toContain(first.result.code);
  const plan = new ExcelJS.Workbook();
  await plan.xlsx.readFile(first.plan);
  const tactics = plan.getWorksheet("Tactics")!;
  const requested = tactics.getRow(1).values as unknown[];
  const column = requested.indexOf("MDF requested");
  const edited = tactics.getCell(2, column).value;
  tactics.getCell(2, column).value = 777_777;
  await plan.xlsx.writeFile(first.plan);

  const again = await jmp(["import", first.tracker, "--into", first.plan, "--json"]);
  expect([0, 1]).toContain(again.code);
  const notes = (parseJson(again.stdout)?.notes ?? []) as string[];
  expect(notes.filter((n) => n.includes("replaced other values"))).toEqual([
    expect.stringMatching(/^Tactics MDF requested: the tracker's values replaced other values the plan held \(tracker row \d+\); an edit made in the plan since the last import is replaced too\.$/),
  ]);
  const after = await tableRows(first.plan, "JmpTactics");
  expect(after[0]["MDF requested"]).toBe(edited);
});
