/**
 * The acceptance checks every tracker layout goes through: import it with `jmp import --json`
 * in-process, then judge the plan by `jmp check`, `jmp report --json` and the plan's own tables
 * (read with ExcelJS, not the project's adapter) against figures computed by hand.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { jmp, tempDir } from "../cli/planWorkbook";
import type { JmpResult } from "../cli/planWorkbook";
import type { ExpectedTactic, Totals, TrackerLayout } from "./trackerKit";

/** What one import left behind. */
export interface Imported {
  readonly dir: string;
  readonly tracker: string;
  /** The tracker's bytes before the import. */
  readonly before: Buffer;
  readonly plan: string;
  readonly result: JmpResult;
  /** The parsed `--json` output, undefined when stdout is not JSON. */
  readonly json: Json | undefined;
}

/** Parsed JSON, walked loosely. */
export type Json = { readonly [key: string]: unknown };

/** Parses `text` as a JSON object, or undefined. */
export function parseJson(text: string): Json | undefined {
  try {
    const value = JSON.parse(text) as unknown;
    return typeof value === "object" && value !== null ? (value as Json) : undefined;
  } catch {
    return undefined;
  }
}

/** Writes `workbook` to `path` and returns its bytes. */
export async function writeWorkbook(workbook: ExcelJS.Workbook, path: string): Promise<Buffer> {
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  writeFileSync(path, bytes);
  return bytes;
}

/** Writes the tracker to `dir` (a new folder by default) and runs `jmp import tracker.xlsx -o plan.xlsx --json ...extra`. */
export async function importWorkbook(workbook: ExcelJS.Workbook, extra: readonly string[] = [], dir = tempDir()): Promise<Imported> {
  const tracker = join(dir, "tracker.xlsx");
  await writeWorkbook(workbook, tracker);
  const before = readFileSync(tracker);
  const plan = join(dir, "plan.xlsx");
  const result = await jmp(["import", tracker, "-o", plan, "--json", ...extra]);
  return { dir, tracker, before, plan, result, json: parseJson(result.stdout) };
}

/** The report of a plan file, parsed. */
export interface Report {
  readonly totals: Record<string, number | null>;
  readonly partners: readonly ({ id: string; name: string } & Record<string, unknown>)[];
  readonly initiatives: readonly ({ id: string; name: string } & Record<string, unknown>)[];
  readonly tacticTypes: readonly ({ type: string } & Record<string, unknown>)[];
}

/** `jmp report plan --json`, parsed (throws with what jmp printed when it is not JSON). */
export async function report(plan: string): Promise<Report> {
  const { code, stdout, stderr } = await jmp(["report", plan, "--json"]);
  const json = parseJson(stdout);
  if (!json) throw new Error(`jmp report exited ${code}: ${stderr.trim() || stdout.slice(0, 300)}`);
  return json as unknown as Report;
}

/** The figures of `Totals` taken from a report entry. */
export function figures(entry: Record<string, unknown>): Totals {
  const pick = (key: keyof Totals): number => entry[key] as number;
  return {
    requested: pick("requested"),
    authorized: pick("authorized"),
    spend: pick("spend"),
    paid: pick("paid"),
    revenue: pick("revenue"),
    pipeline: pick("pipeline"),
    opportunities: pick("opportunities"),
    leads: pick("leads"),
    deals: pick("deals"),
  };
}

/** A name with case, spaces and punctuation ignored, the way partners are deduplicated. */
export function nameKey(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]/g, "");
}

/** The rows of the Excel table `table` in the workbook at `path`, as header -> value. */
export async function tableRows(path: string, table: string): Promise<Record<string, unknown>[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  for (const sheet of workbook.worksheets) {
    const found = sheet.getTable(table) as unknown as { table?: { tableRef: string } } | undefined;
    if (!found?.table) continue;
    const [from, to] = found.table.tableRef.split(":");
    const top = sheet.getCell(from);
    const bottom = sheet.getCell(to);
    const left = Number(top.col);
    const right = Number(bottom.col);
    const headers: string[] = [];
    for (let c = left; c <= right; c++) headers.push(String(sheet.getCell(Number(top.row), c).value ?? "").trim());
    const rows: Record<string, unknown>[] = [];
    for (let r = Number(top.row) + 1; r <= Number(bottom.row); r++) {
      const row: Record<string, unknown> = {};
      let filled = false;
      headers.forEach((h, i) => {
        const value = sheet.getCell(r, left + i).value;
        const blank = value === null || value === undefined || (typeof value === "string" && value.trim() === "");
        row[h] = blank ? undefined : value;
        if (!blank) filled = true;
      });
      if (filled) rows.push(row);
    }
    return rows;
  }
  throw new Error(`no table ${table} in ${path}`);
}

