/**
 * How soon the installed `jmp` answers: `jmp --help` through the launcher (`src/cli/jmp.cjs`,
 * which runs the CLI's bundle) against the same command run from the TypeScript sources through
 * tsx (how the launcher ran it before), each a fresh Node process, interleaved, medians of a
 * few runs. The launcher's bundle is brought up to date before the timed runs.
 */
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { median } from "../timing";
import type { Measure } from "./measure";
import { ms, round } from "./measure";

const RUNS = 5;
const LAUNCHER = join("src", "cli", "jmp.cjs");
const SOURCES = join("src", "cli", "main.ts");

/** Wall-clock milliseconds of one `node args...` process. */
function timedNode(args: readonly string[]): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { encoding: "utf8" });
  if (run.status !== 0) throw new Error(`node ${args.join(" ")} failed: ${run.stderr}`);
  return performance.now() - start;
}

/** cliStartup: `jmp --help` from the bundle over the same from the sources through tsx. */
export const cliStartup: Measure = {
  title: "jmp --help startup",
  run() {
    timedNode([LAUNCHER, "--help"]);
    const bundled: number[] = [];
    const fromSources: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      bundled.push(timedNode([LAUNCHER, "--help"]));
      fromSources.push(timedNode(["--require", "tsx/cjs", SOURCES, "--help"]));
    }
    const ratio = median(bundled) / median(fromSources);
    return {
      lines: [
        { label: "jmp --help (bundle)", value: ms(median(bundled)), note: `the installed launcher; median of ${RUNS} processes` },
        { label: "jmp --help (tsx)", value: ms(median(fromSources)), note: "the sources compiled as they load, as the launcher ran them before" },
        { label: "cliStartupVsTsx", value: `${ratio.toFixed(2)}x`, note: "a fraction of the tsx start" },
      ],
      json: { cliStartupVsTsx: round(ratio, 2), cliHelpMs: round(median(bundled), 1), cliHelpTsxMs: round(median(fromSources), 1) },
    };
  },
};
