/**
 * A plan holding a chart (which ExcelJS 4.4 fails to load) is checked, reported and packed:
 * those commands only read the plan, and they read it by streaming its table sheets.
 */
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { samplePlanBytes, withChart } from "../workbook/xlsx/chartParts";
import { jmp, tempDir } from "./planWorkbook";

async function chartPlan(): Promise<{ path: string; plain: string }> {
  const bytes = await samplePlanBytes();
  const folder = tempDir();
  const plain = join(folder, "plain.xlsx");
  const path = join(folder, "with chart.xlsx");
  writeFileSync(plain, bytes);
  writeFileSync(path, withChart(bytes, "Tactics", "$H$2:$H$9"));
  return { path, plain };
}

test("check, report and pack read a plan holding a chart as they read it without", async () => {
  const { path, plain } = await chartPlan();
  const checked = await jmp(["check", path, "--json"]);
  expect(checked.stderr).toBe("");
  expect(checked.stdout).toBe((await jmp(["check", plain, "--json"])).stdout);
  const reported = await jmp(["report", path, "--json"]);
  expect(reported).toMatchObject({ code: 0, stderr: "" });
  expect(reported.stdout).toBe((await jmp(["report", plain, "--json"])).stdout);
  const partner = (JSON.parse(reported.stdout) as { partners: { id: string }[] }).partners[0].id;
  const pack = join(tempDir(), "pack.xlsx");
  const packed = await jmp(["pack", path, "--partner", partner, "-o", pack]);
  expect(packed).toMatchObject({ code: 0, stderr: "" });
  expect(existsSync(pack)).toBe(true);
});
