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

/**
 * Times two pieces of work in alternation — a, b, a, b... — so that a change in the machine's
 * load during the measurement weighs on both alike. No collection is forced between runs: each
 * run pays for the garbage the previous one left, the steady state of repeated recalculation.
 * (A forced full collection shrinks the young generation, and the next run then spends its
 * time growing it back, which measures the collector more than the work.)
 */
export function timeAlternating<A, B>(
  a: () => A,
  b: () => B,
  plan: { readonly warmups: number; readonly runs: number },
  keep: { readonly a: (result: A) => void; readonly b: (result: B) => void },
): { readonly a: Timing; readonly b: Timing } {
  for (let i = 0; i < plan.warmups; i++) {
    keep.a(a());
    keep.b(b());
  }
  const samplesA: number[] = [];
  const samplesB: number[] = [];
  const time = <T>(work: () => T, samples: number[], use: (result: T) => void): void => {
    const start = performance.now();
    const result = work();
    samples.push(performance.now() - start);
    use(result);
  };
  for (let i = 0; i < plan.runs; i++) {
    time(a, samplesA, keep.a);
    time(b, samplesB, keep.b);
  }
  const summary = (samples: number[]): Timing => ({ median: median(samples), min: Math.min(...samples), max: Math.max(...samples), runs: samples.length });
  return { a: summary(samplesA), b: summary(samplesB) };
}
