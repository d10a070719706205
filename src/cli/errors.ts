/**
 * Exit codes and the errors the CLI maps to them. Every failure ends as one line on stderr and
 * an exit code (STYLE: errors are mapped only at the boundary, never shown as a stack trace).
 */

/** The exit codes of `jmp`, as `jmp --help` documents them. */
export const EXIT = {
  /** Done; for `check`, no findings. */
  ok: 0,
  /** `check`: warnings but no errors; `import` and `apply`: done, with things to look at listed. */
  warnings: 1,
  /** `check` only: at least one error in the plan. */
  errors: 2,
  /** The command could not run: unreadable file, bad arguments, unknown ID, unwritable output. */
  failed: 3,
} as const;

/** A failure with a message meant for the user, ending the command with `EXIT.failed`. */
export class CliError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CliError";
  }
}

/** Wrong command-line usage: the message is followed by a pointer to `jmp --help`. */
export class UsageError extends CliError {
  constructor(message: string) {
    super(message);
    this.name = "UsageError";
  }
}

/** Node's file-system error codes in words. */
const FS_REASONS: Readonly<Record<string, string>> = {
  ENOENT: "no such file or directory",
  EACCES: "permission denied",
  EPERM: "operation not permitted",
  EISDIR: "is a directory",
  ENOTDIR: "a part of the path is not a directory",
  EEXIST: "already exists",
  ENOSPC: "no space left on the device",
  EROFS: "read-only file system",
};

/** The parts of a thrown value the CLI reads; Node's own errors may come from another realm. */
interface ErrorLike {
  readonly name?: unknown;
  readonly message?: unknown;
  readonly code?: unknown;
  readonly path?: unknown;
}

/** The message of an error, or the text of any other thrown value. */
export function errorMessage(error: unknown): string {
  // Duck-typed on purpose: `instanceof Error` fails for errors made in another realm (a VM
  // context, a test runner), and Node's parse and file errors are such errors there.
  if (typeof error === "object" && error !== null && typeof (error as ErrorLike).message === "string") return (error as ErrorLike).message as string;
  return String(error);
}

/** The reason of a file-system error in words, without its path; undefined for other errors. */
export function fileSystemReason(error: unknown): string | undefined {
  const code = typeof error === "object" && error !== null ? (error as ErrorLike).code : undefined;
  return typeof code === "string" ? FS_REASONS[code] : undefined;
}

/** One line describing any thrown value, without a stack trace. */
export function describeError(error: unknown): string {
  const e = (typeof error === "object" && error !== null ? error : {}) as ErrorLike;
  const reason = fileSystemReason(error);
  if (reason) return typeof e.path === "string" ? `${e.path}: ${reason}` : reason;
  return firstLine(errorMessage(error)) || (typeof e.name === "string" ? e.name : "unknown error");
}

function firstLine(text: string): string {
  return text.split(/\r?\n/, 1)[0].trim();
}
