/**
 * Wall-clock timing for the benchmark: warm-up runs first (so the JIT has compiled the hot
 * paths), then several timed runs in the same process, summarised by their median.
 */
import type { CollectGarbage } from "./gc";

/** Timings of one piece of work, in milliseconds. */
export interface Timing {
  readonly median: number;
  readonly min: number;
  readonly max: number;
  readonly runs: number;
}

/** How often to run the work. */
export interface TimingPlan {
  readonly warmups: number;
  readonly runs: number;
  /** Collects garbage before each timed run when given. */
  readonly gc?: CollectGarbage;
}

/** The median of numbers (the mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error("median of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Times `work`. Each result is handed to `keep` so the work cannot be optimised away, and so
 * the caller can check it.
 */
export function timeRuns<T>(work: () => T, plan: TimingPlan, keep: (result: T) => void = () => undefined): Timing {
  for (let i = 0; i < plan.warmups; i++) keep(work());
  const samples: number[] = [];
  for (let i = 0; i < plan.runs; i++) {
    plan.gc?.();
    const start = performance.now();
    const result = work();
    samples.push(performance.now() - start);
    keep(result);
  }
  return { median: median(samples), min: Math.min(...samples), max: Math.max(...samples), runs: samples.length };
}
