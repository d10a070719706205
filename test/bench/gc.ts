/**
 * Access to V8's garbage collector for measurements. `node --expose-gc` provides `global.gc`;
 * without the flag it is switched on at run time, which V8 allows before the function is first
 * looked up. Collecting before each timed run keeps one run's garbage off the next run's clock.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

/** Runs a full garbage collection. */
export type CollectGarbage = () => void;

/** The collector, or undefined when this runtime refuses to expose it. */
export function exposeGc(): CollectGarbage | undefined {
  const existing = (globalThis as { gc?: unknown }).gc;
  if (typeof existing === "function") return existing as CollectGarbage;
  try {
    setFlagsFromString("--expose-gc");
    const gc: unknown = runInNewContext("gc");
    return typeof gc === "function" ? (gc as CollectGarbage) : undefined;
  } catch {
    return undefined;
  }
}
