/**
 * What `jmp apply` costs on a plan file against the least any reader of that file must do
 * (issue 22): the synthetic plan at the benchmark size written as a plan workbook, then, in this
 * process, the file floor (inflate the sheets, pull every value out; `files/fileFloor.ts`) and
 * `jmp apply` end to end (read, the template's check, the analysis, the Dashboard and Issues,
 * the spliced save). The goal is applyVsFloor <= 3.
 */
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { applyCommand } from "../../../src/cli/commands/apply";
import { xlsxFiles } from "../../../src/cli/xlsxFiles";
import { FLOOR_NOTE, mb, planFileWithFloor } from "./checkVsFloor";
import { quietIo } from "./quietIo";
import type { Measure } from "./measure";
import { ms, round } from "./measure";
import { measurePeak } from "./peakMemory";

/** applyVsFloor: `jmp apply` of a plan file over inflating and scanning its sheets. */
export const applyVsFloor: Measure = {
  title: "jmp apply vs the file floor",
  async run(context) {
    const folder = await mkdtemp(join(tmpdir(), "jmp-bench-apply-"));
    try {
      const { path, fileBytes, floor } = await planFileWithFloor(context, folder);
      const applied = await measurePeak(() => applyCommand.run({ io: quietIo(), files: xlsxFiles() }, [path]), context.gc);
      const ratio = applied.ms / floor.ms;
      const savedBytes = (await readFile(path)).byteLength;
      return {
        lines: [
          { label: "plan workbook", value: `${(fileBytes / 1024 / 1024).toFixed(1)} MB`, note: `saved by apply: ${(savedBytes / 1024 / 1024).toFixed(1)} MB` },
          { label: "floor", value: ms(floor.ms), note: `${FLOOR_NOTE}; peak ${mb(floor.peakMB)}` },
          { label: "jmp apply", value: ms(applied.ms), note: `end to end in this process; peak ${mb(applied.peakMB)}` },
          { label: "applyVsFloor", value: `${ratio.toFixed(2)}x`, note: "goal <= 3" },
        ],
        json: { applyVsFloor: round(ratio, 2), applyMs: round(applied.ms, 1), applyFloorMs: round(floor.ms, 1), applyPeakMB: applied.peakMB },
      };
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  },
};
