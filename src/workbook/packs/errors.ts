/**
 * The error partner packs raise for a request that cannot be met: an unknown partner, a file
 * that is not a pack, a pack of another plan, a table that cannot grow. The message is one line;
 * the CLI prints it and exits 3, the task pane shows it.
 */

/** A pack that cannot be made or merged, with a one-line reason. */
export class PackError extends Error {
  constructor(message: string) {
    super(message.split(/\r?\n/, 1)[0]);
    this.name = "PackError";
  }
}
