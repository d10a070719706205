/**
 * What `jmp` does with files that are not plain workbook files: devices, folders and pipes are
 * refused with one line (the size check cannot trust `stat`); a save follows a symbolic link to
 * the real plan and keeps hard links joined; a read-only plan is refused; output that cannot be
 * written (stdout on a full device) is exit 3, not a silent 0.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, closeSync, linkSync, lstatSync, openSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { day, edited, jmp, packBytes, samplePlanBytes, sheet, tempDir, writeRow } from "../packs/packHelpers";

const ROOT = join(__dirname, "..", "..");
const LAUNCHER = join(ROOT, "src", "cli", "jmp.cjs");

/** A new plan (the template with its sample) in a folder of its own. */
async function newPlan(): Promise<{ dir: string; plan: string }> {
  const dir = tempDir();
  const plan = join(dir, "plan.xlsx");
  expect((await jmp("init", plan, "--sample")).code).toBe(0);
  return { dir, plan };
}

function expectOneLine(stderr: string, pattern: RegExp): void {
  expect(stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(stderr).toMatch(pattern);
}

describe("files that are not regular files", () => {
  test.each([
    ["/dev/zero", /device/],
    ["/dev/urandom", /device/],
    [ROOT, /folder/],
  ])("check %s is refused with one line", async (path, reason) => {
    const result = await jmp("check", path);
    expect(result.code).toBe(3);
    expectOneLine(result.stderr, reason);
  });

  test("a pipe with no writer is refused, not waited on", async () => {
    const fifo = join(tempDir(), "plan.xlsx");
    execFileSync("mkfifo", [fifo]);
    const result = await jmp("check", fifo);
    expect(result.code).toBe(3);
    expectOneLine(result.stderr, /pipe/);
  });

  test("a saved mapping that is a device is refused", async () => {
    const { plan } = await newPlan();
    const result = await jmp("import", plan, "-o", join(tempDir(), "out.xlsx"), "--mapping", "/dev/zero");
    expect(result.code).toBe(3);
    expectOneLine(result.stderr, /device/);
  });
});

describe("saving", () => {
  test("apply on a symbolic link changes the real plan and keeps the link", async () => {
    const { dir, plan } = await newPlan();
    const link = join(dir, "link.xlsx");
    symlinkSync(plan, link);
    const before = statSync(plan).ino;
    const result = await jmp("apply", link);
    expect(result).toMatchObject({ code: 0, stderr: "" });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    // The real file was replaced by the saved one (a new file under the same name).
    expect(statSync(plan).ino).not.toBe(before);
    expect((await jmp("check", link)).code).toBe(2);
  });

  test("merge on a symbolic link writes through it too", async () => {
    const dir = tempDir();
    const plan = join(dir, "plan.xlsx");
    const pack = join(dir, "pack.xlsx");
    writeFileSync(plan, await samplePlanBytes());
    const tactic = ["T-NW-1", "P-103", "INI-CLOUD", "Webinar", "Via a link", day("2026-07-01"), day("2026-07-01"), 1000, 400];
    writeFileSync(pack, await edited(await packBytes(await samplePlanBytes(), "P-103"), (wb) => writeRow(sheet(wb, "Tactics"), 12, tactic)));
    const link = join(dir, "link.xlsx");
    symlinkSync(plan, link);
    const before = statSync(plan).ino;
    expect(await jmp("merge", link, pack)).toMatchObject({ code: 0, stderr: "" });
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(statSync(plan).ino).not.toBe(before);
  });

  test("apply on a hard-linked plan writes in place: both names still show one file", async () => {
    const { dir, plan } = await newPlan();
    const other = join(dir, "other.xlsx");
    linkSync(plan, other);
    const before = statSync(plan).ino;
    expect((await jmp("apply", plan)).code).toBe(0);
    expect(statSync(plan).ino).toBe(before);
    expect(statSync(other).ino).toBe(before);
    expect(statSync(plan).nlink).toBe(2);
    expect(readdirNames(dir)).toEqual(["other.xlsx", "plan.xlsx"]);
  });

  test("apply on a read-only plan is refused with one line and changes nothing", async () => {
    const { plan } = await newPlan();
    chmodSync(plan, 0o444);
    const before = readFileSync(plan);
    const result = await jmp("apply", plan);
    expect(result.code).toBe(3);
    expectOneLine(result.stderr, /read-only/);
    expect(readFileSync(plan)).toEqual(before);
  });
});

test("report --json to a full device exits 3 with one line", async () => {
  const { plan } = await newPlan();
  const full = openSync("/dev/full", "w");
  try {
    const result = spawnSync(process.execPath, [LAUNCHER, "report", plan, "--json"], { cwd: ROOT, stdio: ["ignore", full, "pipe"], encoding: "utf8" });
    expect(result.status).toBe(3);
    expectOneLine(result.stderr, /could not be written: no space left/);
  } finally {
    closeSync(full);
  }
});

function readdirNames(dir: string): string[] {
  return execFileSync("ls", ["-A", dir], { encoding: "utf8" }).trim().split("\n").sort();
}
