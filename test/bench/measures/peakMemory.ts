/**
 * Peak memory of one piece of work, in the same process: V8's GC profiler records the heap in
 * use and the external memory (file bytes, inflated buffers, typed arrays) just before every
 * collection during the work; the peak is the largest of those and of the figures at the end,
 * above those before the work. It counts garbage not yet collected, which is memory the work
 * really occupied. Work that makes little garbage runs few collections, so it may also sample
 * the memory itself through the `sample` it is given (a microsecond a call).
 */
import { GCProfiler, getHeapStatistics } from "node:v8";
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

/** Records the heap in use and the external memory now, for the peak. */
export type SampleMemory = () => void;

/** Runs `work` once after a full collection, timing it and recording its peak memory. */
export async function measurePeak<T>(work: (sample: SampleMemory) => Promise<T> | T, gc: CollectGarbage | undefined): Promise<Measured<T>> {
  gc?.();
  const base = process.memoryUsage();
  const before = base.heapUsed + base.external;
  const profiler = new GCProfiler();
  const sampled: number[] = [];
  const sample: SampleMemory = () => {
    const stats = getHeapStatistics();
    sampled.push(stats.used_heap_size + stats.external_memory);
  };
  profiler.start();
  const start = performance.now();
  const result = await work(sample);
  const elapsed = performance.now() - start;
  const end = process.memoryUsage();
  // The typings name the fields in snake_case; Node reports them in camelCase.
  const samples = profiler.stop().statistics.map((s) => inUse(s.beforeGC.heapStatistics as unknown as Record<string, number>));
  const peak = Math.max(end.heapUsed + end.external, ...samples, ...sampled) - before;
  return { result, ms: elapsed, peakMB: Math.round((peak / MB) * 10) / 10 };
}
