/**
 * Plans whose parts are named in legal forms other writers use (a user trial): tables named by
 * absolute targets ("/xl/tables/table1.xml", as openpyxl writes them), and part names in
 * capitals ("xl/worksheets/Sheet6.xml", "xl/SharedStrings.xml"), named so by the relationships or
 * only by the archive, and parts written with a namespace prefix (`<x:worksheet>`). `check` and `report` read each as the plan it is; loading the whole
 * workbook (what `apply` setting up the template, `merge` and an import into the plan do) is
 * refused with one line where the workbook loader would read it wrong, never saved wrong.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import JSZip from "jszip";
import { XlsxWorkbook } from "../../src/workbook/xlsx/XlsxWorkbook";
import { jmp, samplePlanBytes, tempDir } from "../packs/packHelpers";

type Variant = (zip: JSZip) => Promise<void>;

async function edit(zip: JSZip, name: string, change: (text: string) => string): Promise<void> {
  zip.file(name, change(await zip.file(name)!.async("string")));
}

async function rename(zip: JSZip, from: string, to: string): Promise<void> {
  const bytes = await zip.file(from)!.async("uint8array");
  zip.remove(from);
  zip.file(to, bytes);
}

const VARIANTS: Record<string, Variant> = {
  "tables named by absolute targets": async (zip) => {
    for (const name of Object.keys(zip.files).filter((n) => /^xl\/worksheets\/_rels\/.*\.rels$/.test(n))) await edit(zip, name, (t) => t.replaceAll('Target="../tables/', 'Target="/xl/tables/'));
  },
  "capital part names, named so by the relationships": async (zip) => {
    await rename(zip, "xl/worksheets/sheet6.xml", "xl/worksheets/Sheet6.xml");
    await rename(zip, "xl/worksheets/_rels/sheet6.xml.rels", "xl/worksheets/_rels/Sheet6.xml.rels");
    await rename(zip, "xl/sharedStrings.xml", "xl/SharedStrings.xml");
    await edit(zip, "xl/_rels/workbook.xml.rels", (t) => t.replace('"worksheets/sheet6.xml"', '"worksheets/Sheet6.xml"').replace('"sharedStrings.xml"', '"SharedStrings.xml"'));
    await edit(zip, "[Content_Types].xml", (t) => t.replace('"/xl/worksheets/sheet6.xml"', '"/xl/worksheets/Sheet6.xml"').replace('"/xl/sharedStrings.xml"', '"/xl/SharedStrings.xml"'));
  },
  "sheets written with a namespace prefix": async (zip) => {
    // <x:worksheet xmlns:x="..."><x:sheetData>...: every element of the main namespace prefixed, as some generators write.
    for (const name of ["xl/worksheets/sheet6.xml", "xl/workbook.xml"]) {
      await edit(zip, name, (t) => t.replace(/<(\/?)(?![?!])([A-Za-z]+)(?=[\s/>])/g, "<$1x:$2").replace(' xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"', ' xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'));
    }
  },
  "capital part names in the archive only": async (zip) => {
    await rename(zip, "xl/worksheets/sheet6.xml", "xl/worksheets/Sheet6.xml");
    await rename(zip, "xl/sharedStrings.xml", "xl/SharedStrings.xml");
  },
};

const dir = tempDir();

async function variantFile(name: string): Promise<{ file: string; bytes: Uint8Array }> {
  const zip = await JSZip.loadAsync(await samplePlanBytes());
  expect(zip.file("xl/sharedStrings.xml")).not.toBeNull();
  await VARIANTS[name](zip);
  const bytes = await zip.generateAsync({ type: "uint8array" });
  const file = join(dir, `${name.replace(/\W+/g, "-")}.xlsx`);
  await writeFile(file, bytes);
  return { file, bytes };
}

async function reportOf(file: string): Promise<unknown> {
  const result = await jmp("report", file, "--json");
  expect(result.stderr).toBe("");
  return JSON.parse(result.stdout);
}

test.each(Object.keys(VARIANTS))("%s: check and report read the plan as it is", async (name) => {
  const original = join(dir, "original.xlsx");
  await writeFile(original, await samplePlanBytes());
  const { file } = await variantFile(name);
  const [checked, expected] = await Promise.all([jmp("check", file, "--json"), jmp("check", original, "--json")]);
  expect(checked.code).toBe(expected.code);
  expect(JSON.parse(checked.stdout).findings).toEqual(JSON.parse(expected.stdout).findings);
  expect(await reportOf(file)).toEqual(await reportOf(original));
});

test("loading the whole workbook is refused where its loader would miss a sheet's table or the shared strings", async () => {
  for (const [name, line] of [
    ["tables named by absolute targets", /not where the workbook loader looks for tables/],
    ["capital part names, named so by the relationships", /(Sheet6.xml holds a table but is not named as the workbook loader reads sheets|shared strings part is xl\/SharedStrings.xml, not xl\/sharedStrings.xml)/],
    ["sheets written with a namespace prefix", /its part xl\/(worksheets\/sheet6|workbook).xml is written with a namespace prefix \(<x:(worksheet|workbook)>\), which the workbook loader cannot read/],
    ["capital part names in the archive only", /the part xl\/(worksheets\/sheet6|sharedStrings).xml is stored as xl\/(worksheets\/Sheet6|SharedStrings).xml, which the workbook loader does not find/],
  ] as const) {
    const { bytes } = await variantFile(name);
    await expect(XlsxWorkbook.load(bytes)).rejects.toThrow(line);
  }
});
