import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { COMMANDS } from "../../src/cli/main";
import { analyze } from "../../src/engine";
import { reportJson } from "../../src/engine/reportJson";
import { workbook, cleanPlan } from "../helpers/tables";
import { memoryFiles } from "./memoryFiles";
import { jmp } from "./planWorkbook";
import { errorPlan, warningPlan } from "./plans";

const files = () =>
  memoryFiles({
    "clean.xlsx": workbook(cleanPlan()),
    "warning.xlsx": workbook(warningPlan()),
    "error.xlsx": workbook(errorPlan()),
    "budget-sheet.xlsx": [],
  });

test("--help lists exactly the commands that exist and explains the exit codes", async () => {
  const { code, stdout, stderr } = await jmp(["--help"], { files: files() });
  expect(code).toBe(0);
  expect(stderr).toBe("");
  for (const command of ["init FILE.xlsx [--sample]", "check FILE.xlsx [--json]", "report FILE.xlsx", "apply FILE.xlsx", "pack FILE.xlsx --partner ID -o PACK.xlsx", "merge FILE.xlsx PACK.xlsx [--dry-run] [--json]"]) expect(stdout).toContain(`jmp ${command}`);
  expect(stdout).toMatch(/^\s+3\s+Could not run/m);
});

describe.each(COMMANDS.map((c) => [c.name, c] as const))("jmp %s --help", (name, command) => {
  test.each(["--help", "-h"])("%s prints the command's own usage, its options and exit codes, exit 0", async (flag) => {
    const general = (await jmp(["--help"], { files: files() })).stdout;
    const { code, stdout, stderr } = await jmp([name, flag], { files: files() });
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(stdout).not.toBe(general);
    expect(stdout.split("\n").slice(0, 3)).toEqual([`Usage: jmp ${command.synopsis}`, "", command.summary]);
    expect(stdout).toMatch(/^Exit codes:$/m);
    expect(stdout).toMatch(/^\s+0\s+\S/m);
    // Every option the synopsis names is explained.
    for (const option of command.synopsis.match(/(?<=[\s[|])--?[a-z][a-z-]*/g) ?? []) expect(stdout).toMatch(new RegExp(`^\\s+${option}\\b`, "m"));
    // Asked for after the arguments, or as "jmp help NAME" / "jmp --help NAME", the help is the same; after "--" it is a file name.
    expect((await jmp([name, "plan.xlsx", flag], { files: files() })).stdout).toBe(stdout);
    expect((await jmp(["help", name], { files: files() })).stdout).toBe(stdout);
    expect((await jmp([flag, name], { files: files() })).stdout).toBe(stdout);
    expect((await jmp([name, "plan.xlsx", "--", flag], { files: files() })).code).toBe(3);
  });
});

test.each([
  [[], "no command given"],
  [["frobnicate", "x.xlsx"], 'unknown command "frobnicate"'],
  [["help", "frobnicate"], 'unknown command "frobnicate"'],
  [["check"], "check: missing FILE.xlsx"],
  [["check", "a.xlsx", "b.xlsx"], 'check: unexpected argument "b.xlsx"'],
  [["check", "clean.xlsx", "--verbose"], "check: Unknown option '--verbose'"],
  [["report", "clean.xlsx", "--partner"], "report: Option '--partner <value>' argument missing"],
  [["report", "clean.xlsx", "--json", "--csv", "out"], "report: choose one of --json, --csv and --html"],
  [["report", "clean.xlsx", "--period", "FY2026-Q1", "--period", "FY2026-Q2"], 'report: --period is given twice ("FY2026-Q1" and "FY2026-Q2"); give it once'],
  [["report", "clean.xlsx", "--by", "quarter", "--by=month"], 'report: --by is given twice ("quarter" and "month"); give it once'],
])("wrong usage %j ends with one line and exit 3", async (args, message) => {
  const { code, stdout, stderr } = await jmp(args, { files: files() });
  expect(code).toBe(3);
  expect(stdout).toBe("");
  expect(stderr).toContain(message);
  expect(stderr).toContain("jmp --help");
  expect(stderr.trimEnd().split("\n")).toHaveLength(1);
});

test("an option given twice with the same value is taken once", async () => {
  const once = await jmp(["report", "clean.xlsx", "--json", "--partner", "P001"], { files: files() });
  const twice = await jmp(["report", "clean.xlsx", "--json", "--partner", "P001", "--json", "--partner", "P001"], { files: files() });
  expect(twice).toEqual(once);
  expect(once.code).toBe(0);
});

test("check's exit code is 0 without findings, 1 with warnings only, 2 with an error", async () => {
  const clean = await jmp(["check", "clean.xlsx"], { files: files() });
  expect(clean).toMatchObject({ code: 0, stderr: "" });
  expect(clean.stdout).toContain("clean.xlsx: no findings.");

  const warning = await jmp(["check", "warning.xlsx"], { files: files() });
  expect(warning.code).toBe(1);
  expect(warning.stdout).toContain("0 errors, 1 warning");
  expect(warning.stdout).toMatch(/warning\s+F04\s+Allocations!C5\s+Tactic ID\s+Allocation A9/);

  const error = await jmp(["check", "error.xlsx"], { files: files() });
  expect(error.code).toBe(2);
  expect(error.stdout).toMatch(/error\s+R01\s+Tactics!B6\s+Partner ID\s+Partner ID P404 is not in the Partners table/);
});

test("check --json gives the counts and the report's issue list", async () => {
  const { code, stdout } = await jmp(["check", "error.xlsx", "--json"], { files: files() });
  expect(code).toBe(2);
  const expected = reportJson(analyze(workbook(errorPlan())));
  expect(JSON.parse(stdout)).toEqual({ errors: 1, warnings: 1, issues: expected.issues });
});

test("a report of a workbook holding no JMP table is refused with one line and exit 3, where check lists the missing tables", async () => {
  const report = await jmp(["report", "budget-sheet.xlsx", "--json"], { files: files() });
  expect(report).toMatchObject({ code: 3, stdout: "" });
  expect(report.stderr.trimEnd().split("\n")).toEqual([expect.stringContaining("budget-sheet.xlsx holds none of the JMP tables: it is not a plan workbook")]);
  expect(report.stderr).toContain('"jmp import ');
  expect((await jmp(["check", "budget-sheet.xlsx"], { files: files() })).code).toBe(2);
  // A plan missing one table still reports.
  const partial = workbook(cleanPlan()).filter((t) => t.name !== "JmpOutcomes");
  expect((await jmp(["report", "partial.xlsx"], { files: memoryFiles({ "partial.xlsx": partial }) })).code).toBe(0);
});

test("a missing file is one line naming it and exit 3", async () => {
  const { code, stdout, stderr } = await jmp(["report", "nowhere.xlsx"], { files: files() });
  expect(code).toBe(3);
  expect(stdout).toBe("");
  expect(stderr).toBe("jmp: nowhere.xlsx: no such file or directory\n");
});

test("progress goes to stderr only when stderr is a terminal", async () => {
  const quiet = await jmp(["check", "clean.xlsx"], { files: files() });
  expect(quiet.stderr).toBe("");
  const shown = await jmp(["check", "clean.xlsx"], { files: files(), interactive: true });
  expect(shown.stderr).toContain("Reading clean.xlsx… 100%");
  expect(shown.stdout).toBe(quiet.stdout);
});

test("jmp --version (or -V) prints the package's version, exit 0", async () => {
  const { version } = JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as { version: string };
  for (const flag of ["--version", "-V"]) expect(await jmp([flag], { files: files() })).toEqual({ code: 0, stdout: `jmp ${version}\n`, stderr: "" });
  expect((await jmp(["--help"], { files: files() })).stdout).toMatch(/^\s+jmp --version\s+\S/m);
});

test("report --help names every file --csv writes and every key --json prints, with --by too", async () => {
  // The help's text as one line: its wrapping is no concern here.
  const help = (await jmp(["report", "--help"], { files: files() })).stdout.replace(/\s+/g, " ");
  const jsonHelp = help.slice(help.indexOf(" --json The report"), help.indexOf(" --csv DIR Write"));
  const dir = mkdtempSync(join(tmpdir(), "jmp-csv-"));
  for (const by of [[], ["--by", "quarter"]]) {
    const out = join(dir, by.length === 0 ? "plain" : "by");
    expect((await jmp(["report", "clean.xlsx", "--csv", out, ...by], { files: files() })).code).toBe(0);
    const keys = Object.keys(JSON.parse((await jmp(["report", "clean.xlsx", "--json", ...by], { files: files() })).stdout) as object);
    const written = readdirSync(out).sort();
    expect(written.length).toBeGreaterThanOrEqual(8);
    for (const file of written) expect(help).toContain(file);
    expect(keys.length).toBeGreaterThanOrEqual(by.length === 0 ? 9 : 11);
    for (const key of keys) expect(jsonHelp).toMatch(new RegExp(`\\b${key}\\b`));
  }
});
