import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { analyze, pairFigures } from "../../src/engine";
import { figuresJson, reportJson } from "../../src/engine/reportJson";
import { cleanPlan, d, workbook } from "../helpers/tables";
import { fillPlan, jmp, tempDir } from "./planWorkbook";
import { errorPlan, warningPlan } from "./plans";
import type { PlanRows } from "./plans";

/** A new template workbook filled with `plan`; returns its path. */
async function planFile(plan: PlanRows, name = "plan.xlsx"): Promise<string> {
  const path = join(tempDir(), name);
  const init = await jmp(["init", path]);
  expect(init).toMatchObject({ code: 0, stderr: "" });
  await fillPlan(path, plan);
  return path;
}

async function sheetNames(path: string): Promise<string[]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb.worksheets.map((w) => w.name);
}

test("init writes the template with Dashboard and Issues sheets and never overwrites a file", async () => {
  const path = join(tempDir(), "sample.xlsx");
  const first = await jmp(["init", path, "--sample"]);
  expect(first.code).toBe(0);
  expect(first.stdout).toContain(`Created ${path}: template v3 with 10 tables`);
  expect(first.stdout).toMatch(/Sample plan: \d+ partners/);
  const names = await sheetNames(path);
  expect(names).toEqual(expect.arrayContaining(["Settings", "Partners", "Tactics", "Claims", "Dashboard", "Issues"]));

  const before = readFileSync(path);
  const again = await jmp(["init", path]);
  expect(again.code).toBe(3);
  expect(again.stderr).toBe(`jmp: ${path} already exists; run "jmp apply ${path}" to add the template to it\n`);
  expect(readFileSync(path).equals(before)).toBe(true);
});

test("report --json on a filled workbook gives exactly the engine's report of the same rows", async () => {
  const path = await planFile(cleanPlan());
  const { code, stdout, stderr } = await jmp(["report", path, "--json"]);
  expect(code).toBe(0);
  expect(stderr).toBe("");
  expect(JSON.parse(stdout)).toEqual(reportJson(analyze(workbook(cleanPlan()))));
});

test("check reads the findings from the file: exit 0, 1 and 2", async () => {
  expect((await jmp(["check", await planFile(cleanPlan())])).code).toBe(0);
  const warning = await jmp(["check", await planFile(warningPlan())]);
  expect(warning.code).toBe(1);
  expect(warning.stdout).toContain("F04");
  const error = await jmp(["check", await planFile(errorPlan()), "--json"]);
  expect(error.code).toBe(2);
  const issues = JSON.parse(error.stdout).issues as { code: string; table: string }[];
  expect(issues.map((i) => i.code)).toEqual(expect.arrayContaining(["R01"]));
});

test("the terminal report shows each partner and the totals in the plan currency", async () => {
  const path = await planFile(cleanPlan());
  const { code, stdout } = await jmp(["report", path]);
  expect(code).toBe(0);
  expect(stdout).toContain("FY26 Joint Marketing Plan");
  expect(stdout).toMatch(/P001\s+Northwind\s+\$14,000\.00\s+100%\s+100%\s+\$8,500\.00\s+\$60,000\.00\s+\$140,000\.00\s+43%\s+606%\s+50%/);
  expect(stdout).toMatch(/P002\s+Fabrikam\s+\$3,000\.00/);
  expect(stdout).toMatch(/Total\s+\$17,000\.00\s+100%\s+100%\s+\$11,500\.00\s+\$72,000\.50\s+\$170,000\.00\s+42%\s+526%\s+67%/);
  // Funds at risk: T1's 1,000 left of its 10,000 after C1's 9,000 claim.
  expect(stdout).toContain("Funds at risk (unclaimed after the 45-day claim window): $1,000.00");
  expect(stdout).toContain("Findings: none.");
});

