/**
 * Time bounds that hold on a loaded machine: the CPU time this process spent (all its threads,
 * zlib's included), not the wall clock, which another process on the same cores can stretch.
 */

/** Milliseconds of CPU this process has used so far. */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/** Runs `work` and returns its result with the CPU milliseconds it took. */
export async function timedCpu<T>(work: () => Promise<T>): Promise<{ readonly value: T; readonly ms: number }> {
  const started = cpuMs();
  const value = await work();
  return { value, ms: cpuMs() - started };
}
