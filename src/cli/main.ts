/**
 * The `jmp` command's composition root: parses the command line, builds the xlsx adapter,
 * runs one command and maps every failure to one line on stderr and an exit code.
 * `run` is what the tests call; `main` is what the launcher calls.
 */
import { applyCommand } from "./commands/apply";
import { checkCommand } from "./commands/check";
import { importCommand } from "./commands/import";
import { initCommand } from "./commands/init";
import { mergeCommand } from "./commands/merge";
import { packCommand } from "./commands/pack";
import { reportCommand } from "./commands/report";
import type { Command } from "./command";
import { describeError, EXIT, UsageError } from "./errors";
import { println, processIo } from "./io";
import type { CliIo } from "./io";
import { helpText } from "./usage";
import type { WorkbookFiles } from "./workbookFiles";
import { xlsxFiles } from "./xlsxFiles";

/** Every command, in the order `--help` lists them. */
export const COMMANDS: readonly Command[] = [initCommand, importCommand, checkCommand, reportCommand, applyCommand, packCommand, mergeCommand];

const HELP_FLAGS = new Set(["--help", "-h", "help"]);

/** Runs `jmp` with `argv` (without the program name); resolves to the exit code. Never throws. */
export async function run(argv: readonly string[], io: CliIo, files: WorkbookFiles = xlsxFiles()): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined) throw new UsageError("no command given");
    if (HELP_FLAGS.has(name)) {
      io.stdout.write(helpText(COMMANDS));
      return EXIT.ok;
    }
    const command = COMMANDS.find((c) => c.name === name);
    if (!command) throw new UsageError(`unknown command "${name}"`);
    if (rest.some((a) => a === "--help" || a === "-h")) {
      io.stdout.write(helpText(COMMANDS));
      return EXIT.ok;
    }
    return await command.run({ io, files }, rest);
  } catch (error) {
    const hint = error instanceof UsageError ? ' (run "jmp --help" for usage)' : "";
    println(io.stderr, `jmp: ${describeError(error)}${hint}`);
    return EXIT.failed;
  }
}

/** Resolves once everything written to `stream` so far is out, with the error if it failed. */
function flushed(stream: NodeJS.WriteStream): Promise<Error | null | undefined> {
  return new Promise((resolve) => stream.write("", (error) => resolve(error)));
}

/** Entry point of the launcher: real streams, real exit code. */
export async function main(): Promise<void> {
  let lost: NodeJS.ErrnoException | undefined;
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    // `jmp report ... | head` closes the pipe early on purpose: that is not a failure.
    if (error.code === "EPIPE") process.exit(process.exitCode ?? EXIT.ok);
    lost ??= error;
  });
  const code = await run(process.argv.slice(2), processIo());
  const failed = (await flushed(process.stdout)) ?? undefined;
  // Output that could not be written (a full disk, /dev/full) is a failure, never a silent 0.
  if (lost || (failed && (failed as NodeJS.ErrnoException).code !== "ERR_STREAM_DESTROYED")) {
    println(processIo().stderr, `jmp: the output could not be written: ${describeError(lost ?? failed)}`);
    process.exitCode = EXIT.failed;
    return;
  }
  process.exitCode = code;
}

if (require.main === module) void main();
