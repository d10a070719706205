/**
 * A header typed with Alt+Enter: Excel stores the table column's name escaped
 * ("MDF_x000a_requested"). Both readers decode it, so the column is found as "MDF requested"
 * (line breaks count as spaces), and adding the template's parts does not add it a second time.
 */
import JSZip from "jszip";
import { analyze } from "../../../src/engine";
import { StreamedTables } from "../../../src/workbook/xlsx/stream/StreamedTables";
import { XlsxWorkbook } from "../../../src/workbook/xlsx/XlsxWorkbook";
import { samplePlanBytes } from "./chartParts";

/** The sample plan with Tactics' MDF requested column named as Excel stores "MDF⏎requested". */
async function escapedHeaderPlan(): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(await samplePlanBytes());
  let edited = 0;
  for (const name of Object.keys(zip.files).filter((n) => /^xl\/tables\/[^/]+\.xml$/.test(n))) {
    const text = await zip.file(name)!.async("string");
    if (!text.includes('name="JmpTactics"')) continue;
    zip.file(name, text.replace('name="MDF requested"', 'name="MDF_x000a_requested"'));
    edited++;
  }
  expect(edited).toBe(1);
  return zip.generateAsync({ type: "uint8array" });
}

test("both readers give the decoded header, and the plan reads as the sample does", async () => {
  const bytes = await escapedHeaderPlan();
  const streamed = await (await StreamedTables.load(bytes)).readTables();
  const loaded = await (await XlsxWorkbook.load(bytes)).readTables();
  const tactics = streamed.find((t) => t.name === "JmpTactics")!;
  expect(tactics.headers).toContain("MDF\nrequested");
  expect(loaded).toEqual(streamed);
  const sample = analyze(await (await StreamedTables.load(await samplePlanBytes())).readTables());
  const analysis = analyze(streamed);
  expect(analysis.findings.filter((f) => f.code === "S02")).toEqual([]);
  expect(analysis.totals).toEqual(sample.totals);
});

test("setting up the template does not add the column a second time", async () => {
  const workbook = await XlsxWorkbook.load(await escapedHeaderPlan());
  const result = await workbook.applyTemplate({ withSample: false });
  expect(JSON.stringify(result)).not.toMatch(/MDF requested/);
  const tactics = (await workbook.readTables()).find((t) => t.name === "JmpTactics")!;
  expect(tactics.headers.filter((h) => typeof h === "string" && /mdf\s+requested/i.test(h))).toHaveLength(1);
});
