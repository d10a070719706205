/**
 * Peak memory of one piece of work, in the same process: V8's GC profiler records the heap in
 * use and the external memory (file bytes, inflated buffers, typed arrays) just before every
 * collection during the work; the peak is the largest of those and of the figures at the end,
 * above those before the work. It counts garbage not yet collected, which is memory the work
 * really occupied.
 */
import { GCProfiler } from "node:v8";
import type { CollectGarbage } from "../gc";

const MB = 1024 * 1024;

/** The work's result, its time and its peak memory in MB. */
export interface Measured<T> {
  readonly result: T;
  readonly ms: number;
  readonly peakMB: number;
}

function inUse(stats: Record<string, number>): number {
  return (stats.usedHeapSize ?? 0) + (stats.externalMemory ?? 0);
}

/** Runs `work` once after a full collection, timing it and recording its peak memory. */
export async function measurePeak<T>(work: () => Promise<T> | T, gc: CollectGarbage | undefined): Promise<Measured<T>> {
  gc?.();
  const base = process.memoryUsage();
  const before = base.heapUsed + base.external;
  const profiler = new GCProfiler();
  profiler.start();
  const start = performance.now();
  const result = await work();
  const elapsed = performance.now() - start;
  const end = process.memoryUsage();
  // The typings name the fields in snake_case; Node reports them in camelCase.
  const samples = profiler.stop().statistics.map((s) => inUse(s.beforeGC.heapStatistics as unknown as Record<string, number>));
  const peak = Math.max(end.heapUsed + end.external, ...samples) - before;
  return { result, ms: elapsed, peakMB: Math.round((peak / MB) * 10) / 10 };
}
