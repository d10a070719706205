/**
 * Argument parsing with Node's `util.parseArgs`, turned into usage errors with one-line messages.
 */
import { parseArgs } from "node:util";
import type { ParseArgsConfig } from "node:util";
import { errorMessage, UsageError } from "./errors";

/** Option definitions of a command (Node's shape). */
export type OptionSpecs = NonNullable<ParseArgsConfig["options"]>;

/** Parsed arguments: positionals and option values by name. */
export interface ParsedArgs {
  readonly positionals: readonly string[];
  readonly values: Readonly<Record<string, string | boolean | undefined>>;
}

/**
 * Refuses an option given twice with different values (`--period FY2026-Q1 --period FY2026-Q2`):
 * Node keeps the last one, and a report of another period than one asked for must not pass as
 * the answer.
 */
function refuseRepeatedValues(command: string, tokens: NonNullable<ReturnType<typeof parseArgs>["tokens"]>): void {
  const seen = new Map<string, string>();
  for (const token of tokens) {
    if (token.kind !== "option" || token.value === undefined) continue;
    const before = seen.get(token.name);
    if (before !== undefined && before !== token.value) {
      throw new UsageError(`${command}: --${token.name} is given twice ("${before}" and "${token.value}"); give it once`);
    }
    seen.set(token.name, token.value);
  }
}

/** Parses `argv` strictly against `options`, expecting between `min` and `max` positionals. */
export function parseCommandArgs(command: string, argv: readonly string[], options: OptionSpecs, names: readonly string[], min = names.length): ParsedArgs {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true, tokens: true });
  } catch (error) {
    const message = errorMessage(error);
    // Node appends advice about "--" to unknown options; the first sentence is the point.
    throw new UsageError(`${command}: ${message.split("\n", 1)[0].replace(/\. To specify .*$/, "")}`);
  }
  refuseRepeatedValues(command, parsed.tokens ?? []);
  const { positionals } = parsed;
  if (positionals.length < min) throw new UsageError(`${command}: missing ${names[positionals.length]}`);
  if (positionals.length > names.length) throw new UsageError(`${command}: unexpected argument "${positionals[names.length]}"`);
  return { positionals, values: parsed.values as ParsedArgs["values"] };
}

/** The value of a string option, or undefined. */
export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === "string" ? value : undefined;
}

/** True when a boolean option was given. */
export function flag(args: ParsedArgs, name: string): boolean {
  return args.values[name] === true;
}

/** `--force`: save a workbook even when parts of it would be dropped (apply, merge). */
export const FORCE_OPTION = { force: { type: "boolean" } } as const;
