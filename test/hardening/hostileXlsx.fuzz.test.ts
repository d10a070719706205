/**
 * Property-based fuzz of hostile .xlsx files through the real CLI (`jmp check`, in-process):
 * structurally valid workbooks with a hostile range placed where readers expand or check it,
 * written with every quoting, whitespace, character reference and prefix XML allows, parts under
 * odd names resolved through relationships, and local headers that rename a part (see
 * `hostileXlsxArbitraries.ts`). Every run must end within a heap bound with a documented
 * exit code and at most one line on stderr, never a stack trace; the guard must refuse exactly
 * the files its limits say (checked against an independent model of them) and nothing else.
 *
 * The run count and seed are fixed, so the suite is the same on every machine; a failure prints
 * the seed and the shrunk case.
 */
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import fc from "fast-check";
import { jmp, tempDir } from "../packs/packHelpers";
import { hostileWorkbook } from "./hostileParts";
import { hostileCase } from "./hostileXlsxArbitraries";

/**
 * Heap one run may leave grown: a guard against expansion, not a benchmark. No time is measured
 * (a test process's CPU time also counts its GC and helper threads); the suite's hang guard
 * catches a run that never ends.
 */
const HEAP_BOUND_BYTES = 200 * 1024 * 1024;
const EXIT_CODES = [0, 1, 2, 3];
const STACK = /\bat \S+ \(|\n\s+at |Cannot read|undefined \(reading|heap out of memory/;

const dir = tempDir();

test("every hostile workbook ends in bounds with a documented exit code and one line; the guard refuses exactly what its limits say", async () => {
  let file = 0;
  await fc.assert(
    fc.asyncProperty(hostileCase, async ({ edits, mustRefuse }) => {
      const path = join(dir, `case${file++}.xlsx`);
      await writeFile(path, await hostileWorkbook(edits));
      global.gc?.();
      const heapBefore = process.memoryUsage().heapUsed;
      const result = await jmp("check", path);
      expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(HEAP_BOUND_BYTES);
      expect(EXIT_CODES).toContain(result.code);
      expect(result.stderr).not.toMatch(STACK);
      if (result.code === 3) expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
      const guardRefused = /The file is refused/.test(result.stderr);
      expect({ guardRefused, stderr: result.stderr }).toEqual({ guardRefused: mustRefuse, stderr: result.stderr });
    }),
    { numRuns: 60, seed: 1919, endOnFailure: true },
  );
});
