/**
 * A rewritten sheet's drawing is carried, or the save is refused: it never vanishes. The save
 * gives a rewritten sheet the drawing its `<drawing>` element names (splice/carriedDrawings.ts),
 * finding parts as Excel does, whatever the letter case of a relationship's target; any other
 * drawing relationship of the sheet (one no element names, a second one) is not carried, so the
 * refusal names the charts under it, as for any part the save would drop.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { edited, jmp, packBytes, tempDir } from "../../packs/packHelpers";
import { samplePlanBytes, withChart } from "./chartParts";
import { packageProblems } from "./packageChecks";
import { buildZip, deflated, partText, rewriteXlsx, unzip } from "./zipFiles";

const dir = tempDir();
const TACTICS = "xl/worksheets/sheet6.xml";
const TACTICS_RELS = "xl/worksheets/_rels/sheet6.xml.rels";
const CHART_PARTS = ["xl/charts/chart9.xml", "xl/drawings/drawing9.xml", "xl/drawings/_rels/drawing9.xml.rels"];
const DRAWING_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";

/** The sample plan with a chart on its Tactics sheet, its parts then edited by `edit`. */
async function chartPlan(edit: (name: string, text: string) => string = (_, text) => text): Promise<Uint8Array> {
  return rewriteXlsx(withChart(await samplePlanBytes(), "Tactics", "$H$2:$H$9"), edit);
}

/** `plan` with a second drawing (drawing10, holding chart10) related to its Tactics sheet, which no `<drawing>` element names. */
function withSecondDrawing(plan: Uint8Array): Uint8Array {
  const files = unzip(plan);
  const text = (name: string) => files.get(name)?.toString("utf8") ?? "";
  const edited = rewriteXlsx(plan, (name, content) => {
    if (name === TACTICS_RELS) return content.replace("</Relationships>", `<Relationship Id="rIdSecond" Type="${DRAWING_TYPE}" Target="../drawings/drawing10.xml"/></Relationships>`);
    if (name !== "[Content_Types].xml") return content;
    const overrides = [...content.matchAll(/<Override PartName="\/xl\/(drawings\/drawing|charts\/chart)9\.xml"[^>]*\/>/g)].map((m) => m[0].replace("9.xml", "10.xml"));
    return content.replace("</Types>", `${overrides.join("")}</Types>`);
  });
  return buildZip([
    ...[...unzip(edited)].map(([name, content]) => deflated(name, content)),
    deflated("xl/drawings/drawing10.xml", text("xl/drawings/drawing9.xml")),
    deflated("xl/drawings/_rels/drawing10.xml.rels", text("xl/drawings/_rels/drawing9.xml.rels").replace("chart9.xml", "chart10.xml")),
    deflated("xl/charts/chart10.xml", text("xl/charts/chart9.xml")),
  ]);
}

