/**
 * The error both adapters throw when rows cannot be appended to a JMP table. The message is one
 * line for people (the task pane shows it in a message bar); the reason is for programs.
 */

/** Why rows were not appended. */
export type AppendRowsReason =
  /** The workbook has no such JMP table: apply the template first. */
  | "noTable"
  /** A row names a column the table does not have. */
  | "unknownColumns"
  /** The cells below the table are not free (only a file can refuse this; Excel moves them). */
  | "blocked";

/** Rows that could not be appended; nothing was written. */
export class AppendRowsError extends Error {
  constructor(
    message: string,
    readonly reason: AppendRowsReason,
  ) {
    super(message);
    this.name = "AppendRowsError";
  }
}
