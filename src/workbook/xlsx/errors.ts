/**
 * The one error the xlsx adapter throws for a file it will not open. Every refusal carries a
 * reason code for programs and a one-line message for people (the CLI prints it as is and
 * exits 3; the task pane shows it in a message bar).
 */

/** Why a file was refused. */
export type UnreadableReason =
  /** Larger than the configured byte limit. */
  | "tooLarge"
  /** Not a zip archive at all (an .xls, a CSV, random bytes), or not a regular file (a device, a pipe). */
  | "notZip"
  /** A password-protected workbook (an encrypted OLE container, not a zip). */
  | "encrypted"
  /** The zip's directory is missing or points past the end: a cut-off download. */
  | "truncated"
  /** More zip entries than any real workbook has. */
  | "tooManyEntries"
  /** The entries would inflate to more than the configured limit. */
  | "tooLargeUncompressed"
  /** An entry's compression ratio is typical of a zip bomb. */
  | "zipBomb"
  /** A zip, but not an Excel workbook (no workbook part). */
  | "notWorkbook"
  /** Ranges (merged cells, validations, names) that would make the reader expand millions of cells. */
  | "tooManyCells"
  /** The zip or its XML is damaged in some other way. */
  | "corrupt";

/** A workbook file that is refused or cannot be parsed. The message is one line. */
export class UnreadableWorkbookError extends Error {
  constructor(
    message: string,
    readonly reason: UnreadableReason,
  ) {
    super(message.split(/\r?\n/, 1)[0]);
    this.name = "UnreadableWorkbookError";
  }
}

/** A byte count for messages: "512 bytes", "3.4 MB", "1.2 GB". */
export function describeBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ["KB", "MB", "GB", "TB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value >= 100 ? Math.round(value) : Number(value.toFixed(1))} ${units[unit]}`;
}

/**
 * The workbook loader's failure as one line: what failed and what to do, then the loader's own
 * words (the first line of its message) for whoever reports it.
 */
export function readerFailure(error: unknown): UnreadableWorkbookError {
  const reason = (error instanceof Error ? error.message : String(error)).split("\n")[0];
  return new UnreadableWorkbookError(`The file could not be read as an Excel workbook; open it in Excel and save it again (the workbook loader said: ${reason})`, "corrupt");
}
