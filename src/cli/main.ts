/**
 * The `jmp` command's composition root: parses the command line, builds the xlsx adapter,
 * runs one command and maps every failure to one line on stderr and an exit code.
 * `run` is what the tests call; `workerMain` is what the launcher's worker calls (the launcher
 * runs every command in a worker, within a memory and time budget: see `budget.ts`).
 */
import { workerData } from "node:worker_threads";
import { applyCommand } from "./commands/apply";
import { checkCommand } from "./commands/check";
import { importCommand } from "./commands/import";
import { initCommand } from "./commands/init";
import { mergeCommand } from "./commands/merge";
import { packCommand } from "./commands/pack";
import { reportCommand } from "./commands/report";
import type { Command } from "./command";
import { describeError, EXIT, UsageError } from "./errors";
import { isNotAPack } from "../workbook/packs/errors";
import type { WorkerInput } from "./budget";

/** The launcher's supervisor, in the same bundle as the CLI (see jmp.cjs). */
export { superviseCli } from "./budget";
import { println, processIo } from "./io";
import type { CliIo } from "./io";
import { commandHelp, helpText } from "./usage";
import type { WorkbookFiles } from "./workbookFiles";
import { VERSION } from "./version";
import { xlsxFiles } from "./xlsxFiles";

/** Every command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [initCommand, importCommand, checkCommand, reportCommand, applyCommand, packCommand, mergeCommand];

const HELP_FLAGS = new Set(["--help", "-h", "help"]);
const VERSION_FLAGS = new Set(["--version", "-V"]);

/** True when a command's arguments ask for its help; after "--" every argument is a file name. */
function asksForHelp(argv: readonly string[]): boolean {
  const options = argv.indexOf("--");
  return (options < 0 ? argv : argv.slice(0, options)).some((a) => a === "--help" || a === "-h");
}

/** Runs `jmp` with `argv` (without the program name); resolves to the exit code. Never throws. */
export async function run(argv: readonly string[], io: CliIo, files: WorkbookFiles = xlsxFiles()): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined) throw new UsageError("no command given");
    if (HELP_FLAGS.has(name)) {
      // "jmp help merge" and "jmp --help merge": that command's help, as "jmp merge --help" gives.
      const asked = rest.length > 0 ? COMMANDS.find((c) => c.name === rest[0]) : undefined;
      if (rest.length > 0 && asked === undefined) throw new UsageError(`unknown command "${rest[0]}"`);
      io.stdout.write(asked ? commandHelp(asked) : helpText(COMMANDS));
      return EXIT.ok;
    }
    if (VERSION_FLAGS.has(name)) {
      println(io.stdout, `jmp ${VERSION}`);
      return EXIT.ok;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) throw new UsageError(`unknown command "${name}"`);
    if (asksForHelp(rest)) {
      io.stdout.write(commandHelp(command));
      return EXIT.ok;
    }
    return await command.run({ io, files }, rest);
  } catch (error) {
    const hint = error instanceof UsageError ? ' (run "jmp --help" for usage)' : isNotAPack(error) ? ' (make packs with "jmp pack")' : "";
    println(io.stderr, `jmp: ${describeError(error)}${hint}`);
    return EXIT.failed;
  }
}

/**
 * Entry point of the worker thread the launcher starts (see `budget.ts`): runs the command on
 * the worker's streams, which the launcher writes out, and hands back its exit code.
 */
export async function workerMain(): Promise<void> {
  const { argv, interactive } = workerData as WorkerInput;
  process.exitCode = await run(argv, { ...processIo(), interactive });
}
