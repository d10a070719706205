import { spawnSync } from "node:child_process";
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
