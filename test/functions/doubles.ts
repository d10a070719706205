/**
 * Test doubles for the functions: a LiveWorkbook over raw tables that counts reads and lets a
 * test fire change notifications, a streaming invocation that records what Excel would show,
 * and an error factory that stands in for `CustomFunctions.Error`.
 */
import type { Analysis } from "../../src/engine";
import { analyze } from "../../src/engine";
import type { ErrorFactory } from "../../src/functions/errors";
import type { ResultStream } from "../../src/functions/liveFunctions";
import type { RawTable } from "../../src/model/rawTable";
import type { LiveWorkbook } from "../../src/workbook/port";

/** The error value tests see in place of `CustomFunctions.Error`. */
export interface CellError {
  readonly error: "#N/A" | "#VALUE!";
  readonly message: string;
}

/** Builds `CellError`s the way the Office factory builds `CustomFunctions.Error`s. */
export const cellError: ErrorFactory<CellError> = (kind, message) => ({ error: kind === "notAvailable" ? "#N/A" : "#VALUE!", message });

/** A `#N/A` with its message. */
export function na(message: string): CellError {
  return { error: "#N/A", message };
}

/** A LiveWorkbook over raw tables held in memory. */
export class MemoryWorkbook implements LiveWorkbook {
  reads = 0;
  /** When set, the next reads fail with this message. */
  failWith: string | undefined;
  /** When set, reads wait for `releaseRead()`. */
  holdReads = false;
  private readonly listeners = new Set<() => void>();
  private readonly held: (() => void)[] = [];

  constructor(public tables: RawTable[]) {}

  async readTables(): Promise<RawTable[]> {
    this.reads += 1;
    // The tables as they are when the read starts, like a host's snapshot.
    const snapshot = this.tables;
    if (this.holdReads) await new Promise<void>((resolve) => this.held.push(resolve));
    if (this.failWith !== undefined) throw new Error(this.failWith);
    return snapshot;
  }

  /** Lets every held read finish, the oldest first or the newest first. */
  releaseReads(order: "oldest first" | "newest first" = "oldest first"): void {
    const held = this.held.splice(0);
    if (order === "newest first") held.reverse();
    for (const release of held) release();
  }

  applyTemplate(): never {
    throw new Error("not used by the functions");
  }

  writeResults(): never {
    throw new Error("not used by the functions");
  }

  select(): never {
    throw new Error("not used by the functions");
  }

  async onTablesChanged(listener: () => void): Promise<() => void> {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Number of change listeners. */
  get listenerCount(): number {
    return this.listeners.size;
  }

  /** Replaces the tables and notifies, as one debounced change wave of the host does. */
  change(tables: RawTable[]): void {
    this.tables = tables;
    for (const listener of [...this.listeners]) listener();
  }
}

/** A streaming invocation recording every result Excel would show in the cell. */
export class RecordingInvocation<E = CellError> implements ResultStream<E> {
  readonly results: (number | E)[] = [];
  onCanceled?: () => void;

  setResult(value: number | E): void {
    this.results.push(value);
  }

  /** What the cell shows now. */
  get shown(): number | E | undefined {
    return this.results[this.results.length - 1];
  }

  /** Excel cancels the invocation (the cell is cleared or its formula replaced). */
  cancel(): void {
    this.onCanceled?.();
  }
}

/** An analyzer that counts its runs. */
export function countingAnalyzer(): { analyzer: (tables: readonly RawTable[]) => Analysis; readonly runs: number } {
  let runs = 0;
  return {
    analyzer: (tables) => {
      runs += 1;
      return analyze(tables);
    },
    get runs() {
      return runs;
    },
  };
}

/** Lets every pending promise callback and I/O callback run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise<void>((resolve) => setImmediate(resolve));
}

/** Waits `ms` on the real clock. */
export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Waits until `done()` holds, polling every `pollMs` (an adapter's debounce runs on real timers),
 * then `quietMs` longer, so that any extra read a wave wrongly caused would have happened before
 * the counts are checked.
 */
export async function until(done: () => boolean, pollMs: number, quietMs: number): Promise<void> {
  // No limit of its own: a busy machine may take far longer than an idle one, and the suite's
  // hang guard (test/setup/hangGuard.cjs) fails the test if the cells never come.
  while (!done()) await sleep(pollMs);
  await sleep(quietMs);
  await settle();
}
