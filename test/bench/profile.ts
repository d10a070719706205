/**
 * CPU profile of the engine's full analysis of the synthetic plan, for finding hot spots:
 *
 *   npx tsx test/bench/profile.ts [--quick] [--runs=N] [--out=FILE.cpuprofile]
 *
 * Only the analysis runs are profiled (plan generation and a warm-up run are not). Prints the
 * functions with the most self time and writes the profile for Chrome DevTools or VS Code.
 */
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import type { Profiler } from "node:inspector";
import { analyze } from "../../src/engine";
import { generatePlan, scaleSize, SPEC_SIZE } from "../helpers/generatePlan";

const TOP = 25;

/** Milliseconds of self time per function ("name file"), largest first. */
export function selfTimes(profile: Profiler.Profile): [string, number][] {
  const byNode = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, i) => byNode.set(id, (byNode.get(id) ?? 0) + (deltas[i] ?? 0)));
  const byFunction = new Map<string, number>();
  for (const node of profile.nodes) {
    const micros = byNode.get(node.id) ?? 0;
    if (micros === 0) continue;
    const file = node.callFrame.url.split("/").pop() ?? "";
    const name = `${node.callFrame.functionName || "(anonymous)"} ${file}`.trim();
    byFunction.set(name, (byFunction.get(name) ?? 0) + micros / 1000);
  }
  return [...byFunction.entries()].sort((a, b) => b[1] - a[1]);
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const runs = Number(args.find((a) => a.startsWith("--runs="))?.slice(7) ?? 3);
  const out = args.find((a) => a.startsWith("--out="))?.slice(6) ?? "jmp-engine.cpuprofile";
  const size = args.includes("--quick") ? scaleSize(SPEC_SIZE, 0.1) : SPEC_SIZE;
  const tables = generatePlan({ ...size, seed: 20_260_101 });
  analyze(tables);
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 200 });
  await session.post("Profiler.start");
  const started = performance.now();
  for (let i = 0; i < runs; i++) analyze(tables);
  const wall = performance.now() - started;
  const { profile } = await session.post("Profiler.stop");
  session.disconnect();
  writeFileSync(out, JSON.stringify(profile));
  const times = selfTimes(profile);
  const total = times.reduce((n, [, t]) => n + t, 0);
  process.stdout.write(`${runs} analyses, ${(wall / runs).toFixed(0)} ms each (profiled); profile written to ${out}\n`);
  for (const [name, t] of times.slice(0, TOP)) {
    process.stdout.write(`${(t / runs).toFixed(1).padStart(9)} ms/run ${((100 * t) / total).toFixed(1).padStart(5)} %  ${name}\n`);
  }
}

if (process.argv[1]?.endsWith("profile.ts")) main().catch((error: unknown) => {
  process.stderr.write(`profile: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
