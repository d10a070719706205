/**
 * Where the CLI writes. Commands never touch `process` directly: the composition root hands them
 * an `CliIo`, so tests run every command in-process and read what it printed.
 */

/** A text sink (stdout or stderr). */
export interface TextOut {
  write(text: string): void;
}

/** The streams a command writes to. */
export interface CliIo {
  readonly stdout: TextOut;
  readonly stderr: TextOut;
  /** True when stderr is a terminal: progress is shown only then. */
  readonly interactive: boolean;
}

/** The real process streams. */
export function processIo(): CliIo {
  return {
    stdout: { write: (text) => void process.stdout.write(text) },
    stderr: { write: (text) => void process.stderr.write(text) },
    interactive: Boolean(process.stderr.isTTY),
  };
}

/** Writes a line (adds the newline). */
export function println(out: TextOut, line = ""): void {
  out.write(`${line}\n`);
}
