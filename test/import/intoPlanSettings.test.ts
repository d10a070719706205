/**
 * `jmp import --into` a plan the user made with `jmp init` and set up before importing: the
 * Settings they chose (Currency, period, fiscal year, number format, name) are theirs and stay;
 * only Settings left blank take what the tracker says. A tracker whose amounts name another
 * currency, or whose activities fall outside the plan's period, is listed for review (exit 1)
 * instead of changing the plan under the user.
 */
import { join } from "node:path";
import ExcelJS from "exceljs";
import { fillPlan, jmp, tempDir } from "../cli/planWorkbook";
import { parseJson, tableRows, writeWorkbook } from "./acceptance";
import type { Json } from "./acceptance";
import { d, writeRows } from "./trackerKit";

/** A tracker whose amount headers name `mark` ("$", "€"), with one activity in September 2026. */
function tracker(mark: string): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  writeRows(workbook.addWorksheet("MDF"), [
    ["Partner", "Activity", "Type", "Start", "End", "Total Cost", `MDF Requested (${mark})`, `Approved (${mark})`],
    ["Contoso Ltd", "Spring webinar", "Webinar", d("2026-03-10"), d("2026-03-10"), 4000, 2000, 2000],
    ["Northwind", "Autumn roadshow", "Event", d("2026-09-01"), d("2026-09-03"), 20000, 10000, 8000],
  ]);
  return workbook;
}

/** The plan's Settings as Setting -> Value. */
async function settingsOf(plan: string): Promise<Record<string, unknown>> {
  return Object.fromEntries((await tableRows(plan, "JmpSettings")).map((r) => [String(r.Setting), r.Value]));
}

/** `jmp init` a plan, set its Settings as a user does, write the tracker beside it. */
async function planAndTracker(settings: Record<string, unknown>, mark = "$"): Promise<{ plan: string; tracker: string }> {
  const dir = tempDir();
  const plan = join(dir, "plan.xlsx");
  const path = join(dir, "tracker.xlsx");
  expect((await jmp(["init", plan])).code).toBe(0);
  await fillPlan(plan, {}, settings);
  await writeWorkbook(tracker(mark), path);
  return { plan, tracker: path };
}

const reviewOf = (json: Json | undefined) => (json?.review ?? []) as { kind: string; message: string; rows?: number[] }[];

const USER_SETTINGS = {
  "Plan name": "EMEA Program",
  "Period start": d("2025-07-01"),
  "Period end": d("2026-06-30"),
  Currency: "EUR",
  "Fiscal year start": "July",
  "Number format": "de-DE",
};

test("--into a plan set up with jmp init keeps the user's Currency, period and other Settings, and lists the tracker's dollars and the activity outside the period", async () => {
  const { plan, tracker } = await planAndTracker(USER_SETTINGS);
  const result = await jmp(["import", tracker, "--into", plan, "--json"]);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(1);

  const settings = await settingsOf(plan);
  expect(settings).toMatchObject(USER_SETTINGS);
  // The amounts are written as the tracker has them, in the plan's currency (no conversion made up).
  const tactics = (await tableRows(plan, "JmpTactics")).map((t) => [t.Description, t["Total cost"], t["MDF requested"]]);
  expect(tactics).toEqual([
    ["Spring webinar", 4000, 2000],
    ["Autumn roadshow", 20000, 10000],
  ]);
  expect((await tableRows(plan, "JmpAllocations")).map((a) => a.Amount)).toEqual([2000, 8000]);

  const review = reviewOf(parseJson(result.stdout));
  const currency = review.filter((r) => r.message.includes("USD"));
  expect(currency).toEqual([
    {
      kind: "conflict",
      message: "The amounts are in USD but are read as EUR, the plan's Currency in Settings, which the import keeps: set it to USD if the whole plan is in USD, else set the partner's Currency to USD in the Partners table and a USD rate in Rates to convert them",
      rows: [2, 3],
    },
  ]);
  const period = review.filter((r) => r.message.includes("period"));
  expect(period).toEqual([
    {
      kind: "conflict",
      message: "An activity runs outside the plan's period (2025-07-01 to 2026-06-30 in Settings, which the import keeps): widen Period start or Period end to take it in",
      rows: [3],
    },
  ]);
});

