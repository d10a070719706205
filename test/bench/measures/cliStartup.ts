/**
 * How soon the installed `jmp` answers: `jmp --help` through the launcher (`src/cli/jmp.cjs`,
 * which runs the CLI's bundle) against the same command run from the TypeScript sources through
 * tsx (what the launcher does when no bundle can be built, and how it ran before the bundle),
 * each a fresh Node process, interleaved, medians of a few runs. The launcher's bundle is brought
 * up to date before the timed runs.
 */
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";
import { median } from "../timing";
import type { Measure } from "./measure";
import { ms, round } from "./measure";

const RUNS = 5;
const LAUNCHER = join("src", "cli", "jmp.cjs");
const WORKER = resolve("src", "cli", "worker.cjs");
/**
 * The launcher's path without a bundle: the supervisor from the sources through tsx, running the
 * command in a worker that registers tsx again (main.ts on its own only loads the modules).
 */
const FROM_SOURCES = `require("tsx/cjs"); require("./src/cli/main.ts").superviseCli(${JSON.stringify(WORKER)}, { bundle: undefined, argv: ["--help"] });`;

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
      fromSources.push(timedNode(["-e", FROM_SOURCES]));
    }
    const ratio = median(bundled) / median(fromSources);
    return {
      lines: [
        { label: "jmp --help (bundle)", value: ms(median(bundled)), note: `the installed launcher; median of ${RUNS} processes` },
        { label: "jmp --help (tsx)", value: ms(median(fromSources)), note: "the launcher without a bundle: the sources through tsx, in its worker too" },
        { label: "cliStartupVsTsx", value: `${ratio.toFixed(2)}x`, note: "a fraction of the tsx start" },
      ],
      json: { cliStartupVsTsx: round(ratio, 2), cliHelpMs: round(median(bundled), 1), cliHelpTsxMs: round(median(fromSources), 1) },
    };
  },
};