test("--partner and --initiative narrow the report: totals are the selection's figures", async () => {
  const path = await planFile(errorPlan());
  const analysis = analyze(workbook(errorPlan()));

  const partner = JSON.parse((await jmp(["report", path, "--json", "--partner", " p001 "])).stdout);
  expect(partner.totals).toEqual(figuresJson(analysis.partners[0].figures));
  expect(partner.partners.map((p: { id: string }) => p.id)).toEqual(["P001"]);
  expect(partner.issues).toEqual([]);

  const pair = JSON.parse((await jmp(["report", path, "--json", "--partner", "P001", "--initiative", "I-SEC"])).stdout);
  expect(pair.totals).toEqual(figuresJson(pairFigures(analysis, "P001", "I-SEC")));
  expect(pair.totals.authorized).toBe(4000);
  expect(pair.initiatives.map((i: { id: string }) => i.id)).toEqual(["I-SEC"]);

  const initiative = JSON.parse((await jmp(["report", path, "--json", "--initiative", "Security"])).stdout);
  expect(initiative.totals).toEqual(figuresJson(analysis.initiatives[1].figures));
  // Every listed partner is measured within the initiative: P001's I-SEC tactic only.
  expect(initiative.partners.find((p: { id: string }) => p.id === "P001").requested).toBe(4000);

  const unknown = await jmp(["report", path, "--partner", "P404"]);
  expect(unknown.code).toBe(3);
  expect(unknown.stderr).toBe('jmp: unknown partner "P404" (known: P001, P002)\n');
});

test("report --csv writes the files with the engine's numbers", async () => {
  const path = await planFile(errorPlan());
  const dir = join(tempDir(), "csv");
  const { code, stdout } = await jmp(["report", path, "--csv", dir]);
  expect(code).toBe(0);
  expect(stdout).toContain("partners.csv (2 rows)");
  const read = (name: string): string[] => readFileSync(join(dir, name), "utf8").replace(/^\uFEFF/, "").trimEnd().split("\r\n");

  const partners = read("partners.csv");
  expect(partners[0]).toBe(
    "id,name,budget,requested,authorized,aligned,coverage,alignment,spend,paid,utilization,progress,revenue,pipeline,opportunities,leads,deals,forecast,attainment,roi,costPerOpportunity,overdueClaims,unclaimedAfterWindow," +
      "remaining,committed,payable,pending,openClaimsDays0To30,openClaimsDays31To60,openClaimsDays61To90,openClaimsOver90Days",
  );
  expect(partners[1]).toMatch(/^P001,Northwind,50000,14000,14000,14000,1,1,8500,8500,/);
  // T1: 10,000 funded, C1 claimed 9,000, its window long closed; T2's is still open.
  expect(partners[1].split(",")[partners[0].split(",").indexOf("unclaimedAfterWindow")]).toBe("1000");
  expect(read("initiatives.csv")[1]).toMatch(/^I-CLOUD,Cloud migration,,10000,10000,/);
  // The whole plan's figures, as the JSON's totals: Remaining is no column sum.
  const totals = read("totals.csv");
  const json = JSON.parse((await jmp(["report", path, "--json"])).stdout) as { totals: Record<string, unknown> };
  expect(totals).toHaveLength(2);
  expect(totals[0]).toBe(`currency,${partners[0].split(",").slice(2).join(",")}`);
  const cellOf = (name: string) => totals[1].split(",")[totals[0].split(",").indexOf(name)];
  expect(totals[1]).toMatch(/^USD,/);
  for (const name of ["budget", "authorized", "remaining", "spend", "revenue"]) expect(cellOf(name)).toBe(String(json.totals[name]));
  expect(read("tactic-types.csv").map((l) => l.split(",")[0])).toEqual(["type", "Event", "Webinar"]);
  const issues = read("issues.csv");
  expect(issues[0]).toBe("code,severity,table,row,column,message,amount,limit,currency,partnerId,initiativeId,tacticId,claimId,allocationId,outcomeId");
  expect(issues).toContain("R01,error,JmpTactics,6,Partner ID,Partner ID P404 is not in the Partners table,,,,P404,I-SEC,T9,,,");

  // What works best: ranked types, partner x type, then the revenue tied to no tactic; plan vs actual; targets.
  const practice = read("best-practice.csv");
  expect(practice[0]).toBe("type,partnerId,partnerName,tactics,spend,revenue,opportunities,roi,costPerOpportunity,tooFew,roiRank,costRank");
  expect(practice[practice.length - 1]).toMatch(/^\(no tactic\),,,,/);
  expect(practice.slice(1, -1).every((l) => l.includes(",yes,") || l.includes(",no,"))).toBe(true);
  expect(read("tactics.csv")[0]).toBe("id,partnerId,initiativeId,type,status,expectedRevenue,revenue,revenueAttainment,expectedPipeline,pipeline,pipelineAttainment,claims,spend");
  expect(read("targets.csv")[0]).toBe("id,name,metric,target,actual,attainment");
  expect(read("targets.csv")[1]).toMatch(/^I-CLOUD,Cloud migration,Revenue,500000,/);
});

