/**
 * The budget every `jmp` run works within. The launcher runs the command in a worker thread
 * whose heap V8 caps, and stops it when it overruns its time; running out of either then ends
 * as one line on stderr and exit 3, like every other failure. Why a worker: V8 cannot hand an
 * out-of-memory death of the main thread to JavaScript (the process prints its fatal-error report
 * and a native stack trace, then aborts), but a worker that reaches its limit is terminated and
 * reported to the thread that started it (ERR_WORKER_OUT_OF_MEMORY), which stays well.
 *
 * The zip guard refuses every hostile file it knows by its structure long before this; the
 * budget is the floor under everything else, so no input can end in a stack trace or run
 * without end. The budgets come from the environment (`JMP_MEMORY_LIMIT_MB`, `JMP_TIME_LIMIT_S`).
 *
 * The worker's stdout and stderr come through this thread, so writing them to the real streams,
 * and telling when that fails (a full disk, a closed pipe), is done here; so is removing the
 * temporary copy of a save the stop cut short (`temporaryFile.ts`).
 */
import { unlink } from "node:fs/promises";
import { totalmem } from "node:os";
import { Worker } from "node:worker_threads";
import { describeError, EXIT } from "./errors";
import { println } from "./io";
import { isTemporaryFileMessage } from "./temporaryFile";

/** How much a run may use. */
export interface Budget {
  /** Heap of the command's thread, in MB. */
  readonly memoryMb: number;
  /** Time from start to end, in seconds. */
  readonly timeSeconds: number;
}

/** The environment variables that set the budget. */
export const BUDGET_ENV = { memory: "JMP_MEMORY_LIMIT_MB", time: "JMP_TIME_LIMIT_S" } as const;

const MB = 1024 * 1024;
/** V8's own default heap on a 64-bit machine with plenty of memory; less where the machine has less. */
const DEFAULT_MEMORY_MB = 4096;
/** Ten minutes: a 100 MB workbook, the largest accepted, reads in a few minutes on a slow machine. */
const DEFAULT_TIME_SECONDS = 600;

/** What the data given to the worker holds. */
export interface WorkerInput {
  readonly argv: readonly string[];
  /** The CLI bundle the launcher runs, which the worker runs too; absent: the sources through tsx. */
  readonly bundle?: string;
  /** True when the real stderr is a terminal (the worker's own streams never are). */
  readonly interactive: boolean;
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text.trim() === "") return fallback;
  const value = Number(text);
  if (!(Number.isFinite(value) && value > 0)) throw new Error(`${name} must be a positive number, not "${text}"`);
  return value;
}

/** The budget the environment sets, else the defaults; throws a one-line error on a value that is not a positive number. */
export function budgetFrom(env: NodeJS.ProcessEnv, machineBytes = totalmem()): Budget {
  const defaultMemory = Math.max(256, Math.min(DEFAULT_MEMORY_MB, Math.floor((machineBytes / MB) * 0.75)));
  return { memoryMb: positive(env, BUDGET_ENV.memory, defaultMemory), timeSeconds: positive(env, BUDGET_ENV.time, DEFAULT_TIME_SECONDS) };
}

/** How the worker ended. */
type Ending = { readonly kind: "exit"; readonly code: number } | { readonly kind: "memory" | "time" } | { readonly kind: "crash"; readonly error: unknown };

/** Runs the worker to its end, or stops it when its time is up. */
function runWorker(worker: Worker, budget: Budget): Promise<Ending> {
  return new Promise((resolve) => {
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      void worker.terminate();
    }, budget.timeSeconds * 1000);
    // Both events come after the worker's last messages are delivered (Node drains its port first).
    worker.on("error", (error: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve(error.code === "ERR_WORKER_OUT_OF_MEMORY" ? { kind: "memory" } : { kind: "crash", error });
    });
    worker.on("exit", (code) => {
      clearTimeout(timer);
      resolve(timedOut ? { kind: "time" } : { kind: "exit", code });
    });
  });
}

/** Resolves once everything written to `stream` so far is out, with the error if it failed. */
function flushed(stream: NodeJS.WriteStream): Promise<Error | null | undefined> {
  return new Promise((resolve) => stream.write("", (error) => resolve(error)));
}

/** The line that says why a run was stopped, or undefined when it ended by itself. */
function stopReason(ending: Ending, budget: Budget): string | undefined {
  if (ending.kind === "memory") return `stopped: the command needed more memory than its budget of ${budget.memoryMb} MB (set ${BUDGET_ENV.memory} to change it)`;
  if (ending.kind === "time") return `stopped after ${budget.timeSeconds} s, the command's time budget (set ${BUDGET_ENV.time} to change it)`;
  if (ending.kind === "crash") return describeError(ending.error);
  return undefined;
}

/**
 * The launcher's entry: runs `argv` in the worker `workerFile` within the budget and sets the
 * process's exit code (the command's own, or 3 with one line when it was stopped or its output
 * could not be written).
 */
export async function superviseCli(workerFile: string, options: { readonly bundle?: string; readonly argv?: readonly string[]; readonly env?: NodeJS.ProcessEnv } = {}): Promise<void> {
  const { argv = process.argv.slice(2), env = process.env } = options;
  const stderr = { write: (text: string) => void process.stderr.write(text) };
  let budget: Budget;
  try {
    budget = budgetFrom(env);
  } catch (error) {
    println(stderr, `jmp: ${describeError(error)}`);
    process.exitCode = EXIT.failed;
    return;
  }
  const input: WorkerInput = { argv, bundle: options.bundle, interactive: Boolean(process.stderr.isTTY) };
  const worker = new Worker(workerFile, { workerData: input, stdout: true, stderr: true, resourceLimits: { maxOldGenerationSizeMb: budget.memoryMb } });
  let lost: NodeJS.ErrnoException | undefined;
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    // `jmp report ... | head` closes the pipe early on purpose: that is not a failure.
    if (error.code === "EPIPE") process.exit(process.exitCode ?? EXIT.ok);
    lost ??= error;
  });
  worker.stdout.pipe(process.stdout, { end: false });
  worker.stderr.pipe(process.stderr, { end: false });
  // A save under way when the budget stops the worker leaves its temporary copy: removed below.
  let temporaryFile: string | undefined;
  worker.on("message", (message: unknown) => {
    if (isTemporaryFileMessage(message)) temporaryFile = message.path;
  });
  const ending = await runWorker(worker, budget);
  if (ending.kind !== "exit" && temporaryFile !== undefined) await unlink(temporaryFile).catch(() => undefined);
  const failed = (await flushed(process.stdout)) ?? undefined;
  // Output that could not be written (a full disk, /dev/full) is a failure, never a silent 0.
  if (lost || (failed && (failed as NodeJS.ErrnoException).code !== "ERR_STREAM_DESTROYED")) {
    println(stderr, `jmp: the output could not be written: ${describeError(lost ?? failed)}`);
    process.exitCode = EXIT.failed;
    return;
  }
  const stopped = stopReason(ending, budget);
  if (stopped !== undefined) println(stderr, `jmp: ${stopped}`);
  process.exitCode = ending.kind === "exit" ? ending.code : EXIT.failed;
}
