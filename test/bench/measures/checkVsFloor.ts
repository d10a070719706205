/**
 * What `jmp check` costs on a plan file against the least any reader of that file must do
 * (SPEC section 9): the synthetic plan at the benchmark size is written as a plan workbook (the
 * template's Excel tables, some 30 MB at the SPEC size), then, in this process,
 * - the floor: inflate the sheets and shared strings and pull every cell value out of the XML
 *   in one pass (`files/fileFloor.ts`), the median of a few runs;
 * - `jmp check`, end to end through the command as a user runs it (read the file, the safety
 *   checks, read the JMP tables, analyze, print the findings).
 * Both report time and peak memory; the goals are checkVsFloor <= 2 and checkPeakMB <= 1.5x
 * the floor's.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { checkCommand } from "../../../src/cli/commands/check";
import { xlsxFiles } from "../../../src/cli/xlsxFiles";
import { fileFloor } from "../files/fileFloor";
import { writePlanWorkbook } from "../files/planFile";
import { quietIo } from "./quietIo";
import type { BenchContext, Measure } from "./measure";
import { ms, round } from "./measure";
import { measurePeak } from "./peakMemory";
import type { Measured } from "./peakMemory";
import { median } from "../timing";

/** Floor runs (the median is reported, with the peak of the median run). */
const FLOOR_RUNS = 3;

/** The run whose time is nearest the median (its peak goes with it). */
export function medianRun<T>(runs: readonly Measured<T>[]): Measured<T> {
  const mid = median(runs.map((r) => r.ms));
  return runs.reduce((best, r) => (Math.abs(r.ms - mid) < Math.abs(best.ms - mid) ? r : best));
}

/** The benchmark plan written as a plan workbook in `folder`, and the file floor measured on it. */
export async function planFileWithFloor(context: BenchContext, folder: string): Promise<{ path: string; fileBytes: number; floor: Measured<unknown> }> {
  const path = join(folder, "plan.xlsx");
  await writePlanWorkbook(path, context.plan());
  const fileBytes = (await readFile(path)).byteLength;
  const floors: Measured<unknown>[] = [];
  for (let i = 0; i < FLOOR_RUNS; i++) floors.push(await measurePeak(async (sample) => fileFloor(await readFile(path), sample), context.gc));
  return { path, fileBytes, floor: medianRun(floors) };
}

/** A figure in megabytes. */
export const mb = (value: number): string => `${value.toFixed(0)} MB`;

/** What the floor line says. */
export const FLOOR_NOTE = `read the file, inflate the sheets, pull out every value; median of ${FLOOR_RUNS}`;

/** checkVsFloor: `jmp check` of a plan file over inflating and scanning its sheets. */
export const checkVsFloor: Measure = {
  title: "jmp check vs the file floor",
  async run(context) {
    const folder = await mkdtemp(join(tmpdir(), "jmp-bench-check-"));
    try {
      const { path, fileBytes, floor } = await planFileWithFloor(context, folder);
      const check = await measurePeak(() => checkCommand.run({ io: quietIo(), files: xlsxFiles() }, [path]), context.gc);
      const ratio = check.ms / floor.ms;
      const memoryRatio = check.peakMB / floor.peakMB;
      return {
        lines: [
          { label: "plan workbook", value: `${(fileBytes / 1024 / 1024).toFixed(1)} MB`, note: "the template's Excel tables holding the benchmark plan" },
          { label: "floor", value: ms(floor.ms), note: `${FLOOR_NOTE}; peak ${mb(floor.peakMB)}` },
          { label: "jmp check", value: ms(check.ms), note: `end to end in this process; peak ${mb(check.peakMB)}` },
          { label: "checkVsFloor", value: `${ratio.toFixed(2)}x`, note: "goal <= 2" },
          { label: "checkPeakMB", value: mb(check.peakMB), note: `${memoryRatio.toFixed(2)}x the floor's ${mb(floor.peakMB)}; goal <= 1.5x` },
        ],
        json: {
          checkVsFloor: round(ratio, 2),
          checkMs: round(check.ms, 1),
          fileFloorMs: round(floor.ms, 1),
          checkPeakMB: check.peakMB,
          fileFloorPeakMB: floor.peakMB,
          checkPeakVsFloor: round(memoryRatio, 2),
          planFileMB: round(fileBytes / 1024 / 1024, 1),
        },
      };
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  },
};
