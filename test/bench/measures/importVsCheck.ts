/**
 * What a user waits for when bringing a tracker in, against what they wait for checking the
 * plan it makes: `jmp import` of a 50,000-row tracker (open it, find the header and columns,
 * build the linked rows, write the plan with its Dashboard and Issues, save it) over `jmp check`
 * of the plan written (open, read, analyze). Both run end to end through the CLI in this
 * process, as a user runs them; the goal (SPEC section 9) is at most 1.5x.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Command } from "../../../src/cli/command";
import { checkCommand } from "../../../src/cli/commands/check";
import { importCommand } from "../../../src/cli/commands/import";
import { xlsxFiles } from "../../../src/cli/xlsxFiles";
import { writeTracker } from "../synthetic/tracker";
import type { Measure } from "./measure";
import { quietIo } from "./quietIo";
import { ms, round } from "./measure";

/** Rows of the tracker (SPEC section 9), in both modes. */
export const TRACKER_ROWS = 50_000;
const TRACKER_PARTNERS = 2_000;

/**
 * Runs a command as `jmp` does, without the composition root: the bench is one bundled script,
 * in which `main.ts` would take itself for the program being run.
 */
async function timedRun(command: Command, argv: string[]): Promise<{ ms: number; code: number }> {
  const io = quietIo();
  const start = performance.now();
  const code = await command.run({ io, files: xlsxFiles() }, argv);
  return { ms: performance.now() - start, code };
}

/** importVsCheck: importing a 50,000-row tracker over checking the plan it makes. */
export const importVsCheck: Measure = {
  title: "tracker import vs check",
  async run(context) {
    const folder = await mkdtemp(join(tmpdir(), "jmp-bench-import-"));
    try {
      const tracker = join(folder, "tracker.xlsx");
      const plan = join(folder, "plan.xlsx");
      await writeTracker(tracker, TRACKER_ROWS, TRACKER_PARTNERS, context.settings.seed);
      context.gc?.();
      const imported = await timedRun(importCommand, [tracker, "-o", plan]);
      context.gc?.();
      const checked = await timedRun(checkCommand, [plan]);
      const ratio = imported.ms / checked.ms;
      return {
        lines: [
          { label: "jmp import", value: ms(imported.ms), note: `${TRACKER_ROWS.toLocaleString("en-US")}-row tracker of ${TRACKER_PARTNERS.toLocaleString("en-US")} partners to a new plan, end to end` },
          { label: "jmp check", value: ms(checked.ms), note: "the plan the import wrote, end to end" },
          { label: "importVsCheck", value: `${ratio.toFixed(2)}x`, note: "goal <= 1.5" },
        ],
        json: { importVsCheck: round(ratio, 2), importMs: round(imported.ms, 1), checkImportedMs: round(checked.ms, 1) },
      };
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  },
};
