/**
 * Memory of one full analysis at the benchmark size, read from V8's heap and from the memory of
 * typed arrays, which lives outside the heap (not the process RSS, which also holds the
 * generated plan and whatever earlier measurements left behind):
 * - peak: the most heap in use at any moment of the run above the collected heap before it.
 *   V8's GC profiler records the heap in use just before every collection during the run; the
 *   peak is the largest of those and of the heap at the end. It counts garbage not yet collected,
 *   which is memory the run really occupied. Typed arrays in use at the end are added.
 * - retained: what the Analysis keeps alive (the plan's columns, index, findings, figures),
 *   heap and typed arrays, measured after a full collection while the result is still referenced.
 */
import { GCProfiler } from "node:v8";
import { analyze } from "../../../src/engine";
import type { Measure } from "./measure";
import { round } from "./measure";

const MB = 1024 * 1024;

function usedBeforeEachGc(result: ReturnType<GCProfiler["stop"]>): number[] {
  return result.statistics.map((s) => {
    // The typings name the fields in snake_case; Node reports them in camelCase.
    const stats = s.beforeGC.heapStatistics as unknown as Record<string, number>;
    return stats.usedHeapSize ?? stats.used_heap_size ?? 0;
  });
}

/**
 * Collects garbage until the memory of typed arrays stops changing: V8 frees their memory on a
 * background thread after a collection, so one collection is not enough to see it gone.
 */
async function settle(gc: () => void): Promise<void> {
  let previous = -1;
  for (let round = 0; round < 10; round++) {
    gc();
    await new Promise((resolve) => setTimeout(resolve, 20));
    const buffers = process.memoryUsage().arrayBuffers;
    if (buffers === previous) return;
    previous = buffers;
  }
}

/** Peak and retained memory of one analysis. */
export const memory: Measure = {
  title: "Memory of one analysis",
  async run(context) {
    const gc = context.gc;
    if (!gc) {
      const reason = "the garbage collector could not be exposed (run node with --expose-gc)";
      return { lines: [{ label: "peak", value: "n/a", note: reason }], json: { memoryPeakMB: null, memoryRetainedMB: null } };
    }
    const tables = context.plan();
    await settle(gc);
    const base = process.memoryUsage();
    const profiler = new GCProfiler();
    profiler.start();
    const analysis = analyze(tables);
    const atEnd = process.memoryUsage();
    const collections = usedBeforeEachGc(profiler.stop());
    const buffersAtEnd = atEnd.arrayBuffers - base.arrayBuffers;
    const peak = Math.max(atEnd.heapUsed, ...collections) - base.heapUsed + buffersAtEnd;
    await settle(gc);
    const after = process.memoryUsage();
    const heapRetained = after.heapUsed - base.heapUsed;
    const buffersRetained = after.arrayBuffers - base.arrayBuffers;
    const retained = heapRetained + buffersRetained;
    const findings = analysis.findings.length;
    const rssHighWater = process.resourceUsage().maxRSS * 1024;
    const mb = (bytes: number): string => `${(bytes / MB).toFixed(0)} MB`;
    return {
      lines: [
        { label: "peak", value: mb(peak), note: `heap and typed arrays above those before the run; ${collections.length} collections during it` },
        { label: "retained", value: mb(retained), note: `the Analysis (${findings.toLocaleString("en-US")} findings) after a full collection: ${mb(heapRetained)} heap, ${mb(buffersRetained)} typed arrays` },
        { label: "process RSS high-water", value: mb(rssHighWater), note: "whole process so far, plan generation included" },
      ],
      json: {
        memoryPeakMB: round(peak / MB, 1),
        memoryRetainedMB: round(retained / MB, 1),
        heapRetainedMB: round(heapRetained / MB, 1),
        typedArraysRetainedMB: round(buffersRetained / MB, 1),
        rssHighWaterMB: round(rssHighWater / MB, 1),
      },
    };
  },
};
