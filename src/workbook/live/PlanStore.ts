/**
 * The live plan of the open workbook, shared by the `JMP.*` cells, the task pane and the ribbon
 * commands (`sharedPlan.ts` makes the one instance): one workbook read and one analysis per
 * change wave, whatever the number of cells and whoever else is listening. The analysis is cached under a data version that
 * `onTablesChanged` bumps; callers that arrive while a read is under way wait for that same read.
 * Subscribers (the streaming function cells) get each new analysis as soon as it is made, so a
 * typed edit, a paste or a co-author's change updates every cell without the user pressing
 * anything, and without Excel recalculating anything else.
 *
 * A read can fail for a passing reason (Excel busy, or the user in cell edit mode on a host that
 * does not honour `delayForCellEdit`). While subscribers are waiting, a failed read is tried
 * again with backoff, and cells that already show values keep them meanwhile: a failure is
 * shown only where there is nothing better to show, or once the retries are spent.
 */
import { analyzerKeepingWork } from "./analyzer";
import type { Analysis } from "../../engine";
import type { RawTable } from "../../model/rawTable";
import type { LiveWorkbook } from "../port";

/** What a subscriber receives: the analysis of the current data, or why it could not be made. */
export type PlanState = { readonly ok: true; readonly analysis: Analysis } | { readonly ok: false; readonly reason: string };

/** Receives every new plan state. */
export type PlanListener = (state: PlanState) => void;

/** Thrown by `PlanStore.analysis()` when the workbook could not be read. */
export class PlanReadError extends Error {
  constructor(readonly reason: string) {
    super(`The JMP plan could not be read: ${reason}`);
    this.name = "PlanReadError";
  }
}

/** One read of the workbook for one data version. */
interface Load {
  /** Sequence number of the load; a subscriber remembers the last one it was given. */
  readonly id: number;
  readonly version: number;
  readonly done: Promise<PlanState>;
  state?: PlanState;
}

interface Subscriber {
  readonly listener: PlanListener;
  lastLoad: number;
}

/** Turns raw tables into an analysis (the engine's `analyze`; tests count calls through it). */
export type Analyzer = (tables: readonly RawTable[]) => Analysis;

/** Tuning of a store. */
export interface PlanStoreOptions {
  /** Waits before each retry of a failed read, in milliseconds; after the last, the failure stays until the next change. */
  readonly retryDelaysMs?: readonly number[];
}

/** Backoff of retries: about a minute in all, long enough for a user to finish typing in a cell. */
export const RETRY_DELAYS_MS: readonly number[] = [250, 500, 1000, 2000, 4000, 8000, 15000, 30000];

/** The live plan of one workbook. */
export class PlanStore {
  private version = 0;
  private loads = 0;
  private current: Load | undefined;
  private readonly subscribers = new Set<Subscriber>();
  private watching: Promise<void> | undefined;
  private stopWatching: (() => void) | undefined;
  private stopped = false;
  /** The last successful load: what cells keep showing while a failed read is retried. */
  private lastGood: { readonly load: Load; readonly state: PlanState } | undefined;
  /** Failed reads in a row since the last success or change. */
  private failures = 0;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private readonly retryDelays: readonly number[];

  constructor(
    private readonly workbook: LiveWorkbook,
    private readonly analyzer: Analyzer = analyzerKeepingWork(),
    options: PlanStoreOptions = {},
  ) {
    this.retryDelays = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  }

  /**
   * Starts following edits to the JMP tables. Reads wait until the listener is in place, so no
   * change between a read and the subscription is missed. Rejects when the host refuses it.
   */
  start(): Promise<void> {
    this.watching ??= this.workbook.onTablesChanged(() => this.invalidate()).then((stop) => {
      if (this.stopped) stop();
      else this.stopWatching = stop;
    });
    return this.watching;
  }

  /** Stops following edits and drops every subscriber. */
  stop(): void {
    this.stopped = true;
    this.cancelRetry();
    this.stopWatching?.();
    this.stopWatching = undefined;
    this.subscribers.clear();
  }

