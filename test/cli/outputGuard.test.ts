/**
 * An output path that names a file the command reads, or an existing workbook, is refused with
 * one line (exit 3) and every file is left as it was: `jmp report plan.xlsx --html plan.xlsx` and
 * `--save-mapping tracker.xlsx` wrote a web page or JSON over the user's workbook.
 */
import { execFileSync, spawn } from "node:child_process";
import { copyFileSync, existsSync, linkSync, readFileSync, symlinkSync } from "node:fs";
import { join } from "node:path";
import { writeWorkbook } from "../import/acceptance";
import { cleanPartnerTracker } from "../import/layouts/cleanPartnerTracker";
import { jmp, tempDir } from "../packs/packHelpers";

/** A sample plan in a folder of its own. */
async function newPlan(): Promise<{ dir: string; plan: string }> {
  const dir = tempDir();
  const plan = join(dir, "plan.xlsx");
  expect((await jmp("init", plan, "--sample")).code).toBe(0);
  return { dir, plan };
}

function expectRefused(result: { code: number; stderr: string }, pattern: RegExp): void {
  expect(result.code).toBe(3);
  expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
  expect(result.stderr).toMatch(pattern);
}

describe("jmp report --html", () => {
  test("the plan itself, by its path, a symbolic link or a hard link, is refused and left as it was", async () => {
    const { dir, plan } = await newPlan();
    const before = readFileSync(plan);
    symlinkSync(plan, join(dir, "alias.xlsx"));
    linkSync(plan, join(dir, "hard.html"));
    for (const output of [plan, join(dir, "alias.xlsx"), join(dir, "hard.html")]) {
      expectRefused(await jmp("report", plan, "--html", output), /which this command reads: writing the report's web page there would replace it/);
    }
    expect(readFileSync(plan)).toEqual(before);
  });

  test("another existing workbook is refused; a new file or an old page is written", async () => {
    const { dir, plan } = await newPlan();
    const other = join(dir, "other.xlsx");
    copyFileSync(plan, other);
    expectRefused(await jmp("report", plan, "--html", other), /other\.xlsx is a workbook/);
    expect(readFileSync(other)).toEqual(readFileSync(plan));
    const page = join(dir, "report.html");
    expect((await jmp("report", plan, "--html", page)).code).toBe(0);
    expect((await jmp("report", plan, "--html", page)).code).toBe(0);
    expect(readFileSync(page, "utf8")).toMatch(/^<!DOCTYPE html>/i);
  });
});

describe("jmp import --save-mapping", () => {
  /** A partner's tracker in a folder of its own. */
  async function trackerCopy(): Promise<{ dir: string; tracker: string }> {
    const dir = tempDir();
    const tracker = join(dir, "tracker.xlsx");
    await writeWorkbook(cleanPartnerTracker.build(), tracker);
    return { dir, tracker };
  }

  test("the tracker, or the plan it goes into, is refused before anything is imported", async () => {
    const { dir, tracker } = await trackerCopy();
    const before = readFileSync(tracker);
    expectRefused(await jmp("import", tracker, "--dry-run", "--save-mapping", tracker), /--save-mapping .*tracker\.xlsx is .*tracker\.xlsx, which this command reads/);
    expect(readFileSync(tracker)).toEqual(before);
    const { plan } = await newPlan();
    const planBefore = readFileSync(plan);
    expectRefused(await jmp("import", tracker, "--into", plan, "--save-mapping", plan), /which this command reads/);
    expect(readFileSync(plan)).toEqual(planBefore);
    // The new plan -o makes does not exist yet: it is refused by its path, and no plan is made.
    const fresh = join(dir, "new.xlsx");
    expectRefused(await jmp("import", tracker, "-o", fresh, "--save-mapping", fresh), /is the file this command writes its plan to/);
    expect(existsSync(fresh)).toBe(false);
  });

  test("a pipe a script reads from is written, not opened to be sniffed (which would wait forever)", async () => {
    const { dir, tracker } = await trackerCopy();
    const fifo = join(dir, "mapping.fifo");
    execFileSync("mkfifo", [fifo]);
    const reader = spawn("cat", [fifo]);
    let read = "";
    reader.stdout.on("data", (chunk: Buffer) => (read += chunk.toString("utf8")));
    const done = new Promise((resolve) => reader.on("close", resolve));
    const result = await jmp("import", tracker, "--dry-run", "--save-mapping", fifo);
    await done;
    expect(result.stdout).toContain(`Saved the mapping to ${fifo}.`);
    expect(JSON.parse(read)).toBeInstanceOf(Object);
  });

  test("a mapping file is written, even on a dry run, and the command says so", async () => {
    const { dir, tracker } = await trackerCopy();
    const mapping = join(dir, "mapping.json");
    const result = await jmp("import", tracker, "--dry-run", "--save-mapping", mapping);
    expect(result.stdout).toContain(`Saved the mapping to ${mapping}.`);
    expect(JSON.parse(readFileSync(mapping, "utf8"))).toBeInstanceOf(Object);
  });
});