test("report --html writes one self-contained page with inline SVG charts and the figures", async () => {
  const path = await planFile(errorPlan());
  const html = join(tempDir(), "report.html");
  const { code, stdout } = await jmp(["report", path, "--html", html]);
  expect(code).toBe(0);
  expect(stdout).toBe(`Wrote ${html}.\n`);
  const page = readFileSync(html, "utf8");
  expect(page.startsWith("<!DOCTYPE html>")).toBe(true);
  // Seven charts (the four figure charts, progress to target, forecast vs actual and spend by
  // quarter), each drawn for a wide page and for a phone.
  expect(page.match(/<svg[\s>]/g)?.length).toBe(14);
  expect(page).not.toMatch(/<script|<link|<img|@import|url\(/i);
  // The only addresses are the SVG namespace declarations.
  const addresses = page.match(/https?:\/\/[^\s"'<>)]+/g) ?? [];
  expect(addresses.every((a) => a === "http://www.w3.org/2000/svg" || a === "http://www.w3.org/1999/xlink")).toBe(true);
  for (const text of ["Coverage and alignment by partner", "MDF spend and revenue by partner", "ROI by tactic type", "Forecast and actual revenue by initiative"]) expect(page).toContain(text);
  expect(page).toContain("Northwind");
  expect(page).toContain("$14,000.00");
  expect(page).toContain("Partner ID P404 is not in the Partners table");
});

test("apply upgrades a foreign workbook in place, keeps its sheets and says what it added", async () => {
  const path = join(tempDir(), "mine.xlsx");
  const wb = new ExcelJS.Workbook();
  const notes = wb.addWorksheet("Notes");
  notes.getCell("A1").value = "Q3 ideas";
  notes.getCell("B2").value = { formula: "1+2", result: 3 };
  await wb.xlsx.writeFile(path);

  const first = await jmp(["apply", path]);
  expect(first.code).toBe(0);
  expect(first.stdout).toContain(`${path}: template v3 applied`);
  expect(first.stdout).toMatch(/tables added: JmpSettings, JmpTacticTypes, JmpInitiatives, JmpPartners/);
  expect(first.stdout).toMatch(/Dashboard and Issues sheets refreshed/);
  const after = new ExcelJS.Workbook();
  await after.xlsx.readFile(path);
  expect(after.getWorksheet("Notes")!.getCell("A1").value).toBe("Q3 ideas");
  expect(after.getWorksheet("Notes")!.getCell("B2").value).toEqual({ formula: "1+2", result: 3 });
  expect(after.getWorksheet("Dashboard")).toBeDefined();
  expect(after.getWorksheet("Issues")).toBeDefined();

  const second = await jmp(["apply", path]);
  expect(second.stdout).toContain("already has template v3, nothing to add");
  expect((await sheetNames(path)).filter((n) => /Dashboard|Issues/.test(n))).toEqual(["Dashboard", "Issues"]);
});

test("apply upgrades a version 1 plan to version 2: the Tactic Types table is added, the check finds what it found before", async () => {
  const path = join(tempDir(), "v1.xlsx");
  writeFileSync(path, readFileSync(join(__dirname, "..", "fixtures", "template-v1-sample.xlsx")));
  const before = await jmp(["check", path, "--json"]);
  const first = await jmp(["apply", path]);
  expect(first.code).toBe(0);
  expect(first.stdout).toContain(`${path}: template v3 applied`);
  expect(first.stdout).toMatch(/tables added: JmpTacticTypes\b/);
  expect((await sheetNames(path)).slice(0, 3)).toEqual(["Settings", "Initiatives", "Partners"]);
  expect(await sheetNames(path)).toContain("Tactic Types");
  const after = await jmp(["check", path, "--json"]);
  expect(after.stdout).toBe(before.stdout);
});

test("apply says which columns it could not add, when cells to the right of a table are in use, and exits 1", async () => {
  const path = join(tempDir(), "v1-notes.xlsx");
  const v1 = new ExcelJS.Workbook();
  await v1.xlsx.load(readFileSync(join(__dirname, "..", "fixtures", "template-v1-sample.xlsx")) as unknown as ArrayBuffer);
  const partners = v1.getWorksheet("Partners")!;
  partners.getCell(1, partners.getRow(1).cellCount + 1).value = "My notes";
  await v1.xlsx.writeFile(path);
  const applied = await jmp(["apply", path]);
  expect(applied.code).toBe(1);
  expect(applied.stdout).toContain("columns not added, as cells to the right of their tables are in use (move them and apply again): JmpPartners[Currency], JmpPartners[Number format]");
});

test.each([
  ["not a zip", "notes.xlsx", (p: string) => writeFileSync(p, "Partner,Budget\nP1,100\n")],
  ["a missing file", "missing.xlsx", () => undefined],
  ["an empty file", "empty.xlsx", (p: string) => writeFileSync(p, "")],
])("an unreadable file (%s) gives one line and exit 3 for every command", async (_, name, make) => {
  const path = join(tempDir(), name);
  make(path);
  for (const args of [["check", path], ["report", path, "--json"], ["apply", path]]) {
    const { code, stdout, stderr } = await jmp(args);
    expect(code).toBe(3);
    expect(stdout).toBe("");
    expect(stderr.startsWith(`jmp: ${path}: `)).toBe(true);
    expect(stderr.endsWith("\n")).toBe(true);
    expect(stderr.trimEnd()).not.toContain("\n");
    expect(stderr).not.toMatch(/\n\s+at /);
  }
  if (name === "missing.xlsx") expect(existsSync(path)).toBe(false);
});

test("an output folder that cannot be made is one line and exit 3", async () => {
  const path = await planFile(cleanPlan());
  const { code, stdout, stderr } = await jmp(["report", path, "--csv", join(path, "csv")]);
  expect(code).toBe(3);
  expect(stdout).toBe("");
  expect(stderr).toBe(`jmp: ${join(path, "csv")}: a part of the path is not a directory\n`);
  const over = await jmp(["report", path, "--csv", path]);
  expect(over.stderr).toBe(`jmp: ${path}: exists and is not a folder\n`);
});

test("report --initiative narrows what works best and the issues to the initiative", async () => {
  const plan = errorPlan();
  // A finding of the other initiative's: a value that is not a number on an I-CLOUD outcome.
  plan.JmpOutcomes?.push({ "Outcome ID": "O9", "Partner ID": "P001", "Initiative ID": "I-CLOUD", "Tactic ID": "T1", Metric: "Revenue", Value: "lots", Date: d("2026-06-01") });
  // An outcome with no Initiative of its own counts in its tactic's (T3: I-SEC), and so does its finding.
  plan.JmpOutcomes?.push({ "Outcome ID": "O10", "Partner ID": "P002", "Tactic ID": "T3", Metric: "Revenue", Value: "plenty", Date: d("2026-06-01") });
  const path = await planFile(plan);
  const whole = JSON.parse((await jmp(["report", path, "--json"])).stdout) as { issues: { ids: { initiative?: string } }[]; bestPractice: { types: { type: string }[] } };
  const { code, stdout } = await jmp(["report", path, "--initiative", "I-SEC", "--json"]);
  expect(code).toBe(0);
  const sec = JSON.parse(stdout) as typeof whole;
  // T9 is P404's, a partner not in the Partners table: its Event counts nowhere, its R01 is I-SEC's.
  expect(sec.bestPractice.types.map((t) => t.type)).toEqual(["Webinar"]);
  expect(sec.issues.length).toBeGreaterThan(0);
  expect(sec.issues.length).toBeLessThan(whole.issues.length);
  expect(sec.issues.every((i) => i.ids.initiative === "I-SEC")).toBe(true);
  expect(sec.issues).toEqual(whole.issues.filter((i) => i.ids.initiative === "I-SEC"));
  expect(sec.issues).toContainEqual(expect.objectContaining({ ids: expect.objectContaining({ outcome: "O10", initiative: "I-SEC" }) }));
});
