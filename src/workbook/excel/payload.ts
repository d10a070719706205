/**
 * Office.js payload limits and how the adapter stays under them. Excel on the web refuses a
 * request or response over 5 MB and a range operation over 5 million cells; the adapter aims
 * below 4 MB per sync and 1 million cells per read, estimating sizes before it asks and
 * measuring what comes back.
 */
import type { XlContext } from "./xlTypes";

/** Limits the adapter keeps to; tests lower them to exercise the splitting. */
export interface PayloadLimits {
  /** Most bytes one sync may carry each way, estimated before the sync (default 3.6 MB). */
  readonly budgetBytes: number;
  /** Most cells one sync may read (default 1,000,000; Excel fails past 5 million). */
  readonly maxCellsPerSync: number;
  /** Bytes a cell is assumed to take before any was measured (default 24). */
  readonly initialBytesPerCell: number;
}

/** The limits used unless told otherwise: 10 % below 4 MB leaves room for envelopes. */
export const DEFAULT_LIMITS: PayloadLimits = { budgetBytes: 3_600_000, maxCellsPerSync: 1_000_000, initialBytesPerCell: 24 };

/** Error codes Office.js reports when a request or response is too large. */
const PAYLOAD_ERRORS = new Set(["RequestPayloadSizeLimitExceeded", "ResponsePayloadSizeLimitExceeded"]);

/** True when `error` is Office.js refusing a payload as too large. */
export function isPayloadTooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && PAYLOAD_ERRORS.has(code);
}

/** The backslashes JSON adds to a text: one per quote and per backslash in it. */
function escapes(text: string): number {
  if (!text.includes('"') && !text.includes("\\")) return 0;
  let count = 0;
  for (const ch of text) if (ch === '"' || ch === "\\") count++;
  return count;
}

/** Bytes a value takes in the JSON of a request or response (a close, cheap estimate). */
export function cellBytes(value: unknown): number {
  switch (typeof value) {
    case "string":
      // Quotes and a comma; non-ASCII text takes up to three bytes a character in UTF-8; a quote
      // or backslash inside is escaped (money formats hold four quotes: "$"#,##0.00;-"$"#,##0.00).
      return value.length * (/^[\x20-\x7e]*$/.test(value) ? 1 : 3) + 3 + escapes(value);
    case "number":
      return String(value).length + 1;
    case "boolean":
      return 6;
    default:
      return 5;
  }
}

/**
 * Bytes one Office.js call adds to a request besides the values it carries. Office.js sends a
 * sync as `{"Actions":[...],"ObjectPaths":{...}}`: every proxy a call returns (`getRange`,
 * `getRangeByIndexes`, `getItem`, `format`, `font`, ...) adds an object path naming the method
 * and its arguments plus an Instantiate action, and every property write or method adds an
 * action naming its target (about 100 to 190 bytes each with six-digit ids). Counting every
 * call at 200 bytes keeps the estimate above what is sent, so 20,000 single-cell writes (two
 * calls each) are split across syncs instead of making one 5 MB request Excel on the web refuses.
 */
export const CALL_BYTES = 200;

/** Bytes of a 2D array of values as JSON. */
export function gridBytes(rows: readonly (readonly unknown[])[]): number {
  let total = 2;
  for (const row of rows) {
    total += 3;
    for (const value of row) total += cellBytes(value);
  }
  return total;
}

/**
 * Queues the writes of one operation and syncs whenever the next one would push the pending
 * request past the budget, so a long write becomes a few syncs each under the limit. Each sync
 * that carries writes suspends calculation, as Excel's performance guidance advises (the
 * caller recalculates in a later sync); screen updating is suspended once per operation, in
 * its first sync, because suspending it again for every chunk makes the window flicker
 * (Microsoft's note on `suspendScreenUpdatingUntilNextSync`).
 */
export class WriteBatch {
  private pending = 0;
  private armed = false;
  private screenSuspended = false;
  private syncsDone = 0;

  constructor(
    private readonly context: XlContext,
    /** Most bytes of writes one sync carries. */
    readonly budgetBytes: number,
  ) {}

  /**
   * Makes room for `calls` Office.js calls carrying `valueBytes` of values (`gridBytes`),
   * syncing first when they would not fit in the pending request.
   */
  async reserve(calls: number, valueBytes = 0): Promise<void> {
    const bytes = calls * CALL_BYTES + valueBytes;
    if (this.pending > 0 && this.pending + bytes > this.budgetBytes) await this.flush();
    if (!this.armed) {
      this.context.application.suspendApiCalculationUntilNextSync();
      if (!this.screenSuspended) this.context.application.suspendScreenUpdatingUntilNextSync();
      this.screenSuspended = true;
      this.armed = true;
    }
    this.pending += bytes;
  }

  /** Bytes of values one chunk of a long write may carry: half the budget leaves room for the rest. */
  get chunkBytes(): number {
    return this.budgetBytes / 2;
  }

  /** Sends what is queued. */
  async flush(): Promise<void> {
    await this.context.sync();
    this.syncsDone++;
    this.pending = 0;
    this.armed = false;
  }

  /** Number of syncs this batch has made. */
  get syncs(): number {
    return this.syncsDone;
  }
}