/** The part of the sheet named `name`. */
async function sheetPartNamed(bytes: Uint8Array, name: string): Promise<string | undefined> {
  const workbook = partText(bytes, "xl/workbook.xml");
  const id = new RegExp(`<sheet [^>]*name="${name}"[^>]*r:id="([^"]+)"`).exec(workbook)?.[1];
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(partText(bytes, "xl/_rels/workbook.xml.rels"))?.[1];
  return target === undefined ? undefined : target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

/** Writes `plan` and a partner's pack that changes one Tactics cell; returns their paths. */
async function planAndPack(name: string, plan: Uint8Array): Promise<[string, string]> {
  const pack = await edited(await packBytes(await samplePlanBytes(), "P-101"), (workbook) => {
    const tactics = workbook.getWorksheet("Tactics");
    if (!tactics) throw new Error("no Tactics sheet");
    tactics.getCell(2, (tactics.getRow(1).values as unknown[]).indexOf("Description")).value = "Rewritten by the partner";
  });
  const paths: [string, string] = [join(dir, `${name}-plan.xlsx`), join(dir, `${name}-pack.xlsx`)];
  writeFileSync(paths[0], plan);
  writeFileSync(paths[1], pack);
  return paths;
}

test("a drawing whose relationship names it in other letter case is carried through merge: its parts byte for byte, the sheet pointing at them", async () => {
  const plan = await chartPlan((name, text) => (name === TACTICS_RELS ? text.replace("../drawings/drawing9.xml", "../DRAWINGS/Drawing9.XML") : text));
  expect(partText(plan, TACTICS_RELS)).toContain('Target="../DRAWINGS/Drawing9.XML"');
  const [planPath, packPath] = await planAndPack("case", plan);
  const result = await jmp("merge", planPath, packPath);
  expect(result).toMatchObject({ code: 0, stderr: "" });
  const saved = readFileSync(planPath);
  for (const part of CHART_PARTS) expect(unzip(saved).get(part)).toEqual(unzip(plan).get(part));
  expect(partText(saved, TACTICS)).toMatch(/<drawing xmlns:r="[^"]+" r:id="rIdJmp1"\/>/);
  expect(partText(saved, TACTICS_RELS)).toContain(`Id="rIdJmp1" Type="${DRAWING_TYPE}" Target="../drawings/drawing9.xml"`);
  expect(packageProblems(saved)).toEqual([]);
});

test("apply's refresh of the generated Dashboard carries a chart on it named in other letter case", async () => {
  const path = join(dir, "case-apply.xlsx");
  writeFileSync(path, await samplePlanBytes());
  expect((await jmp("apply", path)).code).toBe(0);
  const applied = readFileSync(path);
  const dashboard = (await sheetPartNamed(applied, "Dashboard")) as string;
  const dashboardRels = dashboard.replace(/([^/]+)$/, "_rels/$1.rels");
  const plan = rewriteXlsx(withChart(applied, "Dashboard", "$B$2:$B$5"), (name, text) => (name === dashboardRels ? text.replace("../drawings/drawing9.xml", "../drawings/Drawing9.xml") : text));
  writeFileSync(path, plan);
  const result = await jmp("apply", path);
  expect(result).toMatchObject({ code: 0, stderr: "" });
  const saved = readFileSync(path);
  expect(partText(saved, dashboard)).not.toEqual(partText(plan, dashboard));
  for (const part of CHART_PARTS) expect(unzip(saved).get(part)).toEqual(unzip(plan).get(part));
  expect(partText(saved, dashboard)).toMatch(/<drawing xmlns:r="[^"]+" r:id="rIdJmp\d+"\/>/);
  expect(partText(saved, dashboardRels)).toMatch(new RegExp(`Type="${DRAWING_TYPE}" Target="../drawings/drawing9.xml"`));
  expect(packageProblems(saved)).toEqual([]);
});

describe("a drawing the save would not carry is named by the refusal, and the file is left as it was", () => {
  const cases: [string, () => Promise<Uint8Array>, string, string | undefined][] = [
    ["a drawing relationship no <drawing> element names", () => chartPlan((name, text) => (name === TACTICS ? text.replace(/<drawing [^>]*\/>/, "") : text)), "xl/charts/chart9.xml", undefined],
    ["a second drawing relationship", async () => withSecondDrawing(await chartPlan()), "xl/charts/chart10.xml", "xl/charts/chart9.xml"],
  ];
  test.each(cases)("merge into a plan whose Tactics sheet has %s", async (name, plan, refused, carried) => {
    const [planPath, packPath] = await planAndPack(name.replace(/\W+/g, "-"), await plan());
    const before = readFileSync(planPath);
    const result = await jmp("merge", planPath, packPath);
    expect(result.code).toBe(3);
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain(`holds charts (on sheet "Tactics": ${refused}), which saving with jmp would drop; nothing was saved`);
    if (carried !== undefined) expect(result.stderr).not.toContain(carried);
    expect(readFileSync(planPath)).toEqual(before);
  });
});
