/**
 * A pack comes back from outside: it is opened with the safety checks of SPEC section 8 (a zip
 * bomb is refused before anything is unzipped), text that looks like a formula stays text, and
 * a file that is not a pack of this plan is refused with one line and exit 3, the plan untouched.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { buildZip, deflated, unzip } from "../workbook/xlsx/zipFiles";
import { day, edited, excel, firstEmptyRow, jmp, packBytes, rowOf, samplePlanBytes, sheet, tempDir, writeRow } from "./packHelpers";

async function files(pack: Uint8Array, plan?: Uint8Array): Promise<{ plan: string; pack: string; before: Uint8Array }> {
  const dir = tempDir();
  const before = plan ?? (await samplePlanBytes());
  await writeFile(join(dir, "plan.xlsx"), before);
  await writeFile(join(dir, "pack.xlsx"), pack);
  return { plan: join(dir, "plan.xlsx"), pack: join(dir, "pack.xlsx"), before };
}

async function expectRefused(pack: Uint8Array, message: RegExp, plan?: Uint8Array): Promise<void> {
  const f = await files(pack, plan);
  const result = await jmp("merge", f.plan, f.pack);
  expect(result.code).toBe(3);
  expect(result.stdout).toBe("");
  expect(result.stderr).toMatch(message);
  expect(result.stderr.trim().split("\n")).toHaveLength(1);
  expect(new Uint8Array(await readFile(f.plan))).toEqual(f.before);
}

test("a pack with a zip bomb inside is refused before it is unzipped", async () => {
  const parts = [...unzip(await packBytes(await samplePlanBytes(), "P-103"))].map(([name, content]) => deflated(name, content));
  const bomb = buildZip([...parts, deflated("xl/media/image1.png", Buffer.alloc(40 * 1024 * 1024))]);
  await expectRefused(bomb, /zip bomb/);
});

test("a workbook that is not a pack is refused, naming the file", async () => {
  await expectRefused(await samplePlanBytes(), /pack\.xlsx is not a partner pack: it has no JmpPack sheet \(make packs with "jmp pack"\)$/m);
});

test("a pack of another plan is refused", async () => {
  const pack = await packBytes(await samplePlanBytes(), "P-103");
  const otherPlan = await edited(await samplePlanBytes(), (wb) => {
    const settings = sheet(wb, "Settings");
    settings.getCell(rowOf(settings, "Plan name"), 2).value = "FY2027 Joint Marketing Plan";
  });
  await expectRefused(pack, /not a pack of this plan: it was made from the plan "FY2026 Joint Marketing Plan", not from "FY2027/, otherPlan);
});

test("a pack whose partner the plan no longer has is refused", async () => {
  const pack = await packBytes(await samplePlanBytes(), "P-103");
  const plan = await edited(await samplePlanBytes(), (wb) => {
    const partners = sheet(wb, "Partners");
    partners.getCell(rowOf(partners, "P-103"), 1).value = "P-903";
  });
  await expectRefused(pack, /partner P-103 is not in the plan/, plan);
});

test("text starting with =, +, - or @ is written as text, and a real formula only as its result", async () => {
  const texts = ['=HYPERLINK("http://example.com","x")', "+1+2", "-3-4", "@SUM(A1:A2)"];
  const pack = await edited(await packBytes(await samplePlanBytes(), "P-103"), (wb) => {
    const claims = sheet(wb, "Claims");
    const free = firstEmptyRow(claims);
    texts.forEach((text, i) => writeRow(claims, free + i, [`CL-F${i}`, "T-26013", 100, null, day("2026-04-01"), "Submitted", null, text]));
    const tactics = sheet(wb, "Tactics");
    tactics.getCell(rowOf(tactics, "T-26017"), 5).value = { formula: 'CONCAT("Trade press", " advertising")', result: "Trade press advertising" };
  });
  const f = await files(pack);
  const result = await jmp("merge", f.plan, f.pack);
  expect(result.stderr).toBe("");
  const bytes = new Uint8Array(await readFile(f.plan));
  const merged = await excel(bytes);
  const claims = sheet(merged, "Claims");
  expect(texts.map((_, i) => claims.getCell(rowOf(claims, `CL-F${i}`), 8).value)).toEqual(texts);
  const tactics = sheet(merged, "Tactics");
  expect(tactics.getCell(rowOf(tactics, "T-26017"), 5).value).toBe("Trade press advertising");
  const formulas = [...unzip(bytes)].filter(([name]) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name)).flatMap(([, xml]) => xml.toString("utf8").match(/<f>[^<]*<\/f>/g) ?? []);
  expect(formulas.filter((f) => /example\.com|SUM\(A1|CONCAT|\+1\+2|-3-4/.test(f))).toEqual([]);
});
