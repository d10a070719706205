/**
 * Amounts a partner types that the plan would count as something the partner may not have meant
 * are refused with the reason, never written: "17.500" from a fr-FR partner (not a number in
 * their writing, 17.50 in an en-US plan's), and an amount with exactly three decimals ("5.694"
 * in en-US, "11,500" in de-DE: a tenth of a cent, or a thousands group of the other writing),
 * unless the amount is in a currency with three decimals (5.694 KWD). A corrected pack sent
 * again then applies.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { column, eurPlanBytes, planWithP103In } from "./eurPack";
import { edited, excel, firstEmptyRow, jmp, packBytes, rowOf, samplePlanBytes, sheet, tempDir, writeRow } from "./packHelpers";

interface MergeJson {
  readonly changed: { id: string; columns: { column: string; pack: unknown }[] }[];
  readonly added: { id: string; values: Record<string, unknown> }[];
  readonly refused: { id: string; column?: string; pack?: unknown; reason: string }[];
  readonly textWrites: unknown[];
}

/** Merges `pack` into the plan file `plan` as JSON. */
async function merged(plan: string, pack: Uint8Array, name = "filled.xlsx"): Promise<{ code: number; result: MergeJson }> {
  const path = join(tempDir(), name);
  await writeFile(path, pack);
  const run = await jmp("merge", plan, path, "--json");
  return { code: run.code, result: JSON.parse(run.stdout) as MergeJson };
}

async function planFile(bytes: Uint8Array): Promise<string> {
  const path = join(tempDir(), "plan.xlsx");
  await writeFile(path, bytes);
  return path;
}

/** A cell of the plan file. */
async function planCell(plan: string, sheetName: string, id: string, header: string): Promise<unknown> {
  const ws = sheet(await excel(await readFile(plan)), sheetName);
  return ws.getCell(rowOf(ws, id), column(ws, header)).value;
}

test("an en-US partner's \"5.694\" (three decimals) is refused with the reason, and the plan keeps its amount", async () => {
  const plan = await planFile(await samplePlanBytes());
  const before = await planCell(plan, "Tactics", "T-26001", "Total cost");
  const pack = await edited(await packBytes(await samplePlanBytes(), "P-101"), (wb) => {
    const tactics = sheet(wb, "Tactics");
    tactics.getCell(rowOf(tactics, "T-26001"), column(tactics, "Total cost")).value = "5.694";
  });
  const { code, result } = await merged(plan, pack);
  expect(code).toBe(1);
  expect(result.changed).toEqual([]);
  expect(result.refused).toEqual([
    expect.objectContaining({ id: "T-26001", column: "Total cost", pack: "5.694", reason: '"5.694" could be 5.694 or 5694: an amount in USD has two decimals, so write it with two, or without the separator' }),
  ]);
  expect(await planCell(plan, "Tactics", "T-26001", "Total cost")).toBe(before);
});

test("a fr-FR partner's \"17.500\" is not a number in its writing and would be 17.50 in the en-US plan: refused, not written as text the plan counts", async () => {
  const frPlan = await edited(await samplePlanBytes(), (wb) => {
    const partners = sheet(wb, "Partners");
    partners.getCell(rowOf(partners, "P-101"), column(partners, "Number format")).value = "fr-FR";
  });
  const plan = await planFile(frPlan);
  const before = await planCell(plan, "Tactics", "T-26001", "Total cost");
  const pack = await edited(await packBytes(frPlan, "P-101"), (wb) => {
    const tactics = sheet(wb, "Tactics");
    tactics.getCell(rowOf(tactics, "T-26001"), column(tactics, "Total cost")).value = "17.500";
  });
  const { result } = await merged(plan, pack);
  expect(result.refused).toEqual([
    expect.objectContaining({ id: "T-26001", column: "Total cost", reason: '"17.500" is not a number as the partner writes (fr-FR), and the plan (en-US) would read it as 17.5' }),
  ]);
  expect(result.textWrites).toEqual([]);
  expect(await planCell(plan, "Tactics", "T-26001", "Total cost")).toBe(before);
});

