import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";

jest.setTimeout(60_000);

const ROOT = join(__dirname, "..", "..");
const LAUNCHER = join(ROOT, "src", "cli", "jmp.cjs");

test("the package's bin launcher runs the TypeScript CLI and passes its exit code through", () => {
  const help = spawnSync(process.execPath, [LAUNCHER, "--help"], { cwd: ROOT, encoding: "utf8" });
  expect(help.status).toBe(0);
  expect(help.stdout).toContain("jmp check FILE.xlsx [--json]");

  const missing = spawnSync(process.execPath, [LAUNCHER, "check", "no-such-plan.xlsx"], { cwd: ROOT, encoding: "utf8" });
  expect(missing.status).toBe(3);
  expect(missing.stdout).toBe("");
  expect(missing.stderr).toBe("jmp: no-such-plan.xlsx: no such file or directory\n");
});

test("the launcher runs the CLI from a bundle of the current sources, built when they change", async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the launcher's own CommonJS helper.
  const { freshBundle, BUNDLE } = require("../../src/cli/bundle.cjs") as { freshBundle: () => Promise<string | undefined>; BUNDLE: string };
  expect(await freshBundle()).toBe(BUNDLE);
  const bundled = readFileSync(BUNDLE, "utf8");
  expect(bundled).toContain("check FILE.xlsx [--json]");
  // ExcelJS is loaded on first use, not when the CLI starts.
  expect(bundled).not.toMatch(/^var import_exceljs\d* = require\("exceljs"\);$/m);
});