/** A date cell of the plan (a Date, an Excel serial or text) as ISO text. */
function isoDate(value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "number") return new Date(Date.UTC(1899, 11, 30) + value * 86_400_000).toISOString().slice(0, 10);
  return String(value);
}

/** A money cell of the plan (a number, or text the engine reads) as a number. */
function amount(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === "number") return value;
  const n = Number(String(value).replace(/[$,\s]/g, ""));
  return Number.isNaN(n) ? NaN : n;
}

/** A row of the plan's Tactics table in the terms of `ExpectedTactic`. */
function tacticOf(row: Record<string, unknown>): ExpectedTactic {
  return {
    activity: String(row["Description"]),
    start: isoDate(row["Start"]) as string,
    end: isoDate(row["End"]),
    totalCost: amount(row["Total cost"]),
    requested: amount(row["MDF requested"]) as number,
    approved: ["approved", "completed"].includes(String(row["Status"]).toLowerCase()),
  };
}

/** The values under keys whose name matches `key`, anywhere in `json`. */
export function findKeys(json: unknown, key: RegExp): unknown[] {
  const found: unknown[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (typeof value === "object" && value !== null) {
      for (const [k, v] of Object.entries(value)) {
        if (key.test(k)) found.push(v);
        else walk(v);
      }
    }
  };
  walk(json);
  return found;
}

/** The review list of an import's `--json` output as text (what the user is asked to look at). */
export function reviewText(json: Json | undefined): string {
  return JSON.stringify(findKeys(json, /review|assumption|warning|missing/i));
}

/** One line of a reconciliation: what it compares and whether the tracker's total matches. */
export interface Reconciled {
  readonly text: string;
  readonly matches: boolean;
}

/**
 * Every line of the `--json` reconciliation, at any depth: an object that says whether it matches
 * (a `matches`/`match`/`ok` flag, a status or result saying "matches", or a difference of zero),
 * or a sentence. A line matches when all it says is that it matches.
 */
