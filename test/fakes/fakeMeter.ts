/**
 * Round trips and payload sizes of the Excel fake. Each `context.sync()` is one request (the
 * actions and object paths Office.js sends, with the values they write: `fakeRequest.ts`) and
 * one response (the properties loaded). Sizes are JSON bytes, the way Office.js ships them;
 * Excel on the web refuses either over 5 MB.
 */

/** What one sync carried. */
export interface SyncRecord {
  readonly requestBytes: number;
  readonly responseBytes: number;
  /** What the batch suspended until it ended: calculation, screen updating. */
  readonly suspended: { readonly calculation: boolean; readonly screen: boolean };
  /** The error code when the host refused the batch. */
  readonly refused?: string;
}

/** Limits the fake enforces like Excel on the web. */
export interface FakeLimits {
  /** Largest request accepted (default 5 MB). */
  readonly requestBytes: number;
  /** Largest response returned (default 5 MB). */
  readonly responseBytes: number;
  /** Most cells one range operation may touch (default 5,000,000). */
  readonly rangeCells: number;
}

/** Excel on the web's limits. */
export const EXCEL_WEB_LIMITS: FakeLimits = { requestBytes: 5 * 1024 * 1024, responseBytes: 5 * 1024 * 1024, rangeCells: 5_000_000 };

/** Counters over every sync since the last reset. */
export class FakeMeter {
  readonly log: SyncRecord[] = [];

  constructor(readonly limits: FakeLimits = EXCEL_WEB_LIMITS) {}

  /** Syncs made, refused ones included (each is a round trip). */
  get syncs(): number {
    return this.log.length;
  }

  /** Syncs the host refused (for size, or while the user edited a cell). */
  get refused(): number {
    return this.log.filter((r) => r.refused !== undefined).length;
  }

  /** Syncs that suspended screen updating (each one is a freeze and a repaint). */
  get screenSuspensions(): number {
    return this.log.filter((r) => r.suspended.screen).length;
  }

  /** Largest request the host accepted. */
  get maxRequestBytes(): number {
    return Math.max(0, ...this.accepted().map((r) => r.requestBytes));
  }

  /** Largest response the host returned. */
  get maxResponseBytes(): number {
    return Math.max(0, ...this.accepted().map((r) => r.responseBytes));
  }

  /** Bytes sent and received in all accepted syncs. */
  get totalBytes(): number {
    return this.accepted().reduce((n, r) => n + r.requestBytes + r.responseBytes, 0);
  }

  record(entry: SyncRecord): void {
    this.log.push(entry);
  }

  reset(): void {
    this.log.length = 0;
  }

  private accepted(): SyncRecord[] {
    return this.log.filter((r) => r.refused === undefined);
  }
}

/** Bytes of a value in JSON. */
export function jsonBytes(value: unknown): number {
  if (value === undefined) return 4;
  return JSON.stringify(value)?.length ?? 4;
}