test("a de-DE partner's new claim of \"11,500\" comes in with its amount blank and the refusal listed; the corrected pack sent again fills it", async () => {
  const eurPlan = await eurPlanBytes();
  const plan = await planFile(eurPlan);
  const packed = await packBytes(eurPlan, "P-103");
  const fill = (amount: string) =>
    edited(packed, (wb) => {
      const claims = sheet(wb, "Claims");
      writeRow(claims, firstEmptyRow(claims), ["CL-DE-9", "T-26013", amount, null, "15.04.2026", "Submitted", null, "Rechnung 18"]);
    });
  const first = await merged(plan, await fill("11,500"));
  expect(first.result.added.map((a) => a.id)).toEqual(["CL-DE-9"]);
  expect(first.result.refused).toEqual([expect.objectContaining({ id: "CL-DE-9", column: "Amount claimed", pack: "11,500", reason: expect.stringMatching(/^"11,500" could be 11\.5 or 11500/) })]);
  expect(await planCell(plan, "Claims", "CL-DE-9", "Amount claimed")).toBeNull();

  const again = await merged(plan, await fill("11.500,00"), "corrected.xlsx");
  expect(again.result.refused).toEqual([]);
  expect(again.result.changed).toEqual([expect.objectContaining({ id: "CL-DE-9", columns: [expect.objectContaining({ column: "Amount claimed", pack: 11500 })] })]);
  expect(await planCell(plan, "Claims", "CL-DE-9", "Amount claimed")).toBe(11500);
});

test("amounts that say which mark is which are read as before: \"12.345,678\" and \"4.934,18 €\" are not refused", async () => {
  const eurPlan = await eurPlanBytes();
  const plan = await planFile(eurPlan);
  const pack = await edited(await packBytes(eurPlan, "P-103"), (wb) => {
    const tactics = sheet(wb, "Tactics");
    tactics.getCell(rowOf(tactics, "T-26013"), column(tactics, "MDF requested")).value = "4.934,18 €";
    tactics.getCell(rowOf(tactics, "T-26013"), column(tactics, "Total cost")).value = "12.345,678";
  });
  const { result } = await merged(plan, pack);
  expect(result.refused).toEqual([]);
  expect(result.changed).toEqual([
    expect.objectContaining({
      id: "T-26013",
      columns: expect.arrayContaining([expect.objectContaining({ column: "MDF requested", pack: 4934.18 }), expect.objectContaining({ column: "Total cost", pack: 12345.68 })]),
    }),
  ]);
});

test("a partner in KWD types \"5.694\": an ordinary amount to the fils, merged as 5.694 (not refused, not 5.69); \"$5.694\" in dollars is still refused", async () => {
  const kwdPlan = await planWithP103In("KWD", 3.25);
  const plan = await planFile(kwdPlan);
  const before = await planCell(plan, "Tactics", "T-26013", "Total cost");
  const pack = await edited(await packBytes(kwdPlan, "P-103"), (wb) => {
    const tactics = sheet(wb, "Tactics");
    tactics.getCell(rowOf(tactics, "T-26013"), column(tactics, "MDF requested")).value = "5.694";
    tactics.getCell(rowOf(tactics, "T-26013"), column(tactics, "Total cost")).value = "$5.694";
  });
  const { result } = await merged(plan, pack);
  expect(result.refused).toEqual([
    expect.objectContaining({ id: "T-26013", column: "Total cost", pack: "$5.694", reason: '"$5.694" could be 5.694 or 5694: an amount in USD has two decimals, so write it with two, or without the separator' }),
  ]);
  expect(result.changed).toEqual([expect.objectContaining({ id: "T-26013", columns: [expect.objectContaining({ column: "MDF requested", pack: 5.694 })] })]);
  expect(await planCell(plan, "Tactics", "T-26013", "MDF requested")).toBe(5.694);
  expect(await planCell(plan, "Tactics", "T-26013", "Total cost")).toBe(before);
});