  /** True once the store follows edits: a cached analysis is then current until a change arrives. */
  get isFollowing(): boolean {
    return this.stopWatching !== undefined;
  }

  /** The data version: bumped by every change notification. */
  get dataVersion(): number {
    return this.version;
  }

  /** Number of live subscriptions (function cells currently shown). */
  get subscriberCount(): number {
    return this.subscribers.size;
  }

  /** The analysis of the current data; concurrent callers share one read. */
  async analysis(): Promise<Analysis> {
    const state = await this.load().done;
    if (!state.ok) throw new PlanReadError(state.reason);
    return state.analysis;
  }

  /**
   * Calls `listener` with the current plan state (at once when it is known, else after the shared
   * read) and again after every change wave. Returns the function that ends the subscription.
   */
  subscribe(listener: PlanListener): () => void {
    const subscriber: Subscriber = { listener, lastLoad: -1 };
    this.subscribers.add(subscriber);
    if (this.retryTimer !== undefined) {
      // A retry is pending: show what the other cells show rather than read again now.
      const shown = this.lastGood ?? (this.current?.state ? { load: this.current, state: this.current.state } : undefined);
      if (shown) this.deliver(subscriber, shown.load, shown.state);
    } else {
      const load = this.load();
      if (load.state) this.deliver(subscriber, load, load.state);
    }
    return () => {
      this.subscribers.delete(subscriber);
    };
  }

  /**
   * The JMP tables changed: what was read is stale. With subscribers, one new read starts now and
   * every subscriber gets its result; without any, the next caller reads.
   */
  invalidate(): void {
    this.version += 1;
    this.failures = 0;
    this.cancelRetry();
    if (this.subscribers.size > 0) this.load();
  }

  /** The load of the current version: the one under way or done, or a new one. */
  private load(): Load {
    const current = this.current;
    // A failed read is not kept: the next caller tries again (the failure may have been passing).
    if (current && current.version === this.version && !(current.state && !current.state.ok)) return current;
    const id = this.loads++;
    const version = this.version;
    const load: Load = {
      id,
      version,
      done: this.read().then((state) => {
        load.state = state;
        this.settle(load, state);
        return state;
      }),
    };
    this.current = load;
    return load;
  }

  private async read(): Promise<PlanState> {
    // Without a change listener results cannot follow edits, but they can still be shown.
    await this.watching?.catch(() => undefined);
    try {
      return { ok: true, analysis: this.analyzer(await this.workbook.readTables()) };
    } catch (error) {
      return { ok: false, reason: error instanceof Error ? error.message : String(error) };
    }
  }

  /**
   * A load finished. Unless newer data is coming: a success goes to every subscriber; a failure
   * is retried after a wait while anyone is subscribed, and reaches the subscribers only when
   * there is no earlier value to keep or no retry is left.
   */
  private settle(load: Load, state: PlanState): void {
    if (load.version !== this.version || this.current !== load) return;
    if (state.ok) {
      this.failures = 0;
      this.lastGood = { load, state };
      this.publish(load, state);
      return;
    }
    const delay = this.retryDelays[this.failures];
    this.failures += 1;
    const retrying = delay !== undefined && this.subscribers.size > 0 && !this.stopped;
    if (!retrying || !this.lastGood) this.publish(load, state);
    if (!retrying) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      if (this.current === load && !this.stopped) this.load();
    }, delay);
  }

  private cancelRetry(): void {
    if (this.retryTimer !== undefined) clearTimeout(this.retryTimer);
    this.retryTimer = undefined;
  }

  /** Gives a finished load to every subscriber that has not had it. */
  private publish(load: Load, state: PlanState): void {
    for (const subscriber of [...this.subscribers]) this.deliver(subscriber, load, state);
  }

  private deliver(subscriber: Subscriber, load: Load, state: PlanState): void {
    if (subscriber.lastLoad === load.id || !this.subscribers.has(subscriber)) return;
    subscriber.lastLoad = load.id;
    try {
      subscriber.listener(state);
    } catch {
      // One cell's listener failing must not keep the new values from the other cells.
    }
  }
}
