/**
 * The temporary file a save is writing, told to the launcher (budget.ts): a run stopped by its
 * time or memory budget while it saved is terminated where it stands, and the launcher then
 * removes the half-written copy instead of leaving it beside the user's plan.
 */
import { parentPort } from "node:worker_threads";

/** The message that names the temporary file being written (none: the save is over). */
export interface TemporaryFileMessage {
  readonly kind: "jmp:temporary-file";
  readonly path: string | undefined;
}

/** Tells the launcher that `path` is being written (undefined: nothing is any more). Outside a worker, does nothing. */
export function announceTemporaryFile(path: string | undefined): void {
  const message: TemporaryFileMessage = { kind: "jmp:temporary-file", path };
  parentPort?.postMessage(message);
}

/** True for a message of `announceTemporaryFile`. */
export function isTemporaryFileMessage(message: unknown): message is TemporaryFileMessage {
  return typeof message === "object" && message !== null && (message as { kind?: unknown }).kind === "jmp:temporary-file";
}