export function reconciliation(json: Json | undefined): Reconciled[] {
  const [section] = findKeys(json, /reconcil/i);
  const lines: Reconciled[] = [];
  const saysMatch = (text: string): boolean => /match/i.test(text) && !/(not|n't|mis)\s*match|differ/i.test(text);
  const judge = (value: unknown): void => {
    if (typeof value === "string") {
      lines.push({ text: value, matches: saysMatch(value) });
      return;
    }
    if (Array.isArray(value)) return value.forEach(judge);
    if (typeof value !== "object" || value === null) return;
    const entry = value as Record<string, unknown>;
    const flags = Object.entries(entry).filter(([k, v]) => /^(matches|match|ok|matched|equal)$/i.test(k) && typeof v === "boolean");
    const words = Object.entries(entry).filter(([k, v]) => /^(status|result|verdict)$/i.test(k) && typeof v === "string");
    const diffs = Object.entries(entry).filter(([k, v]) => /^(difference|diff|delta)$/i.test(k) && (typeof v === "number" || v === null));
    if (flags.length + words.length + diffs.length > 0) {
      const matches = flags.every(([, v]) => v === true) && words.every(([, v]) => saysMatch(v as string)) && diffs.every(([, v]) => v === 0);
      lines.push({ text: JSON.stringify(entry), matches });
    }
    Object.values(entry).forEach((v) => {
      if (typeof v === "object" && v !== null) judge(v);
    });
  };
  judge(section);
  return lines;
}

/** Runs the whole acceptance of one layout as a group of tests sharing one import. */
export function describeLayout(layout: TrackerLayout): void {
  describe(`${layout.name}: ${layout.story}`, () => {
    let imported: Imported;
    let plan: Report | undefined;
    let planError = "";

    beforeAll(async () => {
      imported = await importWorkbook(layout.build());
      try {
        plan = await report(imported.plan);
      } catch (error) {
        planError = String(error);
      }
    });

    const reported = (): Report => {
      if (!plan) throw new Error(`no report of the plan: ${planError}; import said ${imported.result.code}: ${imported.result.stderr.trim()}`);
      return plan;
    };

    test("imports it and never writes to the tracker", () => {
      expect([0, 1]).toContain(imported.result.code);
      expect(readFileSync(imported.tracker).equals(imported.before)).toBe(true);
    });

    test(`exits ${layout.exitCode} and prints its summary as JSON`, () => {
      expect({ code: imported.result.code, stderr: imported.result.stderr }).toEqual({ code: layout.exitCode, stderr: expect.any(String) });
      expect(imported.json).toBeDefined();
    });

    if (layout.review.length > 0) {
      test("lists what the user must look at", () => {
        const text = reviewText(imported.json);
        for (const word of layout.review) expect(text).toMatch(word);
      });
    }

    if (layout.consistent) {
      test("writes a plan in which jmp check finds no error", async () => {
        const check = await jmp(["check", imported.plan, "--json"]);
        const errors = (parseJson(check.stdout)?.issues as { severity: string }[] | undefined)?.filter((i) => i.severity === "error");
        expect({ code: check.code, errors }).toEqual({ code: expect.any(Number), errors: [] });
        expect([0, 1]).toContain(check.code);
      });
    }

    test(`makes ${layout.expected.partners} partners, ${layout.expected.tactics} tactics and ${layout.expected.initiatives} initiatives`, async () => {
      const tactics = await tableRows(imported.plan, "JmpTactics");
      const partners = await tableRows(imported.plan, "JmpPartners");
      expect({
        partners: reported().partners.length,
        partnerRows: partners.length,
        tactics: tactics.length,
        initiatives: reported().initiatives.length,
      }).toEqual({
        partners: layout.expected.partners,
        partnerRows: layout.expected.partners,
        tactics: layout.expected.tactics,
        initiatives: layout.expected.initiatives,
      });
      if (layout.expected.partnerIds) expect(reported().partners.map((p) => p.id).sort()).toEqual([...layout.expected.partnerIds].sort());
    });

    test("links each activity's allocation, claim and outcomes, and one Joint Plan row per pair", async () => {
      const count = async (table: string): Promise<number> => (await tableRows(imported.plan, table)).length;
      expect({
        jointPlan: await count("JmpJointPlan"),
        allocations: await count("JmpAllocations"),
        claims: await count("JmpClaims"),
        outcomes: await count("JmpOutcomes"),
      }).toEqual(layout.expected.rows);
    });

    test(`the tactic of "${layout.expected.tactic.activity}" holds the row's dates and amounts`, async () => {
      const want = layout.expected.tactic;
      const rows = await tableRows(imported.plan, "JmpTactics");
      const row = rows.find((r) => String(r["Description"] ?? "").includes(want.activity));
      expect(row && tacticOf(row)).toEqual({ ...want, activity: expect.stringContaining(want.activity) });
    });

    test("totals equal the figures computed by hand", () => {
      expect(figures(reported().totals)).toEqual(layout.expected.totals);
    });

    test(`${layout.expected.partner.name}'s own figures equal those computed by hand`, () => {
      const want = layout.expected.partner;
      const partner = reported().partners.find((p) => (want.id ? p.id === want.id : nameKey(p.name) === nameKey(want.name)));
      expect(partner && { name: nameKey(partner.name), ...figures(partner) }).toEqual({ name: nameKey(want.name), ...want.figures });
    });

    if (layout.reconciled.length > 0) {
      test("the reconciliation compares each total of the totals row and says it matches", () => {
        const lines = reconciliation(imported.json).sort((a, b) => a.text.length - b.text.length);
        // The closest line naming each totals-row column must be there and match.
        const byColumn = layout.reconciled.map((column) => [column, lines.find((l) => l.text.includes(JSON.stringify(column)))?.matches]);
        expect(byColumn).toEqual(layout.reconciled.map((column) => [column, true]));
        expect(lines.filter((l) => !l.matches)).toEqual([]);
      });
    }
  });
}
