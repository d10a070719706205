/**
 * Memory of one full analysis at the benchmark size, read from V8's heap (not the process RSS,
 * which also holds the generated plan and whatever earlier measurements left behind):
 * - peak: the most heap in use at any moment of the run above the collected heap before it.
 *   V8's GC profiler records the heap in use just before every collection during the run; the
 *   peak is the largest of those and of the heap at the end. It counts garbage not yet collected,
 *   which is memory the run really occupied.
 * - retained: what the Analysis keeps alive (the typed plan, index, findings, figures), measured
 *   after a full collection while the result is still referenced.
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

/** Peak and retained heap of one analysis. */
export const memory: Measure = {
  title: "Memory of one analysis",
  run(context) {
    const gc = context.gc;
    if (!gc) {
      const reason = "the garbage collector could not be exposed (run node with --expose-gc)";
      return { lines: [{ label: "heap peak", value: "n/a", note: reason }], json: { heapPeakMB: null, heapRetainedMB: null } };
    }
    const tables = context.plan();
    gc();
    const base = process.memoryUsage().heapUsed;
    const profiler = new GCProfiler();
    profiler.start();
    const analysis = analyze(tables);
    const atEnd = process.memoryUsage().heapUsed;
    const collections = usedBeforeEachGc(profiler.stop());
    const peak = Math.max(atEnd, ...collections) - base;
    gc();
    const retained = process.memoryUsage().heapUsed - base;
    const findings = analysis.findings.length;
    const rssHighWater = process.resourceUsage().maxRSS * 1024;
    return {
      lines: [
        { label: "heap peak", value: `${(peak / MB).toFixed(0)} MB`, note: `above the heap before the run; ${collections.length} collections during it` },
        { label: "heap retained", value: `${(retained / MB).toFixed(0)} MB`, note: `the Analysis (${findings.toLocaleString("en-US")} findings) after a full collection` },
        { label: "process RSS high-water", value: `${(rssHighWater / MB).toFixed(0)} MB`, note: "whole process so far, plan generation included" },
      ],
      json: { heapPeakMB: round(peak / MB, 1), heapRetainedMB: round(retained / MB, 1), rssHighWaterMB: round(rssHighWater / MB, 1) },
    };
  },
};
