/**
 * The error partner packs raise for a request that cannot be met: an unknown partner, a file
 * that is not a pack, a pack of another plan, a table that cannot grow. The message is one line;
 * the CLI prints it and exits 3, the task pane shows it. A file that is no pack says so alone:
 * how to make one is each host's to say (`jmp pack` in the CLI, Export pack in the pane).
 */

/** A refusal the hosts add their own advice to. */
export type PackErrorReason = "notPack";

/** A pack that cannot be made or merged, with a one-line reason. */
export class PackError extends Error {
  constructor(
    message: string,
    readonly reason?: PackErrorReason,
  ) {
    super(message.split(/\r?\n/, 1)[0]);
    this.name = "PackError";
  }
}

/** True when `error` says a file given as a pack is no pack at all. */
export function isNotAPack(error: unknown): boolean {
  return error instanceof PackError && error.reason === "notPack";
}
