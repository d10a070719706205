/**
 * Progress on stderr, only when stderr is a terminal: pipes and log files stay clean.
 */
import type { ProgressListener } from "../workbook/port";
import type { CliIo } from "./io";

/** A progress line that rewrites itself, and a way to clear it. */
export interface Progress {
  /** Listener to hand the port, or undefined when progress is not shown. */
  readonly listener: ProgressListener | undefined;
  /** Shows a short status (e.g. "Saving"); no-op when not interactive. */
  status(text: string): void;
  /** Clears the progress line. */
  done(): void;
}

/** Progress for `label` ("Reading plan.xlsx"); silent unless `io.interactive`. */
export function progress(io: CliIo, label: string): Progress {
  if (!io.interactive) return { listener: undefined, status: () => undefined, done: () => undefined };
  let shown = false;
  let lastPercent = -1;
  const show = (text: string): void => {
    io.stderr.write(`\r\u001b[2K${text}`);
    shown = true;
  };
  return {
    listener: (doneUnits, total) => {
      const percent = total > 0 ? Math.floor((doneUnits / total) * 100) : 0;
      // Redraw only when the percentage moves: a read can report every row.
      if (percent === lastPercent) return;
      lastPercent = percent;
      show(`${label}… ${percent}%`);
    },
    status: (text) => show(`${text}…`),
    done: () => {
      if (shown) io.stderr.write("\r\u001b[2K");
      shown = false;
    },
  };
}
