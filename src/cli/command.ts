/**
 * The shape of a `jmp` command and what the composition root hands it.
 */
import type { CliIo } from "./io";
import type { WorkbookFiles } from "./workbookFiles";

/** Collaborators every command receives. */
export interface CommandContext {
  readonly io: CliIo;
  readonly files: WorkbookFiles;
}

/** One `jmp` command. */
export interface Command {
  readonly name: string;
  /** Synopsis after `jmp `, e.g. `check FILE.xlsx [--json]`. */
  readonly synopsis: string;
  /** One line for `jmp --help`. */
  readonly summary: string;
  /** The rest of `jmp NAME --help` after the synopsis and summary: its options and exit codes. */
  readonly help: string;
  /** Runs with the arguments after the command name; resolves to the exit code. */
  run(context: CommandContext, argv: readonly string[]): Promise<number>;
}