test("-o over the plan the user set up is refused and points at --into: nothing changes", async () => {
  const { plan, tracker } = await planAndTracker(USER_SETTINGS);
  const result = await jmp(["import", tracker, "-o", plan]);
  expect(result).toEqual({ code: 3, stdout: "", stderr: `jmp: ${plan} already exists; -o makes a new plan (choose another name), --into ${plan} adds the tracker to that plan\n` });
  expect(await settingsOf(plan)).toMatchObject(USER_SETTINGS);
  expect(await tableRows(plan, "JmpTactics")).toEqual([]);
});

test("--into a plan whose Settings are blank fills them from the tracker: the currency its amounts name, the activities' years and the plan's name", async () => {
  const { plan, tracker } = await planAndTracker({ "Plan name": null, "Period start": null, "Period end": null, Currency: null, "Fiscal year start": "July" }, "€");
  const result = await jmp(["import", tracker, "--into", plan, "--json"]);
  expect(result.stderr).toBe("");
  const settings = await settingsOf(plan);
  expect(settings).toMatchObject({ "Plan name": "plan", "Period start": d("2026-01-01"), "Period end": d("2026-12-31"), Currency: "EUR", "Fiscal year start": "July" });
  expect(reviewOf(parseJson(result.stdout)).filter((r) => /EUR|period/.test(r.message))).toEqual([]);
  // The note names the Settings taken from the tracker; the blank Plan name takes the file's name unsaid (README).
  expect(((parseJson(result.stdout)?.notes ?? []) as string[]).filter((n) => n.startsWith("Settings"))).toEqual([
    "Settings taken from the tracker, where the plan held the template's defaults or blanks: Period start 2026-01-01, Period end 2026-12-31, Currency EUR",
  ]);
});

test("--into a plan that holds the template's default Settings takes the tracker's currency and years, and says so in a note", async () => {
  const { plan, tracker } = await planAndTracker({ "Plan name": "EMEA Program", "Period start": d("2027-01-01"), "Period end": d("2027-12-31"), Currency: "USD" }, "€");
  const result = await jmp(["import", tracker, "--into", plan, "--json"]);
  expect(result.stderr).toBe("");
  expect(await settingsOf(plan)).toMatchObject({ "Plan name": "EMEA Program", "Period start": d("2026-01-01"), "Period end": d("2026-12-31"), Currency: "EUR" });
  const json = parseJson(result.stdout);
  expect(reviewOf(json).filter((r) => /EUR|USD|period/.test(r.message))).toEqual([]);
  expect(((json?.notes ?? []) as string[]).filter((n) => n.startsWith("Settings"))).toEqual([
    "Settings taken from the tracker, where the plan held the template's defaults or blanks: Period start 2026-01-01, Period end 2026-12-31, Currency EUR",
  ]);
});

test("--into a plan with rows whose Currency is blank reads the tracker's euros as the plan does, in dollars, and lists them for review", async () => {
  const dir = tempDir();
  const plan = join(dir, "plan.xlsx");
  const path = join(dir, "tracker.xlsx");
  expect((await jmp(["init", plan, "--sample"])).code).toBe(0);
  await fillPlan(plan, {}, { Currency: null });
  await writeWorkbook(tracker("€"), path);
  const result = await jmp(["import", path, "--into", plan, "--json"]);
  expect(result.stderr).toBe("");
  expect(result.code).toBe(1);
  expect((await settingsOf(plan)).Currency ?? null).toBeNull();
  const review = reviewOf(parseJson(result.stdout)).filter((r) => r.message.includes("EUR"));
  expect(review).toEqual([
    {
      kind: "conflict",
      message: "The amounts are in EUR but are read as USD, the plan's currency: set the partner's Currency to EUR in the Partners table and a EUR rate in Rates to convert them",
      rows: [2, 3],
    },
  ]);
});
