/**
 * The package's `jmp` launcher: it runs the TypeScript CLI in a worker thread within a memory and
 * time budget (src/cli/budget.ts), passes the command's exit code through, and turns a run that
 * overruns its budget into one line and exit 3 instead of V8's fatal-error report. Tiny budgets
 * set through the environment make both overruns certain: the sample plan cannot be built in
 * 16 MB of heap, nor any command run in 1 ms.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { budgetFrom } from "../../src/cli/budget";

const ROOT = join(__dirname, "..", "..");
const LAUNCHER = join(ROOT, "src", "cli", "jmp.cjs");
const GB = 1024 ** 3;

function launch(args: readonly string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [LAUNCHER, ...args], { cwd: ROOT, encoding: "utf8", env: { ...process.env, ...env } });
}

/** Exit 3 with exactly one line on stderr and nothing that looks like a stack trace or V8's report. */
function expectOneLineFailure(result: ReturnType<typeof launch>, line: RegExp): void {
  expect(result.status).toBe(3);
  expect(result.stdout).toBe("");
  expect(result.stderr.trimEnd().split("\n")).toEqual([expect.stringMatching(line)]);
  expect(result.stderr).not.toMatch(/FATAL|Last few GCs|^\s+at |node::|Aborted/m);
}

test("the package's bin launcher runs the TypeScript CLI and passes its exit code through", () => {
  const help = launch(["--help"]);
  expect(help.status).toBe(0);
  expect(help.stdout).toContain("jmp check FILE.xlsx [--json]");

  const missing = launch(["check", "no-such-plan.xlsx"]);
  expect(missing.status).toBe(3);
  expect(missing.stdout).toBe("");
  expect(missing.stderr).toBe("jmp: no-such-plan.xlsx: no such file or directory\n");
});

test("a run that needs more memory than its budget ends with one line and exit 3", () => {
  const plan = join(mkdtempSync(join(tmpdir(), "jmp-budget-")), "plan.xlsx");
  // Building the sample plan through ExcelJS cannot fit in 16 MB of heap.
  expectOneLineFailure(launch(["init", plan, "--sample"], { JMP_MEMORY_LIMIT_MB: "16" }), /^jmp: stopped: the command needed more memory than its budget of 16 MB \(set JMP_MEMORY_LIMIT_MB to change it\)$/);
  expect(existsSync(plan)).toBe(false);
});

test("a run that overruns its time budget is stopped with one line and exit 3", () => {
  expectOneLineFailure(launch(["check", "no-such-plan.xlsx"], { JMP_TIME_LIMIT_S: "0.001" }), /^jmp: stopped after 0.001 s, the command's time budget \(set JMP_TIME_LIMIT_S to change it\)$/);
});

test("a budget that is not a positive number is refused with one line", () => {
  expectOneLineFailure(launch(["--help"], { JMP_MEMORY_LIMIT_MB: "lots" }), /^jmp: JMP_MEMORY_LIMIT_MB must be a positive number, not "lots"$/);
  expectOneLineFailure(launch(["--help"], { JMP_TIME_LIMIT_S: "-5" }), /^jmp: JMP_TIME_LIMIT_S must be a positive number, not "-5"$/);
});

describe("the budget", () => {
  test("defaults to V8's 4 GB heap and ten minutes, less heap on a smaller machine", () => {
    expect(budgetFrom({}, 64 * GB)).toEqual({ memoryMb: 4096, timeSeconds: 600 });
    expect(budgetFrom({}, 2 * GB)).toEqual({ memoryMb: 1536, timeSeconds: 600 });
    expect(budgetFrom({ JMP_MEMORY_LIMIT_MB: " ", JMP_TIME_LIMIT_S: "" }, 64 * GB)).toEqual({ memoryMb: 4096, timeSeconds: 600 });
  });

  test("is set by JMP_MEMORY_LIMIT_MB and JMP_TIME_LIMIT_S", () => {
    expect(budgetFrom({ JMP_MEMORY_LIMIT_MB: "512", JMP_TIME_LIMIT_S: "30.5" }, 64 * GB)).toEqual({ memoryMb: 512, timeSeconds: 30.5 });
    expect(() => budgetFrom({ JMP_TIME_LIMIT_S: "0" })).toThrow('JMP_TIME_LIMIT_S must be a positive number, not "0"');
  });
});

test("the launcher runs the CLI from a bundle of the current sources, built when they change", async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the launcher's own CommonJS helper.
  const { freshBundle, BUNDLE } = require("../../src/cli/bundle.cjs") as { freshBundle: () => Promise<string | undefined>; BUNDLE: string };
  expect(await freshBundle()).toBe(BUNDLE);
  const bundled = readFileSync(BUNDLE, "utf8");
  expect(bundled).toContain("check FILE.xlsx [--json]");
  // ExcelJS is loaded on first use, not when the CLI starts.
  expect(bundled).not.toMatch(/^var import_exceljs\d* = require\("exceljs"\);$/m);
  // The supervisor and the worker's entry are in it.
  expect(bundled).toContain("ERR_WORKER_OUT_OF_MEMORY");
});

test("a run stopped by its budget while saving leaves no temporary copy beside the plan", () => {
  const dir = mkdtempSync(join(tmpdir(), "jmp-stopped-save-"));
  const temporary = join(dir, ".plan.xlsx.123.tmp.xlsx");
  // A command that starts a save (it announces its temporary file, as saveReplacing does) and then runs out of memory.
  const worker = join(dir, "worker.cjs");
  writeFileSync(
    worker,
    `const { parentPort, workerData } = require("node:worker_threads");
require("node:fs").writeFileSync(workerData.argv[0], "half a save");
parentPort.postMessage({ kind: "jmp:temporary-file", path: workerData.argv[0] });
const held = [];
for (;;) held.push(new Array(100000).fill(held.length));`,
  );
  const script = `require("tsx/cjs"); require(${JSON.stringify(join(ROOT, "src", "cli", "budget.ts"))}).superviseCli(${JSON.stringify(worker)}, { argv: [${JSON.stringify(temporary)}], env: { JMP_MEMORY_LIMIT_MB: "16" } });`;
  const result = spawnSync(process.execPath, ["-e", script], { cwd: ROOT, encoding: "utf8" });
  expectOneLineFailure(result, /^jmp: stopped: the command needed more memory than its budget of 16 MB/);
  expect(existsSync(temporary)).toBe(false);
});
