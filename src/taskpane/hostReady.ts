/**
 * Decides where the pane runs without ever hanging: Office reports Excel (the add-in), some other
 * host or none (the page in a plain browser), or office.js does not answer in time (it failed
 * to load, or the page is not in Office), in which case the pane starts in browser mode. Should
 * Excel answer after all (a slow start), the caller hears of it and can switch.
 */

/** The part of `Office` the decision needs (structural, so tests pass stand-ins). */
export interface OfficeReady {
  onReady(): Promise<{ readonly host: unknown }>;
  readonly HostType: { readonly Excel: unknown };
}

/** How long to wait for office.js before starting in browser mode. */
export const OFFICE_READY_TIMEOUT_MS = 1500;

/** Options of `detectHost`. */
export interface DetectOptions {
  readonly timeoutMs?: number;
  /** Called when Office reports Excel after the wait ended in browser mode. */
  readonly onLateExcel?: () => void;
}

/** "excel" when Office reports Excel within the time limit; "browser" otherwise. */
export async function detectHost(office: OfficeReady | undefined, options: DetectOptions = {}): Promise<"excel" | "browser"> {
  if (!office || typeof office.onReady !== "function") return "browser";
  const isExcel = (info: { readonly host: unknown } | undefined): boolean => info !== undefined && info.host === office.HostType.Excel;
  let timedOut = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<"timeout">((resolve) => {
    timer = setTimeout(() => resolve("timeout"), options.timeoutMs ?? OFFICE_READY_TIMEOUT_MS);
  });
  const ready = Promise.resolve()
    .then(() => office.onReady())
    .catch(() => undefined)
    .then((info) => {
      if (timedOut && isExcel(info)) options.onLateExcel?.();
      return info;
    });
  const first = await Promise.race([ready, timeout]);
  clearTimeout(timer);
  if (first === "timeout") {
    timedOut = true;
    return "browser";
  }
  return isExcel(first) ? "excel" : "browser";
}
